package io.stratum.frontend.bind;

import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Map;

/**
 * How {@code .skb.cross_validate(...)}'s table, or a column of it, is printed after the pandas methods a script calls
 * on it: {@code cv[["test_r2", "test_neg_mean_absolute_error"]]} (some columns, in that order), a reduction of the
 * table's columns ({@code .mean()}: a Series of one number per column), {@code round(decimals)} (numpy's rounding,
 * as pandas rounds) and a column's {@code tolist()} (Python's list of floats).
 *
 * @param decimals  the decimals of {@code round}, or null when not rounded
 * @param list      whether {@code tolist()} made a column a Python list
 * @param columns   the table's columns selected by a list, or null for all of them (or for one column)
 * @param reduction the pandas reduction of each of the table's columns ({@link DeferredValue#REDUCTIONS}), or null
 */
public record CvColumnView(Integer decimals, boolean list, List<String> columns, String reduction) {
    /** The column as it is: pandas' print of the Series. */
    public static final CvColumnView AS_IS = new CvColumnView(null, false);
    /** The methods of the column this view records. */
    static final List<String> METHODS = List.of("round", "tolist", "to_list");

    public CvColumnView {
        columns = columns == null ? null : List.copyOf(columns);
    }

    public CvColumnView(Integer decimals, boolean list) {
        this(decimals, list, null, null);
    }

    /** The table's columns {@code names}, a list given to {@code cv[...]}. */
    CvColumnView select(List<String> names) {
        return new CvColumnView(null, false, names, null);
    }

    /** The table's columns each reduced by {@code name}: a Series indexed by the column names. */
    CvColumnView reduced(String name) {
        return new CvColumnView(null, false, columns, name);
    }

    /** This view after {@code column.name(*args, **kwargs)}. */
    CvColumnView then(ScriptBinder b, String name, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        Arguments a = new Arguments(b, name, args, kwargs, pos);
        if (list) {
            throw b.error(pos, "a list has no method " + name + "()", null);
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
            return new CvColumnView((int) i.value(), false, columns, reduction);
        }
        a.done();
        return new CvColumnView(decimals, true, columns, reduction);
    }

    /** The values as the view shows them: rounded half to even at {@code decimals}, as numpy rounds. */
    public double[] apply(double[] values) {
        return decimals == null ? values
                : io.stratum.runtime.kernels.element.NumericRounding.numpyRound(values.clone(), decimals);
    }
}
