package io.stratum.ir.physical;

import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** A fully resolved estimator: qualified class name and every parameter as a constant, in signature order. */
public record EstimatorSpec(String qualifiedName, List<String> names, List<Const> values, List<Boolean> explicit) {

    public EstimatorSpec {
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        names = List.copyOf(names);
        values = List.copyOf(values);
        explicit = List.copyOf(explicit);
        if (names.size() != values.size() || names.size() != explicit.size()) {
            throw new IllegalArgumentException("estimator parameters differ in length");
        }
    }

    /** The value of parameter {@code name}; a missing name is a programming error (the binder fills defaults). */
    public Const param(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(qualifiedName + " has no parameter " + name);
        }
        return values.get(i);
    }

    public double doubleParam(String name) {
        return switch (param(name)) {
            case Const.FloatConst f -> f.value();
            case Const.IntConst i -> i.value();
            default -> throw new IllegalArgumentException(name + " is not a number");
        };
    }

    public boolean boolParam(String name) {
        return param(name) instanceof Const.BoolConst b && b.value();
    }

    /** The string value of {@code name}, or null when it is None. */
    public String stringParam(String name) {
        return param(name) instanceof Const.StrConst s ? s.value() : null;
    }

    public String simpleName() {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /** scikit-learn's repr with only the parameters the script wrote, e.g. {@code Ridge(alpha=0.1)}. */
    public String repr() {
        StringBuilder b = new StringBuilder(simpleName()).append('(');
        boolean first = true;
        for (int i = 0; i < names.size(); i++) {
            if (explicit.get(i)) {
                if (!first) {
                    b.append(", ");
                }
                io.stratum.ir.logical.NumericFunction function = io.stratum.ir.logical.NumericFunction.fromConst(values.get(i));
                // a numpy function prints as Python prints a ufunc
                b.append(names.get(i)).append('=').append(function != null ? "<ufunc '" + function.numpyName() + "'>"
                        : values.get(i).repr());
                first = false;
            }
        }
        return b.append(')').toString();
    }
}
