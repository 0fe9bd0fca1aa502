package io.stratum.optimizer.rules;

import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.GroupBy;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Reduce;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import java.util.List;

/**
 * Binds pandas' reductions of a column or a frame over its rows ({@code df["a"].mean()}, {@code df.max()},
 * {@code df["a"].quantile(0.9)}, ...) to {@link Reduce}: a value computed from the data, which column arithmetic,
 * comparisons and {@code fillna} broadcast. Arguments Stratum does not implement (another axis, {@code skipna=False},
 * {@code numeric_only=True}, an interpolation other than linear) are refused at the call's line. Group-by reductions
 * were bound before this rule ({@link BindRelationalMethods}).
 */
public final class BindReductions implements Rule {
    /** The reductions bound here, by their pandas names. */
    static final List<String> METHODS = List.of("mean", "median", "sum", "min", "max", "std", "var", "quantile", "count",
            "nunique", "any", "all", "mode");

    @Override
    public String name() {
        return "bind_reductions";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        // s.mode()[k]: the k-th mode, one value (agents fill with df["c"].fillna(df["c"].mode()[0]))
        if (node instanceof io.stratum.ir.logical.GetItem g && g.input() instanceof Reduce r && r.function().equals("mode")
                && r.argument() instanceof Const.NoneConst && g.key() instanceof io.stratum.ir.logical.Value v
                && v.value() instanceof Const.IntConst k && k.value() >= 0) {
            return RuleResult.rewrittenTo(new Reduce(r.input(), "mode", k, g.origin()));
        }
        if (!(node instanceof CallMethod c) || !METHODS.contains(c.method()) || c.receiver() instanceof GroupBy) {
            return RuleResult.unchanged();
        }
        return RuleResult.rewrittenTo(bind(c, ctx));
    }

    /**
     * Whether {@code c} is {@code quantile([...])} of a list, a table whose quantiles are in the index, bound with the
     * relational methods so that the steps chained on it (reset_index, round, ...) see it as such a result.
     */
    static boolean quantileTable(CallMethod c) {
        if (!c.method().equals("quantile") || c.receiver() instanceof GroupBy) {
            return false;
        }
        for (io.stratum.ir.logical.Arg a : c.args()) {
            if ((a.isKeyword() ? a.keyword().equals("q") : a == c.args().getFirst())
                    && a.value() instanceof io.stratum.ir.logical.Value v && v.value() instanceof Const.ListConst) {
                return true;
            }
        }
        return false;
    }

    /** The reduction {@code c}, its arguments checked. */
    static LogicalNode bind(CallMethod c, RuleContext ctx) {
        String m = c.method();
        CallArguments a = switch (m) {
            case "std", "var" -> new CallArguments(m, c.origin(), c.args(), List.of("axis", "skipna", "ddof", "numeric_only"), 1);
            case "quantile" -> new CallArguments(m, c.origin(), c.args(), List.of("q", "axis", "numeric_only", "interpolation",
                    "method"), 1);
            case "count" -> new CallArguments(m, c.origin(), c.args(), List.of("axis", "numeric_only"), 1);
            case "nunique" -> new CallArguments(m, c.origin(), c.args(), List.of("axis", "dropna"), 1);
            case "mode" -> new CallArguments(m, c.origin(), c.args(), List.of("dropna"), 1);
            case "sum" -> new CallArguments(m, c.origin(), c.args(), List.of("axis", "skipna", "numeric_only", "min_count"), 1);
            case "any", "all" -> new CallArguments(m, c.origin(), c.args(), List.of("axis", "bool_only", "skipna"), 1);
            default -> new CallArguments(m, c.origin(), c.args(), List.of("axis", "skipna", "numeric_only"), 1);
        };
        Const axis = a.constant("axis", Const.none());
        if (!(axis instanceof Const.NoneConst) && !axis.equals(Const.of(0L)) && !axis.equals(Const.of("index"))) {
            throw a.error(m + "(axis=" + axis.repr() + ") reduces each row, which Stratum does not compute yet",
                    "reduce over the rows (axis=0, the default), or combine the columns with arithmetic");
        }
        if (!a.bool("skipna", true)) {
            throw a.error(m + "(skipna=False) is not supported by Stratum yet", "leave skipna at its default, True");
        }
        if (a.bool("numeric_only", false)) {
            throw a.error(m + "(numeric_only=True) is not supported by Stratum yet",
                    "select the numeric columns first, e.g. df.skb.select(s.numeric())." + m + "()");
        }
        a.requireDefault("min_count", Const.of(0L));
        if (a.bool("bool_only", false)) {
            throw a.error(m + "(bool_only=True) is not supported by Stratum yet",
                    "select the bool columns first, e.g. df.select_dtypes(\"bool\")." + m + "()");
        }
        if (!a.bool("dropna", true)) {
            throw a.error(m + "(dropna=False) is not supported by Stratum yet", "leave dropna at its default, True");
        }
        if (m.equals("mode") && !IndexedResultMethods.isColumn(c.receiver(), ctx)) {
            throw a.error("a frame's mode() (the modes of every column, padded with NaN) is not supported by Stratum",
                    "take one column's: df[\"a\"].mode()");
        }
        a.requireDefault("interpolation", Const.of("linear"));
        a.requireDefault("method", Const.of("single"));
        Const argument = Const.none();
        if (m.equals("quantile") && a.constant("q", Const.of(0.5)) instanceof Const.ListConst qs) {
            // a table: the quantiles in the index, a row each (a column's: a Series named after it)
            List<Const> values = new java.util.ArrayList<>();
            for (Const q : qs.items()) {
                values.add(Const.of(quantile(a, q, qs)));
            }
            if (values.isEmpty()) {
                throw a.error("quantile([]) gives an empty table, which Stratum does not compute", "pass the quantiles, e.g."
                        + " quantile([0.1, 0.5, 0.9])");
            }
            return IndexedResultMethods.quantiles(c, new Reduce(c.receiver(), m, new Const.ListConst(values), c.origin()), ctx);
        }
        if (m.equals("quantile")) {
            argument = Const.of(quantile(a, a.constant("q", Const.of(0.5)), null));
        } else if (m.equals("std") || m.equals("var")) {
            Const ddof = a.constant("ddof", Const.of(1L));
            if (!(ddof instanceof Const.IntConst i) || i.value() < 0) {
                throw a.error(m + "(ddof=" + ddof.repr() + "): ddof must be a non-negative int", "e.g. ddof=0 or ddof=1");
            }
            argument = ddof;
        }
        return new Reduce(c.receiver(), m, argument, c.origin());
    }

    /** One quantile {@code q} of {@code quantile(q)} (or an item of the list {@code all}), a number in [0, 1]. */
    private static double quantile(CallArguments a, Const q, Const all) {
        double value = switch (q) {
            case Const.FloatConst f -> f.value();
            case Const.IntConst i -> i.value();
            default -> throw a.error("quantile(q=" + (all == null ? q : all).repr() + "): the quantiles must be numbers",
                    "pass a number between 0 and 1, e.g. quantile(0.9), or a list of them");
        };
        if (!(value >= 0 && value <= 1)) {
            throw a.error("quantile(q=" + (all == null ? q : all).repr() + "): percentiles should all be in the interval"
                    + " [0, 1]", "pass a number between 0 and 1, e.g. quantile(0.9)");
        }
        return value;
    }
}
