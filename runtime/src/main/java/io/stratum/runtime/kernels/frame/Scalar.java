package io.stratum.runtime.kernels.frame;

/** A constant operand of a column operation, typed as Python typed the literal in the script. */
public sealed interface Scalar {

    /** A Python {@code int} literal. */
    record IntScalar(long value) implements Scalar {
    }

    /** A Python {@code float} literal. */
    record FloatScalar(double value) implements Scalar {
    }

    /** A Python {@code str} literal. */
    record StringScalar(String value) implements Scalar {
        public StringScalar {
            java.util.Objects.requireNonNull(value, "string scalar");
        }
    }

    /** A Python {@code bool} literal. */
    record BoolScalar(boolean value) implements Scalar {
    }

    /**
     * A {@code pd.Timestamp}: whole {@code unit} ticks since 1970-01-01, a UTC instant when {@code zone} names a time
     * zone, a wall-clock time when it is null.
     */
    record DatetimeScalar(long ticks, io.stratum.runtime.data.DatetimeUnit unit, String zone) implements Scalar {
        public DatetimeScalar {
            java.util.Objects.requireNonNull(unit, "unit");
        }
    }

    /** A {@code pd.Timedelta}: whole {@code unit} ticks. */
    record DurationScalar(long ticks, io.stratum.runtime.data.DatetimeUnit unit) implements Scalar {
        public DurationScalar {
            java.util.Objects.requireNonNull(unit, "unit");
        }
    }

    /** Python's name of the constant's type, for error messages. */
    static String typeName(Scalar s) {
        return switch (s) {
            case IntScalar i -> "int";
            case FloatScalar f -> "float";
            case StringScalar t -> "str";
            case BoolScalar b -> "bool";
            case DatetimeScalar t -> "Timestamp";
            case DurationScalar d -> "Timedelta";
        };
    }

    static Scalar of(long v) {
        return new IntScalar(v);
    }

    static Scalar of(double v) {
        return new FloatScalar(v);
    }

    static Scalar of(String v) {
        return new StringScalar(v);
    }

    static Scalar of(boolean v) {
        return new BoolScalar(v);
    }
}
