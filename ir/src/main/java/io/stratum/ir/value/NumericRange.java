package io.stratum.ir.value;

import java.util.List;

/**
 * The range of {@code skrub.choose_float}/{@code choose_int}: bounds, log scale, integer outcomes, and
 * {@code n_steps} (null for a continuous range, which only a randomized search can draw from). {@code lowIsInt} and
 * {@code highIsInt} say that a {@code choose_float} bound was written as a Python int ({@code choose_float(0.1, 10)}),
 * which skrub's repr shows as written ({@code 10}, not {@code 10.0}); the values are the same.
 */
public record NumericRange(double low, double high, boolean log, boolean integer, Integer nSteps, boolean lowIsInt,
                           boolean highIsInt) {

    /** A range whose float bounds were written as floats (and an int range's as ints). */
    public NumericRange(double low, double high, boolean log, boolean integer, Integer nSteps) {
        this(low, high, log, integer, nSteps, integer, integer);
    }

    public NumericRange {
        if (!(high >= low)) {
            throw new IllegalArgumentException("'high' must be greater than 'low', got low=" + PyFormat.floatRepr(low)
                    + ", high=" + PyFormat.floatRepr(high));
        }
        if (log && !(low > 0)) {
            throw new IllegalArgumentException("to use log space 'low' must be > 0, got low=" + PyFormat.floatRepr(low));
        }
        if (nSteps != null && nSteps < 1) {
            throw new IllegalArgumentException("n_steps must be >= 1, got: " + nSteps);
        }
    }

    /** Whether only a randomized search can use it (no {@code n_steps}). */
    public boolean continuous() {
        return nSteps == null;
    }

    /**
     * The value of a uniform draw {@code u} in [0, 1), as skrub draws it through scipy: {@code uniform(low,
     * high - low + offset)} or {@code loguniform(low, high + offset)}, truncated to an int for {@code choose_int}
     * (whose offset of {@code 1 - 1e-6} lets {@code high} itself be drawn).
     */
    public Const draw(double u) {
        double offset = integer ? 1 - 1e-6 : 0;
        double value;
        if (log) {
            // scipy's loguniform ppf: exp(log(a) + q * (log(b) - log(a))).
            double a = Math.log(low);
            double b = Math.log(high + offset);
            value = Math.exp(a + u * (b - a));
        } else {
            value = u * (high - low + offset) + low;
        }
        return integer ? Const.of((long) value) : Const.of(value);
    }

    /** The value skrub uses when the choice is not tuned: the middle of the range (in log space when {@code log}). */
    public Const continuousDefault() {
        double lo = log ? Math.log(low) : low;
        double hi = log ? Math.log(high) : high;
        double mid = (lo + hi) / 2;
        if (log) {
            mid = Math.exp(mid);
        }
        return integer ? Const.of((long) Math.rint(mid)) : Const.of(mid);
    }

    /** skrub's repr of the choice, such as {@code choose_float(0.1, 10.0, log=True, name='alpha')}. */
    public String repr(String name) {
        String bounds = bound(low, integer || lowIsInt) + ", " + bound(high, integer || highIsInt);
        return (integer ? "choose_int(" : "choose_float(") + bounds + (log ? ", log=True" : "")
                + (nSteps != null ? ", n_steps=" + nSteps : "") + (name != null ? ", name=" + PyFormat.strRepr(name) : "") + ")";
    }

    private static String bound(double value, boolean writtenAsInt) {
        return writtenAsInt ? Long.toString((long) value) : PyFormat.floatRepr(value);
    }

    /** The range as a constant, for a node's terms. */
    public Const toConst() {
        return new Const.DictConst(
                List.of(Const.of("low"), Const.of("high"), Const.of("log"), Const.of("integer"), Const.of("n_steps")),
                List.of(Const.of(low), Const.of(high), Const.of(log), Const.of(integer),
                        nSteps == null ? Const.none() : Const.of((long) (int) nSteps)));
    }
}
