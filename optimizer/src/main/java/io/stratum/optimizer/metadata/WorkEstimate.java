package io.stratum.optimizer.metadata;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.physical.AssignColumns;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.ColumnExpr;
import io.stratum.ir.physical.DropColumns;
import io.stratum.ir.physical.DropMissingRows;
import io.stratum.ir.physical.FilterRows;
import io.stratum.ir.physical.HashAggregate;
import io.stratum.ir.physical.HashJoin;
import io.stratum.ir.physical.SliceRows;
import io.stratum.ir.physical.TakeRows;
import io.stratum.ir.physical.ConcatFrames;
import io.stratum.ir.physical.LiteralFrame;
import io.stratum.ir.physical.CountValues;
import io.stratum.ir.physical.DropDuplicateRows;
import io.stratum.ir.physical.SortRows;
import io.stratum.ir.physical.EvalColumn;
import io.stratum.ir.physical.MapColumns;
import io.stratum.ir.physical.RenameColumns;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.ScanCsv;
import io.stratum.ir.physical.ScanFile;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.physical.SelectColumn;
import io.stratum.ir.physical.SelectColumns;
import io.stratum.ir.physical.SplitRows;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How much the optimizer changed and saved: the number of logical operators before and after rewriting, the number
 * of physical operators with sharing and without it (every candidate computing its own pipeline, as separate
 * scikit-learn fits would), and the estimated work of each — the sum over physical tasks of {@link CostModel}
 * costs, where an operator above the train/test split is one task per fold (fitting on the training rows and
 * applying to the test rows of a fold touches every row once) and one below it a single task.
 * {@code workWithoutRewrites} is the shared work of the same search lowered from the plan as bound, before the
 * simplify, prune and API-aware rules rewrote it (empty when unknown or not computed), so EXPLAIN can say what the
 * rules themselves save on top of sharing.
 */
