package io.stratum.optimizer.metadata;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.node.Fingerprint;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which columns of each frame-valued node the rest of the plan reads: the union over all of the node's consumers
 * (over every outcome of every choice, so a read shared by candidates keeps what any of them needs). A node's demand
 * is either every column ({@link #ALL}, the safe answer whenever a consumer's reads depend on the frame's schema:
 * a transformer over all columns, a skrub selector, a learner fed the whole frame, an operator this analysis does
 * not know) or a finite set of names. Nodes are keyed by fingerprint, so equal sub-plans share one demand.
 *
 * <p>Per consumer: {@code df[c]} and {@code df[[a, b]]} read those names; {@code drop(columns=...)} reads what its
 * own consumers read plus the dropped names (pandas raises when one is missing, so they must stay readable);
 * {@code assign} reads what its consumers read except the names it assigns (its values are consumers of their own);
 * {@code .skb.apply(learner, cols=[...])} reads {@code cols}; a transformer with {@code cols=[...]} reads them plus
 * what its consumers read (its outputs that are not input columns are simply absent from the input); marks and
 * variables pass their demand through.
 */
public final class ColumnDemand {
    /** Every column: the consumers' reads depend on the schema. */
    public static final Set<String> ALL = null;

    private final Map<Fingerprint, Set<String>> demand = new HashMap<>();
    private final Set<Fingerprint> reached = new HashSet<>();

    private ColumnDemand() {
    }

    /** The demand of every node of {@code plan}, whose root is read whole. */
    public static ColumnDemand of(LogicalNode plan, ApiCatalog catalog) {
        ColumnDemand d = new ColumnDemand();
        List<LogicalNode> order = new ArrayList<>();
        postOrder(plan, new HashSet<>(), order);
        d.reached.add(plan.fingerprint());
        d.demand.put(plan.fingerprint(), ALL);
        // Reverse post-order visits every consumer before what it consumes, so a node's demand is complete when used.
        for (int i = order.size() - 1; i >= 0; i--) {
            LogicalNode node = order.get(i);
            d.propagate(node, d.demand.get(node.fingerprint()), catalog);
        }
        return d;
    }

    /**
     * The columns of {@code node} that some consumer reads, sorted by name, or {@link #ALL}; an empty set when no
     * consumer reads a column of it (say, only its row count), and {@link #ALL} for a node not in the plan.
     */
    public Set<String> of(LogicalNode node) {
        Fingerprint f = node.fingerprint();
        return reached.contains(f) ? demand.get(f) : ALL;
    }

    private static void postOrder(LogicalNode node, Set<Fingerprint> seen, List<LogicalNode> out) {
        if (!seen.add(node.fingerprint())) {
            return;
        }
        for (LogicalNode in : node.inputs()) {
            postOrder(in, seen, out);
        }
        out.add(node);
    }

    private void propagate(LogicalNode node, Set<String> wanted, ApiCatalog catalog) {
        switch (node) {
            case GetItem g -> {
                read(g.input(), keyColumns(g.key()));
                read(g.key(), ALL);
            }
            case Drop d -> read(d.input(), wanted == ALL ? ALL : union(wanted, d.columns()));
            case Assign a -> {
                if (wanted == ALL) {
                    read(a.input(), ALL);
                } else {
                    Set<String> rest = new TreeSet<>(wanted);
                    a.names().forEach(rest::remove);
                    read(a.input(), rest);
                }
                a.values().forEach(v -> read(v, ALL));
            }
            case MarkX m -> read(m.input(), wanted);
            case MarkY m -> read(m.input(), wanted);
            case Var v -> v.inputs().forEach(in -> read(in, wanted));
            case Apply a -> {
                List<String> cols = a.columnList();
                if (cols == null) {
                    read(a.input(), ALL);
                } else if (isLearner(a.estimator(), catalog)) {
                    read(a.input(), new TreeSet<>(cols));
                } else {
                    read(a.input(), wanted == ALL ? ALL : union(wanted, cols));
                }
                read(a.estimator(), ALL);
                if (a.y() != null) {
                    read(a.y(), ALL);
                }
            }
            case Choice c -> c.outcomes().forEach(o -> read(o, wanted));
            default -> node.inputs().forEach(in -> read(in, ALL));
        }
    }

    /** Adds {@code columns} to what is read of {@code node}. */
    private void read(LogicalNode node, Set<String> columns) {
        Fingerprint f = node.fingerprint();
        if (reached.add(f)) {
            demand.put(f, columns == ALL ? ALL : new TreeSet<>(columns));
            return;
        }
        Set<String> known = demand.get(f);
        if (known != ALL) {
            if (columns == ALL) {
                demand.put(f, ALL);
            } else {
                known.addAll(columns);
            }
        }
    }

    private static Set<String> keyColumns(LogicalNode key) {
        if (key instanceof Value v) {
            Const k = v.value();
            if (k instanceof Const.StrConst s) {
                return new TreeSet<>(List.of(s.value()));
            }
            if (k instanceof Const.ListConst l && ColumnSelector.fromConst(l) == null && l.asStrings() != null) {
                return new TreeSet<>(l.asStrings());
            }
        }
        return ALL;
    }

    private static Set<String> union(Set<String> a, List<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    /** True when every estimator the step may apply is a regressor or classifier, whose output is its predictions. */
    private static boolean isLearner(LogicalNode estimator, ApiCatalog catalog) {
        return switch (estimator) {
            case Estimator e -> {
                ApiEntry entry = catalog.lookup(e.qualifiedName());
                yield entry != null && (entry.kind() == EntryKind.REGRESSOR || entry.kind() == EntryKind.CLASSIFIER);
            }
            case Choice c -> {
                for (LogicalNode o : c.outcomes()) {
                    if (!isLearner(o, catalog)) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
    }
}
