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
            "nunique", "any", "all");

    @Override
    public String name() {
        return "bind_reductions";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof CallMethod c) || !METHODS.contains(c.method()) || c.receiver() instanceof GroupBy) {
            return RuleResult.unchanged();
        }
        String m = c.method();
        CallArguments a = switch (m) {
            case "std", "var" -> new CallArguments(m, c.origin(), c.args(), List.of("axis", "skipna", "ddof", "numeric_only"), 1);
            case "quantile" -> new CallArguments(m, c.origin(), c.args(), List.of("q", "axis", "numeric_only", "interpolation",
                    "method"), 1);
            case "count" -> new CallArguments(m, c.origin(), c.args(), List.of("axis", "numeric_only"), 1);
            case "nunique" -> new CallArguments(m, c.origin(), c.args(), List.of("axis", "dropna"), 1);
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
            throw a.error("nunique(dropna=False) is not supported by Stratum yet", "leave dropna at its default, True");
        }
        a.requireDefault("interpolation", Const.of("linear"));
        a.requireDefault("method", Const.of("single"));
        Const argument = Const.none();
        if (m.equals("quantile")) {
            Const q = a.constant("q", Const.of(0.5));
            double value = switch (q) {
                case Const.FloatConst f -> f.value();
                case Const.IntConst i -> i.value();
                default -> throw a.error("quantile(q=" + q.repr() + "): Stratum computes one quantile at a time",
                        "pass one number between 0 and 1, e.g. quantile(0.9)");
            };
            if (!(value >= 0 && value <= 1)) {
                throw a.error("quantile(q=" + q.repr() + "): percentiles should all be in the interval [0, 1]",
                        "pass a number between 0 and 1, e.g. quantile(0.9)");
            }
            argument = Const.of(value);
        } else if (m.equals("std") || m.equals("var")) {
            Const ddof = a.constant("ddof", Const.of(1L));
            if (!(ddof instanceof Const.IntConst i) || i.value() < 0) {
                throw a.error(m + "(ddof=" + ddof.repr() + "): ddof must be a non-negative int", "e.g. ddof=0 or ddof=1");
            }
            argument = ddof;
        }
        return RuleResult.rewrittenTo(new Reduce(c.receiver(), m, argument, c.origin()));
    }
}
