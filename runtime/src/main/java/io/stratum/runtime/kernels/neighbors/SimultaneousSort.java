package io.stratum.runtime.kernels.neighbors;

/**
 * scikit-learn's {@code simultaneous_sort} ({@code sklearn.utils._sorting}, two-way introsort: median-of-three
 * quicksort above 15 values, heapsort past twice the base-2 logarithm of the length in depth, insertion sort below),
 * which orders a k-d tree query's neighbours by distance. It is not stable: equally distant neighbours come out in
 * its order, which a distance-weighted vote adds in.
 */
final class SimultaneousSort {
    private SimultaneousSort() {
    }

    /** Sorts {@code values[0, n)} ascending, moving {@code indices} with them. */
    static void sort(double[] values, int[] indices, int n) {
        if (n == 0) {
            return;
        }
        // 2 * (intp_t) log2(n): the integer part of the base-2 logarithm
        introsort(values, indices, 0, n, 2 * (31 - Integer.numberOfLeadingZeros(n)));
    }

    private static void introsort(double[] values, int[] indices, int offset, int n, int maxDepth) {
        while (n > 15) {
            if (maxDepth <= 0) {
                heapsort(values, indices, offset, n);
                return;
            }
            maxDepth--;
            double pivot = median3(values, indices, offset, n);
            int i = 1;
            int j = n - 2;
            while (true) {
                while (i <= j && values[offset + i] < pivot) {
                    i++;
                }
                while (i <= j && values[offset + j] > pivot) {
                    j--;
                }
                if (i >= j) {
                    break;
                }
                swap(values, indices, offset + i, offset + j);
                i++;
                j--;
            }
            int pivotIndex = i;
            swap(values, indices, offset + pivotIndex, offset + n - 1);
            introsort(values, indices, offset, pivotIndex, maxDepth);
            offset += pivotIndex + 1;
            n -= pivotIndex + 1;
        }
        insertionSort(values, indices, offset, n);
    }

    /** The smallest of the first, middle and last value to the front, their median to the end (the pivot). */
    private static double median3(double[] values, int[] indices, int offset, int n) {
        int pivotIndex = offset + n / 2;
        int last = offset + n - 1;
        if (values[offset] > values[last]) {
            swap(values, indices, offset, last);
        }
        if (values[last] > values[pivotIndex]) {
            swap(values, indices, last, pivotIndex);
            if (values[offset] > values[last]) {
                swap(values, indices, offset, last);
            }
        }
        return values[last];
    }

    private static void heapsort(double[] values, int[] indices, int offset, int n) {
        int start = (n - 2) / 2;
        while (true) {
            siftDown(values, indices, offset, start, n);
            if (start == 0) {
                break;
            }
            start--;
        }
        for (int end = n - 1; end > 0; end--) {
            swap(values, indices, offset, offset + end);
            siftDown(values, indices, offset, 0, end);
        }
    }

    private static void siftDown(double[] values, int[] indices, int offset, int start, int end) {
        int root = start;
        while (true) {
            int child = root * 2 + 1;
            int max = root;
            if (child < end && values[offset + max] < values[offset + child]) {
                max = child;
            }
            if (child + 1 < end && values[offset + max] < values[offset + child + 1]) {
                max = child + 1;
            }
            if (max == root) {
                return;
            }
            swap(values, indices, offset + root, offset + max);
            root = max;
        }
    }

    private static void insertionSort(double[] values, int[] indices, int offset, int n) {
        for (int i = 1; i < n; i++) {
            double value = values[offset + i];
            int index = indices[offset + i];
            int j = i;
            while (j > 0 && values[offset + j - 1] > value) {
                values[offset + j] = values[offset + j - 1];
                indices[offset + j] = indices[offset + j - 1];
                j--;
            }
            values[offset + j] = value;
            indices[offset + j] = index;
        }
    }

    private static void swap(double[] values, int[] indices, int i, int j) {
        double v = values[i];
        values[i] = values[j];
        values[j] = v;
        int t = indices[i];
        indices[i] = indices[j];
        indices[j] = t;
    }
}
