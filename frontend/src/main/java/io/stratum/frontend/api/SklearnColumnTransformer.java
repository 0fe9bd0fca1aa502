package io.stratum.frontend.api;

import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.metadata.MatrixSteps;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * scikit-learn's {@code ColumnTransformer([(name, transformer, columns), ...], remainder=...)} and
 * {@code make_column_transformer((transformer, columns), ...)} given to {@code .skb.apply}: each transformer applied to
 * its columns, the outputs side by side in the order given, then the remainder (the columns no transformer named,
 * dropped or passed through or transformed), each output column named {@code name__column} as
 * {@code verbose_feature_names_out=True} names it. That is the plan of a selection, an {@code .skb.apply}, a rename
 * ({@link io.stratum.ir.logical.Affix}) per transformer and one {@code .skb.concat(axis=1)} (without prefixes,
 * {@code pd.concat(axis=1)}, which refuses a repeated name): the optimizer sees each part,
 * so two candidates sharing a transformer on the same columns fit it once.
 *
 * <p>Columns are picked as scikit-learn picks them: a list of names (a frame for the transformer), one name (a
 * column: what text and single-column encoders read), positions or a boolean mask (resolved against the frame's
 * columns, which must then be known while the plan is built), or {@code make_column_selector(...)}
 * ({@link SklearnColumnSelector}). A transformer with no column is skipped, as scikit-learn skips it.
 *
 * <p>Where Stratum differs: skrub asks scikit-learn for pandas output, so a transformer whose output is sparse (a
 * {@code OneHotEncoder} left at {@code sparse_output=True}) makes skrub's fit fail; Stratum's transformers give frames,
 * so it runs, with the values the dense output has. A text vectorizer's sparse matrix cannot sit beside frames and is
 * refused; {@code transformer_weights} is refused.
 *
 * @param names        the transformers' names
 * @param transformers each an estimator DataOp, a {@link SklearnComposite}, or the constant {@code "drop"}/{@code "passthrough"}
 * @param columns      each transformer's columns as the script gave them
 * @param remainder    {@code "drop"}, {@code "passthrough"}, or an estimator DataOp or composite
 * @param prefixed     {@code verbose_feature_names_out}
 */
