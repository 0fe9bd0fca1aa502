package io.stratum.optimizer.metadata;

import io.stratum.ir.logical.Aggregate;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Concat;
import io.stratum.ir.logical.DropDuplicates;
import io.stratum.ir.logical.DropNa;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.FrameLiteral;
import io.stratum.ir.logical.Join;
import io.stratum.ir.logical.Limit;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.ReadCsv;
import io.stratum.ir.logical.ReadFile;
import io.stratum.ir.logical.RowsByPosition;
import io.stratum.ir.logical.SortValues;
import io.stratum.ir.logical.Subsample;
import io.stratum.ir.logical.Switch;
import io.stratum.ir.logical.TrainTestRows;
import io.stratum.ir.logical.ValueCounts;
import io.stratum.ir.logical.SearchRoot;
import io.stratum.ir.node.Fingerprint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which nodes' row labels (pandas' index) a plan's result depends on. Labels matter only where pandas aligns rows of
 * different labels (the runtime's {@code LabelAlignment}: assigning a column to a frame, a mask, {@code where},
 * arithmetic, {@code pd.concat(axis=1)}); learners, scorers and skrub's concat pair rows by position. Each frame or
 * column has a <em>label source</em>: the node that set its labels — a read, a merge, a group-by, a concat, or a row
 * selection (filter, head, sort, ...), whose labels are some of its input's — while column steps (selections, assign,
 * arithmetic, element-wise methods, a transformer's output) keep their input's. Where a step combines rows of two
 * label sources, both are observed, and so is every source whose labels an observed selection or concat passes on.
 * A rule that changes a node's labels (moving a filter into a merge's side or below a group-by renumbers its rows)
 * may do so only when they are not observed.
 */
public final class ObservedRowLabels {
    private final Map<Fingerprint, Fingerprint> sourceOf = new HashMap<>();
    private final Map<Fingerprint, List<Fingerprint>> derivedFrom = new HashMap<>();
    private final Set<Fingerprint> observed = new HashSet<>();

    private ObservedRowLabels() {
    }

    /** The observed label sources of {@code plan}. */
    public static ObservedRowLabels of(LogicalNode plan) {
        ObservedRowLabels o = new ObservedRowLabels();
        o.walk(plan);
        Deque<Fingerprint> work = new ArrayDeque<>(o.observed);
        while (!work.isEmpty()) {
            for (Fingerprint from : o.derivedFrom.getOrDefault(work.pop(), List.of())) {
                if (o.observed.add(from)) {
                    work.push(from);
                }
            }
        }
        return o;
    }

    /**
     * True when {@code node}'s row labels may be observed: it is an observed label source, or a node this analysis
     * did not see (one a rule built during the current pass).
     */
    public boolean observed(LogicalNode node) {
        return !sourceOf.containsKey(node.fingerprint()) || observed.contains(node.fingerprint());
    }

    private Fingerprint walk(LogicalNode node) {
        Fingerprint known = sourceOf.get(node.fingerprint());
        if (known != null) {
            return known;
        }
        List<Fingerprint> rowInputs = new ArrayList<>();
        for (LogicalNode in : node.inputs()) {
            Fingerprint s = walk(in);
            if (rows(in)) {
                rowInputs.add(s);
            }
        }
        Fingerprint self = node.fingerprint();
        Fingerprint source = switch (node) {
            // Fresh labels (0..n-1 of what they build).
            case ReadCsv r -> self;
            case ReadFile r -> self;
            case FrameLiteral f -> self;
            case Join j -> self;
            case Aggregate a -> self;
            case ValueCounts v -> self;
            case io.stratum.ir.logical.IndexedResult r -> derived(self, rowInputs);
            case Concat c when c.ignoreIndex() || c.skb() && !c.columns() -> self;
            // Some rows of the input, each keeping its label.
            case Filter f -> {
                if (rowInputs.size() == 2 && !rowInputs.get(0).equals(rowInputs.get(1))) {
                    // A mask of other labels is aligned on the rows it selects.
                    observed.addAll(rowInputs);
                }
                yield derived(self, rowInputs.subList(0, Math.min(1, rowInputs.size())));
            }
            case Limit l -> derived(self, rowInputs);
            case SortValues s -> derived(self, rowInputs);
            case RowsByPosition r -> derived(self, rowInputs);
            case DropNa d -> derived(self, rowInputs);
            case DropDuplicates d -> derived(self, rowInputs);
            case Subsample s -> derived(self, rowInputs);
            case TrainTestRows t -> derived(self, rowInputs);
            case MarkX m -> derived(self, rowInputs);
            case MarkY m -> derived(self, rowInputs);
            // Labels of one input or of all of them, without aligning them on each other.
            case Concat c when !c.columns() -> derived(self, rowInputs);
            case Choice c -> derived(self, rowInputs);
            case Switch s -> derived(self, rowInputs);
            // A search reads its predictions' rows by position.
            case SearchRoot r -> self;
            // A learner or transformer pairs X with y by position; its output keeps X's labels.
            case Apply a -> rowInputs.isEmpty() ? self : sourceOf.get(a.input().fingerprint());
            case Concat c when c.skb() -> rowInputs.isEmpty() ? self : rowInputs.getFirst();
            // Column steps keep their input's labels; rows of several label sources are aligned on each other.
            default -> {
                if (rowInputs.isEmpty()) {
                    yield self;
                }
                for (Fingerprint s : rowInputs) {
                    if (!s.equals(rowInputs.getFirst())) {
                        observed.addAll(rowInputs);
                        break;
                    }
                }
                yield rowInputs.getFirst();
            }
        };
        sourceOf.put(node.fingerprint(), source);
        return source;
    }

    private Fingerprint derived(Fingerprint self, List<Fingerprint> from) {
        derivedFrom.put(self, List.copyOf(from));
        return self;
    }

    /** Whether {@code node} gives rows (a frame or a column, or a step whose kind is known only when it runs). */
    private static boolean rows(LogicalNode node) {
        return switch (OutputKind.of(node)) {
            case FRAME, COLUMN, FITTED_OUTPUT, UNKNOWN -> true;
            // A matrix (a text vectorizer's output) reaches only learners and matrix steps, which pair rows by position.
            case CONSTANT, VALUE, ESTIMATOR, SEARCH, MATRIX -> false;
        };
    }
}
