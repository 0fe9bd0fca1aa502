package io.stratum.ir.logical;

/**
 * The numpy element-wise functions Stratum compiles ({@code np.log}, {@code np.exp}, ...), with numpy's scalar
 * semantics for float64, used to fold constants; the runtime's frame kernel computes the same formulas per row.
 */
public enum NumericFunction {
    LOG("log"), LOG1P("log1p"), EXP("exp"), EXPM1("expm1"), SQRT("sqrt"), SQUARE("square"), ABS("abs"),
    FABS("fabs"), SIN("sin"), COS("cos");

    private final String numpyName;

    NumericFunction(String numpyName) {
        this.numpyName = numpyName;
    }

    /** The function's name in numpy, e.g. {@code log1p}; {@code np.absolute} is {@link #ABS} too. */
    public String numpyName() {
        return numpyName;
    }

    /** The qualified name a generic {@link Call} uses for it, e.g. {@code numpy.log}. */
    public String qualifiedName() {
        return "numpy." + numpyName;
    }

    /** The tag of {@link #toConst()}: a numpy function passed as a value, e.g. {@code FunctionTransformer(np.log1p)}. */
    public static final String VALUE_TAG = "numpy.ufunc";

    /**
     * The function as a plan constant, {@code (None, "numpy.ufunc", "log1p")}: a leading None keeps it from ever
     * reading as a list of column names or a string parameter.
     */
    public io.stratum.ir.value.Const toConst() {
        return new io.stratum.ir.value.Const.ListConst(java.util.List.of(io.stratum.ir.value.Const.none(),
                io.stratum.ir.value.Const.of(VALUE_TAG), io.stratum.ir.value.Const.of(numpyName)), true);
    }

    /** The function a constant made by {@link #toConst()} stands for, or null when it is not one. */
    public static NumericFunction fromConst(io.stratum.ir.value.Const c) {
        if (c instanceof io.stratum.ir.value.Const.ListConst l && l.tuple() && l.items().size() == 3
                && l.items().get(0) instanceof io.stratum.ir.value.Const.NoneConst
                && io.stratum.ir.value.Const.of(VALUE_TAG).equals(l.items().get(1))
                && l.items().get(2) instanceof io.stratum.ir.value.Const.StrConst name) {
            return byNumpyName(name.value());
        }
        return null;
    }

    /** The function numpy calls {@code name} ({@code absolute} is an alias of {@code abs}), or null. */
    public static NumericFunction byNumpyName(String name) {
        if (name.equals("absolute")) {
            return ABS;
        }
        for (NumericFunction f : values()) {
            if (f.numpyName.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /**
     * True when an int64 input stays int64 ({@code abs}, {@code square}); every other function returns float64
     * for integer input, as numpy's ufunc type resolution does.
     */
    public boolean keepsIntegers() {
        return this == ABS || this == SQUARE;
    }

    /**
     * The function at one float64 value. {@link StrictMath} (fdlibm) keeps results identical on every JVM and
     * within an ulp of numpy's libm; log of 0 is -inf, of a negative number NaN, and NaN propagates, as in numpy.
     */
    public double apply(double x) {
        return switch (this) {
            case LOG -> StrictMath.log(x);
            case LOG1P -> StrictMath.log1p(x);
            case EXP -> StrictMath.exp(x);
            case EXPM1 -> StrictMath.expm1(x);
            case SQRT -> StrictMath.sqrt(x);
            case SQUARE -> x * x;
            case ABS, FABS -> Math.abs(x);
            case SIN -> StrictMath.sin(x);
            case COS -> StrictMath.cos(x);
        };
    }

    /** {@code abs} and {@code square} of an int64, wrapping on overflow like numpy's int64 loops. */
    public long applyInteger(long x) {
        return switch (this) {
            case ABS -> x < 0 ? -x : x;
            case SQUARE -> x * x;
            default -> throw new IllegalStateException(numpyName + " does not keep integers");
        };
    }
}
