package io.stratum.frontend.bind;

import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Map;

/**
 * How {@code .skb.cross_validate(...)}'s table, or a column of it, is printed after the pandas methods a script calls
 * on it: {@code cv[["test_r2", "test_neg_mean_absolute_error"]]} (some columns, in that order), a reduction of the
 * table's columns ({@code .mean()}: a Series of one number per column), {@code round(decimals)} (numpy's rounding,
 * as pandas rounds), a column's {@code tolist()} (Python's list of floats) and its {@code .values} or
 * {@code to_numpy()} (numpy's array of them; its {@code std()} and {@code var()} divide by n, not n - 1).
 *
 * @param decimals  the decimals of {@code round}, or null when not rounded
 * @param form      what the column has become: pandas' Series, Python's list, numpy's array, or the Series'
 *                  {@code .iloc} indexer
 * @param columns   the table's columns selected by a list, or null for all of them (or for one column)
 * @param reduction the pandas reduction of each of the table's columns ({@link DeferredValue#REDUCTIONS}), or null
 */
public record CvColumnView(Integer decimals, Form form, List<String> columns, String reduction) {
    /** What a cross_validate column has become after the script's methods. */
    public enum Form {
        /** pandas' Series, as {@code cv["test_score"]} gives it. */
        SERIES,
        /** Python's list of floats, {@code tolist()}. */
        LIST,
        /** numpy's array, {@code .values} or {@code to_numpy()}. */
        ARRAY,
        /** the Series' positional indexer, {@code .iloc}, waiting for its {@code [i]}. */
        ILOC
    }

    /** The column as it is: pandas' print of the Series. */
    public static final CvColumnView AS_IS = new CvColumnView(null, Form.SERIES);
    /** The methods of the column this view records. */
    static final List<String> METHODS = List.of("round", "tolist", "to_list", "to_numpy");

    public CvColumnView {
        java.util.Objects.requireNonNull(form, "form");
        columns = columns == null ? null : List.copyOf(columns);
    }

    public CvColumnView(Integer decimals, Form form) {
        this(decimals, form, null, null);
    }

    /** Whether the column is Python's list ({@code tolist()}). */
    public boolean list() {
        return form == Form.LIST;
    }

    /** Whether the column is numpy's array ({@code .values}, {@code to_numpy()}). */
    public boolean array() {
        return form == Form.ARRAY;
    }

    /** This column as {@code form} (its {@code .values} or {@code .iloc}). */
    CvColumnView as(Form next) {
        return new CvColumnView(decimals, next, columns, reduction);
    }

    /** The table's columns {@code names}, a list given to {@code cv[...]} (after {@code round()} too, kept). */
    CvColumnView select(List<String> names) {
        return new CvColumnView(decimals, Form.SERIES, names, null);
    }

    /**
     * {@code cv.drop(columns=[...])}, or {@code cv.drop(labels, axis=1)}, of the table or some of its columns
     * ({@code table}; rounded or not): the other columns, in their order, as pandas' {@code DataFrame.drop} leaves them. Rows are not dropped
     * (the fold labels 0, 1, ... are the table's rows; Stratum prints whole folds).
     */
    static List<String> dropped(ScriptBinder b, List<String> table, List<PyValue> args, Map<String, PyValue> kwargs,
                                SourcePos pos) {
        Arguments a = new Arguments(b, "drop", args, kwargs, pos);
        PyValue labels = a.value(0, "labels", false);
        Const axis = a.constant(-1, "axis", Const.of(0L));
        PyValue index = a.value(-1, "index", false);
        PyValue columns = a.value(-1, "columns", false);
        Const inplace = a.constant(-1, "inplace", Const.of(false));
        Const errors = a.constant(-1, "errors", Const.of("raise"));
        a.done();
        if (!isNone(index) || isNone(columns) && !isNone(labels) && !columnsAxis(axis)) {
            throw b.error(pos, "Stratum drops columns of the cross_validate table, not its rows (folds)",
                    "write cv.drop(columns=[\"fit_time\", \"score_time\"])");
        }
        if (!(inplace instanceof Const.BoolConst in) || in.value()) {
            throw b.error(pos, "drop(inplace=True) of the cross_validate table is not supported by Stratum",
                    "write cv = cv.drop(columns=[...])");
        }
        if (!isNone(labels) && !isNone(columns)) {
            throw b.error(pos, "Cannot specify both 'labels' and 'index'/'columns'", "write cv.drop(columns=[...])");
        }
        if (isNone(labels) && isNone(columns)) {
            throw b.error(pos, "Need to specify at least one of 'labels', 'index' or 'columns'", "write cv.drop(columns=[...])");
        }
        if (!(errors instanceof Const.StrConst e) || !e.value().equals("raise") && !e.value().equals("ignore")) {
            throw b.error(pos, "drop: errors must be 'raise' or 'ignore', got " + errors.repr(), null);
        }
        List<String> names = labelNames(b, isNone(columns) ? labels : columns, pos);
        if (e.value().equals("raise")) {
            List<String> missing = names.stream().filter(n -> !table.contains(n)).toList();
            if (!missing.isEmpty()) {
                throw b.error(pos, "KeyError: " + Const.ofStrings(missing).repr() + " not found in axis",
                        "the cross_validate table's columns are " + String.join(", ", table));
            }
        }
        return table.stream().filter(c -> !names.contains(c)).toList();
    }

