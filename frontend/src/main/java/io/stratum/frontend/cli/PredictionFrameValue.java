package io.stratum.frontend.cli;

import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.PredictionFrame;
import io.stratum.frontend.session.SearchResults;
import io.stratum.frontend.session.Session;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.runtime.exec.CopiedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A frame holding a learner's predictions ({@link PredictionFrame}) assembled as pandas assembles it, once the plan
 * values and the predictions it names are computed: row labels from the base frame or the dict's Series (which must
 * have the same labels: Stratum does not align them), predictions placed by position, and pandas' {@code ValueError}
 * at the line that put them together when their length is not the frame's.
 */
final class PredictionFrameValue {
    private PredictionFrameValue() {
    }

    static CopiedValue of(Session session, PredictionFrame frame, Function<DataOp, SearchResults> searches) {
        List<CopiedValue.CopiedColumn> columns = new ArrayList<>();
        List<String> labels = null;
        int rows = -1;
        if (frame.base() != null) {
            CopiedValue base = session.evaluate(frame.baseEvaluation());
            if (!base.frame() || base.scalar() != null) {
                throw new StratumError(frame.parts().getFirst().origin(), "Stratum puts a learner's predictions into a"
                        + " DataFrame; this value is not one", "assign the predictions to a frame: test[\"pred\"] = preds");
            }
            columns.addAll(base.columns());
            labels = base.labels();
            rows = base.rows();
        }
        List<CopiedValue> values = new ArrayList<>();
        for (PredictionFrame.Part p : frame.parts()) {
            if (p.column() == null) {
                values.add(null);
                continue;
            }
            CopiedValue v = session.evaluate(p.evaluation());
            if (v.frame() || v.scalar() != null) {
                throw new StratumError(p.origin(), "column '" + p.name() + "': Stratum puts one pandas column (a Series)"
                        + " beside a learner's predictions, not a frame or a number", "select one column: test[\"id\"]");
            }
            if (rows < 0) {
                rows = v.rows();
                labels = v.labels();
            } else if (v.rows() != rows || !java.util.Objects.equals(v.labels(), labels)) {
                throw new StratumError(p.origin(), "column '" + p.name() + "' has other row labels than the frame it is"
                        + " put into; pandas would align them on their labels (missing values where a label is absent),"
                        + " which Stratum does not do", "take the columns from the frame the learner predicted on, or"
                        + " reset_index(drop=True) both");
            }
            values.add(v);
        }
        int arrays = -1;
        for (int i = 0; i < frame.parts().size(); i++) {
            PredictionFrame.Part p = frame.parts().get(i);
            CopiedValue.CopiedColumn column;
            if (p.predictions() != null) {
                CopiedValue predicted = NumpyIndexing.of(session, p.predictions(), searches, p.origin());
                if (predicted.frame()) {
                    throw new StratumError(p.origin(), "ValueError: Per-column arrays must each be 1-dimensional",
                            "take one class's column: proba[:, 1]");
                }
                column = predicted.columns().getFirst();
                int n = column.length();
                if (rows >= 0 && n != rows) {
                    throw new StratumError(p.origin(), switch (frame.layout()) {
                        case ASSIGNED -> "ValueError: Length of values (" + n + ") does not match length of index (" + rows + ")";
                        default -> "ValueError: array length " + n + " does not match index length " + rows;
                    }, "predict on the rows of the frame the predictions go into (learner.predict({...: test}) for test)");
                }
                if (rows < 0 && arrays >= 0 && n != arrays) {
                    throw new StratumError(p.origin(), "ValueError: All arrays must be of the same length", null);
                }
                arrays = n;
            } else {
                column = values.get(i).columns().getFirst();
            }
            // a Series of residuals keeps the target's name (pandas' arithmetic with split["y_test"])
            column = p.predictions() != null && p.predictions().series() ? column : named(column, p.name());
            int at = indexOf(columns, p.name());
            if (at >= 0) {
                columns.set(at, column);
            } else {
                columns.add(column);
            }
        }
        boolean series = frame.layout() == PredictionFrame.Layout.SERIES;
        boolean unnamed = series && columns.getFirst().name().isEmpty();
        CopiedValue value = new CopiedValue(!series, columns, labels, null, false, unnamed);
        for (PredictionFrame.Step s : frame.steps()) {
            value = step(value, s);
        }
        return value;
    }

