package io.stratum.ir.catalog;

import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * One parameter of a catalog entry: name, type, default, and validation (allowed values, a lower bound).
 * {@code supported} lists the values Stratum can run today when that is narrower than what Python accepts,
 * so a valid-but-unsupported value is reported as such rather than as a mistake.
 */
public record ParamSpec(String name, ParamType type, Const defaultValue, boolean nullable,
                        List<Const> allowed, List<Const> supported, Double minimum, boolean minimumExclusive) {

    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        allowed = List.copyOf(allowed);
        supported = List.copyOf(supported);
    }

    public static ParamSpec of(String name, ParamType type, Const defaultValue) {
        return new ParamSpec(name, type, defaultValue, defaultValue instanceof Const.NoneConst, List.of(), List.of(), null, false);
    }

    public ParamSpec orNone() {
        return new ParamSpec(name, type, defaultValue, true, allowed, supported, minimum, minimumExclusive);
    }

    public ParamSpec oneOf(Const... values) {
        return new ParamSpec(name, type, defaultValue, nullable, List.of(values), supported, minimum, minimumExclusive);
    }

    public ParamSpec runsOnly(Const... values) {
        return new ParamSpec(name, type, defaultValue, nullable, allowed, List.of(values), minimum, minimumExclusive);
    }

    public ParamSpec atLeast(double min) {
        return new ParamSpec(name, type, defaultValue, nullable, allowed, supported, min, false);
    }

    public ParamSpec greaterThan(double min) {
        return new ParamSpec(name, type, defaultValue, nullable, allowed, supported, min, true);
    }

    /** Null when {@code value} is acceptable, otherwise what is wrong with it (one sentence, no period). */
    public String check(Const value) {
        if (value instanceof Const.NoneConst) {
            return nullable ? null : "'" + name + "' cannot be None";
        }
        if (!type.accepts(value)) {
            return "'" + name + "' must be " + type.pythonName() + (nullable ? " or None" : "")
                    + ", got " + value.typeName() + " " + value.repr();
        }
        if (!allowed.isEmpty() && !allowed.contains(numericNormal(value))) {
            return "'" + name + "' must be one of " + reprs(allowed) + ", got " + value.repr();
        }
        if (minimum != null) {
            double v = value instanceof Const.IntConst i ? i.value() : value instanceof Const.FloatConst f ? f.value() : Double.NaN;
            if (!(minimumExclusive ? v > minimum : v >= minimum)) {
                return "'" + name + "' must be " + (minimumExclusive ? "> " : ">= ") + Const.of(minimum).repr() + ", got " + value.repr();
            }
        }
        return null;
    }

    /** Null when Stratum can run {@code value}, otherwise why not. */
    public String checkSupported(Const value) {
        if (supported.isEmpty() || supported.contains(value)) {
            return null;
        }
        return name + "=" + value.repr() + " is valid but not supported by Stratum yet; supported: " + reprs(supported);
    }

    private static Const numericNormal(Const value) {
        return value;
    }

    private static String reprs(List<Const> values) {
        StringBuilder b = new StringBuilder();
        for (Const c : values) {
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(c.repr());
        }
        return b.toString();
    }
}
