package io.stratum.runtime.kernels.neighbors;

/**
 * C++'s {@code std::nth_element} as libstdc++ implements it (introselect: median-of-three quickselect, a heap
 * selection when it recurses too deep, an insertion sort of the last three or fewer), over row indices compared by
 * one coordinate then by index, the comparator of scikit-learn's {@code partition_node_indices}. The partition alone
 * is unique under that total order, but the order within each side is the algorithm's, and a k-d tree's leaves keep
 * it: scikit-learn visits a leaf's rows in that order, so which of several equally distant rows becomes a neighbour
 * depends on it.
 */
final class NthElement {
    private final int[] idx;
    private final double[] data;
    private final int features;
    private final int dim;

    private NthElement(int[] idx, double[] data, int features, int dim) {
        this.idx = idx;
        this.data = data;
        this.features = features;
        this.dim = dim;
    }

    /**
     * Reorders {@code idx[first, last)} so that {@code idx[nth]} holds the row that sorted order would put there, rows
     * before it compare less and rows after it greater, comparing {@code data[row * features + dim]} then the row.
     */
    static void select(int[] idx, int first, int nth, int last, double[] data, int features, int dim) {
        if (first == last || nth == last) {
            return;
        }
        new NthElement(idx, data, features, dim).introselect(first, nth, last, 2 * lg(last - first));
    }

    /** {@code std::__lg}: the floor of the base-2 logarithm. */
    private static int lg(int n) {
        return 31 - Integer.numberOfLeadingZeros(n);
    }

    private boolean less(int a, int b) {
        double va = data[a * features + dim];
        double vb = data[b * features + dim];
        return va == vb ? a < b : va < vb;
    }

    private void swap(int i, int j) {
        int t = idx[i];
        idx[i] = idx[j];
        idx[j] = t;
    }

    private void introselect(int first, int nth, int last, int depthLimit) {
        while (last - first > 3) {
            if (depthLimit == 0) {
                heapSelect(first, nth + 1, last);
                // the nth row in its final place
                swap(first, nth);
                return;
            }
            depthLimit--;
            int cut = partitionPivot(first, last);
            if (cut <= nth) {
                first = cut;
            } else {
                last = cut;
            }
        }
        insertionSort(first, last);
    }

    private int partitionPivot(int first, int last) {
        int mid = first + (last - first) / 2;
        moveMedianToFirst(first, first + 1, mid, last - 1);
        return unguardedPartition(first + 1, last, first);
    }

    private void moveMedianToFirst(int result, int a, int b, int c) {
        if (less(idx[a], idx[b])) {
            if (less(idx[b], idx[c])) {
                swap(result, b);
            } else if (less(idx[a], idx[c])) {
                swap(result, c);
            } else {
                swap(result, a);
            }
        } else if (less(idx[a], idx[c])) {
            swap(result, a);
        } else if (less(idx[b], idx[c])) {
            swap(result, c);
        } else {
            swap(result, b);
        }
    }

    private int unguardedPartition(int first, int last, int pivot) {
        while (true) {
            while (less(idx[first], idx[pivot])) {
                first++;
            }
            last--;
            while (less(idx[pivot], idx[last])) {
                last--;
            }
            if (first >= last) {
                return first;
            }
            swap(first, last);
            first++;
        }
    }

    private void insertionSort(int first, int last) {
        if (first == last) {
            return;
        }
        for (int i = first + 1; i != last; i++) {
            int value = idx[i];
            if (less(value, idx[first])) {
                System.arraycopy(idx, first, idx, first + 1, i - first);
                idx[first] = value;
            } else {
                int hole = i;
                while (less(value, idx[hole - 1])) {
                    idx[hole] = idx[hole - 1];
                    hole--;
                }
                idx[hole] = value;
            }
        }
    }

    private void heapSelect(int first, int middle, int last) {
        makeHeap(first, middle);
        for (int i = middle; i < last; i++) {
            if (less(idx[i], idx[first])) {
                // pop the heap's top into i, the row at i into the heap
                int value = idx[i];
                idx[i] = idx[first];
                adjustHeap(first, 0, middle - first, value);
            }
        }
    }

    private void makeHeap(int first, int last) {
        int len = last - first;
        if (len < 2) {
            return;
        }
        int parent = (len - 2) / 2;
        while (true) {
            adjustHeap(first, parent, len, idx[first + parent]);
            if (parent == 0) {
                return;
            }
            parent--;
        }
    }

    private void adjustHeap(int first, int holeIndex, int len, int value) {
        int topIndex = holeIndex;
        int secondChild = holeIndex;
        while (secondChild < (len - 1) / 2) {
            secondChild = 2 * (secondChild + 1);
            if (less(idx[first + secondChild], idx[first + secondChild - 1])) {
                secondChild--;
            }
            idx[first + holeIndex] = idx[first + secondChild];
            holeIndex = secondChild;
        }
        if ((len & 1) == 0 && secondChild == (len - 2) / 2) {
            secondChild = 2 * (secondChild + 1);
            idx[first + holeIndex] = idx[first + secondChild - 1];
            holeIndex = secondChild - 1;
        }
        // push the value up from the hole
        int parent = (holeIndex - 1) / 2;
        while (holeIndex > topIndex && less(idx[first + parent], value)) {
            idx[first + holeIndex] = idx[first + parent];
            holeIndex = parent;
            parent = (holeIndex - 1) / 2;
        }
        idx[first + holeIndex] = value;
    }
}
