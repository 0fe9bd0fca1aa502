package io.stratum.frontend.api;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pandas frame or series holding a learner's predictions, the submission-file pattern of agents' scripts:
 * {@code pd.DataFrame({"id": test["id"], "pred": preds})}, {@code pd.DataFrame(preds, columns=["pred"])},
 * {@code pd.Series(preds, name="pred")}, {@code test["pred"] = preds}, {@code test.assign(pred=preds)}, then
 * {@code head()}, a selection of columns, {@code print}, {@code to_csv}. The predictions exist only once the learner has
 * predicted, so this is not a step of the plan: it names the plan values (frames and columns pandas computes) and the
 * predictions it is assembled from, and the CLI assembles it when the run reaches the line that prints or writes it, as
 * pandas assembled it (row labels from the frame or Series, predictions by position, pandas' error on a length
 * mismatch at the line that put them together).
 *
 * @param base   the frame whose columns come first ({@code test["pred"] = preds}), or null
 * @param parts  the columns put beside (or over, when named alike) the base's, in order
 * @param layout how pandas was asked to build it, which decides its row labels and its length-mismatch error
 * @param steps  what the script did with it after that, in order
 */
public record PredictionFrame(DataOp base, List<Part> parts, Layout layout, List<Step> steps) {
    public PredictionFrame {
        parts = List.copyOf(parts);
        steps = List.copyOf(steps);
        Objects.requireNonNull(layout, "layout");
        if ((base != null) != (layout == Layout.ASSIGNED)) {
            throw new IllegalArgumentException("a base frame is given exactly for assigned columns");
        }
    }

    /** How pandas built the value. */
    public enum Layout {
        /** {@code frame[name] = values} or {@code frame.assign(name=values)}: the frame's labels. */
        ASSIGNED,
        /** {@code pd.DataFrame({...})}: the labels of its Series (all alike), else 0..n-1. */
        DICT,
        /** {@code pd.DataFrame(array, columns=[...])}: 0..n-1. */
        ARRAY,
        /** {@code pd.Series(array, name=...)}: 0..n-1, a series. */
        SERIES
    }

    /**
     * One column: pandas values ({@code column}, a Series DataOp) or a learner's 1-d predictions; {@code origin} is the
     * line that put it here (a length mismatch is an error there).
     */
    public record Part(String name, DataOp column, LearnerPredictions predictions, Origin origin) {
        public Part {
            Objects.requireNonNull(name, "name");
            if ((column == null) == (predictions == null)) {
                throw new IllegalArgumentException("a part is a column or predictions");
            }
        }

        /** The column's value as pandas computes it. */
        public Evaluation evaluation() {
            return Evaluation.of(column, null, "pd.DataFrame");
        }
    }

    /**
     * {@code head(n)} ({@code kind} "head"), {@code tail(n)} ("tail"), {@code [[...]]} ("select", {@code names}) or
     * {@code ["name"]} ("column": a series), at {@code origin}.
     */
    public record Step(String kind, long n, List<String> names, Origin origin) {
        public Step {
            names = List.copyOf(names);
        }
    }

    /** The base frame's value as pandas computes it. */
    public Evaluation baseEvaluation() {
        return Evaluation.of(base, null, "pd.DataFrame");
    }

    /** Whether the value is a series (one column) rather than a frame. */
    public boolean series() {
        boolean series = layout == Layout.SERIES;
        for (Step s : steps) {
            series = s.kind().equals("column") || series && !s.kind().equals("select");
        }
        return series;
    }

