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
}
