package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * A pandas reduction over the rows, a value computed from the data: of a column ({@code df["a"].mean()}) one number, of
 * a frame ({@code df.max()}) one number per column, labelled by the column names (a Series indexed by them). Above
 * {@code mark_as_X}/{@code mark_as_y} it is computed on the rows each step sees, as skrub evaluates it: a fold's
 * training rows when fitting, its test rows when predicting ({@link FreezeAfterFit} keeps the fitted value).
 *
 * @param function the pandas method: {@code mean}, {@code median}, {@code sum}, {@code min}, {@code max},
 *                 {@code std}, {@code var}, {@code quantile}, {@code count}, {@code nunique}, or {@code len} (the row
 *                 count, {@code len(df)} where the plan cannot tell it), or the summary tables {@code describe} and
 *                 {@code corr} (a frame whose first column holds the row labels, below an {@link IndexedResult}), or
 *                 {@code mode} (a column's most frequent values, a column of its own), or {@code element} (numpy's
 *                 {@code arr[k]} of a learner's predictions that skrub leaves a numpy array: the value at one position)
 * @param argument the quantile's {@code q} (a float), {@code ddof} of std/var (an int), corr's {@code numeric_only}
 *                 (a bool), the position of the mode of {@code s.mode()[k]} (an int: one value), the position of
 *                 {@code element} (an int, negative from the end); None otherwise
 */
public record Reduce(LogicalNode input, String function, Const argument, Origin origin) implements LogicalNode {

    /** The functions a reduction node computes. */
    public static final List<String> FUNCTIONS = List.of("mean", "median", "sum", "min", "max", "std", "var", "quantile",
            "count", "nunique", "len", "describe", "corr", "any", "all", "mode", "element");

    public Reduce {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(origin, "origin");
        if (!FUNCTIONS.contains(function)) {
            throw new IllegalArgumentException("not a reduction: " + function);
        }
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new Reduce(in.get(0), function, argument, origin);
    }

    @Override
    public String kind() {
        return "Reduce";
    }

    @Override
    public void terms(Terms t) {
        t.item("function", function);
        t.itemIf(!(argument instanceof Const.NoneConst), "argument", argument);
    }

    @Override
    public boolean equals(Object o) {
        return PlanNode.sameStructure(this, o);
    }

    @Override
    public int hashCode() {
        return fingerprint().hashCode();
    }
}
