package io.stratum.runtime.kernels.datetime;

/**
 * scikit-learn's {@code SplineTransformer(degree=3, knots=linspace(0, period, n_splines + 1),
 * extrapolation="periodic", include_bias=True)} as skrub's DatetimeEncoder configures it: cubic B-splines on
 * uniformly spaced knots, wrapped so the value at {@code x} equals the value at {@code x mod period}.
 */
final class PeriodicSplines {
    private static final int DEGREE = 3;
    private final int nSplines;
    private final double period;
    private final double[] knots;

    PeriodicSplines(int period, int nSplines) {
        this.nSplines = nSplines;
        this.period = period;
        int nKnots = nSplines + 1;
        double[] base = new double[nKnots];
        for (int i = 0; i < nKnots; i++) {
            // numpy's linspace: start + i * step, with the last point exactly the stop
            base[i] = i == nKnots - 1 ? period : i * ((double) period / (nKnots - 1));
        }
        knots = new double[nKnots + 2 * DEGREE];
        for (int i = 0; i < DEGREE; i++) {
            knots[i] = base[nKnots - 1 - DEGREE + i] - period;
            knots[nKnots + DEGREE + i] = base[1 + i] + period;
        }
        System.arraycopy(base, 0, knots, DEGREE, nKnots);
    }

    int count() {
        return nSplines;
    }

    /** The spline values at {@code x} (nSplines of them). */
    double[] at(double x) {
        int nBasis = knots.length - DEGREE - 1;
        double lo = knots[DEGREE];
        double hi = knots[nBasis];
        double t = lo + floorMod(x - lo, hi - lo);
        int interval = DEGREE;
        while (interval < nBasis - 1 && t >= knots[interval + 1]) {
            interval++;
        }
        // Cox-de Boor: the DEGREE + 1 non-zero basis functions on [knots[interval], knots[interval + 1])
        double[] b = new double[DEGREE + 1];
        double[] left = new double[DEGREE + 1];
        double[] right = new double[DEGREE + 1];
        b[0] = 1.0;
        for (int j = 1; j <= DEGREE; j++) {
            left[j] = t - knots[interval + 1 - j];
            right[j] = knots[interval + j] - t;
            double saved = 0.0;
            for (int r = 0; r < j; r++) {
                double temp = b[r] / (right[r + 1] + left[j - r]);
                b[r] = saved + right[r + 1] * temp;
                saved = left[j - r] * temp;
            }
            b[j] = saved;
        }
        double[] basis = new double[nBasis];
        for (int r = 0; r <= DEGREE; r++) {
            basis[interval - DEGREE + r] = b[r];
        }
        double[] out = new double[nSplines];
        for (int s = 0; s < nSplines; s++) {
            out[s] = basis[s] + (s < DEGREE ? basis[s + nSplines] : 0.0);
        }
        return out;
    }

    /** Python's {@code %} on floats: the result has the sign of the divisor. */
    private static double floorMod(double a, double b) {
        double r = a % b;
        return r != 0 && (r < 0) != (b < 0) ? r + b : r;
    }
}
