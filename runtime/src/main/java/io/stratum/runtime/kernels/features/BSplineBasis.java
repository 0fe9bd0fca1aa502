package io.stratum.runtime.kernels.features;

/**
 * The B-spline basis of one feature as scipy's {@code BSpline} evaluates it with identity coefficients: a knot
 * vector {@code t} and a degree {@code k}; on {@code [t[k], t[n]]} (n = len(t) - k - 1) the basis functions are
 * found by Cox-de Boor on the knot interval holding x (the last interval is closed on the right, as in scipy).
 */
final class BSplineBasis {
    private final double[] knots;
    private final int degree;
    private final int count;

    BSplineBasis(double[] knots, int degree) {
        this.knots = knots.clone();
        this.degree = degree;
        this.count = knots.length - degree - 1;
    }

    int count() {
        return count;
    }

    double[] knots() {
        return knots.clone();
    }

    double lower() {
        return knots[degree];
    }

    double upper() {
        return knots[count];
    }

    /** The interval {@code l} with {@code t[l] <= x < t[l+1]}, clamped to {@code [k, n-1]} (scipy's extrapolation). */
    private int interval(double x) {
        int lo = degree;
        int hi = count - 1;
        if (x < knots[lo + 1]) {
            return lo;
        }
        if (x >= knots[hi]) {
            return hi;
        }
        // knots[lo + 1] <= x < knots[hi]: binary search for the last l with knots[l] <= x
        int a = lo + 1;
        int b = hi;
        while (b - a > 1) {
            int mid = (a + b) >>> 1;
            if (knots[mid] <= x) {
                a = mid;
            } else {
                b = mid;
            }
        }
        return a;
    }

    /**
     * Adds the values of all basis functions at {@code x} (extrapolating the end polynomials outside the base
     * interval) into {@code out[offset ...]}; {@code derivative} 1 gives the first derivatives instead.
     */
    void evaluate(double x, int derivative, double[] out, int offset) {
        int l = interval(x);
        int k = degree - derivative;
        // Cox-de Boor for degree k on interval l: the k + 1 non-zero functions of degree k there.
        double[] b = new double[degree + 1];
        double[] left = new double[degree + 1];
        double[] right = new double[degree + 1];
        b[0] = 1.0;
        for (int j = 1; j <= k; j++) {
            left[j] = x - knots[l + 1 - j];
            right[j] = knots[l + j] - x;
            double saved = 0.0;
            for (int r = 0; r < j; r++) {
                double temp = b[r] / (right[r + 1] + left[j - r]);
                b[r] = saved + right[r + 1] * temp;
                saved = left[j - r] * temp;
            }
            b[j] = saved;
        }
        if (derivative == 0) {
            for (int r = 0; r <= degree; r++) {
                out[offset + l - degree + r] += b[r];
            }
            return;
        }
        // One derivative: B'_{i,p} = p/(t[i+p]-t[i]) B_{i,p-1} - p/(t[i+p+1]-t[i+1]) B_{i+1,p-1}, with the
        // degree-(p-1) functions b[0..k] standing for B_{l-k+r, k}.
        if (k < 0) {
            return;
        }
        for (int r = 0; r <= k; r++) {
            int j = l - k + r;
            double denominator = knots[j + degree] - knots[j];
            double term = denominator > 0 ? degree * b[r] / denominator : 0.0;
            out[offset + j] += term;
            out[offset + j - 1] -= term;
        }
    }
}
