package io.stratum.runtime.kernels.forest;

/**
 * scikit-learn's tree splitter generator ({@code our_rand_r} in {@code sklearn/utils/_random.pxd}): a 32-bit
 * xorshift whose draws are taken modulo 2**31, seeded once per tree from the tree's numpy {@code RandomState}.
 */
final class TreeRandom {
    private int state;

    TreeRandom(long seed) {
        this.state = (int) seed;
    }

    /** {@code our_rand_r}: the next value in [0, 2**31). */
    long next() {
        if (state == 0) {
            state = 1;
        }
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        return (state & 0xffffffffL) % 0x80000000L;
    }

    /** {@code rand_int(low, high)}: an integer in [low, high). */
    int between(int low, int high) {
        return (int) (low + next() % (high - low));
    }
}
