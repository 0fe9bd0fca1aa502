package io.stratum.frontend.cli;

import io.stratum.frontend.api.LearnerPredictions;
import io.stratum.runtime.exec.CopiedValue;
import java.util.ArrayList;
import java.util.List;

/**
 * numpy's basic indexing of a learner's predictions, as a script wrote it: {@code array[start:stop:step]} of the rows
 * (Python's slice rules: negative positions from the end, bounds clipped, a negative step backwards) and
 * {@code [..., column]} of a 2-d array, which leaves the 1-d array of that column.
 */
final class NumpyIndexing {
    private NumpyIndexing() {
    }

    /**
     * The array a script wrote as {@code p}: the learner's answer {@code array} indexed by its slice, then each of its
     * element-wise steps on every float64 ({@link io.stratum.frontend.api.ArrayStep}); a step of values that are not
     * floats (a classifier's labels) is an error at {@code origin}.
     */
    static CopiedValue of(CopiedValue array, LearnerPredictions p, io.stratum.ir.node.Origin origin) {
        CopiedValue sliced = apply(array, p.slice());
        if (p.steps().isEmpty()) {
            return sliced;
        }
        List<CopiedValue.CopiedColumn> out = new ArrayList<>();
        for (CopiedValue.CopiedColumn c : sliced.columns()) {
            if (!(c.values() instanceof double[] values)) {
                throw new io.stratum.ir.diagnostics.StratumError(origin, p.steps().getFirst().written() + " of a learner's "
                        + c.type().name().toLowerCase(java.util.Locale.ROOT) + " predictions: Stratum computes numpy's"
                        + " element-wise steps of float predictions only", "predict with a regressor, or use"
                        + " predict_proba(...) for numbers");
            }
            double[] computed = values.clone();
            boolean[] missing = new boolean[computed.length];
            for (int i = 0; i < computed.length; i++) {
                double x = computed[i];
                for (io.stratum.frontend.api.ArrayStep step : p.steps()) {
                    x = step.apply(x);
                }
                computed[i] = x;
                missing[i] = Double.isNaN(x);
            }
            out.add(new CopiedValue.CopiedColumn(c.name(), c.type(), computed, missing));
        }
        return new CopiedValue(sliced.frame(), out);
    }

