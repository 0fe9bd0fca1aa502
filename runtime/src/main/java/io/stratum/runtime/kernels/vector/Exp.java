package io.stratum.runtime.kernels.vector;

/**
 * The exponential by a fixed sequence of IEEE operations, so that {@link VectorExp}'s lanes and this scalar give the
 * same bits on every machine, with or without the Vector API, interpreted or compiled. {@link Math#exp} offers no
 * such promise across paths, and the Vector API's own {@code EXP} calls a vendor library when compiled and
 * {@code Math.exp} when not, so a loop that switches from one to the other mid-run would change its results.
 *
 * <p>The method: {@code x = n ln2 + r} with {@code n} the nearest integer to {@code x / ln2} (found by adding
 * 1.5 * 2^52, whose bits then hold {@code n}) and {@code ln2} in two parts, so {@code |r| <= ln2 / 2} comes out
 * nearly exact; {@code e^r} by its Taylor polynomial of degree 13 (the first omitted term is below 5e-18 relative) in
 * Horner form with fused multiply-adds; then doubled and multiplied by {@code 2^(n-1)}, built in the exponent bits
 * (products by powers of two, exact while the result is a normal number, as it is down to {@link #FLUSH}). The
 * result is within one ulp of the exact value: {@code ExpTest} compares it with the C library's exp.
 *
 * <p>Below {@link #FLUSH} (where {@code e^x} is below about 3.3e-308) the result is 0, not the subnormal: the
 * callers divide by a sum at least 1 or round to float, which turns those values into 0 anyway. Above
 * {@link #OVERFLOW} it is infinity; NaN gives NaN.
 */
public final class Exp {
    /** Arguments below this give 0. */
    public static final double FLUSH = -708.0;
    /** Arguments above this give infinity ({@code ln(Double.MAX_VALUE)}). */
    public static final double OVERFLOW = 709.782712893384;

    static final double LOG2_E = 1.4426950408889634;
    /** ln 2 rounded to 32 significant bits: {@code n * LN2_HIGH} is exact for every {@code |n| < 2^21}. */
    static final double LN2_HIGH = 0x1.62e42feep-1;
    /** ln 2 - LN2_HIGH, rounded. */
    static final double LN2_LOW = 0x1.a39ef35793c76p-33;
    /** 1.5 * 2^52: adding it rounds to an integer and leaves that integer in the low bits. */
    static final double SHIFTER = 0x1.8p52;
    /** The bits of SHIFTER minus the exponent bias plus one: {@code bits(t) - SHIFT_BIAS} is {@code n - 1 + 1023}. */
    static final long SHIFT_BIAS = Double.doubleToRawLongBits(SHIFTER) - 1022;
    /** 1/k! for k = 0..13. */
    static final double[] TAYLOR = taylor();

    private Exp() {
    }

    private static double[] taylor() {
        double[] c = new double[14];
        double factorial = 1;
        for (int k = 0; k < c.length; k++) {
            if (k > 0) {
                factorial *= k;
            }
            c[k] = 1.0 / factorial;
        }
        return c;
    }

    /** {@code e^x} (see the class comment for its accuracy and its range). */
    public static double exp(double x) {
        if (x < FLUSH) {
            return 0.0;
        }
        if (x > OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        double t = Math.fma(x, LOG2_E, SHIFTER);
        double n = t - SHIFTER;
        double r = Math.fma(n, -LN2_HIGH, x);
        r = Math.fma(n, -LN2_LOW, r);
        double p = TAYLOR[13];
        for (int k = 12; k >= 0; k--) {
            p = Math.fma(p, r, TAYLOR[k]);
        }
        double half = Double.longBitsToDouble((Double.doubleToRawLongBits(t) - SHIFT_BIAS) << 52);
        return p * 2.0 * half;
    }
}
