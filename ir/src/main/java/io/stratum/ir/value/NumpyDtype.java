package io.stratum.ir.value;

import java.util.List;

/**
 * A numpy float type passed as a value, {@code np.float32} or {@code np.float64} (scikit-learn's {@code dtype=}
 * parameters take the type itself). In a plan it is the tagged constant {@code (None, "numpy.dtype", "float32")}: the
 * leading None keeps it from ever reading as a list of column names or a string parameter (scikit-learn refuses the
 * string {@code "float32"} where it asks for the type).
 */
public enum NumpyDtype {
    FLOAT32("float32"), FLOAT64("float64");

    /** The tag of {@link #toConst()}. */
    public static final String VALUE_TAG = "numpy.dtype";

    private final String numpyName;

    NumpyDtype(String numpyName) {
        this.numpyName = numpyName;
    }

    /** The name after {@code np.}: {@code float32} or {@code float64}. */
    public String numpyName() {
        return numpyName;
    }

    /** The type named {@code np.<name>}, or null for names that are not one of these. */
    public static NumpyDtype byNumpyName(String name) {
        for (NumpyDtype d : values()) {
            if (d.numpyName.equals(name)) {
                return d;
            }
        }
        return null;
    }

    public Const toConst() {
        return new Const.ListConst(List.of(Const.none(), Const.of(VALUE_TAG), Const.of(numpyName)), true);
    }

    /** The type a constant made by {@link #toConst()} stands for, or null when it is not one. */
    public static NumpyDtype fromConst(Const c) {
        if (c instanceof Const.ListConst l && l.tuple() && l.items().size() == 3
                && l.items().get(0) instanceof Const.NoneConst && Const.of(VALUE_TAG).equals(l.items().get(1))
                && l.items().get(2) instanceof Const.StrConst name) {
            return byNumpyName(name.value());
        }
        return null;
    }
}