public record SklearnColumnTransformer(List<String> names, List<Object> transformers, List<Object> columns,
                                       Object remainder, boolean prefixed) implements SklearnComposite {
    public SklearnColumnTransformer {
        names = List.copyOf(names);
        transformers = java.util.Collections.unmodifiableList(new ArrayList<>(transformers));
        columns = java.util.Collections.unmodifiableList(new ArrayList<>(columns));
    }

    /**
     * A column transformer of {@code transformers} (each with its {@code columns}, named {@code names}, or by
     * {@code make_column_transformer}'s rule when null) and scikit-learn's keyword arguments {@code options}.
     */
    public static SklearnColumnTransformer of(List<String> names, List<?> transformers, List<?> columns,
                                              Map<String, ?> options) {
        String function = names == null ? "make_column_transformer" : "ColumnTransformer";
        if (names == null) {
            names = SklearnPipeline.generatedNames(transformers);
        }
        Object remainder = Const.of("drop");
        boolean prefixed = true;
        for (Map.Entry<String, ?> e : options.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "remainder" -> remainder = v;
                case "verbose_feature_names_out" -> {
                    if (!(v instanceof Const.BoolConst b)) {
                        throw error("ColumnTransformer(verbose_feature_names_out=" + describe(v) + ") is not supported by"
                                + " Stratum", "pass True (name__column, the default) or False (the transformers' own names)");
                    }
                    prefixed = b.value();
                }
                case "sparse_threshold" -> {
                    if (!(v instanceof Const.FloatConst || v instanceof Const.IntConst)) {
                        throw error("ColumnTransformer(sparse_threshold=...) must be a number, got " + describe(v), null);
                    }
                }
                case "n_jobs" -> {
                    if (!(v == null || v instanceof Const.NoneConst || v instanceof Const.IntConst)) {
                        throw error("ColumnTransformer(n_jobs=...) must be an int or None, got " + describe(v), null);
                    }
                }
                case "verbose", "force_int_remainder_cols" -> {
                    if (!(v instanceof Const.BoolConst)) {
                        throw error("ColumnTransformer(" + e.getKey() + "=...) must be True or False, got " + describe(v), null);
                    }
                }
                case "transformer_weights" -> {
                    if (function.equals("make_column_transformer")) {
                        throw error("make_column_transformer() got an unexpected keyword argument 'transformer_weights'",
                                "scikit-learn takes it in ColumnTransformer([...], transformer_weights=...) only");
                    }
                    if (!(v == null || v instanceof Const.NoneConst)) {
                        throw error("ColumnTransformer(transformer_weights=...) is not supported by Stratum",
                                "leave it out, or multiply the columns with .skb.apply_func after the transformer");
                    }
                }
                default -> throw error(function + "() got an unexpected keyword argument '" + e.getKey() + "'",
                        "scikit-learn's " + function + " takes " + (function.equals("ColumnTransformer")
                                ? "transformers, remainder, sparse_threshold, n_jobs, transformer_weights," : "the"
                                + " (transformer, columns) tuples, remainder, sparse_threshold, n_jobs,")
                                + " verbose, verbose_feature_names_out and force_int_remainder_cols");
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < transformers.size(); i++) {
            String name = names.get(i);
            if (!seen.add(name)) {
                throw error("ColumnTransformer: the transformer name '" + name + "' is used twice",
                        "give each transformer its own name, as scikit-learn requires");
            }
            if (name.contains("__")) {
                throw error("ColumnTransformer: transformer names must not contain __, got '" + name + "'",
                        "scikit-learn keeps __ for parameter paths; pick another name");
            }
            checkTransformer(transformers.get(i), "transformer '" + name + "'");
        }
        if (!(remainder instanceof Const.StrConst s && (s.value().equals("drop") || s.value().equals("passthrough")))) {
            checkTransformer(remainder, "remainder");
            if (remainder instanceof Const) {
                throw error("ColumnTransformer(remainder=" + describe(remainder) + "): the remainder is 'drop',"
                        + " 'passthrough' or a transformer", "write remainder=\"passthrough\"");
            }
        }
        return new SklearnColumnTransformer(names, new ArrayList<>(transformers), new ArrayList<>(columns), remainder, prefixed);
    }

    /** Refuses what scikit-learn refuses as a transformer, and what Stratum cannot put beside the other outputs. */
    private static void checkTransformer(Object t, String what) {
        if (t instanceof Const c) {
            if (c instanceof Const.StrConst s && (s.value().equals("drop") || s.value().equals("passthrough"))) {
                return;
            }
            throw error("ColumnTransformer: " + what + " must be a transformer, 'drop' or 'passthrough', got " + c.repr(),
                    "write (\"scale\", StandardScaler(), [\"a\", \"b\"])");
        }
        if (t instanceof SklearnComposite) {
            return;
        }
        if (!(t instanceof DataOp d && d.node() instanceof Estimator e)) {
            throw error("ColumnTransformer: " + what + " must be a transformer, 'drop' or 'passthrough', got " + describe(t),
                    "write (\"scale\", StandardScaler(), [\"a\", \"b\"])");
        }
        ApiEntry entry = StandardCatalog.get().lookup(e.qualifiedName());
        if (entry != null && entry.kind() != EntryKind.TRANSFORMER) {
            throw error("ColumnTransformer: " + what + " is " + e.simpleName() + "(), which does not implement transform",
                    "a ColumnTransformer holds transformers; put the learner after it: make_pipeline(ct, "
                            + e.simpleName() + "())");
        }
        if (MatrixSteps.outputsMatrix(e, false)) {
            throw error("ColumnTransformer: " + what + " is " + e.simpleName() + "(), whose sparse matrix Stratum cannot put"
                    + " beside the other transformers' columns", "apply it on its own to the text column,"
                    + " X[\"text\"].skb.apply(" + e.simpleName() + "()), or use skrub's StringEncoder in the ColumnTransformer");
        }
    }

    @Override
    public String generatedName() {
        return "columntransformer";
    }

    @Override
    public String display() {
        return "scikit-learn ColumnTransformer";
    }

    @Override
    public String shortRepr() {
        return "ColumnTransformer(...)";
    }

    /**
     * {@code x.skb.apply(this)}: each transformer on its columns, renamed {@code name__column}, then the remainder, side
     * by side. {@code y} is not given to the transformers (those Stratum has do not read it).
     */
    @Override
    public DataOp applyTo(DataOp x, DataOp y) {
        List<DataOp> parts = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        boolean allNamed = true;
        for (int i = 0; i < transformers.size(); i++) {
            Object spec = columns.get(i);
            String name = names.get(i);
            Object transformer = transformers.get(i);
            if (spec instanceof Const.StrConst one) {
                used.add(one.value());
                if (!isDrop(transformer)) {
                    parts.add(named(applyOne(transformer, x.get(one.value())), name));
                }
                continue;
            }
            List<String> picked = picked(spec, x, name);
            allNamed &= spec instanceof Const.ListConst l && l.asStrings() != null;
            used.addAll(picked);
            if (picked.isEmpty() || isDrop(transformer)) {
                continue;
            }
            parts.add(named(applyOne(transformer, x.get(picked)), name));
        }
        if (!isDrop(remainder)) {
            DataOp rest = rest(x, used, allNamed);
            if (rest != null) {
                parts.add(named(applyOne(remainder, rest), "remainder"));
            }
        }
        if (parts.isEmpty()) {
            throw error("this ColumnTransformer outputs no column: every transformer is 'drop' or has no column, and the"
                    + " remainder is dropped", "name the columns each transformer reads, or pass remainder=\"passthrough\"");
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        // scikit-learn stacks the outputs by position. The prefixed names are unique (no name holds "__"), so skrub's
        // positional concat is that stack and keeps the first part's rows; without prefixes, pandas' concat refuses
        // a name two transformers give, as scikit-learn refuses it.
        return prefixed ? parts.getFirst().skb().concat(parts.subList(1, parts.size()), 1)
                : DataOps.concat(List.of(parts), Map.of("axis", Const.of(1L)));
    }

    /** The columns no transformer named: by their names when the frame's columns are known, else all but those named. */
    private DataOp rest(DataOp x, Set<String> used, boolean allNamed) {
        FrameFacts facts = FrameFacts.of(x, StandardCatalog.get());
        if (facts != null && !facts.column() && facts.columns() != null) {
            List<String> rest = new ArrayList<>();
            for (String c : facts.columns()) {
                if (!used.contains(c)) {
                    rest.add(c);
                }
            }
            return rest.isEmpty() ? null : x.get(rest);
        }
        if (!allNamed || facts != null && facts.column()) {
            // positions and selectors already needed the facts, so only a column reaches here
            throw error("ColumnTransformer(remainder=...) reads the columns no transformer named, but the plan cannot"
                    + " tell them here" + (facts != null && facts.whyNoColumns() != null ? ": " + facts.whyNoColumns() : ""),
                    "apply it to a frame whose columns are known, or leave remainder at 'drop'");
        }
        return used.isEmpty() ? x : x.drop(new ArrayList<>(used));
    }

    private static boolean isDrop(Object t) {
        return t instanceof Const.StrConst s && s.value().equals("drop");
    }

    /** One transformer on its input: passed through, a composite's plan, or one {@code .skb.apply}. */
    private static DataOp applyOne(Object transformer, DataOp input) {
        return switch (transformer) {
            case Const c -> input;
            case SklearnComposite composite -> composite.applyTo(input, null);
            case DataOp estimator -> input.skb().apply(estimator, null, null);
            default -> throw new IllegalStateException("unchecked transformer " + transformer);
        };
    }

    private DataOp named(DataOp output, String name) {
        return prefixed ? output.call("add_prefix", List.of(Const.of(name + "__")), Map.of()) : output;
    }

    /** The names {@code spec} picks from {@code x}: a list of names, positions or booleans, or a column selector. */
    private static List<String> picked(Object spec, DataOp x, String name) {
        if (spec instanceof SklearnColumnSelector s) {
            return s.columnsOf(x);
        }
        if (spec instanceof Const.ListConst l && l.asStrings() != null) {
            return l.asStrings();
        }
        boolean positions = spec instanceof Const.IntConst
                || spec instanceof Const.ListConst l && l.items().stream().allMatch(c -> c instanceof Const.IntConst);
        boolean mask = spec instanceof Const.ListConst l && !l.items().isEmpty()
                && l.items().stream().allMatch(c -> c instanceof Const.BoolConst);
        if (!positions && !mask) {
            throw error("ColumnTransformer: the columns of transformer '" + name + "' must be a column name, a list of"
                    + " names, positions or booleans, or make_column_selector(...), got " + describe(spec),
                    "write (\"scale\", StandardScaler(), [\"a\", \"b\"])");
        }
        FrameFacts facts = FrameFacts.of(x, StandardCatalog.get());
        if (facts == null || facts.column()) {
            throw error("ColumnTransformer: transformer '" + name + "' picks columns by position, but it is applied to a"
                    + " value that is not a frame", "apply it to a frame");
        }
        List<String> all = facts.columns("the columns a ColumnTransformer picks by position");
        List<String> out = new ArrayList<>();
        if (spec instanceof Const.IntConst one) {
            throw error("ColumnTransformer: one position (" + one.value() + ") hands transformer '" + name
                    + "' a column; Stratum takes one column by name", "write its name, \"" + at(all, one.value(), name) + "\"");
        }
        List<Const> items = ((Const.ListConst) spec).items();
        if (mask) {
            if (items.size() != all.size()) {
                throw error("ColumnTransformer: the boolean mask of transformer '" + name + "' has " + items.size()
                        + " values for " + all.size() + " columns", "give one True/False per column");
            }
            for (int i = 0; i < items.size(); i++) {
                if (((Const.BoolConst) items.get(i)).value()) {
                    out.add(all.get(i));
                }
            }
            return out;
        }
        for (Const c : items) {
            out.add(at(all, ((Const.IntConst) c).value(), name));
        }
        return out;
    }

    private static String at(List<String> all, long position, String name) {
        long i = position < 0 ? position + all.size() : position;
        if (i < 0 || i >= all.size()) {
            throw error("ColumnTransformer: column position " + position + " of transformer '" + name + "' is out of range"
                    + " for " + all.size() + " columns", "positions count from 0 (or from the end when negative)");
        }
        return all.get((int) i);
    }

    private static String describe(Object v) {
        return switch (v) {
            case null -> "None";
            case Const c -> c.repr();
            case SklearnComposite c -> "a " + c.display();
            case SklearnColumnSelector s -> s.display();
            case DataOp d -> "a " + d.node().kind() + " DataOp";
            default -> String.valueOf(v);
        };
    }

    private static StratumError error(String message, String hint) {
        return new StratumError(SourceScope.current(), message, hint);
    }
}