    private static boolean isNone(PyValue v) {
        return v == null || v instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst;
    }

    private static boolean columnsAxis(Const axis) {
        return axis instanceof Const.IntConst i && i.value() == 1 || axis instanceof Const.StrConst s && s.value().equals("columns");
    }

    /** A label or a list of labels: the column names a script drops. */
    private static List<String> labelNames(ScriptBinder b, PyValue given, SourcePos pos) {
        List<PyValue> items = given instanceof PyValue.Sequence seq ? seq.items() : List.of(given);
        List<String> names = new java.util.ArrayList<>();
        for (PyValue item : items) {
            if (!(item instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s)) {
                throw b.error(pos, "drop: the cross_validate table's columns are named by strings, got "
                        + PyValue.typeName(item), "write cv.drop(columns=[\"fit_time\", \"score_time\"])");
            }
            names.add(s.value());
        }
        return names;
    }

    /** Whether this is the table or some of its columns, possibly rounded, not reduced: columns may be dropped from it. */
    boolean droppable() {
        return form == Form.SERIES && reduction == null;
    }

    /** Whether this is the whole table, possibly rounded: columns may still be picked from it. */
    boolean wholeTable() {
        return form == Form.SERIES && columns == null && reduction == null;
    }

    /** The table's columns each reduced by {@code name}: a Series indexed by the column names. */
    CvColumnView reduced(String name) {
        return new CvColumnView(null, Form.SERIES, columns, name);
    }

    /** This view after {@code column.name(*args, **kwargs)}. */
    CvColumnView then(ScriptBinder b, String name, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        Arguments a = new Arguments(b, name, args, kwargs, pos);
        if (form == Form.LIST) {
            throw b.error(pos, "a list has no method " + name + "()", null);
        }
        if (form == Form.ILOC) {
            throw b.error(pos, ".iloc takes a position in brackets, such as cv['test_score'].iloc[0]", null);
        }
        if (name.equals("round") && decimals != null) {
            // rounding twice is not rounding once to the fewer decimals (0.12549 -> 0.125 -> 0.12, not 0.13)
            throw b.error(pos, "Stratum rounds a cross_validate value once", "write one round with the decimals you print");
        }
        if (!name.equals("round") && (columns != null || reduction != null)) {
            throw b.error(pos, "Stratum lists one column of the cross_validate table, such as cv['test_score']." + name + "()",
                    null);
        }
        if (name.equals("round")) {
            Const d = a.constant(0, "decimals", Const.of(0L));
            a.done();
            if (!(d instanceof Const.IntConst i)) {
                throw b.error(pos, "round(decimals) of a cross_validate column takes an int, got " + d.repr(), null);
            }
            return new CvColumnView((int) i.value(), form, columns, reduction);
        }
        a.done();
        if (name.equals("to_numpy")) {
            if (form == Form.ARRAY) {
                throw b.error(pos, "a numpy array has no method to_numpy()", null);
            }
            return as(Form.ARRAY);
        }
        return as(Form.LIST);
    }

    /**
     * The reduction {@code name} of the column in this form as it computes ({@link DeferredValue#REDUCTIONS}'s
     * names, pandas' ddof=1 for std and var): numpy's array divides by n ({@code np.std}, {@code np.var}).
     */
    String reductionOf(String name) {
        return form == Form.ARRAY ? numpyReduction(name, 0) : name;
    }

    /** numpy's {@code np.name(x, ddof=ddof)} of a column, as {@link DeferredValue}'s reductions name it. */
    static String numpyReduction(String name, int ddof) {
        return switch (name) {
            case "std", "var" -> ddof == 1 ? name : ddof == 0 ? "np." + name : null;
            default -> ddof == 0 ? name : null;
        };
    }

    /** The values as the view shows them: rounded half to even at {@code decimals}, as numpy rounds. */
    public double[] apply(double[] values) {
        return decimals == null ? values
                : io.stratum.runtime.kernels.element.NumericRounding.numpyRound(values.clone(), decimals);
    }
}