    /**
     * Refuses to write this value to a file ({@code to_csv}) when a column of predictions it writes holds full-precision
     * values after a step whose last bit may differ from numpy's ({@link ArrayStep#exact()}: np.expm1, np.log1p, np.exp,
     * ...) with no rounding after it: numpy's bits of those functions depend on the machine (its AVX-512 routines or
     * the C library's), so the file would differ from pandas' in the last digits of some rows.
     */
    public void requireExactForWriting() {
        Map<String, LearnerPredictions> written = new java.util.LinkedHashMap<>();
        for (Part part : parts) {
            written.put(part.name(), part.predictions());
        }
        for (Step step : steps) {
            if (step.kind().equals("select") || step.kind().equals("column")) {
                written.keySet().retainAll(step.kind().equals("select") ? step.names() : List.of(step.names().getFirst()));
            }
        }
        for (LearnerPredictions p : written.values()) {
            ArrayStep unrounded = null;
            for (ArrayStep s : p == null ? List.<ArrayStep>of() : p.allSteps()) {
                unrounded = s instanceof ArrayStep.Round ? null : s.exact() ? unrounded : unrounded == null ? s : unrounded;
            }
            if (unrounded != null) {
                throw DataOp.error("to_csv() would write the full-precision values of a learner's predictions after "
                        + unrounded.written() + ", whose last digit may differ from numpy's (numpy's exp, log and pow"
                        + " functions are not Java's, and its own differ between machines)",
                        "round them before writing: np.round(..., 6) or .round(6)");
            }
        }
    }

    /** Whether {@code value} is a learner's predictions, which only this type can hold. */
    public static boolean holds(Object value) {
        return value instanceof LearnerPredictions;
    }