    /**
     * The values a script wrote as {@code p}, computed by {@code session} ({@code searches} runs a search they need):
     * the learner's answer indexed and stepped ({@link #of(CopiedValue, LearnerPredictions, io.stratum.ir.node.Origin)}),
     * or the residual against the split's test target ({@link LearnerPredictions.Residual}), pandas' float64 Series
     * with the target's row labels and name.
     */
    static CopiedValue of(io.stratum.frontend.session.Session session, LearnerPredictions p,
                          java.util.function.Function<io.stratum.frontend.api.DataOp,
                                  io.stratum.frontend.session.SearchResults> searches,
                          io.stratum.ir.node.Origin origin) {
        CopiedValue array = session.predictions(p, searches);
        LearnerPredictions.Residual r = p.residual();
        if (r == null) {
            return of(array, p, origin);
        }
        if (!(array.columns().getFirst().values() instanceof double[] predicted)) {
            throw new io.stratum.ir.diagnostics.StratumError(origin, "a residual of a learner's "
                    + array.columns().getFirst().type().name().toLowerCase(java.util.Locale.ROOT) + " predictions:"
                    + " Stratum computes residuals of a regressor's float predictions", "compare a classifier's labels"
                    + " with a metric: accuracy_score(split[\"y_test\"], preds)");
        }
        CopiedValue target = session.testTarget(p);
        CopiedValue.CopiedColumn truth = target.columns().getFirst();
        double[] truths = switch (truth.values()) {
            case double[] d -> d;
            case long[] l -> java.util.Arrays.stream(l).asDoubleStream().toArray();
            default -> throw new io.stratum.ir.diagnostics.StratumError(origin, "a residual of a "
                    + truth.type().name().toLowerCase(java.util.Locale.ROOT) + " target: Stratum computes residuals"
                    + " of numbers", null);
        };
        if (r.truth() != null && !target.frame() && truths.length != predicted.length) {
            // preds - new["y"] of other rows: numpy's broadcasting error, the left operand's shape first
            throw new io.stratum.ir.diagnostics.StratumError(origin, "ValueError: operands could not be broadcast together"
                    + " with shapes (" + (r.truthFirst() ? truths.length : predicted.length) + ",) ("
                    + (r.truthFirst() ? predicted.length : truths.length) + ",) ", "take the column from the rows the"
                    + " learner predicted on: learner.predict({\"data\": new}) - new[\"y\"]");
        }
        if (target.frame() || truths.length != predicted.length) {
            throw new io.stratum.ir.diagnostics.StratumError(origin, "a residual of a target of " + (target.frame()
                    ? "several columns" : truths.length + " values and " + predicted.length + " predictions")
                    + ": Stratum computes residuals of one column", null);
        }
        double[] values = new double[predicted.length];
        boolean[] missing = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            double x = predicted[i];
            for (io.stratum.frontend.api.ArrayStep step : r.predictionSteps()) {
                x = step.apply(x);
            }
            double y = truths[i];
            for (io.stratum.frontend.api.ArrayStep step : r.truthSteps()) {
                y = step.apply(y);
            }
            x = r.apply(x, y);
            for (io.stratum.frontend.api.ArrayStep step : p.steps()) {
                x = step.apply(x);
            }
            values[i] = x;
            missing[i] = Double.isNaN(x);
        }
        CopiedValue.CopiedColumn column = new CopiedValue.CopiedColumn(truth.name(),
                io.stratum.runtime.data.DataType.FLOAT64, values, missing);
        List<String> labels = target.labels();
        for (LearnerPredictions.Slice rows : r.rows()) {
            // residuals.head(5), .tail(3): pandas' positional rows of the Series, with their labels
            int[] picked = rows(column.length(), rows.start(), rows.stop(), rows.step());
            List<String> all = labels;
            labels = java.util.Arrays.stream(picked).mapToObj(i -> all == null ? Integer.toString(i) : all.get(i)).toList();
            column = take(column, picked);
        }
        return new CopiedValue(false, List.of(column), labels, null, false, target.unnamed());
    }

    static CopiedValue apply(CopiedValue array, LearnerPredictions.Slice slice) {
        if (slice.equals(LearnerPredictions.Slice.ALL)) {
            return array;
        }
        List<CopiedValue.CopiedColumn> columns = array.columns();
        boolean frame = array.frame();
        if (slice.column() != null) {
            int k = columns.size();
            int c = slice.column() < 0 ? slice.column() + k : slice.column();
            if (c < 0 || c >= k) {
                throw new io.stratum.ir.diagnostics.StratumError(io.stratum.ir.node.Origin.NONE, "IndexError: index "
                        + slice.column() + " is out of bounds for axis 1 with size " + k, null);
            }
            columns = List.of(columns.get(c));
            frame = false;
        }
        if (slice.allRows()) {
            return new CopiedValue(frame, columns);
        }
        int[] rows = rows(array.rows(), slice.start(), slice.stop(), slice.step());
        List<CopiedValue.CopiedColumn> out = new ArrayList<>();
        for (CopiedValue.CopiedColumn col : columns) {
            out.add(take(col, rows));
        }
        return new CopiedValue(frame, out);
    }

    /** The positions {@code range(length)[start:stop:step]} selects (CPython's PySlice_AdjustIndices). */
    static int[] rows(int length, Long start, Long stop, Long step) {
        long s = step == null ? 1 : step;
        long from;
        long to;
        if (start == null) {
            from = s < 0 ? length - 1 : 0;
        } else {
            from = start < 0 ? Math.max(start + length, s < 0 ? -1 : 0) : Math.min(start, s < 0 ? length - 1 : length);
        }
        if (stop == null) {
            to = s < 0 ? -1 : length;
        } else {
            to = stop < 0 ? Math.max(stop + length, s < 0 ? -1 : 0) : Math.min(stop, s < 0 ? length - 1 : length);
        }
        List<Integer> picked = new ArrayList<>();
        for (long i = from; s > 0 ? i < to : i > to; i += s) {
            picked.add((int) i);
        }
        return picked.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The values of {@code c} at {@code rows}, in that order (numpy's fancy indexing of the first axis). */
    static CopiedValue.CopiedColumn take(CopiedValue.CopiedColumn c, int[] rows) {
        Object values = switch (c.values()) {
            case double[] d -> java.util.Arrays.stream(rows).mapToDouble(r -> d[r]).toArray();
            case long[] l -> java.util.Arrays.stream(rows).mapToLong(r -> l[r]).toArray();
            case String[] t -> java.util.Arrays.stream(rows).mapToObj(r -> t[r]).toArray(String[]::new);
            case boolean[] t -> {
                boolean[] b = new boolean[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    b[i] = t[rows[i]];
                }
                yield b;
            }
            default -> throw new IllegalStateException(c.values().getClass().getName());
        };
        boolean[] missing = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            missing[i] = c.missing()[rows[i]];
        }
        return new CopiedValue.CopiedColumn(c.name(), c.type(), values, missing);
    }
}
