package io.stratum.frontend.api;

import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The values a grid search tries for {@code skrub.choose_int} / {@code skrub.choose_float} with {@code n_steps}:
 * {@code n_steps} evenly spaced points from {@code low} to {@code high} (in log space when {@code log}), as
 * numpy's {@code linspace} computes them, and for integers the distinct rounded values in increasing order.
 */
record NumericGrid(double low, double high, boolean log, int steps, boolean integer) {

    NumericGrid {
        if (high < low) {
            throw DataOp.error("'high' must be greater than 'low', got low=" + PyFormat.floatRepr(low) + ", high="
                    + PyFormat.floatRepr(high), null);
        }
        if (log && low <= 0) {
            throw DataOp.error("to use log space 'low' must be > 0, got low=" + PyFormat.floatRepr(low), null);
        }
        if (steps < 1) {
            throw DataOp.error("n_steps must be >= 1, got: " + steps, null);
        }
    }

    /** The grid values as constants: {@code int}s for {@code choose_int}, {@code float}s otherwise. */
    List<Const> values() {
        double start = log ? Math.log(low) : low;
        double stop = log ? Math.log(high) : high;
        double[] points = new double[steps];
        // linspace: start + i * step, with the last point set to stop exactly (before exp in log space).
        double step = steps > 1 ? (stop - start) / (steps - 1) : 0.0;
        for (int i = 0; i < steps; i++) {
            points[i] = start + i * step;
        }
        if (steps > 1) {
            points[steps - 1] = stop;
        }
        if (log) {
            for (int i = 0; i < steps; i++) {
                points[i] = Math.exp(points[i]);
            }
        }
        List<Const> out = new ArrayList<>(steps);
        if (!integer) {
            for (double p : points) {
                out.add(Const.of(p));
            }
            return out;
        }
        long[] rounded = new long[steps];
        for (int i = 0; i < steps; i++) {
            // numpy rounds halves to even, as Math.rint does.
            rounded[i] = (long) Math.rint(points[i]);
        }
        Arrays.sort(rounded);
        for (int i = 0; i < steps; i++) {
            if (i == 0 || rounded[i] != rounded[i - 1]) {
                out.add(Const.of(rounded[i]));
            }
        }
        return out;
    }
}
