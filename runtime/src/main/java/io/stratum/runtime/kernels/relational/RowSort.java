package io.stratum.runtime.kernels.relational;

/** A stable merge sort of row numbers under a primitive comparator, so sorting never boxes a row. */
final class RowSort {
    private RowSort() {
    }

    /** Compares two row numbers. */
    interface RowComparator {
        int compare(int a, int b);
    }

    /** Sorts {@code rows} in place, stably (equal rows keep their order), and returns it. */
    static int[] sort(int[] rows, RowComparator cmp) {
        int n = rows.length;
        if (n < 2) {
            return rows;
        }
        int[] buffer = new int[n];
        int[] src = rows;
        int[] dst = buffer;
        // Bottom-up: insertion-sorted runs of 32, then merges of doubling width.
        int run = 32;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(n, lo + run);
            for (int i = lo + 1; i < hi; i++) {
                int x = src[i];
                int j = i - 1;
                while (j >= lo && cmp.compare(src[j], x) > 0) {
                    src[j + 1] = src[j];
                    j--;
                }
                src[j + 1] = x;
            }
        }
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(n, lo + width);
                int hi = Math.min(n, lo + 2 * width);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    dst[k++] = cmp.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != rows) {
            System.arraycopy(src, 0, rows, 0, n);
        }
        return rows;
    }
}
