package io.stratum.ir.catalog;

import io.stratum.ir.value.Const;

/**
 * The Python types a catalog parameter accepts; {@code FLOAT} also takes an {@code int}, as Python does; {@code
 * ESTIMATOR} an estimator object (a tagged {@link io.stratum.ir.physical.EstimatorSpec} constant) or the names
 * "passthrough" and "drop" that skrub accepts in its place.
 */
public enum ParamType {
    BOOL("bool"), INT("int"), FLOAT("float"), STR("str"), STR_LIST("list of str"), ESTIMATOR("an estimator"),
    /** numpy's float types themselves ({@link io.stratum.ir.value.NumpyDtype}), as scikit-learn's {@code dtype=}. */
    FLOAT_DTYPE("np.float32 or np.float64"), ANY("any value");

    private final String pythonName;

    ParamType(String pythonName) {
        this.pythonName = pythonName;
    }

    public String pythonName() {
        return pythonName;
    }

    /** True when {@code value} has this type (None is handled by {@link ParamSpec#nullable()}). */
    public boolean accepts(Const value) {
        return switch (this) {
            case BOOL -> value instanceof Const.BoolConst;
            case INT -> value instanceof Const.IntConst;
            case FLOAT -> value instanceof Const.FloatConst || value instanceof Const.IntConst;
            case STR -> value instanceof Const.StrConst;
            case STR_LIST -> value instanceof Const.ListConst l && l.asStrings() != null;
            case ESTIMATOR -> io.stratum.ir.physical.EstimatorSpec.fromConst(value) != null
                    || value instanceof Const.StrConst s && (s.value().equals("passthrough") || s.value().equals("drop"));
            case FLOAT_DTYPE -> io.stratum.ir.value.NumpyDtype.fromConst(value) != null;
            case ANY -> true;
        };
    }
}