    private static CopiedValue step(CopiedValue v, PredictionFrame.Step s) {
        int n = v.rows();
        return switch (s.kind()) {
            case "head", "tail" -> {
                int k = (int) (s.n() >= 0 ? Math.min(s.n(), n) : Math.max(0, n + s.n()));
                int from = s.kind().equals("head") ? 0 : n - k;
                List<CopiedValue.CopiedColumn> out = new ArrayList<>();
                for (CopiedValue.CopiedColumn c : v.columns()) {
                    out.add(rows(c, from, from + k));
                }
                List<String> labels = new ArrayList<>();
                for (int r = from; r < from + k; r++) {
                    labels.add(v.labels() == null ? Integer.toString(r) : v.labels().get(r));
                }
                boolean range = v.labels() == null && from == 0;
                yield new CopiedValue(v.frame(), out, range ? null : labels, null, false, v.unnamed());
            }
            case "select", "column" -> {
                List<CopiedValue.CopiedColumn> out = new ArrayList<>();
                for (String name : s.names()) {
                    int at = indexOf(v.columns(), name);
                    if (at < 0) {
                        throw new StratumError(s.origin(), s.kind().equals("column") ? "KeyError: '" + name + "'"
                                : "KeyError: \"None of [Index(['" + name + "'], dtype='str')] are in the [columns]\"",
                                "the frame has the columns " + v.columns().stream().map(CopiedValue.CopiedColumn::name).toList());
                    }
                    out.add(v.columns().get(at));
                }
                yield new CopiedValue(s.kind().equals("select"), out, v.labels(), null, false, false);
            }
            case "describe", "value_counts" -> summary(v, s);
            default -> throw new IllegalArgumentException("unknown step " + s.kind());
        };
    }

    /**
     * pandas' {@code describe()} of the series {@code v} (a float64 series of the statistics, labelled count, mean, ...,
     * named as {@code v}) or its {@code value_counts()} (a frame of the values and their {@code count}, most frequent
     * first, ties in order of first appearance), computed by the runtime's kernels.
     */
    private static CopiedValue summary(CopiedValue v, PredictionFrame.Step s) {
        CopiedValue.CopiedColumn c = v.columns().getFirst();
        String name = "values";
        try (io.stratum.runtime.data.MemoryContext ctx = io.stratum.runtime.data.MemoryContext.open()) {
            io.stratum.runtime.data.Column column = switch (c.values()) {
                case double[] d -> io.stratum.runtime.data.Float64Column.of(ctx, name, d, c.missing());
                case long[] l -> io.stratum.runtime.data.Int64Column.of(ctx, name, l, c.missing());
                case String[] t when s.kind().equals("value_counts") -> io.stratum.runtime.data.StringColumn.of(ctx, name, t);
                default -> throw new StratumError(s.origin(), s.kind() + "() of a learner's " + c.dtypeName()
                        + " predictions: Stratum describes numbers (pandas gives count, unique, top and freq of others)",
                        "count them instead: pd.Series(preds).value_counts()");
            };
            if (s.kind().equals("describe")) {
                io.stratum.runtime.data.Table t = io.stratum.runtime.kernels.frame.Summaries.describe(ctx, column, "");
                CopiedValue stats = CopiedValue.of(new io.stratum.runtime.exec.RuntimeValue.Frame(t));
                List<String> labels = java.util.Arrays.asList((String[]) stats.columns().get(0).values());
                return new CopiedValue(false, List.of(named(stats.columns().get(1), c.name())), labels, null, false,
                        v.unnamed());
            }
            io.stratum.runtime.data.Table counts = io.stratum.runtime.kernels.relational.ValueCounts.valueCounts(ctx,
                    io.stratum.runtime.data.Table.of(column), List.of(name), false);
            CopiedValue value = CopiedValue.of(new io.stratum.runtime.exec.RuntimeValue.Frame(counts));
            return new CopiedValue(true, List.of(named(value.columns().get(0), c.name()), value.columns().get(1)));
        } catch (io.stratum.runtime.data.DataException e) {
            throw new StratumError(s.origin(), s.kind() + "(): " + e.getMessage(), null);
        }
    }

    private static int indexOf(List<CopiedValue.CopiedColumn> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static CopiedValue.CopiedColumn named(CopiedValue.CopiedColumn c, String name) {
        return new CopiedValue.CopiedColumn(name, c.type(), c.values(), c.missing(), c.categories(), c.unit(), c.zone());
    }

    /** Rows {@code from} to {@code to} of {@code c}, its dtype kept. */
    private static CopiedValue.CopiedColumn rows(CopiedValue.CopiedColumn c, int from, int to) {
        Object values = switch (c.values()) {
            case double[] d -> java.util.Arrays.copyOfRange(d, from, to);
            case long[] l -> java.util.Arrays.copyOfRange(l, from, to);
            case String[] t -> java.util.Arrays.copyOfRange(t, from, to);
            case boolean[] b -> java.util.Arrays.copyOfRange(b, from, to);
            default -> throw new IllegalStateException(c.values().getClass().getName());
        };
        return new CopiedValue.CopiedColumn(c.name(), c.type(), values, java.util.Arrays.copyOfRange(c.missing(), from, to),
                c.categories(), c.unit(), c.zone());
    }
}
