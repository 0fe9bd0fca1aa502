package io.stratum.runtime.kernels.split;

import io.stratum.ir.random.NumpyRandomState;

/**
 * numpy's legacy {@code np.random.RandomState(seed)} as scikit-learn's splitters and randomized kernels draw from it;
 * the generator is {@link NumpyRandomState}, shared with the optimizer's parameter sampling, so both follow one
 * numpy stream.
 */
public final class LegacyRandomState {
    private final NumpyRandomState state;

    /** A generator seeded like {@code RandomState(seed)}; numpy accepts seeds in [0, 2**32 - 1] only. */
    public LegacyRandomState(long seed) {
        this.state = new NumpyRandomState(seed);
    }

    /** The next 32 random bits as an unsigned value, numpy's {@code next_uint32}. */
    public long nextUint32() {
        return state.nextUint32();
    }

    /** A uniform integer in [0, max], numpy's {@code random_interval}. */
    public long interval(long max) {
        return state.interval(max);
    }

    /** A uniform double in [0, 1) from 53 random bits, numpy's {@code random_sample} ({@code legacy_double}). */
    public double nextDouble() {
        return state.randomSample();
    }

    /** A standard normal draw as {@code RandomState.normal()} makes it (polar Box-Muller, {@code legacy_gauss}). */
    public double nextGaussian() {
        return state.nextGaussian();
    }

    /** Shuffles in place as {@code RandomState.shuffle} does a 1-d array. */
    public void shuffle(int[] values) {
        state.shuffle(values);
    }

    /** {@code RandomState.permutation(n)}: a shuffled {@code arange(n)}. */
    public int[] permutation(int n) {
        return state.permutation(n);
    }
}
