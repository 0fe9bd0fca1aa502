package io.stratum.optimizer.rules;

import io.stratum.ir.diagnostics.NearestNames;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.AggregateSpec;
import io.stratum.ir.logical.Arg;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.GroupBy;
import io.stratum.ir.logical.GroupTransform;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import java.util.List;

/**
 * Binds {@code groupby(keys)[cols].transform("mean")} to a {@link GroupTransform} (group statistics broadcast back to
 * the rows), and refuses at the call's line the grouped methods Stratum does not compute: a transform by a function
 * or lambda (no Python runs on the data), and the cumulative and ranking methods (a value per row that depends on the
 * rows before it in its group), each with what to write instead.
 */
final class GroupTransforms {
    /** pandas' grouped methods that give one value per row from the rows before it, which Stratum does not compute. */
    private static final List<String> PER_ROW = List.of("cumsum", "cumprod", "cummax", "cummin", "cumcount", "rank",
            "shift", "diff", "pct_change", "ffill", "bfill", "fillna", "ngroup", "rolling", "expanding", "ewm",
            "head", "tail", "nth", "filter", "apply", "pipe", "describe", "quantile", "idxmax", "idxmin", "prod", "ohlc",
            "sem", "skew", "value_counts", "corr", "cov", "get_group", "groups", "indices");

    private GroupTransforms() {
    }

    /**
     * {@code c} ({@code transform(...)} of the grouped frame {@code g}) as a {@link GroupTransform}; a per-row method
     * pandas also takes by name ({@code transform("cumsum")}, {@code "shift"}, ...) is that method called without
     * arguments ({@link WindowMethods#grouped}).
     */
    static io.stratum.ir.logical.LogicalNode bind(CallMethod c, GroupBy g) {
        Value func = null;
        for (Arg a : c.args()) {
            if (a.isKeyword() && !a.keyword().equals("func")) {
                throw new StratumError(c.origin(), "groupby(...).transform(" + a.keyword() + "=...) is not supported",
                        "pass only the function's name: transform(\"mean\")");
            }
            if (func != null) {
                throw new StratumError(c.origin(), "groupby(...).transform() takes one function name here",
                        "pass only the function's name: transform(\"mean\"); arguments for it are not supported");
            }
            if (!(a.value() instanceof Value) && !a.isKeyword() && c.args().size() == 1) {
                // A script function, traced by the frontend over the selected column: its one per-row method per group.
                return WindowMethods.traced(c, g, a.value());
            }
            if (!(a.value() instanceof Value v)) {
                throw new StratumError(c.origin(), "groupby(...).transform() takes the name of a group statistic here;"
                        + " a function or lambda would run Python on every group, and no Python runs on the data",
                        "write the statistic's name, e.g. transform(\"mean\") (it computes "
                                + String.join(", ", AggregateSpec.FUNCTIONS) + ")");
            }
            func = v;
        }
        if (func == null) {
            throw new StratumError(c.origin(), "groupby(...).transform() needs the statistic to broadcast",
                    "write e.g. transform(\"mean\")");
        }
        if (!(func.value() instanceof Const.StrConst name)) {
            throw new StratumError(c.origin(), "groupby(...).transform(" + func.value().repr() + ") is not supported",
                    "pass one statistic's name, e.g. transform(\"mean\"); for several, assign one column per statistic");
        }
        String f = name.value();
        // transform("cumcount") is cumcount() in pandas 3, selection or not: the same unnamed Series of positions.
        if (WindowMethods.GROUPED.contains(f)) {
            return WindowMethods.grouped(new CallMethod(g, f, List.of(), c.origin()), g);
        }
        if (!AggregateSpec.FUNCTIONS.contains(f)) {
            if (PER_ROW.contains(f)) {
                throw unsupported(c, "transform(\"" + f + "\")", f);
            }
            List<String> near = NearestNames.nearest(f, AggregateSpec.FUNCTIONS, 3);
            throw new StratumError(c.origin(), "unknown statistic '" + f + "' for groupby(...).transform()",
                    (near.isEmpty() ? "" : "did you mean '" + String.join("' or '", near) + "'? ")
                            + "Stratum broadcasts " + String.join(", ", AggregateSpec.FUNCTIONS));
        }
        return new GroupTransform(g.input(), g.keys(), g.selection(), f, g.dropna(), g.series(), c.origin());
    }

    /** The refusal of a grouped method (or transform by name) Stratum does not compute. */
    static StratumError unsupported(CallMethod c, String what, String method) {
        return new StratumError(c.origin(), "groupby(...)." + what + " is not supported by Stratum"
                + (method.startsWith("cum") || method.equals("rank") || method.equals("shift") || method.equals("diff")
                        || method.equals("pct_change") || method.equals("ffill") || method.equals("bfill")
                        || method.equals("ngroup") ? ": it gives each row a value that depends on its place in the group" : ""),
                "Stratum computes per-group statistics (" + String.join(", ", AggregateSpec.FUNCTIONS) + ") with .agg(...)"
                        + " or broadcasts one to every row with .transform(\"mean\")");
    }
}
