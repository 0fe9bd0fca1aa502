package io.stratum.runtime.kernels;

/**
 * numpy's {@code np.searchsorted(a, v, side=...)} on a sorted (non-decreasing) array, as the kernels that mirror
 * scikit-learn draw or cut with it: a weighted draw from a cumulative distribution, a weighted percentile.
 */
public final class Searchsorted {
    private Searchsorted() {
    }

    /** {@code side="right"}: the first position whose value exceeds {@code v} ({@code a.length} when none does). */
    public static int right(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {@code side="left"}: the first position whose value is at least {@code v} ({@code a.length} when none is). */
    public static int left(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
