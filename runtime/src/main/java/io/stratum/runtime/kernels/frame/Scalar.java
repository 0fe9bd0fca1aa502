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
