package io.stratum.runtime.kernels.forest;

/**
 * scikit-learn's {@code simultaneous_sort} with three-way partitioning ({@code sklearn/utils/_sorting.pyx}):
 * introsort over float32 feature values carrying the sample indices along. Ported step for step because the order
 * it leaves equal values in decides the order of the criterion's sums, and so the last bits of every split score.
 */
final class FeatureSort {
    private FeatureSort() {
    }

    /** Sorts {@code values[from, from + n)} and moves {@code samples} along. */
    static void sort(float[] values, int[] samples, int from, int n) {
        if (n == 0) {
            return;
        }
        int maxDepth = 2 * (31 - Integer.numberOfLeadingZeros(n)); // 2 * floor(log2(n))
        introsort(values, samples, from, n, maxDepth);
    }

    private static void introsort(float[] v, int[] s, int from, int n, int maxDepth) {
        while (n > 15) {
            if (maxDepth <= 0) {
                heapsort(v, s, from, n);
                return;
            }
            maxDepth--;
            float pivot = median3(v, from, n);
            int i = 0;
            int l = 0;
            int r = n;
            while (i < r) {
                if (v[from + i] < pivot) {
                    swap(v, s, from + i, from + l);
                    i++;
                    l++;
                } else if (v[from + i] > pivot) {
                    r--;
                    swap(v, s, from + i, from + r);
                } else {
                    i++;
                }
            }
            introsort(v, s, from, l, maxDepth);
            from += r;
            n -= r;
        }
        insertionSort(v, s, from, n);
    }

    private static float median3(float[] v, int from, int n) {
        float a = v[from];
        float b = v[from + n / 2];
        float c = v[from + n - 1];
        if (a < b) {
            if (b < c) {
                return b;
            }
            return a < c ? c : a;
        }
        if (b < c) {
            return a < c ? a : c;
        }
        return b;
    }

    private static void heapsort(float[] v, int[] s, int from, int n) {
        int start = (n - 2) / 2;
        while (true) {
            siftDown(v, s, from, start, n);
            if (start == 0) {
                break;
            }
            start--;
        }
        for (int end = n - 1; end > 0; end--) {
            swap(v, s, from, from + end);
            siftDown(v, s, from, 0, end);
        }
    }

    private static void siftDown(float[] v, int[] s, int from, int start, int end) {
        int root = start;
        while (true) {
            int child = root * 2 + 1;
            int max = root;
            if (child < end && v[from + max] < v[from + child]) {
                max = child;
            }
            if (child + 1 < end && v[from + max] < v[from + child + 1]) {
                max = child + 1;
            }
            if (max == root) {
                return;
            }
            swap(v, s, from + root, from + max);
            root = max;
        }
    }

    private static void insertionSort(float[] v, int[] s, int from, int n) {
        for (int i = 1; i < n; i++) {
            float value = v[from + i];
            int sample = s[from + i];
            int j = i;
            while (j > 0 && v[from + j - 1] > value) {
                v[from + j] = v[from + j - 1];
                s[from + j] = s[from + j - 1];
                j--;
            }
            v[from + j] = value;
            s[from + j] = sample;
        }
    }

    private static void swap(float[] v, int[] s, int i, int j) {
        float t = v[i];
        v[i] = v[j];
        v[j] = t;
        int u = s[i];
        s[i] = s[j];
        s[j] = u;
    }
}
