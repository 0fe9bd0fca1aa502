package io.stratum.optimizer.metadata;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.SortValues;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a plan's row order may differ from pandas': a default {@code sort_values} ({@code kind="quicksort"}) on one
 * int or float key, whose equal keys pandas orders by x86-simd-sort (an order that depends on the CPU) and Stratum
 * stably. {@code stratum explain} prints one note per such sort, so that the difference is never silent.
 */
public final class SortTieNotes {
    private SortTieNotes() {
    }

    /** One line per such sort of {@code root}, in plan order, naming its script line and what to write. */
    public static List<String> of(LogicalNode root, PlanMetadata metadata) {
        List<String> notes = new ArrayList<>();
        visit(root, metadata, notes, new IdentityHashMap<>());
        return notes;
    }

    private static void visit(LogicalNode node, PlanMetadata metadata, List<String> notes, Map<LogicalNode, Boolean> seen) {
        if (seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        for (LogicalNode in : node.inputs()) {
            visit(in, metadata, notes, seen);
        }
        if (!(node instanceof SortValues s) || !s.sortKind().equals("quicksort") || s.by().size() != 1) {
            return;
        }
        ColumnStats key = metadata.find(s.input()).flatMap(NodeMetadata::schema).flatMap(cols -> cols.stream()
                .filter(c -> c.name().equals(s.by().getFirst())).findFirst()).orElse(null);
        ColumnType type = key == null ? ColumnType.UNKNOWN : key.type();
        String what = switch (type) {
            case INT64, FLOAT64 -> "the " + type.label() + " column";
            case UNKNOWN -> "a column whose type the plan cannot tell (if it holds numbers)";
            default -> null;
        };
        if (what != null) {
            String note = "note: " + s.origin() + ": sort_values('" + s.by().getFirst() + "') on " + what
                    + " keeps rows with equal keys in their order; pandas' default kind='quicksort' orders them by"
                    + " x86-simd-sort, differently on different CPUs; pass kind='stable' for one order both agree on";
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }
    }
}
