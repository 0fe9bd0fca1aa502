package io.stratum.runtime.kernels.trees;

/**
 * numpy's float64 summation ({@code np.sum}, {@code np.mean}) for a contiguous array: pairwise blocks of up to 128
 * values, each summed by eight interleaved accumulators. scikit-learn's baselines and root sums go through it, so
 * the same order of additions gives the same bits.
 */
public final class NumpySums {
    private static final int BLOCK = 128;

    private NumpySums() {
    }

    static double sum(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= BLOCK) {
            double r0 = a[from];
            double r1 = a[from + 1];
            double r2 = a[from + 2];
            double r3 = a[from + 3];
            double r4 = a[from + 4];
            double r5 = a[from + 5];
            double r6 = a[from + 6];
            double r7 = a[from + 7];
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                r0 += a[from + i];
                r1 += a[from + i + 1];
                r2 += a[from + i + 2];
                r3 += a[from + i + 3];
                r4 += a[from + i + 4];
                r5 += a[from + i + 5];
                r6 += a[from + i + 6];
                r7 += a[from + i + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return sum(a, from, n2) + sum(a, from + n2, n - n2);
    }

    public static double sum(double[] a) {
        return sum(a, 0, a.length);
    }

    public static double mean(double[] a) {
        return sum(a) / a.length;
    }
}
