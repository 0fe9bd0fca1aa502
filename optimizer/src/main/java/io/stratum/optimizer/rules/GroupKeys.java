package io.stratum.optimizer.rules;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.GetAttr;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.GroupBy;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.logical.Value;
import io.stratum.ir.node.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of {@code df.groupby(by)} given as a Series of the grouped frame: one of its columns
 * ({@code df["k"]}, grouping by that column), or a Series computed from its columns ({@code df["d"].dt.month},
 * {@code df["a"] > 0}, {@code df["s"].str.lower()}), grouped by as a column of its own that pandas names after the
 * Series even when a column of the frame has that name ({@link GroupBy#computedKeyColumn}); where the keys become
 * columns ({@code reset_index()}, {@code as_index=False}) they take that name as pandas gives it.
 */
final class GroupKeys {
    private GroupKeys() {
    }

    /** The frame to group and its key columns. */
    record Keyed(LogicalNode frame, List<String> keys) {
    }

    /**
     * The keys of {@code c} ({@code groupby} of its receiver) given by the Series {@code by}; null when {@code by} is
     * absent or written as names. A Series of another frame, or one pandas gives no name, is refused at the call's line.
     */
    static Keyed of(CallMethod c, LogicalNode by) {
        if (by == null || by instanceof Value) {
            return null;
        }
        LogicalNode frame = c.receiver();
        if (by instanceof GetItem g && g.input().equals(frame) && KnownColumns.columnName(g.key()) != null) {
            return new Keyed(frame, List.of(KnownColumns.columnName(g.key())));
        }
        if (columnAccesses(by, frame) == 0) {
            throw new StratumError(c.origin(), "groupby() by a Series is supported only for a Series of the grouped frame"
                    + " itself (df.groupby(df[\"k\"]), df.groupby(df[\"d\"].dt.month))", "name the key column, groupby(\"k\"),"
                    + " or make the Series a column of the frame first: df.assign(k=...).groupby(\"k\")");
        }
        String name = IndexedResultMethods.seriesName(by);
        if (name == null || name.isEmpty()) {
            throw new StratumError(c.origin(), "groupby() by a Series "
                    + (name == null ? "whose name Stratum cannot tell" : "without a name (pandas names it None)")
                    + " is not supported by Stratum", "make it a column of the frame first: df.assign(k=...).groupby(\"k\")");
        }
        String key = GroupBy.computedKeyColumn(name, 0);
        return new Keyed(new Assign(frame, List.of(key), List.of(by), c.origin()), List.of(key));
    }

    /**
     * How many columns of {@code frame} {@code node} reads ({@code frame["a"]}, {@code frame.a}); 0 when it reads
     * anything else (another frame, or {@code frame} as a whole).
     */
    private static int columnAccesses(LogicalNode node, LogicalNode frame) {
        if (node.equals(frame)) {
            return 0;
        }
        if (node instanceof GetItem g && g.input().equals(frame) && KnownColumns.columnName(g.key()) != null
                || node instanceof GetAttr a && a.input().equals(frame)) {
            return 1;
        }
        if (node instanceof Value) {
            return -1;
        }
        if (node.inputs().isEmpty()) {
            return 0;
        }
        int reads = 0;
        for (LogicalNode in : node.inputs()) {
            int n = columnAccesses(in, frame);
            if (n == 0) {
                return 0;
            }
            reads += Math.max(n, 0);
        }
        return reads == 0 ? -1 : reads;
    }

    /**
     * {@code frame} (a group-by result whose first columns are {@code keys}, then {@code values}) with each computed
     * key column named as pandas names it; one whose name a value column has is dropped when {@code dropColliding}
     * (pandas' {@code as_index=False} keeps the value), else refused as pandas refuses {@code reset_index()}.
     */
    static LogicalNode shown(LogicalNode frame, List<String> keys, List<String> values, boolean dropColliding,
                             Origin origin) {
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String k : keys) {
            String name = GroupBy.shownName(k);
            if (name.equals(k)) {
                continue;
            }
            if (values.contains(name) || keys.contains(name)) {
                if (!dropColliding) {
                    throw new StratumError(origin, "reset_index() would insert the key '" + name + "' as a column, but"
                            + " a column has that name (pandas raises ValueError: cannot insert " + name + ", already exists)",
                            "make the key a column of another name first: df.assign(k=...).groupby(\"k\")");
                }
                dropped.add(k);
            } else {
                from.add(k);
                to.add(name);
            }
        }
        LogicalNode out = dropped.isEmpty() ? frame : new Drop(frame, dropped, origin);
        return from.isEmpty() ? out : new Rename(out, from, to, origin);
    }

    /** Whether any of {@code keys} is computed from a Series. */
    static boolean anyComputed(List<String> keys) {
        return keys.stream().anyMatch(k -> !GroupBy.shownName(k).equals(k));
    }
}
