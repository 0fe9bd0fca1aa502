package io.stratum.optimizer.rules;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Concat;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.node.Fingerprint;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import io.stratum.optimizer.metadata.MetadataDerivation;
import io.stratum.optimizer.metadata.NodeMetadata;
import io.stratum.optimizer.metadata.OutputKind;
import io.stratum.optimizer.metadata.PlanConsumers;
import io.stratum.optimizer.metadata.PlanMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Expands {@code X.skb.apply(skrub.TableVectorizer(...))} into TableVectorizers of runs of its input columns, put side
 * by side: {@code pd.concat([X[[c1, c2]].skb.apply(tv), X[[c3]].skb.apply(tv), ...], axis=1)}, so that the encoders of
 * columns two candidates both feed (say {@code X} and {@code X.drop(columns=["a"])}, or two selections sharing
 * columns) are one sub-plan that common sub-plan elimination shares: fitted once per fold, not once per candidate.
 * The runs are cut the same way in every vectorizer that reads their columns (see {@code Analysis.groups}), so the
 * shared pieces are structurally equal.
 *
 * <p>Why it is exact. skrub's TableVectorizer (and the runtime's {@code TableVectorizerKernel}) decides, fits and
 * transforms every column on its own — cleaning, dropping uninformative columns, datetime and numeric parsing, the
 * cardinality test against {@code cardinality_threshold}, then the column's encoder — and outputs the columns' encodings
 * in input order. So a TableVectorizer of a frame equals the side-by-side TableVectorizers of its columns, with the
 * same names in the same order, whatever the training fold holds. The per-column decision is kept per fold
 * ({@code TableVectorizerKernel.decide} runs on each fold's training rows, as skrub does): the rule does not replace
 * the TableVectorizer by the encoder the source statistics suggest, because a column's distinct count on the training
 * fold may fall on either side of the threshold when the whole data's count is near it; keeping the decision in the
 * kernel is exact in every case. A column's selection {@code X[[c]]} is taken from the deepest frame that provably
 * holds the same column, row for row: through column selections and drops whose columns the derived schema shows
 * exist, and through row-wise steps that leave the column alone ({@code assign} of other columns, a rename of others,
 * a per-value operation on others, a transformer applied with {@code cols=} others), so that candidates whose frames
 * differ only in other columns — one adds a column with {@code assign}, say — read the very same column. Such a step is
 * passed only when the vectorizer reads every column it computes, so the expanded plan still runs it and still
 * raises where it raised. A vectorizer applied to a
 * {@code choose_from} of frames that nothing else reads is first applied to each outcome instead
 * ({@code choose_from({k: F}).skb.apply(tv)} is {@code choose_from({k: F.skb.apply(tv)})}: the same candidates, and the
 * choice is numbered as before, since a traversal visits its outcomes before leaving it either way), when the
 * outcomes share a column.
 *
 * <p>Where it does not apply: when the input's columns are not known at compile time (no schema) or not exactly (after
 * an encoder fitted per fold, whose output may lack a category in some fold: {@code Analysis.exactColumns}), with {@code cols=}
 * or a {@code y}, when an encoder parameter ({@code low_cardinality}, {@code high_cardinality}, {@code numeric},
 * {@code datetime}, {@code specific_transformers}) is not skrub's default or a parameter is left to a choice — and when
 * no other TableVectorizer of the plan with the same parameters reads one of the same columns, since splitting would
 * then only add operators and share nothing.
 */
public final class ExpandTableVectorizer implements Rule {
    private static final String TABLE_VECTORIZER = "skrub.TableVectorizer";
    /** Transformers whose output has exactly their input's column names, whatever the fold. */
    private static final Set<String> NAME_KEEPING = Set.of("sklearn.preprocessing.StandardScaler",
            "sklearn.preprocessing.MinMaxScaler", "sklearn.preprocessing.MaxAbsScaler",
            "sklearn.preprocessing.RobustScaler", "skrub.SquashingScaler");
    private static final List<String> DEFAULT_ENCODERS = List.of("low_cardinality", "high_cardinality", "numeric",
            "datetime");

