package io.stratum.frontend.api;

import io.stratum.ir.node.Origin;
import java.util.List;
import java.util.Objects;

/**
 * numpy's reduction of a learner's float predictions to one float64: {@code preds.mean()}, {@code np.std(preds)},
 * {@code np.expm1(preds).max()}, known once the learner has predicted (a session computes the array, then the
 * reduction as numpy computes it: pairwise sums, the variance in two passes).
 *
 * @param predictions the array, with its slice and element-wise steps
 * @param reduction   {@code mean}, {@code sum}, {@code min}, {@code max}, {@code median}, numpy's {@code np.std} or
 *                    {@code np.var} (ddof=0) or {@code std}/{@code var} (ddof=1), as {@code RunCommand.reduce} names
 *                    them, or {@link #SERIES_MEDIAN}
 * @param origin      where the script reduced it, for an error about the array (a classifier's labels)
 */
public record PredictionsReduction(LearnerPredictions predictions, String reduction, Origin origin)
        implements PredictedNumber {
    /** The numpy reductions of an array Stratum computes, by their method and function name. */
    public static final List<String> NAMES = List.of("mean", "std", "var", "min", "max", "sum", "median", "amin", "amax");

    /** pandas' {@code Series.median()}, which skips NaN where numpy's {@code np.median} gives nan. */
    public static final String SERIES_MEDIAN = "Series.median";

    public PredictionsReduction {
        Objects.requireNonNull(predictions, "predictions");
        Objects.requireNonNull(reduction, "reduction");
    }

    /**
     * numpy's {@code name} ({@link #NAMES}) of {@code predictions} written as the array's method ({@code method}:
     * {@code preds.mean()}) or numpy's function ({@code np.mean(preds)}), with {@code positional} arguments after the
     * array (none taken) and {@code keywords} ({@code ddof=} of std and var only).
     */
    public static PredictionsReduction of(LearnerPredictions predictions, String name, boolean method, int positional,
                                          java.util.Map<String, io.stratum.ir.value.Const> keywords) {
        String f = name.equals("amin") ? "min" : name.equals("amax") ? "max" : name;
        String written = method ? "preds." + name + "()" : "np." + name + "(preds)";
        // pandas' Series (a residual) has median() and takes ddof=1 by default, where numpy's array has no median and
        // takes ddof=0; np.std(series) calls series.std(ddof=0)
        boolean series = method && predictions.series();
        if (positional > 0 || !keywords.keySet().stream().allMatch("ddof"::equals)) {
            throw DataOp.error(written + ": Stratum reduces the whole array, without axis, dtype or out",
                    "write " + written);
        }
        boolean spread = f.equals("std") || f.equals("var");
        if (!(keywords.getOrDefault("ddof", io.stratum.ir.value.Const.of(series && spread ? 1L : 0L))
                instanceof io.stratum.ir.value.Const.IntConst d)) {
            throw DataOp.error(written + ": ddof must be an int, got " + keywords.get("ddof").repr(), null);
        }
        long ddof = d.value();
        if (!NAMES.contains(name) || method && (name.equals("median") && !series || name.startsWith("a"))) {
            throw DataOp.error(method ? "AttributeError: '" + (series ? "Series" : "numpy.ndarray")
                    + "' object has no attribute '" + name + "'"
                    : "np." + name + "() of a learner's predictions is not computed by Stratum",
                    "known: mean, std, var, min, max, sum" + (method && !series ? "" : ", median")
                    + (method ? "" : ", amin, amax"));
        }
        if (ddof != 0 && !f.equals("std") && !f.equals("var")) {
            throw DataOp.error(written + ": Stratum does not support the argument 'ddof' here", null);
        }
        if (ddof != 0 && ddof != 1) {
            throw DataOp.error(written + " with ddof=" + ddof + ": Stratum computes ddof=0 and ddof=1", null);
        }
        String reduction = (f.equals("std") || f.equals("var")) && ddof == 0 ? "np." + f
                : series && f.equals("median") ? SERIES_MEDIAN : f;
        return new PredictionsReduction(predictions, reduction, SourceScope.current());
    }
}
