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
                EstimatorSpec nested = fromConst(values.get(i));
                b.append(names.get(i)).append('=').append(function != null ? "<ufunc '" + function.numpyName() + "'>"
                        : nested != null ? nested.repr() : values.get(i).repr());
                first = false;
            }
        }
        return b.append(')').toString();
    }

    /** The tag of {@link #toConst()}: an estimator passed as a parameter, e.g. {@code ApplyToCols(StandardScaler())}. */
    public static final String VALUE_TAG = "sklearn.estimator";

    /**
     * The estimator as a plan constant, {@code (None, "sklearn.estimator", qualifiedName, names, values, explicit)}: a
     * leading None keeps it from ever reading as a list of column names, as numpy functions are tagged.
     */
    public Const toConst() {
        List<Const> flags = new java.util.ArrayList<>(explicit.size());
        for (Boolean e : explicit) {
            flags.add(Const.of(e));
        }
        return new Const.ListConst(List.of(Const.none(), Const.of(VALUE_TAG), Const.of(qualifiedName),
                Const.ofStrings(names), new Const.ListConst(values, true), new Const.ListConst(flags, true)), true);
    }

    /** The estimator a constant made by {@link #toConst()} stands for, or null when it is not one. */
    public static EstimatorSpec fromConst(Const c) {
        if (!(c instanceof Const.ListConst l) || !l.tuple() || l.items().size() != 6
                || !(l.items().get(0) instanceof Const.NoneConst) || !Const.of(VALUE_TAG).equals(l.items().get(1))
                || !(l.items().get(2) instanceof Const.StrConst name) || !(l.items().get(3) instanceof Const.ListConst n)
                || n.asStrings() == null || !(l.items().get(4) instanceof Const.ListConst v)
                || !(l.items().get(5) instanceof Const.ListConst e) || v.items().size() != n.items().size()
                || e.items().size() != n.items().size()) {
            return null;
        }
        List<Boolean> flags = new java.util.ArrayList<>(e.items().size());
        for (Const f : e.items()) {
            flags.add(f instanceof Const.BoolConst b && b.value());
        }
        return new EstimatorSpec(name.value(), n.asStrings(), v.items(), flags);
    }
}