    @Override
    public String name() {
        return "expand_table_vectorizer";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof Apply a) || !expandable(a)) {
            return RuleResult.unchanged();
        }
        Analysis analysis = ctx.passAnalysis(ExpandTableVectorizer.class, plan -> Analysis.of(plan, ctx));
        if (analysis == null) {
            return RuleResult.unchanged();
        }
        if (a.input() instanceof Choice c && distributable(c)
                && ctx.passAnalysis(PlanConsumers.class, PlanConsumers::of).onlyReadBy(c, Set.of(a.fingerprint()))) {
            // choose_from({k: F}).skb.apply(tv) is choose_from({k: F.skb.apply(tv)}): the same candidates, the choice
            // numbered where it was (its outcomes are visited first either way); the per-outcome vectorizers are
            // expanded in the next pass when they share columns.
            boolean shares = false;
            List<LogicalNode> outcomes = new ArrayList<>();
            for (LogicalNode o : c.outcomes()) {
                Apply per = new Apply(o, a.estimator(), null, a.cols(), a.origin());
                List<ColumnSource> sources = analysis.columns(per);
                shares |= sources != null && sources.size() >= 2 && analysis.sharesAColumn(per, sources);
                outcomes.add(per);
            }
            return shares ? RuleResult.rewrittenTo(c.withInputs(outcomes)) : RuleResult.unchanged();
        }
        List<ColumnSource> sources = analysis.columns(a);
        if (sources == null || sources.size() < 2 || !analysis.sharesAColumn(a, sources)) {
            return RuleResult.unchanged();
        }
        List<LogicalNode> parts = new ArrayList<>();
        for (List<ColumnSource> group : analysis.groups(a, sources)) {
            List<String> names = group.stream().map(ColumnSource::name).toList();
            GetItem columns = new GetItem(group.getFirst().frame(), new Value(Const.ofStrings(names), a.origin()), a.origin());
            parts.add(new Apply(columns, a.estimator(), null, a.cols(), a.origin()));
        }
        LogicalNode expanded = parts.size() == 1 ? parts.getFirst() : new Concat(parts, true, a.origin());
        return expanded.equals(a) ? RuleResult.unchanged() : RuleResult.rewrittenTo(expanded);
    }

    /** A plain {@code choose_from} (not a range, not a match) whose outcomes the vectorizer can be applied to one by one. */
    static boolean distributable(Choice c) {
        return c.range() == null && !c.match() && c.outcomes().size() >= 2;
    }

    /** A TableVectorizer with skrub's default encoders, no choice in its parameters, applied to a whole frame. */
    static boolean expandable(Apply a) {
        if (!(a.estimator() instanceof Estimator e) || !e.qualifiedName().equals(TABLE_VECTORIZER) || !e.isResolved()
                || a.y() != null || a.sampleWeight() != null || !(a.cols() instanceof Const.NoneConst)) {
            // (sample weights: refused when the step is lowered, which the expansion must not hide)
            return false;
        }
        for (String p : DEFAULT_ENCODERS) {
            Const c = e.constant(p);
            if (c != null && !(c instanceof Const.NoneConst)) {
                return false;
            }
        }
        Const specific = e.constant("specific_transformers");
        return specific == null || specific instanceof Const.ListConst l && l.items().isEmpty();
    }

    /** Column {@code name} as read from {@code frame}; equal by the frame's structure. */
    record ColumnSource(LogicalNode frame, String name) {
    }

    /** The plan's expandable TableVectorizers and, for each, where its columns come from. */
    private static final class Analysis {
        private final PlanMetadata metadata;
        private final ApiCatalog catalog;
        private final Map<Fingerprint, Boolean> exact = new HashMap<>();
        /** (estimator, source frame, column) -> the TableVectorizers (by fingerprint) that encode that column. */
        private final Map<List<Object>, Set<Fingerprint>> users = new HashMap<>();
        /** Each TableVectorizer's column keys, in its input order. */
        private final Map<Fingerprint, List<List<Object>>> order = new HashMap<>();

        private Analysis(PlanMetadata metadata, ApiCatalog catalog) {
            this.metadata = metadata;
            this.catalog = catalog;
        }

        static Analysis of(LogicalNode plan, RuleContext ctx) {
            PlanMetadata metadata;
            try {
                metadata = MetadataDerivation.derive(plan, ctx.sources(), ctx.catalog());
            } catch (StratumError e) {
                return null; // reported where the plan is compiled; no expansion without schemas
            }
            Analysis out = new Analysis(metadata, ctx.catalog());
            Set<Fingerprint> seen = new HashSet<>();
            List<LogicalNode> stack = new ArrayList<>(List.of(plan));
            while (!stack.isEmpty()) {
                LogicalNode n = stack.removeLast();
                if (!seen.add(n.fingerprint())) {
                    continue;
                }
                if (n instanceof Apply a && expandable(a)) {
                    if (a.input() instanceof Choice c && distributable(c)) {
                        for (LogicalNode o : c.outcomes()) {
                            out.register(new Apply(o, a.estimator(), null, a.cols(), a.origin()));
                        }
                    } else {
                        out.register(a);
                    }
                }
                stack.addAll(n.inputs());
            }
            return out;
        }

        private void register(Apply a) {
            List<ColumnSource> sources = columns(a);
            if (sources != null) {
                List<List<Object>> keys = new ArrayList<>();
                for (ColumnSource s : sources) {
                    users.computeIfAbsent(key(a, s), k -> new HashSet<>()).add(a.fingerprint());
                    keys.add(key(a, s));
                }
                order.put(a.fingerprint(), keys);
            }
        }

        /**
         * The vectorizer's columns cut into runs that every TableVectorizer reading them cuts the same way: two
         * neighbouring columns stay together when they come from the same frame, the same vectorizers read both,
         * and in each of those the second directly follows the first. So equal runs are equal sub-plans, and the
         * runs put side by side keep the input order. Fewer, wider pieces than one per column: fewer operators.
         */
        List<List<ColumnSource>> groups(Apply a, List<ColumnSource> sources) {
            List<List<ColumnSource>> out = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                if (i > 0 && together(key(a, sources.get(i - 1)), key(a, sources.get(i)))) {
                    out.getLast().add(sources.get(i));
                } else {
                    out.add(new ArrayList<>(List.of(sources.get(i))));
                }
            }
            return out;
        }

        private boolean together(List<Object> first, List<Object> second) {
            Set<Fingerprint> u = users.getOrDefault(first, Set.of());
            if (!first.get(1).equals(second.get(1)) || !u.equals(users.getOrDefault(second, Set.of()))) {
                return false;
            }
            for (Fingerprint user : u) {
                List<List<Object>> keys = order.get(user);
                int i = keys.indexOf(first);
                if (i < 0 || i + 1 >= keys.size() || !keys.get(i + 1).equals(second)) {
                    return false;
                }
            }
            return true;
        }

        private static List<Object> key(Apply a, ColumnSource s) {
            return List.of(a.estimator().fingerprint(), s.frame().fingerprint(), s.name());
        }

        boolean sharesAColumn(Apply a, List<ColumnSource> sources) {
            for (ColumnSource s : sources) {
                Set<Fingerprint> u = users.get(key(a, s));
                if (u != null && (u.size() > 1 || !u.contains(a.fingerprint()))) {
                    return true;
                }
            }
            return false;
        }

        /** Where each input column of the TableVectorizer comes from, in input order; null without a schema. */
        List<ColumnSource> columns(Apply a) {
            Optional<List<String>> names = columnNames(a.input());
            if (names.isEmpty() || !exactColumns(a.input()) || mayRepeatNames(names.get())) {
                return null;
            }
            Set<String> read = Set.copyOf(names.get());
            List<ColumnSource> out = new ArrayList<>();
            for (String c : names.get()) {
                out.add(new ColumnSource(source(a.input(), c, read), c));
            }
            return out;
        }

        /**
         * Whether a column's encoder could name an output as another column is named: encoders call their outputs
         * {@code <column>_<suffix>} ({@code d_year}, {@code weather_rain}), and where that repeats a name of the frame
         * the whole-frame vectorizer tags it ({@code __skrub_...__}) while vectorizers of separate runs could not see
         * the clash. Such a vectorizer is not expanded.
         */
        private static boolean mayRepeatNames(List<String> names) {
            for (String a : names) {
                for (String b : names) {
                    if (!a.equals(b) && b.startsWith(a + "_")) {
                        return true;
                    }
                }
            }
            return false;
        }

        private Optional<List<String>> columnNames(LogicalNode frame) {
            return metadata.find(frame).flatMap(NodeMetadata::columnNames);
        }

        /**
         * The deepest frame whose column {@code c} is {@code frame}'s column {@code c}: through column selections and
         * drops, and through row-wise steps that keep the rows and every column they do not compute — {@code assign}
         * of other columns, a rename of other columns, a per-value operation on other columns ({@code fillna},
         * {@code astype}, ... with a column list), a transformer applied with {@code cols=} other columns. Such a
         * step is passed only when every column it computes is among {@code read} (the vectorizer's input), so the
         * expanded plan still runs it, for those columns, and still raises wherever it would have raised.
         */
        private LogicalNode source(LogicalNode frame, String c, Set<String> read) {
            LogicalNode below = switch (frame) {
                case GetItem g when KnownColumns.columnList(g.key()) != null && KnownColumns.columnList(g.key()).contains(c)
                        && has(g.input(), KnownColumns.columnList(g.key())) -> g.input();
                case Drop d when !d.columns().contains(c) && has(d.input(), d.columns()) && has(d.input(), List.of(c)) -> d.input();
                case Assign s when !s.names().contains(c) && read.containsAll(s.names())
                        && has(s.input(), List.of(c)) && has(s, List.of(c)) -> s.input();
                case Rename r when !r.from().contains(c) && !r.to().contains(c) && read.containsAll(r.to())
                        && has(r.input(), List.of(c)) && has(r, List.of(c)) -> r.input();
                case ElementWise e when !e.columns().isEmpty() && !e.columns().contains(c)
                        && OutputKind.of(e) == OutputKind.FRAME && read.containsAll(e.columns())
                        && has(e.input(), List.of(c)) && has(e, List.of(c)) -> e.input();
                case Apply t when keepsOtherColumns(t) && !t.columnList().contains(c)
                        && computedColumnsRead(t, read) && has(t.input(), List.of(c)) && has(t, List.of(c)) -> t.input();
                default -> null;
            };
            return below == null ? frame : source(below, c, read);
        }

        /**
         * True when {@code frame} has exactly the columns its derived schema lists, in every fold. A schema lists every
         * column a value can have: after an encoder fitted per fold (one-hot categories a training fold lacks, a
         * column an imputer finds all missing) some may be absent, and selecting them would fail. Exact are sources,
         * explicit column selections, and steps whose columns follow from their input's by name alone: drop, assign,
         * rename, per-value operations, row filters, sorts, head/tail, dropna/drop_duplicates, joins and group-by
         * aggregations of exact inputs, {@code mark_as_X}, and scalers (which keep every name).
         */
        private boolean exactColumns(LogicalNode frame) {
            Boolean known = exact.get(frame.fingerprint());
            if (known != null) {
                return known;
            }
            boolean out = switch (frame) {
                case io.stratum.ir.logical.ReadCsv r -> true;
                case io.stratum.ir.logical.ReadFile r -> true;
                case io.stratum.ir.logical.Var v -> v.value() != null && exactColumns(v.value());
                case GetItem g -> KnownColumns.columnList(g.key()) != null;
                case Drop d -> exactColumns(d.input());
                case Assign s -> exactColumns(s.input());
                case Rename r -> exactColumns(r.input());
                case ElementWise e -> exactColumns(e.input());
                case io.stratum.ir.logical.MarkX m -> exactColumns(m.input());
                case io.stratum.ir.logical.Filter f -> exactColumns(f.input());
                case io.stratum.ir.logical.SortValues o -> exactColumns(o.input());
                case io.stratum.ir.logical.Limit l -> exactColumns(l.input());
                case io.stratum.ir.logical.DropNa n -> exactColumns(n.input());
                case io.stratum.ir.logical.DropDuplicates u -> exactColumns(u.input());
                // Names from the inputs' names alone (keys, suffixes, aggregation names).
                case io.stratum.ir.logical.Join j -> exactColumns(j.left()) && exactColumns(j.right());
                case io.stratum.ir.logical.Aggregate g -> exactColumns(g.input());
                case Apply t when keepsOtherColumns(t) && t.estimator() instanceof Estimator e
                        && NAME_KEEPING.contains(e.qualifiedName()) -> exactColumns(t.input());
                default -> false;
            };
            exact.put(frame.fingerprint(), out);
            return out;
        }

        /** A transformer applied to named columns: its other columns pass through unchanged, row for row. */
        private boolean keepsOtherColumns(Apply t) {
            if (t.y() != null || t.columnList() == null || !(t.estimator() instanceof Estimator e)) {
                return false;
            }
            ApiEntry entry = catalog.lookup(e.qualifiedName());
            return entry != null && entry.kind() == EntryKind.TRANSFORMER;
        }

        /** True when every column {@code t} outputs that its input does not pass through is among {@code read}. */
        private boolean computedColumnsRead(Apply t, Set<String> read) {
            Optional<List<String>> in = columnNames(t.input());
            Optional<List<String>> out = columnNames(t);
            if (in.isEmpty() || out.isEmpty()) {
                return false;
            }
            for (String name : out.get()) {
                boolean passed = in.get().contains(name) && !t.columnList().contains(name);
                if (!passed && !read.contains(name)) {
                    return false;
                }
            }
            return true;
        }

        /** True when the derived schema shows {@code frame} has every one of {@code names} (so no check is skipped). */
        private boolean has(LogicalNode frame, List<String> names) {
            Optional<List<String>> cols = columnNames(frame);
            return cols.isPresent() && cols.get().containsAll(names) && Set.copyOf(cols.get()).size() == cols.get().size();
        }
    }
}
