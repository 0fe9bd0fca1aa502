package io.stratum.runtime.kernels.vector;

/**
 * The dot product of two runs of doubles, summed in one fixed order whether or not the Vector API is there: eight
 * partial sums (element {@code i} goes to sum {@code i mod 8}), added in order 0..7, then the tail. With the
 * {@code jdk.incubator.vector} module (the launcher adds it) the partial sums are two 4-lane vectors, so the loop runs
 * on SIMD registers; without it the same eight sums run as scalars. Both paths give the same bits on every machine:
 * each lane does exactly the scalar multiply and add (no fused multiply-add), and the lanes are added one by one,
 * never by the Vector API's unordered reduction.
 */
public final class DotProduct {
    /** Whether the Vector API module was resolved at start-up (it must be named with {@code --add-modules}). */
    public static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /** Elements per pass of the loop: the number of partial sums. */
    static final int PARTIAL_SUMS = 8;

    private DotProduct() {
    }

    /** {@code sum_i a[aFrom + i] * b[bFrom + i]} for {@code i < n}, in this class's order. */
    public static double dot(double[] a, int aFrom, double[] b, int bFrom, int n) {
        return VECTOR_API ? VectorDotProduct.dot(a, aFrom, b, bFrom, n) : scalar(a, aFrom, b, bFrom, n);
    }

    /** The same sums as {@link #dot} without the Vector API (what runs when the module is absent). */
    public static double scalar(double[] a, int aFrom, double[] b, int bFrom, int n) {
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0, s4 = 0.0, s5 = 0.0, s6 = 0.0, s7 = 0.0;
        int bound = n - n % PARTIAL_SUMS;
        int i = 0;
        for (; i < bound; i += PARTIAL_SUMS) {
            int x = aFrom + i;
            int y = bFrom + i;
            s0 += a[x] * b[y];
            s1 += a[x + 1] * b[y + 1];
            s2 += a[x + 2] * b[y + 2];
            s3 += a[x + 3] * b[y + 3];
            s4 += a[x + 4] * b[y + 4];
            s5 += a[x + 5] * b[y + 5];
            s6 += a[x + 6] * b[y + 6];
            s7 += a[x + 7] * b[y + 7];
        }
        double s = s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
        for (; i < n; i++) {
            s += a[aFrom + i] * b[bFrom + i];
        }
        return s;
    }

    /** The plain left-to-right sum, one accumulator: the loop the kernels used before (benchmarks compare). */
    public static double sequential(double[] a, int aFrom, double[] b, int bFrom, int n) {
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            s += a[aFrom + i] * b[bFrom + i];
        }
        return s;
    }
}
