package io.stratum.runtime.kernels.linear;

/** The order in which coordinate descent visits coordinates: scikit-learn's {@code selection="random"} generator. */
final class CoordinateOrder {
    private CoordinateOrder() {
    }

    /**
     * {@code rand_int(end, state)} of {@code sklearn/linear_model/_cd_fast.pyx}: {@code our_rand_r} (a 32-bit
     * xorshift, its draws taken modulo 2**31; a zero state becomes 1) modulo {@code end}.
     */
    static final class Random {
        private int state;

        Random(long seed) {
            this.state = (int) seed;
        }

        /** A position in [0, end). */
        int next(int end) {
            if (state == 0) {
                state = 1;
            }
            state ^= state << 13;
            state ^= state >>> 17;
            state ^= state << 5;
            long value = (state & 0xffffffffL) % 0x80000000L;
            return (int) (value % end);
        }
    }
}
