package io.stratum.runtime.kernels.window;

/**
 * pandas' {@code cumsum}, {@code cumprod}, {@code cummax} and {@code cummin} with {@code skipna=True} along each
 * sequence: a missing value stays missing and is skipped. Ungrouped float sums add in row order as numpy's
 * {@code cumsum} does; a group-by's float sums are compensated (Kahan), as pandas' {@code group_cumsum} is. int64
 * sums and products wrap around as numpy's do.
 */
public final class Cumulative {
    /** The running statistic. */
    public enum Op {
        SUM, PROD, MAX, MIN
    }

    private Cumulative() {
    }

    /** The float64 running statistic of laid-out {@code x} (NaN: missing), restarting at each sequence. */
    static double[] ofDoubles(double[] x, int[] starts, Op op, boolean compensated) {
        double[] out = new double[x.length];
        for (int s = 0; s + 1 < starts.length; s++) {
            int from = starts[s];
            int to = starts[s + 1];
            switch (op) {
                case SUM -> {
                    double sum = 0;
                    double comp = 0;
                    for (int i = from; i < to; i++) {
                        double v = x[i];
                        if (v != v) {
                            out[i] = Double.NaN;
                        } else if (compensated) {
                            double y = v - comp;
                            double t = sum + y;
                            comp = t - sum - y;
                            sum = t;
                            out[i] = sum;
                        } else {
                            sum += v;
                            out[i] = sum;
                        }
                    }
                }
                case PROD -> {
                    double p = 1;
                    for (int i = from; i < to; i++) {
                        double v = x[i];
                        if (v != v) {
                            out[i] = Double.NaN;
                        } else {
                            p *= v;
                            out[i] = p;
                        }
                    }
                }
                case MAX, MIN -> {
                    boolean max = op == Op.MAX;
                    double best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                    for (int i = from; i < to; i++) {
                        double v = x[i];
                        if (v != v) {
                            out[i] = Double.NaN;
                        } else {
                            best = max ? Math.max(best, v) : Math.min(best, v);
                            out[i] = best;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The int64 running statistic of laid-out {@code x}, restarting at each sequence. */
    static long[] ofLongs(long[] x, int[] starts, Op op) {
        long[] out = new long[x.length];
        for (int s = 0; s + 1 < starts.length; s++) {
            int from = starts[s];
            int to = starts[s + 1];
            long acc = switch (op) {
                case SUM -> 0L;
                case PROD -> 1L;
                case MAX -> Long.MIN_VALUE;
                case MIN -> Long.MAX_VALUE;
            };
            for (int i = from; i < to; i++) {
                long v = x[i];
                acc = switch (op) {
                    case SUM -> acc + v;
                    case PROD -> acc * v;
                    case MAX -> Math.max(acc, v);
                    case MIN -> Math.min(acc, v);
                };
                out[i] = acc;
            }
        }
        return out;
    }

    // The row-order forms run a chunk of rows per call: small methods the JIT compiles whole after a few calls,
    // where one loop over millions of rows is compiled on the stack first and again as a method.
    private static final int CHUNK = 1 << 16;

    /**
     * The float64 running statistic of {@code x} in row order, each row accumulating into its sequence's value
     * ({@code sequence[i]}, {@code count} sequences; a row in none keeps its value, which the caller replaces): the
     * same additions in the same order as along laid-out sequences, without laying them out. Written over {@code x}.
     */
    static double[] ofDoublesByRow(double[] x, int[] sequence, int count, Op op, boolean compensated) {
        double[] acc = new double[count];
        double[] comp = op == Op.SUM && compensated ? new double[count] : null;
        java.util.Arrays.fill(acc, switch (op) {
            case SUM -> 0.0;
            case PROD -> 1.0;
            case MAX -> Double.NEGATIVE_INFINITY;
            case MIN -> Double.POSITIVE_INFINITY;
        });
        for (int from = 0; from < x.length; from += CHUNK) {
            int to = Math.min(x.length, from + CHUNK);
            switch (op) {
                case SUM -> {
                    if (comp != null) {
                        kahanSums(x, sequence, acc, comp, from, to);
                    } else {
                        sums(x, sequence, acc, from, to);
                    }
                }
                case PROD -> products(x, sequence, acc, from, to);
                case MAX -> maxima(x, sequence, acc, from, to);
                case MIN -> minima(x, sequence, acc, from, to);
            }
        }
        return x;
    }

    private static void kahanSums(double[] x, int[] sequence, double[] acc, double[] comp, int from, int to) {
        for (int i = from; i < to; i++) {
            int g = sequence[i];
            double v = x[i];
            if (g >= 0 && v == v) {
                double sum = acc[g];
                double y = v - comp[g];
                double t = sum + y;
                comp[g] = t - sum - y;
                acc[g] = t;
                x[i] = t;
            }
        }
    }

    private static void sums(double[] x, int[] sequence, double[] acc, int from, int to) {
        for (int i = from; i < to; i++) {
            int g = sequence[i];
            double v = x[i];
            if (g >= 0 && v == v) {
                x[i] = acc[g] += v;
            }
        }
    }

    private static void products(double[] x, int[] sequence, double[] acc, int from, int to) {
        for (int i = from; i < to; i++) {
            int g = sequence[i];
            double v = x[i];
            if (g >= 0 && v == v) {
                x[i] = acc[g] *= v;
            }
        }
    }

    private static void maxima(double[] x, int[] sequence, double[] acc, int from, int to) {
        for (int i = from; i < to; i++) {
            int g = sequence[i];
            double v = x[i];
            if (g >= 0 && v == v) {
                x[i] = acc[g] = Math.max(acc[g], v);
            }
        }
    }

    private static void minima(double[] x, int[] sequence, double[] acc, int from, int to) {
        for (int i = from; i < to; i++) {
            int g = sequence[i];
            double v = x[i];
            if (g >= 0 && v == v) {
                x[i] = acc[g] = Math.min(acc[g], v);
            }
        }
    }

    /** The int64 running statistic of {@code x} in row order per sequence (see {@link #ofDoublesByRow}), over {@code x}. */
    static long[] ofLongsByRow(long[] x, int[] sequence, int count, Op op) {
        long[] acc = accumulators(count, op);
        for (int from = 0; from < x.length; from += CHUNK) {
            longsByRow(x, sequence, acc, op, from, Math.min(x.length, from + CHUNK), 0);
        }
        return x;
    }

    /** Each sequence's int64 accumulator before its first row. */
    static long[] accumulators(int count, Op op) {
        long[] acc = new long[count];
        java.util.Arrays.fill(acc, switch (op) {
            case SUM -> 0L;
            case PROD -> 1L;
            case MAX -> Long.MIN_VALUE;
            case MIN -> Long.MAX_VALUE;
        });
        return acc;
    }

    /**
     * Rows {@code [from, to)} of the int64 running statistic per sequence, row {@code i}'s value at
     * {@code x[i - shift]} (a chunk of the column), replaced by the running value.
     */
    static void longsByRow(long[] x, int[] sequence, long[] acc, Op op, int from, int to, int shift) {
        switch (op) {
            case SUM -> longSums(x, sequence, acc, from, to, shift);
            case PROD -> longProducts(x, sequence, acc, from, to, shift);
            case MAX -> longMaxima(x, sequence, acc, from, to, shift);
            case MIN -> longMinima(x, sequence, acc, from, to, shift);
        }
    }

    private static void longSums(long[] x, int[] sequence, long[] acc, int from, int to, int shift) {
        for (int i = from; i < to; i++) {
            int g = sequence[i];
            if (g >= 0) {
                x[i - shift] = acc[g] += x[i - shift];
            }
        }
    }

    private static void longProducts(long[] x, int[] sequence, long[] acc, int from, int to, int shift) {
        for (int i = from; i < to; i++) {
            int g = sequence[i];
            if (g >= 0) {
                x[i - shift] = acc[g] *= x[i - shift];
            }
        }
    }

    private static void longMaxima(long[] x, int[] sequence, long[] acc, int from, int to, int shift) {
        for (int i = from; i < to; i++) {
            int g = sequence[i];
            if (g >= 0) {
                x[i - shift] = acc[g] = Math.max(acc[g], x[i - shift]);
            }
        }
    }

    private static void longMinima(long[] x, int[] sequence, long[] acc, int from, int to, int shift) {
        for (int i = from; i < to; i++) {
            int g = sequence[i];
            if (g >= 0) {
                x[i - shift] = acc[g] = Math.min(acc[g], x[i - shift]);
            }
        }
    }
}
