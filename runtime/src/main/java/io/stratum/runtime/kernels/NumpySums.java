package io.stratum.runtime.kernels;

/**
 * numpy's summation ({@code np.sum}, {@code np.mean}) of a contiguous float64 or float32 array: pairwise blocks of up
 * to 128 values, each summed by eight interleaved accumulators of the array's type. scikit-learn's baselines, root
 * sums and float32 losses go through it, so the same order of additions gives the same bits.
 */
public final class NumpySums {
    private static final int BLOCK = 128;

    private NumpySums() {
    }

    /** {@code np.sum(a[from:from + n])} of float64 values. */
    public static double sum(double[] a, int from, int n) {
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

    /** {@code np.sum} of a float32 array, in float32. */
    public static float sum(float[] a) {
        return sum(a, 0, a.length);
    }

    private static float sum(float[] a, int from, int n) {
        if (n < 8) {
            float res = 0f;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= BLOCK) {
            float r0 = a[from];
            float r1 = a[from + 1];
            float r2 = a[from + 2];
            float r3 = a[from + 3];
            float r4 = a[from + 4];
            float r5 = a[from + 5];
            float r6 = a[from + 6];
            float r7 = a[from + 7];
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
            float res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return sum(a, from, n2) + sum(a, from + n2, n - n2);
    }
}
