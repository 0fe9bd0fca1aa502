package io.stratum.runtime.kernels.trees;

/**
 * The order in which glibc's {@code qsort} (its top-down merge sort, {@code msort_with_tmp}) leaves values
 * compared by scikit-learn's {@code compare_cat_infos}, which answers -1 when {@code a < b} and 1 otherwise (never
 * 0): in a merge, an element of the left run is taken first only when it is strictly smaller, so equal values do
 * not keep their input order. Reproducing this keeps the categorical split search's ties as in scikit-learn.
 */
final class GlibcMergeSort {
    private GlibcMergeSort() {
    }

    /** The positions of {@code values[0, n)} in sorted order. */
    static int[] order(double[] values, int n) {
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        sort(index, 0, n, new int[n], values);
        return index;
    }

    private static void sort(int[] a, int from, int n, int[] tmp, double[] values) {
        if (n <= 1) {
            return;
        }
        int n1 = n / 2;
        int n2 = n - n1;
        int b1 = from;
        int b2 = from + n1;
        sort(a, b1, n1, tmp, values);
        sort(a, b2, n2, tmp, values);
        int t = 0;
        while (n1 > 0 && n2 > 0) {
            if (values[a[b1]] < values[a[b2]]) {
                tmp[t++] = a[b1++];
                n1--;
            } else {
                tmp[t++] = a[b2++];
                n2--;
            }
        }
        while (n1 > 0) {
            tmp[t++] = a[b1++];
            n1--;
        }
        // The rest of the right run is already in place.
        System.arraycopy(tmp, 0, a, from, t);
    }
}
