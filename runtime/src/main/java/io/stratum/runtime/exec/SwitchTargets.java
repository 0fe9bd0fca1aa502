package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Switch;
import io.stratum.ir.physical.ConstantValue;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.SwitchValue;
import io.stratum.ir.value.Const;
import io.stratum.runtime.kernels.frame.Scalar;

/**
 * Which target a branch on a value computed from the data takes ({@link SwitchValue}), as skrub's {@code Match} and
 * {@code IfElse} decide it: a dict lookup of the query among the keys, or Python's truth of the query.
 */
final class SwitchTargets {
    private SwitchTargets() {
    }

    /** The target {@code s} takes for the query's value {@code query}; a value that is not one value is an error. */
    static PhysicalOp pick(SwitchValue s, RuntimeValue query) {
        String method = ".skb." + (s.truthiness() ? "if_else" : "match");
        Scalar value = switch (query) {
            case RuntimeValue.Scalar v -> v.value();
            case RuntimeValue.Series c -> throw new StratumError(s.origin(), method + " on a column: "
                    + (s.truthiness() ? "the truth value of a Series is ambiguous (pandas' ValueError)"
                    : "a Series cannot be a dict key (TypeError: unhashable type)"),
                    "branch on one value computed from it, e.g. (df[\"a\"].mean() > 0).skb.if_else(a, b)");
            case RuntimeValue.Frame f -> throw new StratumError(s.origin(), method + " on a frame: "
                    + (s.truthiness() ? "the truth value of a DataFrame is ambiguous (pandas' ValueError)"
                    : "a DataFrame cannot be a dict key (TypeError: unhashable type)"), "branch on one value computed from it");
            case RuntimeValue.Row r -> throw new StratumError(s.origin(), method + " on per-column values (a Series): "
                    + (s.truthiness() ? "its truth value is ambiguous (pandas' ValueError)"
                    : "a Series cannot be a dict key (TypeError: unhashable type)"), "branch on one of them, e.g. df[\"a\"].max()");
            case RuntimeValue.Matrix m -> throw new StratumError(s.origin(), method + " on " + m.pythonType()
                    + ": its truth value is ambiguous and it cannot be a dict key", "branch on a choice instead");
        };
        Const key = ScalarValues.constant(value);
        if (s.truthiness()) {
            return Switch.truthy(key) ? s.targets().getFirst() : s.fallback();
        }
        for (int i = 0; i < s.keys().size(); i++) {
            if (Switch.lookupMatches(s.keys().get(i), key)) {
                return s.targets().get(i);
            }
        }
        if (s.fallback() == null) {
            throw new StratumError(s.origin(), ".skb.match: the value " + key.repr() + " computed from the data is none of"
                    + " the keys " + new Const.ListConst(s.keys(), false).repr() + " and there is no default (skrub's KeyError)",
                    "add default=... to .skb.match");
        }
        return s.fallback();
    }

    /** A constant branch as a run-time value. */
    static RuntimeValue constant(ConstantValue c) {
        return new RuntimeValue.Scalar(switch (c.value()) {
            case Const.IntConst i -> Scalar.of(i.value());
            case Const.FloatConst f -> Scalar.of(f.value());
            case Const.StrConst t -> Scalar.of(t.value());
            case Const.BoolConst b -> Scalar.of(b.value());
            default -> throw new StratumError(c.origin(), "the constant " + c.value().repr() + " cannot be a run-time value", null);
        });
    }
}
