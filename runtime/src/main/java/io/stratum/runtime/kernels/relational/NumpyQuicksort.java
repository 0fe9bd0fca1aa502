package io.stratum.runtime.kernels.relational;

/**
 * numpy 2's default argsort ({@code kind="quicksort"}) for the key types it does not hand to a SIMD library: an
 * introsort — median-of-three quicksort whose larger side waits on a stack, insertion sort on 16 or fewer elements, and
 * heapsort once the depth passes twice the key count's bit length. Its order of equal keys is not their original
 * order, and is the same on every machine, so pandas' default {@code sort_values} on a datetime, bool or category key
 * (numpy sorts datetime64, bool, int8 and int16 this way) gives these rows in this order. numpy's int32, int64 and
 * float argsort instead goes to x86-simd-sort on AVX2/AVX-512 machines, whose tie order depends on the CPU; that one is
 * not reproduced (see {@link SortValues}).
 */
final class NumpyQuicksort {
    /** numpy's {@code kQuickSmall}: partitions spanning more than this many steps are split, others insertion-sorted. */
    private static final int SMALL = 15;

    private NumpyQuicksort() {
    }

    /** The positions of {@code keys} in numpy's {@code np.argsort(keys, kind="quicksort")} order. */
    static int[] argsort(long[] keys) {
        int n = keys.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n < 2) {
            return order;
        }
        int[] stack = new int[2 * 64 * 2];
        int[] depths = new int[64 * 2];
        int top = 0;
        int depthTop = 0;
        int lo = 0;
        int hi = n - 1;
        int depth = 2 * (31 - Integer.numberOfLeadingZeros(n));
        while (true) {
            boolean sorted = false;
            if (depth < 0) {
                heapsort(keys, order, lo, hi - lo + 1);
                sorted = true;
            }
            while (!sorted && hi - lo > SMALL) {
                int mid = lo + ((hi - lo) >> 1);
                if (keys[order[mid]] < keys[order[lo]]) {
                    swap(order, mid, lo);
                }
                if (keys[order[hi]] < keys[order[mid]]) {
                    swap(order, hi, mid);
                }
                if (keys[order[mid]] < keys[order[lo]]) {
                    swap(order, mid, lo);
                }
                long pivot = keys[order[mid]];
                int i = lo;
                int j = hi - 1;
                swap(order, mid, j);
                while (true) {
                    do {
                        i++;
                    } while (keys[order[i]] < pivot);
                    do {
                        j--;
                    } while (pivot < keys[order[j]]);
                    if (i >= j) {
                        break;
                    }
                    swap(order, i, j);
                }
                swap(order, i, hi - 1);
                // The larger side waits on the stack; the loop goes on with the smaller one.
                if (i - lo < hi - i) {
                    stack[top++] = i + 1;
                    stack[top++] = hi;
                    hi = i - 1;
                } else {
                    stack[top++] = lo;
                    stack[top++] = i - 1;
                    lo = i + 1;
                }
                depths[depthTop++] = --depth;
            }
            if (!sorted) {
                for (int i = lo + 1; i <= hi; i++) {
                    int moving = order[i];
                    long key = keys[moving];
                    int j = i;
                    while (j > lo && key < keys[order[j - 1]]) {
                        order[j] = order[j - 1];
                        j--;
                    }
                    order[j] = moving;
                }
            }
            if (top == 0) {
                return order;
            }
            hi = stack[--top];
            lo = stack[--top];
            depth = depths[--depthTop];
        }
    }

    /** numpy's {@code aheapsort} of {@code order[from, from + n)} by key (a max-heap, indexed from one). */
    private static void heapsort(long[] keys, int[] order, int from, int n) {
        int base = from - 1;
        for (int l = n >> 1; l > 0; l--) {
            int moving = order[base + l];
            int i = l;
            for (int j = l << 1; j <= n; ) {
                if (j < n && keys[order[base + j]] < keys[order[base + j + 1]]) {
                    j++;
                }
                if (keys[moving] < keys[order[base + j]]) {
                    order[base + i] = order[base + j];
                    i = j;
                    j += j;
                } else {
                    break;
                }
            }
            order[base + i] = moving;
        }
        for (int m = n; m > 1; ) {
            int moving = order[base + m];
            order[base + m] = order[base + 1];
            m--;
            int i = 1;
            for (int j = 2; j <= m; ) {
                if (j < m && keys[order[base + j]] < keys[order[base + j + 1]]) {
                    j++;
                }
                if (keys[moving] < keys[order[base + j]]) {
                    order[base + i] = order[base + j];
                    i = j;
                    j += j;
                } else {
                    break;
                }
            }
            order[base + i] = moving;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
