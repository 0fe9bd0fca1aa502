package io.stratum.runtime.kernels.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link StdHeap} against libstdc++'s {@code push_heap}/{@code pop_heap} ({@code make_std_heap_reference.py}):
 * random push/pop sequences over records with many equal priorities must pop the records in the same order.
 */
class StdHeapTest {
    private record Item(int id, double priority) {
    }

    @Test
    void popsEqualPrioritiesInLibstdcxxOrder() {
        int sequences = 0;
        for (Map<String, String> r : Reference.rows("std_heap.csv")) {
            List<Item> heap = new ArrayList<>();
            List<String> popped = new ArrayList<>();
            for (String op : r.get("operations").split(" ")) {
                String[] parts = op.split(",");
                if (parts[0].equals("u")) {
                    StdHeap.push(heap, new Item(Integer.parseInt(parts[1]), Double.parseDouble(parts[2])),
                            (a, b) -> a.priority() < b.priority());
                } else {
                    popped.add(Integer.toString(StdHeap.pop(heap, (a, b) -> a.priority() < b.priority()).id()));
                }
            }
            assertEquals(r.get("popped"), String.join(" ", popped), "sequence " + sequences);
            sequences++;
        }
        assertEquals(60, sequences);
    }
}
