package io.stratum.runtime.kernels.forest;

import java.util.List;

/**
 * libstdc++'s {@code std::push_heap} and {@code std::pop_heap} ({@code __push_heap}, {@code __adjust_heap}) on a
 * list, step for step, so that elements the comparator finds equal leave the heap in the same order as in a C++
 * program using them (scikit-learn's best-first tree builder).
 */
final class StdHeap {
    /** The heap's strict order: true when {@code a} sorts before {@code b} (the heap's top is a largest element). */
    interface Less<T> {
        boolean test(T a, T b);
    }

    private StdHeap() {
    }

    /** {@code frontier.push_back(value); push_heap(...)}. */
    static <T> void push(List<T> heap, T value, Less<T> less) {
        heap.add(value);
        siftUp(heap, heap.size() - 1, 0, value, less);
    }

    /** {@code pop_heap(...); value = frontier.back(); frontier.pop_back()}. */
    static <T> T pop(List<T> heap, Less<T> less) {
        int len = heap.size();
        if (len > 1) {
            T value = heap.get(len - 1);
            heap.set(len - 1, heap.get(0));
            adjust(heap, 0, len - 1, value, less);
        }
        return heap.removeLast();
    }

    private static <T> void siftUp(List<T> heap, int hole, int top, T value, Less<T> less) {
        int parent = (hole - 1) / 2;
        while (hole > top && less.test(heap.get(parent), value)) {
            heap.set(hole, heap.get(parent));
            hole = parent;
            parent = (hole - 1) / 2;
        }
        heap.set(hole, value);
    }

    private static <T> void adjust(List<T> heap, int hole, int len, T value, Less<T> less) {
        int top = hole;
        int second = hole;
        while (second < (len - 1) / 2) {
            second = 2 * (second + 1);
            if (less.test(heap.get(second), heap.get(second - 1))) {
                second--;
            }
            heap.set(hole, heap.get(second));
            hole = second;
        }
        if ((len & 1) == 0 && second == (len - 2) / 2) {
            second = 2 * (second + 1);
            heap.set(hole, heap.get(second - 1));
            hole = second - 1;
        }
        siftUp(heap, hole, top, value, less);
    }
}
