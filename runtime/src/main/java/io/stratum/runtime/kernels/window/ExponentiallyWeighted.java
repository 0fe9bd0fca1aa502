package io.stratum.runtime.kernels.window;

/**
 * pandas' {@code ewm(com, min_periods, adjust, ignore_na).mean()} along sequences laid end to end (sequence
 * {@code s} is {@code x[starts[s], starts[s + 1])}): each row's value is the mean of the rows so far weighted by
 * {@code (1 - alpha)} per row back, {@code alpha = 1 / (1 + com)}, updated a row at a time as pandas' {@code ewm}
 * kernel does ({@code pandas/_libs/window/aggregations.pyx}, read, not copied): the old values' weight decays by
 * {@code 1 - alpha} at each row (at each non-missing row with {@code ignore_na}), a new value enters with weight 1
 * ({@code adjust}) or {@code alpha}, a value equal to the mean leaves it untouched (no rounding on a constant run), and
 * a row has a value once {@code max(min_periods, 1)} values were seen.
 */
public final class ExponentiallyWeighted {
    private ExponentiallyWeighted() {
    }

    /** The weighted means of laid-out {@code x} (NaN: missing), restarting at each sequence. */
    public static double[] mean(double[] x, int[] starts, double com, long minPeriods, boolean adjust, boolean ignoreNa) {
        double[] out = new double[x.length];
        double alpha = 1.0 / (1.0 + com);
        double oldWeightFactor = 1.0 - alpha;
        double newWeight = adjust ? 1.0 : alpha;
        long minp = Math.max(minPeriods, 1);
        for (int s = 0; s + 1 < starts.length; s++) {
            int a = starts[s];
            int b = starts[s + 1];
            if (a == b) {
                continue;
            }
            double weighted = x[a];
            long nobs = weighted == weighted ? 1 : 0;
            out[a] = nobs >= minp ? weighted : Double.NaN;
            double oldWeight = 1.0;
            for (int i = a + 1; i < b; i++) {
                double cur = x[i];
                boolean observed = cur == cur;
                nobs += observed ? 1 : 0;
                if (weighted == weighted) {
                    if (observed || !ignoreNa) {
                        oldWeight *= oldWeightFactor;
                        if (observed) {
                            if (weighted != cur) {
                                weighted = oldWeight * weighted + newWeight * cur;
                                weighted /= oldWeight + newWeight;
                            }
                            oldWeight = adjust ? oldWeight + newWeight : 1.0;
                        }
                    }
                } else if (observed) {
                    weighted = cur;
                }
                out[i] = nobs >= minp ? weighted : Double.NaN;
            }
        }
        return out;
    }
}
