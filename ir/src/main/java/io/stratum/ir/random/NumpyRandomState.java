package io.stratum.ir.random;

/**
 * numpy's legacy {@code np.random.RandomState(seed)}, for the draws that decide what a plan means: the folds of
 * scikit-learn's shuffling splitters and the candidates a randomized search samples. It is the MT19937 generator
 * seeded by {@code init_genrand}, numpy's bounded integers by masked rejection, its 53-bit doubles and its
 * Fisher-Yates {@code shuffle}/{@code permutation}; a seed gives the same draws as numpy. (It lives in {@code ir}
 * because both the optimizer, which samples candidates, and the runtime, which splits rows, need the same stream.)
 */
public final class NumpyRandomState {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int position;
    private boolean hasGauss;
    private double gauss;

    /** A generator seeded like {@code RandomState(seed)}; numpy accepts seeds in [0, 2**32 - 1] only. */
    public NumpyRandomState(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1, got " + seed);
        }
        mt[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        position = N;
    }

    /** The next 32 random bits as an unsigned value, numpy's {@code next_uint32}. */
    public long nextUint32() {
        if (position >= N) {
            regenerate();
        }
        int y = mt[position++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    private void regenerate() {
        int k = 0;
        for (; k < N - M; k++) {
            int y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
            mt[k] = mt[k + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        for (; k < N - 1; k++) {
            int y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
            mt[k] = mt[k + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        position = 0;
    }

    /**
     * A uniform integer in [0, max], numpy's {@code random_interval}: draws under the smallest all-ones bit mask
     * covering {@code max} until one is not above it (32-bit draws suffice for any int bound).
     */
    public long interval(long max) {
        if (max == 0) {
            return 0;
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        long value;
        do {
            value = nextUint32() & mask;
        } while (value > max);
        return value;
    }

    /** {@code RandomState.randint(n)}: a uniform integer in [0, n), for n up to 2**32. */
    public long randint(long n) {
        if (n <= 0 || n > 0x100000000L) {
            throw new IllegalArgumentException("randint bound must be in [1, 2**32], got " + n);
        }
        return interval(n - 1);
    }

    /**
     * {@code RandomState.random_sample()}: a double in [0, 1) from two 32-bit draws (27 and 26 high bits), numpy's
     * {@code mt19937_next_double}.
     */
    public double randomSample() {
        long a = nextUint32() >>> 5;
        long b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /**
     * A standard normal draw as {@code RandomState.normal()} makes it: the polar Box-Muller method, whose second
     * value is kept for the next call ({@code legacy_gauss}), so a sequence of draws equals numpy's element for element.
     */
    public double nextGaussian() {
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * randomSample() - 1.0;
            x2 = 2.0 * randomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** Shuffles in place as {@code RandomState.shuffle} does a 1-d array: Fisher-Yates from the last element down. */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = (int) interval(i);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** {@code RandomState.permutation(n)}: a shuffled {@code arange(n)}. */
    public int[] permutation(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        shuffle(out);
        return out;
    }
}
