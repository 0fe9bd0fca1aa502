package io.stratum.optimizer.lower;

import io.stratum.ir.random.NumpyRandomState;
import java.util.HashSet;
import java.util.Set;

/**
 * scikit-learn's {@code sample_without_replacement(n_population, n_samples, method="auto", random_state=rng)}, which
 * {@code ParameterSampler} uses to pick grid points: a permutation when the ratio of samples to population is
 * between 0.01 and 0.99, else tracking selection (ratio below 0.2) or reservoir sampling. Each method consumes the
 * generator differently, so the same seed picks scikit-learn's points only if the same method runs.
 */
final class SampleWithoutReplacement {
    private SampleWithoutReplacement() {
    }

    static long[] sample(long population, int samples, NumpyRandomState rng) {
        if (samples < 0 || samples > population) {
            throw new IllegalArgumentException("cannot draw " + samples + " of " + population + " without replacement");
        }
        double ratio = population != 0 ? (double) samples / population : 1.0;
        if (ratio > 0.01 && ratio < 0.99) {
            int[] permutation = rng.permutation(Math.toIntExact(population));
            long[] out = new long[samples];
            for (int i = 0; i < samples; i++) {
                out[i] = permutation[i];
            }
            return out;
        }
        return ratio < 0.2 ? trackingSelection(population, samples, rng) : reservoir(population, samples, rng);
    }

    private static long[] trackingSelection(long population, int samples, NumpyRandomState rng) {
        long[] out = new long[samples];
        Set<Long> selected = new HashSet<>();
        for (int i = 0; i < samples; i++) {
            long j = rng.randint(population);
            while (selected.contains(j)) {
                j = rng.randint(population);
            }
            selected.add(j);
            out[i] = j;
        }
        return out;
    }

    private static long[] reservoir(long population, int samples, NumpyRandomState rng) {
        long[] out = new long[samples];
        for (int i = 0; i < samples; i++) {
            out[i] = i;
        }
        for (long i = samples; i < population; i++) {
            long j = rng.randint(i + 1);
            if (j < samples) {
                out[(int) j] = i;
            }
        }
        return out;
    }
}