public record WorkEstimate(int logicalBefore, int logicalAfter, int physicalShared, int physicalUnshared,
                           OptionalDouble workShared, OptionalDouble workUnshared, OptionalDouble workWithoutRewrites,
                           List<String> sharedFits) {

    public WorkEstimate {
        sharedFits = List.copyOf(sharedFits);
    }

    /** The same estimate, with the shared work of the plan lowered without the rewrites. */
    public WorkEstimate withWorkWithoutRewrites(OptionalDouble work) {
        return new WorkEstimate(logicalBefore, logicalAfter, physicalShared, physicalUnshared, workShared, workUnshared,
                work, sharedFits);
    }

    /** Estimates the work of {@code plan}, the lowering of {@code optimized}, which was rewritten from {@code original}. */
    public static WorkEstimate of(LogicalNode original, LogicalNode optimized, SearchPlan plan, SourceStatistics sources) {
        Costs costs = new Costs(sources);
        int folds = costs.folds(plan);
        Map<PhysicalOp, Boolean> all = new IdentityHashMap<>();
        int unsharedCount = 0;
        double unshared = 0;
        boolean known = true;
        Map<PhysicalOp, Integer> usedBy = new IdentityHashMap<>();
        List<String> fits = new ArrayList<>();
        for (Candidate c : plan.candidates()) {
            Map<PhysicalOp, Boolean> mine = new IdentityHashMap<>();
            for (io.stratum.ir.physical.PhysicalOp r : c.distinctResponses()) {
                collect(r, mine);
            }
            collect(c.target(), mine);
            for (PhysicalOp op : mine.keySet()) {
                usedBy.merge(op, 1, Integer::sum);
            }
            unsharedCount += mine.size();
            for (PhysicalOp op : mine.keySet()) {
                OptionalDouble w = folds > 0 ? costs.work(op, folds) : OptionalDouble.empty();
                known &= w.isPresent();
                unshared += w.orElse(0);
            }
            all.putAll(mine);
        }
        double shared = 0;
        // Linear learners over the same features and target (and centering) share one Gram per fold, as the runtime's
        // fold algebra keys it: with sharing, its cost is counted once per key.
        Map<List<Object>, Integer> gramReaders = new java.util.HashMap<>();
        for (PhysicalOp op : all.keySet()) {
            if (op instanceof FitTransform t && usedBy.getOrDefault(op, 0) > 1) {
                fits.add(t.spec().repr() + (t.columns() == null ? "" : " on " + t.columns()) + " for "
                        + usedBy.get(op) + " candidates");
            }
            shared += costs.work(op, folds).orElse(0);
            if (op instanceof FitPredict p && CostModel.sharesGram(p.spec().qualifiedName())
                    && gramReaders.merge(List.of(p.features().fingerprint(), p.target().fingerprint(),
                            p.spec().boolParam("fit_intercept")), 1, Integer::sum) > 1) {
                shared -= costs.sharedGramWork(p, folds);
            }
        }
        return new WorkEstimate(countNodes(original), countNodes(optimized), all.size(), unsharedCount,
                known ? OptionalDouble.of(shared) : OptionalDouble.empty(),
                known ? OptionalDouble.of(unshared) : OptionalDouble.empty(), OptionalDouble.empty(),
                fits.stream().sorted().toList());
    }

    /**
     * Lines for EXPLAIN: operator counts, the estimated work and what sharing saves, and, when known, what the
     * rewrite rules save against the plan as bound.
     */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append("logical operators: ").append(logicalBefore).append(" before optimization, ").append(logicalAfter)
                .append(" after\n");
        b.append("physical operators: ").append(physicalShared).append(" with sharing, ").append(physicalUnshared)
                .append(" without\n");
        if (workShared.isPresent() && workUnshared.isPresent()) {
            double with = workShared.getAsDouble();
            double without = workUnshared.getAsDouble();
            double saved = without - with;
            b.append("estimated work: ").append(CostModel.format(with)).append(" with sharing, ")
                    .append(CostModel.format(without)).append(" without; saved ").append(CostModel.format(saved));
            if (without > 0) {
                b.append(String.format(java.util.Locale.ROOT, " (%.1f%%)", 100 * saved / without));
            }
            b.append('\n');
            if (workWithoutRewrites.isPresent()) {
                double bound = workWithoutRewrites.getAsDouble();
                b.append("estimated work without rewrites: ").append(CostModel.format(bound)).append(" with sharing; rules save ")
                        .append(CostModel.format(bound - with));
                if (bound > 0) {
                    b.append(String.format(java.util.Locale.ROOT, " (%.1f%%)", 100 * (bound - with) / bound));
                }
                b.append('\n');
            }
        } else {
            b.append("estimated work: unknown (no statistics for some source or operator)\n");
        }
        // Fitted once per fold whatever the choices downstream: the choices do not change their inputs or parameters.
        for (String fit : sharedFits) {
            b.append("fitted once per fold for several candidates: ").append(fit).append('\n');
        }
        return b.toString();
    }

    private static void collect(PhysicalOp op, Map<PhysicalOp, Boolean> seen) {
        if (seen.put(op, Boolean.TRUE) != null) {
            return;
        }
        for (PhysicalOp in : op.inputs()) {
            collect(in, seen);
        }
    }

    private static int countNodes(LogicalNode root) {
        Set<LogicalNode> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<LogicalNode> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            LogicalNode n = stack.removeLast();
            if (seen.add(n)) {
                stack.addAll(n.inputs());
            }
        }
        return seen.size();
    }

    /**
     * The shape (rows, columns), split dependence and cost of physical operators, memoized by operator. Where the
     * columns are not known by name (after a TableVectorizer, whose encoders are decided per fold, or a group-by) their
     * number is estimated ({@link EstimatedWidth}); where the rows are not known (after a filter, a join, a group-by)
     * the input's rows stand in for them, an upper bound for filters and group-bys and the probe side's rows for joins.
     * So every operator over sources with statistics has a cost.
     */
    private static final class Costs {
        private record Shape(OptionalLong rows, Optional<List<ColumnStats>> schema, OptionalInt width, boolean perFold,
                             OptionalDouble cost) {
            /** The named columns, or else the estimated number of columns. */
            Shape {
                if (schema.isPresent()) {
                    width = OptionalInt.of(schema.get().size());
                }
            }

            Shape(OptionalLong rows, Optional<List<ColumnStats>> schema, boolean perFold, OptionalDouble cost) {
                this(rows, schema, OptionalInt.empty(), perFold, cost);
            }
        }

        private final SourceStatistics sources;
        private final Map<PhysicalOp, Shape> shapes = new IdentityHashMap<>();

        Costs(SourceStatistics sources) {
            this.sources = sources;
        }

        /**
         * The plan's number of folds; for a splitter whose count depends on the data (LeaveOneGroupOut: one fold per
         * group), the distinct count of the groups column where the source statistics know it, else 0 (unknown).
         */
        int folds(SearchPlan plan) {
            if (plan.folds() != io.stratum.ir.physical.SplitterSpec.DATA_DEPENDENT) {
                return plan.folds();
            }
            Optional<List<ColumnStats>> schema = plan.groups() == null ? Optional.empty() : shape(plan.groups()).schema();
            if (schema.isEmpty() || schema.get().size() != 1 || schema.get().get(0).distinct().isEmpty()) {
                return 0;
            }
            return (int) Math.min(schema.get().get(0).distinct().getAsLong(), Integer.MAX_VALUE);
        }

        /** The Gram statistics part of a linear learner's work, which learners reading the same X and y share. */
        double sharedGramWork(FitPredict p, int folds) {
            Shape x = shape(p.features());
            if (!CostModel.sharesGram(p.spec().qualifiedName()) || x.rows().isEmpty() || x.width().isEmpty()
                    || x.width().getAsInt() > x.rows().getAsLong()) {
                return 0;
            }
            return CostModel.gramStatistics(x.rows().getAsLong(), x.width().getAsInt()) * (shape(p).perFold() ? folds : 1);
        }

        OptionalDouble work(PhysicalOp op, int folds) {
            Shape s = shape(op);
            if (s.cost().isEmpty()) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(s.cost().getAsDouble() * (s.perFold() ? folds : 1));
        }

        private Shape shape(PhysicalOp op) {
            Shape known = shapes.get(op);
            if (known == null) {
                known = compute(op);
                shapes.put(op, known);
            }
            return known;
        }

        private Shape compute(PhysicalOp op) {
            boolean perFold = op instanceof SplitRows;
            for (PhysicalOp in : op.inputs()) {
                perFold |= shape(in).perFold();
            }
            return switch (op) {
                case ScanFile scan -> (scan.options().keys().isEmpty() ? sources.profile(scan.format(), scan.path())
                        : Optional.<SourceProfile>empty())
                        .map(p -> p.keeping(scan.columns()))
                        .map(p -> new Shape(OptionalLong.of(p.rows()), Optional.of(p.columns()), false,
                                OptionalDouble.of(CostModel.read(p.rows(), p.columns().size()))))
                        .orElse(new Shape(OptionalLong.empty(), Optional.empty(), false, OptionalDouble.empty()));
                case ScanCsv scan -> MetadataDerivation.csvProfile(sources, scan.path(), scan.options(), scan.columns(),
                                scan.origin())
                        .map(p -> new Shape(OptionalLong.of(p.rows()), Optional.of(p.columns()), false,
                                OptionalDouble.of(CostModel.read(p.rows(), p.columns().size()))))
                        .orElse(new Shape(OptionalLong.empty(), Optional.empty(), false, OptionalDouble.empty()));
                case SelectColumns s -> {
                    Shape in = shape(s.input());
                    Optional<List<ColumnStats>> schema = in.schema().flatMap(c -> s.selector() == null
                            ? Optional.of(SchemaRules.select(c, s.columns()))
                            : SchemaRules.resolve(s.selector(), c).map(names -> SchemaRules.select(c, names)));
                    // Named columns are as many as named, whatever the input's schema says.
                    OptionalInt width = s.selector() == null ? OptionalInt.of(s.columns().size()) : OptionalInt.empty();
                    yield viewOf(in, schema, width, perFold);
                }
                case SelectColumn s -> viewOf(shape(s.input()), shape(s.input()).schema()
                        .map(c -> SchemaRules.find(c, s.column()) == null ? List.<ColumnStats>of() : List.of(SchemaRules.find(c, s.column()))),
                        OptionalInt.of(1), perFold);
                case DropColumns d -> {
                    Shape in = shape(d.input());
                    yield viewOf(in, in.schema().map(c -> SchemaRules.drop(c, d.columns())),
                            minus(in.width(), d.columns().size()), perFold);
                }
                case AssignColumns a -> assign(a, perFold);
                case EvalColumn e -> {
                    Shape first = shape(e.operands().getFirst());
                    yield new Shape(first.rows(), Optional.of(List.of(ColumnStats.of("value", type(e.expr(), e.operands())))),
                            perFold, scaled(first.rows(), r -> CostModel.compute(r, operators(e.expr()))));
                }
                case MapColumns m -> {
                    Shape in = shape(m.input());
                    Optional<List<ColumnStats>> schema = in.schema().map(cols -> {
                        List<ColumnStats> out = new ArrayList<>(cols.size());
                        for (ColumnStats c : cols) {
                            boolean touched = m.columns().isEmpty() || m.columns().contains(c.name());
                            out.add(touched ? ElementTypes.apply(m.op(), c) : c);
                        }
                        return out;
                    });
                    int touched = m.columns().isEmpty() ? in.width().orElse(1) : m.columns().size();
                    yield new Shape(in.rows(), schema, in.width(), perFold, scaled(in.rows(), r -> CostModel.compute(r, touched)));
                }
                case RenameColumns r -> viewOf(shape(r.input()), shape(r.input()).schema().map(cols -> {
                    List<ColumnStats> out = new ArrayList<>(cols.size());
                    for (ColumnStats c : cols) {
                        int i = r.from().indexOf(c.name());
                        out.add(i < 0 ? c : c.named(r.to().get(i)));
                    }
                    return out;
                }), shape(r.input()).width(), perFold);
                case io.stratum.ir.physical.AffixColumns a -> viewOf(shape(a.input()), shape(a.input()).schema().map(cols -> {
                    List<ColumnStats> out = new ArrayList<>(cols.size());
                    for (ColumnStats c : cols) {
                        out.add(c.named(a.prefix() + c.name() + a.suffix()));
                    }
                    return out;
                }), shape(a.input()).width(), perFold);
                case DropMissingRows d -> {
                    Shape in = shape(d.input());
                    yield new Shape(in.rows(), in.schema(), in.width(), perFold, cells(in, CostModel::compute));
                }
                case SplitRows s -> {
                    Shape in = shape(s.input());
                    yield new Shape(in.rows(), in.schema(), in.width(), true, cells(in, CostModel::splitRows));
                }
                case FitTransform t -> transform(t, perFold);
                case FitPredict p -> {
                    Shape x = shape(p.features());
                    OptionalDouble cost = x.width().isEmpty() ? OptionalDouble.empty()
                            : scaled(x.rows(), r -> CostModel.learner(p.spec().qualifiedName(), r, x.width().getAsInt()));
                    yield new Shape(x.rows(), Optional.of(List.of(ColumnStats.of("prediction", ColumnType.FLOAT64))), perFold, cost);
                }
                // Row-changing operators: the logical metadata has their schemas; here the input's rows stand in.
                case FilterRows f -> {
                    Shape in = shape(f.input());
                    yield new Shape(in.rows(), in.schema(), in.width(), perFold, scaled(in.rows(), r -> CostModel.compute(r, 1)));
                }
                case SortRows so -> {
                    Shape in = shape(so.input());
                    yield new Shape(in.rows(), in.schema(), in.width(), perFold,
                            scaled(in.rows(), r -> CostModel.compute(r, so.by().size())));
                }
                case SliceRows sl -> {
                    Shape in = shape(sl.input());
                    OptionalLong rows = in.rows().isPresent() ? OptionalLong.of(Math.min(sl.n(), in.rows().getAsLong()))
                            : OptionalLong.of(sl.n());
                    yield new Shape(rows, in.schema(), in.width(), perFold, OptionalDouble.of(0));
                }
                case TakeRows t -> {
                    Shape in = shape(t.input());
                    long picked = in.rows().isPresent() ? t.positions().count(in.rows().getAsLong()) : -1;
                    OptionalLong rows = picked >= 0 ? OptionalLong.of(picked) : in.rows();
                    yield new Shape(rows, in.schema(), in.width(), perFold, OptionalDouble.of(0));
                }
                case io.stratum.ir.physical.TakeSplitRows t -> {
                    // At most the input's rows, in another order: the copy costs about a read of them.
                    Shape in = shape(t.input());
                    yield new Shape(in.rows(), in.schema(), in.width(), perFold, scaled(in.rows(), r -> CostModel.compute(r, 1)));
                }
                case HashJoin j -> join(j, perFold);
                case LiteralFrame l -> new Shape(OptionalLong.of(l.columns().isEmpty() ? 0 : l.columns().getFirst().items().size()),
                        Optional.empty(), OptionalInt.of(l.names().size()), perFold, OptionalDouble.of(0));
                case ConcatFrames c -> concat(c, perFold);
                // One value (or one per column) from a pass over the input's rows.
                case io.stratum.ir.physical.ReduceRows r -> {
                    Shape in = shape(r.input());
                    yield new Shape(OptionalLong.of(1), Optional.empty(), in.width(), perFold,
                            scaled(in.rows(), rows -> CostModel.compute(rows, in.width().orElse(1))));
                }
                case io.stratum.ir.physical.FrozenAtFit f -> shape(f.input());
                // One branch runs: its shape is not known before the query is.
                case io.stratum.ir.physical.SwitchValue s -> new Shape(OptionalLong.empty(), Optional.empty(), perFold,
                        OptionalDouble.empty());
                case io.stratum.ir.physical.ConstantValue c -> new Shape(OptionalLong.of(1), Optional.empty(), perFold,
                        OptionalDouble.of(0));
                case DropDuplicateRows d -> {
                    Shape in = shape(d.input());
                    yield new Shape(in.rows(), in.schema(), in.width(), perFold,
                            scaled(in.rows(), r -> CostModel.compute(r, Math.max(1, d.subset().size()))));
                }
                case CountValues v -> {
                    Shape in = shape(v.input());
                    OptionalInt width = v.subset().isEmpty() ? plus(in.width(), 1) : OptionalInt.of(v.subset().size() + 1);
                    yield new Shape(in.rows(), Optional.empty(), width, perFold,
                            scaled(in.rows(), r -> CostModel.compute(r, Math.max(1, v.subset().size()))));
                }
                case HashAggregate a -> {
                    Shape in = shape(a.input());
                    yield new Shape(in.rows(), Optional.empty(), OptionalInt.of(a.keys().size() + a.aggregations().size()),
                            perFold, scaled(in.rows(), r -> CostModel.compute(r, a.aggregations().size())));
                }
                // One gather (or subtraction) per column.
                case io.stratum.ir.physical.ShiftRows s -> {
                    Shape in = shape(s.input());
                    int columns = in.width().orElse(1);
                    yield new Shape(in.rows(), Optional.empty(), in.width(), perFold,
                            scaled(in.rows(), r -> CostModel.compute(r, columns)));
                }
                // A few passes per column (a deque or a sorted window for rolling extremes and medians).
                case io.stratum.ir.physical.WindowRows w -> {
                    Shape in = shape(w.input());
                    int columns = in.width().orElse(1);
                    yield new Shape(in.rows(), Optional.empty(), in.width(), perFold,
                            scaled(in.rows(), r -> CostModel.compute(r, 2 * columns)));
                }
                // One hash of the keys, the aggregates, then one gather per output column: about twice an aggregation.
                case io.stratum.ir.physical.HashGroupTransform t -> {
                    Shape in = shape(t.input());
                    int columns = t.function().equals("size") ? 1 : t.columns() == null
                            ? Math.max(1, in.width().orElse(1 + t.keys().size()) - t.keys().size()) : t.columns().size();
                    yield new Shape(in.rows(), Optional.empty(), OptionalInt.of(columns),
                            perFold, scaled(in.rows(), r -> CostModel.compute(r, t.keys().size() + 2 * columns)));
                }
            };
        }

        /**
         * A hash join: building the table and probing it touch every row of both sides once per key column, and
         * writing the output touches each output cell. The output's rows are taken as the preserved side's (left for
         * inner, left, semi and anti joins, right for right joins, both for outer), as for a many-to-one lookup.
         */
        private Shape join(HashJoin j, boolean perFold) {
            Shape l = shape(j.left());
            Shape r = shape(j.right());
            boolean leftOnly = j.how().equals("semi") || j.how().equals("anti");
            OptionalLong rows = switch (j.how()) {
                case "right" -> r.rows();
                case "outer" -> l.rows().isPresent() && r.rows().isPresent()
                        ? OptionalLong.of(l.rows().getAsLong() + r.rows().getAsLong()) : OptionalLong.empty();
                default -> l.rows();
            };
            OptionalInt width = leftOnly ? l.width() : l.width().isPresent() && r.width().isPresent()
                    ? OptionalInt.of(l.width().getAsInt() + r.width().getAsInt()) : OptionalInt.empty();
            OptionalDouble cost = l.rows().isEmpty() || r.rows().isEmpty() || rows.isEmpty() || width.isEmpty()
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(CostModel.compute(l.rows().getAsLong() + r.rows().getAsLong(), j.leftOn().size())
                            + CostModel.COPY * rows.getAsLong() * width.getAsInt());
            return new Shape(rows, leftOnly ? l.schema() : Optional.empty(), width, perFold, cost);
        }

        /** {@code pd.concat}: side by side (axis=1) the widths add, stacked the rows do; each output cell is copied. */
        private Shape concat(ConcatFrames c, boolean perFold) {
            long rows = 0;
            int width = 0;
            for (PhysicalOp f : c.frames()) {
                Shape s = shape(f);
                if (s.rows().isEmpty() || s.width().isEmpty()) {
                    return new Shape(OptionalLong.empty(), Optional.empty(), perFold, OptionalDouble.empty());
                }
                rows = c.columns() ? Math.max(rows, s.rows().getAsLong()) : rows + s.rows().getAsLong();
                width = c.columns() ? width + s.width().getAsInt() : Math.max(width, s.width().getAsInt());
            }
            long r = rows;
            int w = width;
            return new Shape(OptionalLong.of(r), Optional.empty(), OptionalInt.of(w), perFold,
                    OptionalDouble.of(CostModel.COPY * r * w));
        }

        private static Shape viewOf(Shape in, Optional<List<ColumnStats>> schema, OptionalInt width, boolean perFold) {
            OptionalInt w = schema.isPresent() ? OptionalInt.of(schema.get().size()) : width;
            return new Shape(in.rows(), schema, w, perFold,
                    w.isEmpty() ? OptionalDouble.empty() : scaled(in.rows(), r -> CostModel.view(r, w.getAsInt())));
        }

        private static OptionalDouble cells(Shape in, java.util.function.ToDoubleBiFunction<Long, Integer> cost) {
            return in.width().isEmpty() ? OptionalDouble.empty()
                    : scaled(in.rows(), r -> cost.applyAsDouble(r, in.width().getAsInt()));
        }

        private static OptionalInt minus(OptionalInt width, int n) {
            return width.isPresent() ? OptionalInt.of(Math.max(0, width.getAsInt() - n)) : OptionalInt.empty();
        }

        private static OptionalInt plus(OptionalInt width, int n) {
            return width.isPresent() ? OptionalInt.of(width.getAsInt() + n) : OptionalInt.empty();
        }

        private Shape assign(AssignColumns a, boolean perFold) {
            Shape frame = shape(a.frameAndInputs().getFirst());
            Optional<List<ColumnStats>> schema = frame.schema();
            int operators = 0;
            for (int i = 0; i < a.names().size(); i++) {
                operators += operators(a.exprs().get(i));
                ColumnStats column = ColumnStats.of(a.names().get(i), type(a.exprs().get(i), a.frameAndInputs()));
                schema = schema.map(s -> SchemaRules.assign(s, column));
            }
            Optional<List<ColumnStats>> out = schema;
            // Without names, an assigned name is taken as new (an upper bound on the width).
            OptionalInt width = out.isPresent() ? OptionalInt.of(out.get().size()) : plus(frame.width(), a.names().size());
            int ops = operators;
            return new Shape(frame.rows(), out, width, perFold, width.isEmpty() ? OptionalDouble.empty()
                    : scaled(frame.rows(), r -> CostModel.compute(r, ops) + CostModel.view(r, width.getAsInt())));
        }

        private Shape transform(FitTransform t, boolean perFold) {
            Shape in = shape(t.input());
            if (in.schema().isEmpty()) {
                // Only a width: a transformer of every column that keeps them (scalers) keeps it; others are unknown.
                OptionalInt width = t.columns() == null && t.selector() == null
                        && EstimatedWidth.keepsColumns(t.spec().qualifiedName()) ? in.width() : OptionalInt.empty();
                return new Shape(in.rows(), Optional.empty(), width, perFold, width.isEmpty() ? OptionalDouble.empty()
                        : scaled(in.rows(), r -> CostModel.transformer(r, width.getAsInt(), width.getAsInt())));
            }
            List<String> names = t.columns();
            if (t.selector() != null) {
                Optional<List<String>> picked = SchemaRules.resolve(t.selector(), in.schema().get());
                if (picked.isEmpty()) {
                    return new Shape(in.rows(), Optional.empty(), perFold, OptionalDouble.empty());
                }
                names = picked.get();
            }
            List<String> cols = names;
            List<ColumnStats> features = cols == null ? in.schema().get() : SchemaRules.select(in.schema().get(), cols);
            Optional<List<ColumnStats>> produced = SchemaRules.transformed(t.spec().qualifiedName(), name -> t.spec().names().contains(name) ? t.spec().param(name) : null, features);
            int kept = cols == null ? 0 : SchemaRules.drop(in.schema().get(), cols).size();
            int inCount = features.size();
            if (produced.isEmpty()) {
                // Columns not known by name (decided per fold, or grouped by frequency): their number estimated.
                OptionalInt outCount = EstimatedWidth.of(t.spec(), features);
                if (outCount.isEmpty()) {
                    return new Shape(in.rows(), Optional.empty(), perFold, OptionalDouble.empty());
                }
                int out = outCount.getAsInt();
                return new Shape(in.rows(), Optional.empty(), OptionalInt.of(kept + out), perFold,
                        scaled(in.rows(), r -> CostModel.transformer(r, inCount, out) + textWork(t, features, r)));
            }
            List<ColumnStats> out = new ArrayList<>(cols == null ? List.of() : SchemaRules.drop(in.schema().get(), cols));
            out.addAll(produced.get());
            int outCount = produced.get().size();
            return new Shape(in.rows(), Optional.of(out), perFold,
                    scaled(in.rows(), r -> CostModel.transformer(r, inCount, outCount) + textWork(t, features, r)));
        }

        /** The StringEncoder work of {@code t} on {@code rows} rows of {@code features} (0 for other transformers). */
        private static double textWork(FitTransform t, List<ColumnStats> features, long rows) {
            int text = EstimatedWidth.stringEncoded(t.spec(), features);
            return text == 0 ? 0 : CostModel.stringEncoding(rows, text, EstimatedWidth.stringComponents(t.spec()));
        }

        private ColumnType type(ColumnExpr e, List<PhysicalOp> inputs) {
            return switch (e) {
                case ColumnExpr.InputColumn in -> {
                    Optional<List<ColumnStats>> s = shape(inputs.get(in.input())).schema();
                    if (s.isEmpty()) {
                        yield ColumnType.UNKNOWN;
                    }
                    ColumnStats c = in.column() == null ? (s.get().size() == 1 ? s.get().getFirst() : null)
                            : SchemaRules.find(s.get(), in.column());
                    yield c == null ? ColumnType.UNKNOWN : c.type();
                }
                case ColumnExpr.Literal l -> ColumnType.ofConstant(l.value());
                case ColumnExpr.Binary b -> SchemaRules.arithmetic(b.op(), type(b.left(), inputs), type(b.right(), inputs),
                        b.right() instanceof ColumnExpr.Literal(Const c) ? c : null);
                case ColumnExpr.Unary u -> SchemaRules.unary(u.op(), type(u.operand(), inputs));
                case ColumnExpr.Function f -> SchemaRules.function(f.function(), type(f.operand(), inputs));
                case ColumnExpr.Element el -> ElementTypes.apply(el.op(), ColumnStats.of("value", type(el.operand(), inputs))).type();
                case ColumnExpr.Where w when w.otherColumn() != null ->
                        SchemaRules.whereColumn(type(w.value(), inputs), type(w.otherColumn(), inputs));
                case ColumnExpr.Where w -> type(w.value(), inputs) == ColumnType.FLOAT64 || type(w.value(), inputs) == ColumnType.STR
                        ? type(w.value(), inputs) : ColumnType.UNKNOWN;
            };
        }

        private static int operators(ColumnExpr e) {
            return switch (e) {
                case ColumnExpr.InputColumn in -> 0;
                case ColumnExpr.Literal l -> 0;
                case ColumnExpr.Binary b -> 1 + operators(b.left()) + operators(b.right());
                case ColumnExpr.Unary u -> 1 + operators(u.operand());
                case ColumnExpr.Function f -> 1 + operators(f.operand());
                case ColumnExpr.Element el -> 1 + operators(el.operand());
                case ColumnExpr.Where w -> 1 + operators(w.value()) + operators(w.condition())
                        + (w.otherColumn() == null ? 0 : operators(w.otherColumn()));
            };
        }

        private static OptionalDouble scaled(OptionalLong rows, java.util.function.LongToDoubleFunction f) {
            return rows.isPresent() ? OptionalDouble.of(f.applyAsDouble(rows.getAsLong())) : OptionalDouble.empty();
        }
    }
}
