package io.stratum.runtime.kernels.neighbors;

/**
 * scikit-learn's bounded max-heap of the nearest rows found so far ({@code sklearn.utils._heap.heap_push}): the
 * farthest kept row at the root, a row no nearer than it refused, so an earlier row stays over a later equally
 * distant one, but any of several equal rows at the root may be the one evicted.
 */
final class NeighbourHeap {
    private NeighbourHeap() {
    }

    /** Offers row {@code index} at squared distance {@code value} to the heap {@code values[0, size)}. */
    static void push(double[] values, int[] indices, int size, double value, int index) {
        if (value >= values[0]) {
            return;
        }
        int current = 0;
        while (true) {
            int left = 2 * current + 1;
            int right = left + 1;
            int swap;
            if (left >= size) {
                break;
            } else if (right >= size) {
                if (values[left] > value) {
                    swap = left;
                } else {
                    break;
                }
            } else if (values[left] >= values[right]) {
                if (value < values[left]) {
                    swap = left;
                } else {
                    break;
                }
            } else if (value < values[right]) {
                swap = right;
            } else {
                break;
            }
            values[current] = values[swap];
            indices[current] = indices[swap];
            current = swap;
        }
        values[current] = value;
        indices[current] = index;
    }
}
