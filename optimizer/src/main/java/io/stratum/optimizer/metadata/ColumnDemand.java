package io.stratum.optimizer.metadata;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.logical.Aggregate;
import io.stratum.ir.logical.AggregateSpec;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.Join;
import io.stratum.ir.logical.Limit;
import io.stratum.ir.logical.SortValues;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.DropNa;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.Rename;
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
 * variables pass their demand through; {@code rename} maps it back to the old names; per-value operations
 * ({@code fillna}, {@code isna}, ...) pass it through plus the columns they name, except {@code astype} and
 * {@code to_datetime}, which may raise on any column's values and so read them all; {@code dropna} reads its
 * subset too (every column without one). Relational steps: a row filter passes the demand through (its mask reads
 * its own columns); {@code sort_values} adds its keys; {@code head}/{@code tail} pass it through; an aggregation
 * reads its keys and aggregated columns; joins map the demand back to their two sides (see {@link #join}).
 */
public final class ColumnDemand {
    /** Every column: the consumers' reads depend on the schema. */
    public static final Set<String> ALL = null;

    private final Map<Fingerprint, Set<String>> demand = new HashMap<>();
    private Schemas schemas;
    private final Set<Fingerprint> reached = new HashSet<>();

    private ColumnDemand() {
    }

    /** The demand of every node of {@code plan}, whose root is read whole, without source statistics. */
    public static ColumnDemand of(LogicalNode plan, ApiCatalog catalog) {
        return of(plan, catalog, SourceStatistics.NONE);
    }

    /**
     * The demand of every node of {@code plan}, whose root is read whole; {@code sources} give the schemas a join
     * needs to map its output names back to its sides (without them a join's inputs are read whole).
     */
    public static ColumnDemand of(LogicalNode plan, ApiCatalog catalog, SourceStatistics sources) {
        ColumnDemand d = new ColumnDemand();
        d.schemas = new Schemas(plan, sources, catalog);
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
                // A boolean mask keeps the columns (and reads its own through its own nodes).
                read(g.input(), isMask(g.key()) ? wanted : keyColumns(g.key()));
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
            case MarkX m -> {
                read(m.input(), wanted);
                if (m.groups() != null) {
                    read(m.groups(), ALL); // the splitter reads the groups column whole
                }
            }
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
                if (a.sampleWeight() != null) {
                    read(a.sampleWeight(), ALL);
                }
            }
            case Choice c -> c.outcomes().forEach(o -> read(o, wanted));
            // A per-value operation keeps the columns; astype and to_datetime may raise on a value, so they read all.
            case ElementWise e when !(e.op() instanceof ElementOp.Cast) && !(e.op() instanceof ElementOp.ToDatetime) ->
                    read(e.input(), wanted == ALL ? ALL : union(wanted, e.columns()));
            case Rename r -> {
                if (wanted == ALL) {
                    read(r.input(), ALL);
                } else {
                    Set<String> before = new TreeSet<>();
                    for (String c : wanted) {
                        int i = r.to().indexOf(c);
                        if (i >= 0) {
                            before.add(r.from().get(i));
                        } else if (!r.from().contains(c)) {
                            before.add(c);
                        }
                    }
                    read(r.input(), before);
                }
            }
            // A column of the result is the input's column of the name without the affix (none gives the others).
            case io.stratum.ir.logical.Affix a -> {
                if (wanted == ALL) {
                    read(a.input(), ALL);
                } else {
                    Set<String> before = new TreeSet<>();
                    for (String c : wanted) {
                        if (a.original(c) != null) {
                            before.add(a.original(c));
                        }
                    }
                    read(a.input(), before);
                }
            }
            // Which rows survive depends on the subset's missing values (on every column when there is no subset).
            case DropNa d -> read(d.input(), wanted == ALL || d.subset().isEmpty() ? ALL : union(wanted, d.subset()));
            // The mask is a column of its own (its column reads are its own nodes').
            case Filter f -> {
                read(f.input(), wanted);
                read(f.mask(), ALL);
            }
            case SortValues s -> read(s.input(), wanted == ALL ? ALL : union(wanted, s.by()));
            case Limit l -> read(l.input(), wanted);
            case io.stratum.ir.logical.RowsByPosition r -> read(r.input(), wanted);
            case io.stratum.ir.logical.Subsample s -> read(s.input(), wanted);
            case io.stratum.ir.logical.TrainTestRows t -> {
                read(t.input(), wanted);
                if (t.stratify() != null) {
                    read(t.stratify(), ALL);
                }
            }
            case Aggregate a -> read(a.input(), aggregateReads(a));
            // The keys and the selected columns (every column when none are selected but for the group sizes),
            // whatever is read of the result.
            case io.stratum.ir.logical.GroupTransform t -> read(t.input(), t.columns() != null
                    ? union(new TreeSet<>(t.keys()), t.columns()) : t.function().equals("size") ? new TreeSet<>(t.keys()) : ALL);
            case Join j -> join(j, wanted);
            // Each column is shifted (or windowed) on its own; per group, the keys and the selected columns.
            case io.stratum.ir.logical.Shift s -> read(s.input(), groupingReads(s.grouping(), wanted, false));
            case io.stratum.ir.logical.Window w -> read(w.input(), groupingReads(w.grouping(), wanted,
                    w.function() == io.stratum.ir.logical.Window.Function.COUNT
                            && w.frame().kind() == io.stratum.ir.logical.Window.Kind.CUMULATIVE));
            default -> node.inputs().forEach(in -> read(in, ALL));
        }
    }

    /** The keys and the aggregated columns; every column when an aggregation applies to all of them. */
    private static Set<String> aggregateReads(Aggregate a) {
        Set<String> out = new TreeSet<>(a.keys());
        for (AggregateSpec spec : a.aggregations()) {
            if (AggregateSpec.ALL_COLUMNS.equals(spec.column())) {
                return ALL;
            }
            if (spec.column() != null) {
                out.add(spec.column());
            }
        }
        return out;
    }

    /**
     * A semi or anti join reads the wanted columns and the key of its left side, and only the key of its right side.
     * Other joins map each wanted output name back to the side column that makes it (pandas' suffixes), which needs
     * both sides' schemas; a kept column whose name the other side also has keeps that one too, so the suffixes and
     * the shared keys come out as in the full join. Without schemas, or when the full join would make two columns
     * of one name (an error to keep), both sides are read whole.
     */
    private void join(Join j, Set<String> wanted) {
        if (j.how().equals("semi") || j.how().equals("anti")) {
            read(j.left(), wanted == ALL ? ALL : union(wanted, j.leftOn()));
            read(j.right(), new TreeSet<>(j.rightOn()));
            return;
        }
        List<String> l = wanted == ALL ? null : schemas.columns(j.left());
        List<String> r = wanted == ALL ? null : schemas.columns(j.right());
        if (l == null || r == null) {
            read(j.left(), ALL);
            read(j.right(), ALL);
            return;
        }
        Set<String> shared = new HashSet<>();
        for (int i = 0; i < j.leftOn().size(); i++) {
            if (j.leftOn().get(i).equals(j.rightOn().get(i))) {
                shared.add(j.leftOn().get(i));
            }
        }
        Set<String> outputs = new HashSet<>();
        Set<String> left = new TreeSet<>(j.leftOn());
        Set<String> right = new TreeSet<>(j.rightOn());
        boolean duplicate = false;
        for (String c : l) {
            String out = shared.contains(c) || !r.contains(c) ? c : suffixed(c, j.leftSuffix());
            duplicate |= !outputs.add(out);
            if (wanted.contains(out)) {
                left.add(c);
            }
        }
        for (String c : r) {
            if (shared.contains(c)) {
                continue;
            }
            String out = l.contains(c) ? suffixed(c, j.rightSuffix()) : c;
            duplicate |= !outputs.add(out);
            if (wanted.contains(out)) {
                right.add(c);
            }
        }
        if (duplicate) {
            read(j.left(), ALL);
            read(j.right(), ALL);
            return;
        }
        for (String c : List.copyOf(left)) {
            if (!shared.contains(c) && r.contains(c)) {
                right.add(c);
            }
        }
        for (String c : List.copyOf(right)) {
            if (!shared.contains(c) && l.contains(c)) {
                left.add(c);
            }
        }
        read(j.left(), left);
        read(j.right(), right);
    }

    private static String suffixed(String name, String suffix) {
        return suffix == null ? name : name + suffix;
    }

    /** Column names of plan nodes from derived metadata, derived on first use; null when unknown. */
    private static final class Schemas {
        private final LogicalNode plan;
        private final SourceStatistics sources;
        private final ApiCatalog catalog;
        private PlanMetadata metadata;
        private boolean failed;

        Schemas(LogicalNode plan, SourceStatistics sources, ApiCatalog catalog) {
            this.plan = plan;
            this.sources = sources;
            this.catalog = catalog;
        }

        List<String> columns(LogicalNode node) {
            if (metadata == null && !failed) {
                try {
                    metadata = MetadataDerivation.derive(plan, sources, catalog);
                } catch (io.stratum.ir.diagnostics.StratumError e) {
                    failed = true; // reported where the plan is compiled; here the join is simply read whole
                }
            }
            return failed ? null : metadata.find(node).flatMap(NodeMetadata::columnNames).orElse(null);
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

    /** A row mask: a comparison, a boolean combination or negation, or isna/isin of columns. */
    private static boolean isMask(LogicalNode key) {
        return switch (key) {
            case io.stratum.ir.logical.BinOp b -> b.op().isComparison()
                    || b.op() == io.stratum.ir.logical.BinaryOperator.AND || b.op() == io.stratum.ir.logical.BinaryOperator.OR
                    || b.op() == io.stratum.ir.logical.BinaryOperator.XOR || b.op() == io.stratum.ir.logical.BinaryOperator.ISIN;
            case io.stratum.ir.logical.UnaryOp u -> u.op() == io.stratum.ir.logical.UnaryOperator.INVERT;
            case ElementWise e -> e.op() instanceof ElementOp.IsNa || e.op() instanceof ElementOp.IsIn;
            default -> false;
        };
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

    /** What a row method per group reads: the keys and the selected columns (all, when none are selected). */
    private static java.util.Set<String> groupingReads(io.stratum.ir.logical.Grouping g, java.util.Set<String> wanted,
                                                       boolean keysOnly) {
        if (!g.grouped()) {
            return wanted;
        }
        if (keysOnly) {
            return new TreeSet<>(g.keys());
        }
        return g.columns() != null ? union(new TreeSet<>(g.keys()), g.columns()) : ALL;
    }
}
