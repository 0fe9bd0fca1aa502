package io.stratum.frontend.bind;

import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Map;

/**
 * How a column of {@code .skb.cross_validate(...)}'s table is printed after the Series methods a script calls on it:
 * {@code round(decimals)} (numpy's rounding, as pandas rounds) and {@code tolist()} (Python's list of floats).
 *
 * @param decimals the decimals of {@code round}, or null when not rounded
 * @param list     whether {@code tolist()} made it a Python list
 */
public record CvColumnView(Integer decimals, boolean list) {
    /** The column as it is: pandas' print of the Series. */
    public static final CvColumnView AS_IS = new CvColumnView(null, false);
    /** The methods of the column this view records. */
    static final List<String> METHODS = List.of("round", "tolist", "to_list");

    /** This view after {@code column.name(*args, **kwargs)}. */
    CvColumnView then(ScriptBinder b, String name, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        Arguments a = new Arguments(b, name, args, kwargs, pos);
        if (list) {
            throw b.error(pos, "a list has no method " + name + "()", null);
        }
        if (name.equals("round")) {
            Const d = a.constant(0, "decimals", Const.of(0L));
            a.done();
            if (!(d instanceof Const.IntConst i)) {
                throw b.error(pos, "round(decimals) of a cross_validate column takes an int, got " + d.repr(), null);
            }
            return new CvColumnView((int) i.value(), false);
        }
        a.done();
        return new CvColumnView(decimals, true);
    }

    /** The values as the view shows them: rounded half to even at {@code decimals}, as numpy rounds. */
    public double[] apply(double[] values) {
        return decimals == null ? values
                : io.stratum.runtime.kernels.element.NumericRounding.numpyRound(values.clone(), decimals);
    }
}