    /** Whether any value of {@code values} (a dict's values) is a learner's predictions. */
    public static boolean holdsAny(Iterable<?> values) {
        for (Object v : values) {
            if (holds(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code pd.DataFrame(data, columns=...)} where {@code data} is a dict of names to pandas Series and predictions,
     * or predictions ({@code columns} naming each column of the array; null for pandas' 0, 1, ...).
     */
    public static PredictionFrame dataFrame(Object data, List<String> columns) {
        Origin at = SourceScope.current();
        List<Part> parts = new ArrayList<>();
        if (data instanceof LearnerPredictions p) {
            positional(p, at);
            int width = p.method() == io.stratum.ir.physical.Response.PREDICT || p.slice().column() != null ? 1 : -1;
            if (width == 1) {
                if (columns != null && columns.size() != 1) {
                    throw new StratumError(at, "ValueError: Shape of passed values is (n, 1), indices imply (n, "
                            + columns.size() + ")", "name one column: pd.DataFrame(predictions, columns=[\"pred\"])");
                }
                parts.add(new Part(columns == null ? "0" : columns.getFirst(), null, p, at));
            } else {
                // predict_proba's 2-d array: one column per class, each a 1-d column of the array
                if (columns == null) {
                    throw new StratumError(at, "pd.DataFrame() of learner." + p.method().methodName() + "(...) needs"
                            + " columns=[...] naming each class's column in Stratum",
                            "write pd.DataFrame(proba, columns=[...]) or one class's column: proba[:, 1]");
                }
                for (int i = 0; i < columns.size(); i++) {
                    parts.add(new Part(columns.get(i), null, p.sliced(new LearnerPredictions.Slice(null, null, null, i)), at));
                }
            }
            return new PredictionFrame(null, parts, Layout.ARRAY, List.of());
        }
        if (!(data instanceof Map<?, ?> dict)) {
            throw new IllegalArgumentException("not a dict or predictions: " + data);
        }
        for (Map.Entry<?, ?> e : dict.entrySet()) {
            String name = columnName(e.getKey(), at);
            parts.add(part(name, e.getValue(), at, "pd.DataFrame({...})"));
        }
        if (columns != null) {
            List<Part> picked = new ArrayList<>();
            for (String c : columns) {
                picked.add(parts.stream().filter(p -> p.name().equals(c)).findFirst().orElseThrow(() -> new StratumError(at,
                        "pd.DataFrame(columns=...): no column '" + c + "' in the dict", "list only columns the dict has")));
            }
            parts = picked;
        }
        return new PredictionFrame(null, parts, Layout.DICT, List.of());
    }

    /** {@code pd.Series(predictions, name=...)} ({@code name} null: an unnamed series). */
    public static PredictionFrame series(LearnerPredictions p, String name) {
        Origin at = SourceScope.current();
        positional(p, at);
        if (p.method() != io.stratum.ir.physical.Response.PREDICT && p.slice().column() == null) {
            throw new StratumError(at, "ValueError: Data must be 1-dimensional, got learner." + p.method().methodName()
                    + "(...), a 2-d array", "take one class's column: pd.Series(proba[:, 1], name=\"proba\")");
        }
        return new PredictionFrame(null, List.of(new Part(name == null ? "" : name, null, p, at)), Layout.SERIES, List.of());
    }

    /**
     * {@code target[name] = value} or {@code target.assign(**columns)} where a value is a learner's predictions:
     * {@code target} is a pandas frame DataOp or a frame holding predictions already.
     */
    public static PredictionFrame assign(Object target, Map<String, ?> columns) {
        Origin at = SourceScope.current();
        String what = "assigning a column";
        List<Part> parts = new ArrayList<>();
        PredictionFrame base;
        if (target instanceof DataOp op) {
            if (DataOpPrint.isSkrub(op)) {
                throw new StratumError(at, "a learner's predictions cannot be put into a skrub DataOp: they are a numpy"
                        + " array known once the learner has predicted, outside the pipeline",
                        "put them into the pandas frame the learner predicted on: test[\"pred\"] = preds, or"
                                + " pd.DataFrame({\"id\": test[\"id\"], \"pred\": preds})");
            }
            base = new PredictionFrame(op, List.of(), Layout.ASSIGNED, List.of());
        } else if (target instanceof PredictionFrame f) {
            if (f.series() || !f.steps().isEmpty()) {
                throw new StratumError(at, "Stratum adds columns to a frame of predictions before head(), a selection"
                        + " or a Series is taken of it", "add the columns first, then select or take head()");
            }
            base = f;
        } else {
            throw new IllegalArgumentException("not a frame: " + target);
        }
        parts.addAll(base.parts());
        for (Map.Entry<String, ?> e : columns.entrySet()) {
            Part p = part(e.getKey(), e.getValue(), at, what);
            // a name given again replaces its column in place, as pandas does (a base column's at assembly)
            int i = indexOf(parts, p.name());
            if (i >= 0) {
                parts.set(i, p);
            } else {
                parts.add(p);
            }
        }
        return new PredictionFrame(base.base(), parts, base.layout(), List.of());
    }

    private static int indexOf(List<Part> parts, String name) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Part part(String name, Object value, Origin at, String what) {
        return switch (value) {
            case LearnerPredictions p -> {
                positional(p, at);
                if (p.method() != io.stratum.ir.physical.Response.PREDICT && p.slice().column() == null) {
                    throw new StratumError(at, "ValueError: Per-column arrays must each be 1-dimensional: learner."
                            + p.method().methodName() + "(...) is 2-d", "take one class's column: proba[:, 1]");
                }
                yield new Part(name, null, p, at);
            }
            case DataOp op when !DataOpPrint.isSkrub(op) -> new Part(name, op, null, at);
            case DataOp op -> throw new StratumError(at, what + " of a skrub DataOp beside a learner's predictions: the"
                    + " DataOp has no value until its pipeline runs", "use the pandas frame it reads, as pandas"
                    + " computes it (test[\"id\"])");
            default -> throw new StratumError(at, what + " beside a learner's predictions takes pandas columns"
                    + " (test[\"id\"]) and predictions; got " + (value instanceof Const c ? c.repr() : String.valueOf(value)),
                    "put the constant in a column of the frame first, or add it after writing the file");
        };
    }

    /**
     * Refuses a Series of residuals where this type would place values by position: pandas keeps (and aligns on) the
     * test target's row labels, which only printing the residuals themselves shows.
     */
    private static void positional(LearnerPredictions p, Origin at) {
        if (p.series()) {
            throw new StratumError(at, "Stratum puts a learner's predictions into a frame, not a Series of residuals"
                    + " (pandas would align it on split[\"y_test\"]'s row labels)", "print the residuals themselves:"
                    + " print(preds - split[\"y_test\"])");
        }
    }

    private static String columnName(Object key, Origin at) {
        if (key instanceof Const.StrConst s) {
            return s.value();
        }
        throw new StratumError(at, "pd.DataFrame(): Stratum takes column names that are strings, got "
                + (key instanceof Const c ? c.repr() : String.valueOf(key)), "write {\"pred\": predictions}");
    }

    /** The summaries of a Series of predictions pandas prints: {@code describe()} and {@code value_counts()}. */
    public static final List<String> SUMMARIES = List.of("describe", "value_counts");

    /**
     * {@code describe()} ({@code kind}) or {@code value_counts()} of a Series of predictions: pandas' statistics of its
     * values, or the count of each value (most frequent first), printed once the learner has predicted.
     */
    public PredictionFrame summary(String kind) {
        Origin at = SourceScope.current();
        if (!series()) {
            throw new StratumError(at, kind + "() of a frame of predictions: Stratum summarizes a Series of them",
                    "take one column first: frame[\"pred\"]." + kind + "(), or pd.Series(preds)." + kind + "()");
        }
        return then(new Step(kind, 0, List.of(), at));
    }

    /** The summary ({@link #SUMMARIES}) the script took last, or null. */
    public String summarized() {
        return !steps.isEmpty() && SUMMARIES.contains(steps.getLast().kind()) ? steps.getLast().kind() : null;
    }

    /** This value then {@code step}. */
    public PredictionFrame then(Step step) {
        if (summarized() != null) {
            throw new StratumError(step.origin(), "Stratum prints the result of " + summarized() + "() as it is",
                    "print it: print(pd.Series(preds)." + summarized() + "())");
        }
        if (step.kind().equals("select") && series() || step.kind().equals("column") && series()) {
            throw new StratumError(step.origin(), "a Series of predictions has no columns to select",
                    "select the columns of the frame before taking a Series of it");
        }
        List<Step> next = new ArrayList<>(steps);
        next.add(step);
        return new PredictionFrame(base, parts, layout, next);
    }

    /** {@code head(n)}. */
    public PredictionFrame head(long n) {
        return then(new Step("head", n, List.of(), SourceScope.current()));
    }

    /** {@code tail(n)}. */
    public PredictionFrame tail(long n) {
        return then(new Step("tail", n, List.of(), SourceScope.current()));
    }

    /** {@code frame[["a", "b"]]}. */
    public PredictionFrame select(List<String> names) {
        return then(new Step("select", 0, names, SourceScope.current()));
    }

    /** {@code frame["a"]}: a series. */
    public PredictionFrame column(String name) {
        return then(new Step("column", 0, List.of(name), SourceScope.current()));
    }

    /**
     * The number of rows where the plan tells it before the run (the rows of the frame or of the first Series it was
     * built from, through {@code head}/{@code tail}), else -1: predictions alone have as many rows as the data the
     * learner predicted on, known once it has.
     */
    public long knownRows(io.stratum.ir.catalog.ApiCatalog catalog) {
        if (summarized() != null) {
            return -1;
        }
        DataOp from = base != null ? base : layout == Layout.DICT ? parts.stream().map(Part::column)
                .filter(Objects::nonNull).findFirst().orElse(null) : null;
        if (from == null) {
            return -1;
        }
        FrameFacts facts = FrameFacts.of(from, catalog);
        long rows = facts == null ? -1 : facts.rows();
        if (rows < 0) {
            return -1;
        }
        for (Step s : steps) {
            if (s.kind().equals("head") || s.kind().equals("tail")) {
                rows = s.n() >= 0 ? Math.min(rows, s.n()) : Math.max(0, rows + s.n());
            }
        }
        return rows;
    }

    /** The number of columns, for {@code shape}: a base frame's must be known while the plan is built. */
    public long columnCount(io.stratum.ir.catalog.ApiCatalog catalog) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).kind().equals("select")) {
                return steps.get(i).names().size();
            }
        }
        if (base == null) {
            return parts.size();
        }
        FrameFacts facts = FrameFacts.of(base, catalog);
        if (facts == null) {
            throw new StratumError(SourceScope.current(), ".shape needs a frame", null);
        }
        List<String> columns = facts.columns(".shape");
        long n = columns.size();
        for (Part p : parts) {
            n += columns.contains(p.name()) ? 0 : 1;
        }
        return n;
    }
}
