package io.stratum.runtime.kernels.decompose;

/**
 * {@code PCA(n_components="mle")}: Minka's choice of dimensionality ("Automatic Choice of Dimensionality for PCA",
 * NIPS 2000), the rank in {@code [1, n_features - 1]} that maximizes the log-likelihood of the explained-variance
 * spectrum, computed term by term as scikit-learn's {@code _assess_dimension} computes it.
 */
final class MinkaDimension {
    private static final double EPS = 1e-15;

    private MinkaDimension() {
    }

    /** scikit-learn's {@code _infer_dimension}: the arg-max (first on ties) of the log-likelihood over ranks. */
    static int infer(double[] spectrum, int nSamples) {
        int best = 0;
        double bestLl = Double.NEGATIVE_INFINITY;
        for (int rank = 1; rank < spectrum.length; rank++) {
            double ll = logLikelihood(spectrum, rank, nSamples);
            if (ll > bestLl) {
                bestLl = ll;
                best = rank;
            }
        }
        return best;
    }

    /** {@code lgamma(x)} for a positive multiple of 1/2 (all the arguments Minka's rule needs), by the recurrence. */
    static double logGammaHalf(double x) {
        double twice = 2.0 * x;
        if (twice != Math.rint(twice) || x <= 0.0) {
            throw new IllegalArgumentException("not a positive multiple of 1/2: " + x);
        }
        double base = Math.rint(twice) % 2 == 0 ? 1.0 : 0.5;
        double out = base == 1.0 ? 0.0 : 0.5 * Math.log(Math.PI);
        for (double t = base; t < x; t += 1.0) {
            out += Math.log(t);
        }
        return out;
    }

    static double logLikelihood(double[] spectrum, int rank, int nSamples) {
        int nFeatures = spectrum.length;
        if (spectrum[rank - 1] < EPS) {
            return Double.NEGATIVE_INFINITY;
        }
        double pu = -rank * Math.log(2.0);
        for (int i = 1; i <= rank; i++) {
            pu += logGammaHalf((nFeatures - i + 1) / 2.0) - Math.log(Math.PI) * (nFeatures - i + 1) / 2.0;
        }
        double pl = 0.0;
        for (int i = 0; i < rank; i++) {
            pl += Math.log(spectrum[i]);
        }
        pl = -pl * nSamples / 2.0;
        double tail = 0.0;
        for (int i = rank; i < nFeatures; i++) {
            tail += spectrum[i];
        }
        double v = Math.max(EPS, tail / (nFeatures - rank));
        double pv = -Math.log(v) * nSamples * (nFeatures - rank) / 2.0;
        double m = nFeatures * rank - rank * (rank + 1.0) / 2.0;
        double pp = Math.log(2.0 * Math.PI) * (m + rank) / 2.0;
        double pa = 0.0;
        for (int i = 0; i < rank; i++) {
            double si = spectrum[i];
            for (int j = i + 1; j < nFeatures; j++) {
                double sj = j < rank ? spectrum[j] : v;
                pa += Math.log((spectrum[i] - spectrum[j]) * (1.0 / sj - 1.0 / si)) + Math.log(nSamples);
            }
        }
        return pu + pl + pv + pp - pa / 2.0 - rank * Math.log(nSamples) / 2.0;
    }
}
