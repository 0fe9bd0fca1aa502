package io.stratum.runtime.kernels.frame;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.PythonOrder;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;

/**
 * Element-wise arithmetic, negation and comparison of columns with pandas' semantics.
 *
 * <p>Types: int64 with int64 stays int64 for {@code + - * // % **}; {@code /} gives float64; {@code //} and
 * {@code %} give float64 when some divisor is 0 (pandas then yields inf, -inf or NaN for {@code //} and NaN for
 * {@code %}); an int64 raised to a negative int64 is an error, as in pandas. Any float64 operand gives float64,
 * computed as numpy does (IEEE division, Python's floor semantics for {@code //} and {@code %}, C's {@code pow}
 * special cases); missing values of float results are NaN, as in pandas. Booleans count as 0 and 1 next to a
 * number. Strings support {@code +} (concatenation) and comparisons only; datetimes compare only
 * ({@link DatetimeComparison}). Results take the name of the column operand (the left one when both are columns).
 */
public final class ColumnArithmetic {
    private ColumnArithmetic() {
    }

    private enum Kind { INT, FLOAT, BOOL, STRING }

    /** One operand, decoded once into primitive arrays; a broadcast scalar reads index 0 for every row. */
    private record Operand(Kind kind, long[] longs, double[] doubles, String[] strings, boolean[] nulls,
                           boolean broadcast, String pythonType) {
        int at(int row) {
            return broadcast ? 0 : row;
        }

        boolean isNull(int row) {
            return nulls != null && nulls[at(row)];
        }

        boolean intLike() {
            return kind == Kind.INT || kind == Kind.BOOL;
        }

        double asDouble(int row) {
            int i = at(row);
            return switch (kind) {
                case FLOAT -> doubles[i];
                case INT, BOOL -> nulls != null && nulls[i] ? Double.NaN : (double) longs[i];
                case STRING -> throw new AssertionError("string used as number");
            };
        }
    }

    public static Column binary(MemoryContext ctx, ArithmeticOp op, Column left, Column right) {
        if (left.length() != right.length()) {
            throw new DataException("cannot combine column '" + left.name() + "' (" + left.length() + " rows) with '"
                    + right.name() + "' (" + right.length() + " rows) using " + op.symbol()
                    + "; they must have the same length");
        }
        refuseCategoryArithmetic(op, left);
        refuseCategoryArithmetic(op, right);
        if (DatetimeArithmetic.involves(left) || DatetimeArithmetic.involves(right)) {
            return DatetimeArithmetic.binary(ctx, op, left, right);
        }
        return binary(ctx, op, of(left), of(right), left.length(), left.name());
    }

    public static Column binary(MemoryContext ctx, ArithmeticOp op, Column left, Scalar right) {
        refuseCategoryArithmetic(op, left);
        if (DatetimeArithmetic.involves(left) || DatetimeArithmetic.temporal(right)) {
            return DatetimeArithmetic.withConstant(ctx, op, left, right, false);
        }
        return binary(ctx, op, of(left), of(right), left.length(), left.name());
    }

    public static Column binary(MemoryContext ctx, ArithmeticOp op, Scalar left, Column right) {
        refuseCategoryArithmetic(op, right);
        if (DatetimeArithmetic.involves(right) || DatetimeArithmetic.temporal(left)) {
            return DatetimeArithmetic.withConstant(ctx, op, right, left, true);
        }
        return binary(ctx, op, of(left), of(right), right.length(), right.name());
    }

    /** pandas: a category column has no arithmetic ("Object with dtype category cannot perform the numpy op"). */
    private static void refuseCategoryArithmetic(ArithmeticOp op, Column c) {
        if (c.type() == DataType.CATEGORY) {
            throw new DataException("'" + op.symbol() + "' on the category column '" + c.name() + "' is not supported,"
                    + " as in pandas; convert it first with .astype(str)");
        }
    }

    /**
     * pandas compares an unordered category column only for equality, and two category columns only when their
     * categories are the same.
     */
    private static void checkCategoryComparison(ComparisonOp op, Column left, Column right) {
        Column cat = left.type() == DataType.CATEGORY ? left : right != null && right.type() == DataType.CATEGORY ? right
                : null;
        if (cat == null) {
            return;
        }
        if (op != ComparisonOp.EQ && op != ComparisonOp.NE) {
            throw new DataException("'" + op.symbol() + "' on the category column '" + cat.name() + "': pandas compares"
                    + " unordered categories only with == and !=; convert it first with .astype(str)");
        }
        if (left instanceof StringColumn l && right instanceof StringColumn r && l.isCategorical() && r.isCategorical()
                && !java.util.Arrays.equals(l.categories(), r.categories())) {
            throw new DataException("comparing the category columns '" + l.name() + "' and '" + r.name() + "', whose"
                    + " categories differ, is refused by pandas; convert both first with .astype(str)");
        }
    }

    /** Unary minus: int64 stays int64 (wrapping like numpy), float64 stays float64; other types are refused. */
    public static Column negate(MemoryContext ctx, Column column) {
        if (column instanceof TimedeltaColumn d) {
            return DatetimeArithmetic.negate(ctx, d);
        }
        Operand a = of(column);
        int n = column.length();
        switch (a.kind) {
            case INT -> {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = -a.longs[i];
                }
                return Int64Column.of(ctx, column.name(), out, a.nulls);
            }
            case FLOAT -> {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = -a.doubles[i];
                }
                return Float64Column.of(ctx, column.name(), out);
            }
            default -> throw new DataException("bad operand type for unary -: column '" + column.name() + "' is "
                    + a.pythonType + "; negate a numeric column instead");
        }
    }

    public static BoolColumn compare(MemoryContext ctx, ComparisonOp op, Column left, Column right) {
        if (left.length() != right.length()) {
            throw new DataException("cannot compare column '" + left.name() + "' (" + left.length() + " rows) with '"
                    + right.name() + "' (" + right.length() + " rows); they must have the same length");
        }
        checkCategoryComparison(op, left, right);
        if (DatetimeArithmetic.involves(left) || DatetimeArithmetic.involves(right)) {
            return DatetimeComparison.compare(ctx, op, left, right);
        }
        return compare(ctx, op, of(left), of(right), left.length(), left.name());
    }

    public static BoolColumn compare(MemoryContext ctx, ComparisonOp op, Column left, Scalar right) {
        checkCategoryComparison(op, left, null);
        if (left instanceof TimestampColumn t) {
            return DatetimeComparison.compare(ctx, op, t, right);
        }
        if (left instanceof TimedeltaColumn d) {
            return DatetimeComparison.compare(ctx, op, d, right);
        }
        if (DatetimeArithmetic.temporal(right)) {
            return DatetimeComparison.temporalConstant(ctx, op, left, right);
        }
        BoolColumn direct = ScalarComparison.tryCompare(ctx, op, left, right);
        if (direct != null) {
            return direct;
        }
        return compare(ctx, op, of(left), of(right), left.length(), left.name());
    }

    public static BoolColumn compare(MemoryContext ctx, ComparisonOp op, Scalar left, Column right) {
        checkCategoryComparison(op, right, null);
        if (right instanceof TimestampColumn t) {
            return DatetimeComparison.compare(ctx, op.flipped(), t, left);
        }
        if (right instanceof TimedeltaColumn d) {
            return DatetimeComparison.compare(ctx, op.flipped(), d, left);
        }
        if (DatetimeArithmetic.temporal(left)) {
            return DatetimeComparison.temporalConstant(ctx, op.flipped(), right, left);
        }
        return compare(ctx, op, of(left), of(right), right.length(), right.name());
    }

    private static Column binary(MemoryContext ctx, ArithmeticOp op, Operand a, Operand b, int n, String name) {
        if (a.kind == Kind.STRING || b.kind == Kind.STRING) {
            if (a.kind == Kind.STRING && b.kind == Kind.STRING && op == ArithmeticOp.ADD) {
                return concat(ctx, a, b, n, name);
            }
            throw unsupported(op, a, b, name);
        }
        if (a.kind == Kind.BOOL && b.kind == Kind.BOOL) {
            throw new DataException("arithmetic " + op.symbol() + " between two boolean operands (column '" + name
                    + "') is not supported; convert one to int first, for example with .astype(int)");
        }
        if (a.intLike() && b.intLike()) {
            return integerBinary(ctx, op, a, b, n, name);
        }
        double[] out = new double[n];
        if (op == ArithmeticOp.POW && b.broadcast && !a.broadcast && !b.isNull(0)
                && scalarPower(a, b.asDouble(0), out, n)) {
            return Float64Column.of(ctx, name, out);
        }
        for (int i = 0; i < n; i++) {
            out[i] = applyFloat(op, a.asDouble(i), b.asDouble(i));
        }
        return Float64Column.of(ctx, name, out);
    }

    /**
     * numpy's array to a scalar 2, -1 or 0.5: its square, reciprocal or square root (correctly rounded, so
     * {@code (-0.0) ** 0.5} is -0.0 and {@code (-inf) ** 0.5} NaN), not pow, whose last bit Java's and the CPU's
     * differ in. False, writing nothing, for another exponent.
     */
    private static boolean scalarPower(Operand a, double exponent, double[] out, int n) {
        if (exponent != 2.0 && exponent != -1.0 && exponent != 0.5) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            double x = a.asDouble(i);
            out[i] = exponent == 2.0 ? x * x : exponent == -1.0 ? 1.0 / x : Math.sqrt(x);
        }
        return true;
    }

    private static Column integerBinary(MemoryContext ctx, ArithmeticOp op, Operand a, Operand b, int n,
                                        String name) {
        boolean[] nulls = mergeNulls(a, b, n);
        switch (op) {
            case TRUE_DIV -> {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = a.asDouble(i) / b.asDouble(i);
                }
                return Float64Column.of(ctx, name, out);
            }
            case FLOOR_DIV, MOD -> {
                boolean zeroDivisor = false;
                for (int i = 0; i < n && !zeroDivisor; i++) {
                    zeroDivisor = !b.isNull(i) && b.longs[b.at(i)] == 0;
                }
                if (!zeroDivisor) {
                    long[] out = new long[n];
                    for (int i = 0; i < n; i++) {
                        long x = a.longs[a.at(i)];
                        long y = b.longs[b.at(i)];
                        out[i] = (nulls != null && nulls[i]) ? 0 : (op == ArithmeticOp.FLOOR_DIV
                                ? Math.floorDiv(x, y) : Math.floorMod(x, y));
                    }
                    return Int64Column.of(ctx, name, out, nulls);
                }
                // pandas computes with integers, then patches the rows divided by zero and casts to float64.
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    long x = a.longs[a.at(i)];
                    long y = b.longs[b.at(i)];
                    if (nulls != null && nulls[i]) {
                        out[i] = Double.NaN;
                    } else if (y == 0) {
                        out[i] = op == ArithmeticOp.MOD || x == 0 ? Double.NaN
                                : (x > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
                    } else {
                        out[i] = op == ArithmeticOp.FLOOR_DIV ? Math.floorDiv(x, y) : Math.floorMod(x, y);
                    }
                }
                return Float64Column.of(ctx, name, out);
            }
            case POW -> {
                for (int i = 0; i < n; i++) {
                    if (!b.isNull(i) && b.longs[b.at(i)] < 0) {
                        throw new DataException("Integers to negative integer powers are not allowed (column '"
                                + name + "', row " + i + "); as in pandas, use a float exponent (for example "
                                + "** -1.0) or convert the base with .astype(float)");
                    }
                }
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (nulls != null && nulls[i]) ? 0 : wrappingPow(a.longs[a.at(i)], b.longs[b.at(i)]);
                }
                return Int64Column.of(ctx, name, out, nulls);
            }
            default -> {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    long x = a.longs[a.at(i)];
                    long y = b.longs[b.at(i)];
                    // Java's long arithmetic wraps on overflow exactly as numpy's int64 does.
                    out[i] = switch (op) {
                        case ADD -> x + y;
                        case SUB -> x - y;
                        case MUL -> x * y;
                        default -> throw new AssertionError(op);
                    };
                }
                return Int64Column.of(ctx, name, out, nulls);
            }
        }
    }

    /** Integer power modulo 2^64, which is what numpy's int64 power returns on overflow. */
    static long wrappingPow(long base, long exponent) {
        long result = 1;
        long b = base;
        long e = exponent;
        while (e > 0) {
            if ((e & 1) != 0) {
                result *= b;
            }
            b *= b;
            e >>>= 1;
        }
        return result;
    }

    static double applyFloat(ArithmeticOp op, double x, double y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case TRUE_DIV -> x / y;
            case FLOOR_DIV -> floorDivide(x, y);
            case MOD -> remainder(x, y);
            case POW -> power(x, y);
        };
    }

    /** numpy's {@code floor_divide} for doubles: Python's {@code //}, but x // 0.0 is x / 0.0 (inf or nan). */
    static double floorDivide(double x, double y) {
        if (y == 0.0) {
            return x / y;
        }
        double mod = x % y; // Java's % on doubles is C's fmod
        double div = (x - mod) / y;
        if (mod != 0.0 && ((y < 0) != (mod < 0))) {
            div -= 1.0;
        }
        if (div == 0.0) {
            return Math.copySign(0.0, x / y);
        }
        double floor = Math.floor(div);
        // (x - mod) / y is an integer up to rounding; snap to the nearest one.
        return div - floor > 0.5 ? floor + 1.0 : floor;
    }

    /** numpy's {@code remainder} for doubles: Python's {@code %}, result has the sign of the divisor. */
    static double remainder(double x, double y) {
        if (y == 0.0) {
            return Double.NaN;
        }
        double mod = x % y;
        if (mod == 0.0) {
            return Math.copySign(0.0, y);
        }
        return (y < 0) != (mod < 0) ? mod + y : mod;
    }

    /** C's {@code pow}, which differs from Java's where the result is defined despite a NaN or infinite operand. */
    static double power(double x, double y) {
        if (x == 1.0 || y == 0.0) {
            return 1.0;
        }
        if (x == -1.0 && Double.isInfinite(y)) {
            return 1.0;
        }
        return Math.pow(x, y);
    }

    private static Column concat(MemoryContext ctx, Operand a, Operand b, int n, String name) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            String x = a.strings[a.at(i)];
            String y = b.strings[b.at(i)];
            out[i] = (x == null || y == null) ? null : x + y;
        }
        return StringColumn.of(ctx, name, out);
    }

    private static BoolColumn compare(MemoryContext ctx, ComparisonOp op, Operand a, Operand b, int n,
                                      String name) {
        boolean[] out = new boolean[n];
        boolean missingResult = op == ComparisonOp.NE; // pandas: NaN != x is True, every other comparison False
        if (a.kind == Kind.STRING || b.kind == Kind.STRING) {
            if (a.kind != b.kind) {
                if (op == ComparisonOp.EQ || op == ComparisonOp.NE) {
                    java.util.Arrays.fill(out, op == ComparisonOp.NE);
                    return BoolColumn.of(ctx, name, out);
                }
                throw new DataException("'" + op.symbol() + "' not supported between instances of '" + a.pythonType
                        + "' and '" + b.pythonType + "' (column '" + name + "'); compare strings with strings");
            }
            for (int i = 0; i < n; i++) {
                String x = a.strings[a.at(i)];
                String y = b.strings[b.at(i)];
                out[i] = (x == null || y == null) ? missingResult : op.holds(PythonOrder.compareStrings(x, y));
            }
        } else if (a.intLike() && b.intLike()) {
            for (int i = 0; i < n; i++) {
                out[i] = (a.isNull(i) || b.isNull(i)) ? missingResult
                        : op.holds(Long.compare(a.longs[a.at(i)], b.longs[b.at(i)]));
            }
        } else {
            for (int i = 0; i < n; i++) {
                double x = a.asDouble(i);
                double y = b.asDouble(i);
                out[i] = (Double.isNaN(x) || Double.isNaN(y)) ? missingResult : op.holds(x < y ? -1 : (x > y ? 1 : 0));
            }
        }
        return BoolColumn.of(ctx, name, out);
    }

    private static boolean[] mergeNulls(Operand a, Operand b, int n) {
        if (a.nulls == null && b.nulls == null) {
            return null;
        }
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = a.isNull(i) || b.isNull(i);
        }
        return out;
    }

    private static DataException unsupported(ArithmeticOp op, Operand a, Operand b, String name) {
        return new DataException("unsupported operand types for " + op.symbol() + ": '" + a.pythonType + "' and '"
                + b.pythonType + "' (column '" + name + "'); only + joins two strings, other operators need numbers");
    }

    private static Operand of(Column c) {
        int n = c.length();
        boolean[] nulls = c.nullCount() > 0 ? nullFlags(c) : null;
        return switch (c) {
            case Float64Column f -> new Operand(Kind.FLOAT, null, f.toDoubleArray(), null, null, false, "float");
            case Int64Column l -> new Operand(Kind.INT, l.toLongArray(), null, null, nulls, false, "int");
            case BoolColumn bc -> {
                boolean[] b = bc.toBooleanArray();
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = b[i] ? 1 : 0;
                }
                yield new Operand(Kind.BOOL, v, null, null, nulls, false, "bool");
            }
            case StringColumn s -> new Operand(Kind.STRING, null, null, s.toStringArray(), nulls, false, "str");
            case TimestampColumn t -> throw new DataException("arithmetic on the datetime column '" + t.name()
                    + "' is not supported yet (comparisons are); use a field such as .dt.year, .dt.hour or .dt.weekday");
            case TimedeltaColumn t -> throw new DataException("'-' of the duration column '" + t.name() + "' is not"
                    + " supported yet; negate numbers such as .dt.total_seconds()");
        };
    }

    private static boolean[] nullFlags(Column c) {
        return switch (c) {
            case Float64Column f -> f.nullFlags();
            case Int64Column l -> l.nullFlags();
            case BoolColumn b -> b.nullFlags();
            case StringColumn s -> s.nullFlags();
            case TimestampColumn t -> t.nullFlags();
            case TimedeltaColumn t -> t.nullFlags();
        };
    }

    private static Operand of(Scalar s) {
        return switch (s) {
            case Scalar.IntScalar i -> new Operand(Kind.INT, new long[] {i.value()}, null, null, null, true, "int");
            case Scalar.FloatScalar f ->
                    new Operand(Kind.FLOAT, null, new double[] {f.value()}, null, null, true, "float");
            case Scalar.StringScalar t ->
                    new Operand(Kind.STRING, null, null, new String[] {t.value()}, null, true, "str");
            case Scalar.BoolScalar b ->
                    new Operand(Kind.BOOL, new long[] {b.value() ? 1 : 0}, null, null, null, true, "bool");
            case Scalar.DatetimeScalar t -> throw new IllegalStateException("a Timestamp is computed by DatetimeArithmetic");
            case Scalar.DurationScalar d -> throw new IllegalStateException("a Timedelta is computed by DatetimeArithmetic");
        };
    }
}
