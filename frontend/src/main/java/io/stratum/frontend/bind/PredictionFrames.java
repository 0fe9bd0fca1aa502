package io.stratum.frontend.bind;

import io.stratum.frontend.api.DataOpPrint;
import io.stratum.frontend.api.PredictionFrame;
import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A learner's predictions put into a pandas frame by the subset binder ({@link PredictionFrame}): built by
 * {@code pd.DataFrame(...)}, {@code pd.Series(...)}, {@code frame[name] = preds} and {@code frame.assign(...)}, then
 * {@code head}/{@code tail}, a selection, {@code shape}, {@code len()}, {@code print} and {@code to_csv}.
 */
final class PredictionFrames {
    private PredictionFrames() {
    }

    /** The methods a frame of predictions has in Stratum. */
    static final Set<String> METHODS = Set.of("head", "tail", "to_csv", "assign", "describe", "value_counts");

    private static final String SUPPORTED = "supported: head(), tail(), [columns], .shape, len(), assign(), describe(),"
            + " value_counts(), print() and to_csv()";

    /** Whether {@code v} is a learner's predictions (or a dict or list holding some). */
    static boolean holds(PyValue v) {
        return switch (v) {
            case PyValue.Predictions p -> true;
            case PyValue.Mapping m -> m.values().stream().anyMatch(PredictionFrames::holds);
            default -> false;
        };
    }

    /** {@code pd.DataFrame(data, columns=...)} of predictions or of a dict holding some. */
    static PyValue dataFrame(ScriptBinder b, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        Arguments a = new Arguments(b, "DataFrame", args, kwargs, pos);
        PyValue data = a.value(0, "data", true);
        PyValue columns = a.value(-1, "columns", false);
        a.done();
        List<String> names = columns == null || columns instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst
                ? null : strings(b, columns, "pd.DataFrame(columns=...)", pos);
        Object java = switch (data) {
            case PyValue.Predictions p -> p.predictions();
            case PyValue.Mapping m -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < m.keys().size(); i++) {
                    out.put(value(b, m.keys().get(i), pos), value(b, m.values().get(i), pos));
                }
                yield out;
            }
            default -> throw b.error(pos, "pd.DataFrame() of " + PyValue.typeName(data) + " beside predictions",
                    "write pd.DataFrame({\"id\": test[\"id\"], \"pred\": preds})");
        };
        return new PyValue.PredictionFrame(b.api(pos, () -> PredictionFrame.dataFrame(java, names)));
    }

    /** {@code pd.Series(predictions, name=...)}. */
    static PyValue series(ScriptBinder b, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        Arguments a = new Arguments(b, "Series", args, kwargs, pos);
        PyValue data = a.value(0, "data", true);
        String name = a.optionalString(-1, "name");
        a.done();
        if (!(data instanceof PyValue.Predictions p)) {
            throw b.error(pos, "pd.Series() of " + PyValue.typeName(data) + " is not supported by Stratum",
                    "Stratum builds a Series of a learner's predictions: pd.Series(preds, name=\"pred\")");
        }
        return new PyValue.PredictionFrame(b.api(pos, () -> PredictionFrame.series(p.predictions(), name)));
    }

    /** {@code target[name] = value} or {@code target.assign(**columns)}, a value being predictions or target holding some. */
    static PyValue.PredictionFrame assign(ScriptBinder b, PyValue target, Map<String, PyValue> columns, SourcePos pos) {
        Object frame = switch (target) {
            case PyValue.Op op -> op.op();
            case PyValue.PredictionFrame f -> f.frame();
            default -> throw new IllegalArgumentException(PyValue.typeName(target));
        };
        Map<String, Object> java = new LinkedHashMap<>();
        columns.forEach((k, v) -> java.put(k, value(b, v, pos)));
        return new PyValue.PredictionFrame(b.api(pos, () -> PredictionFrame.assign(frame, java)));
    }

    static PyValue attribute(ScriptBinder b, PyValue.PredictionFrame f, String name, SourcePos pos) {
        if (METHODS.contains(name)) {
            return new PyValue.BoundMethod(f, name);
        }
        if (name.equals("shape")) {
            long rows = b.api(pos, () -> f.frame().knownRows(b.catalog()));
            if (rows < 0) {
                return new PyValue.PredictionFrame(f.frame(), DataOpPrint.View.SHAPE);
            }
            List<PyValue> shape = new ArrayList<>(List.of(new PyValue.Constant(Const.of(rows))));
            if (!f.frame().series()) {
                shape.add(new PyValue.Constant(Const.of(b.api(pos, () -> f.frame().columnCount(b.catalog())))));
            }
            return new PyValue.Sequence(shape, true);
        }
        throw b.error(pos, PyValue.typeName(f) + " has no attribute '" + name + "' that Stratum knows", SUPPORTED);
    }

    static PyValue call(ScriptBinder b, PyValue.PredictionFrame f, String name, List<PyValue> args,
                        Map<String, PyValue> kwargs, SourcePos pos) {
        return switch (name) {
            case "head", "tail" -> {
                Arguments a = new Arguments(b, name, args, kwargs, pos);
                Const n = a.constant(0, "n", Const.of(5L));
                a.done();
                if (!(n instanceof Const.IntConst i)) {
                    throw b.error(pos, name + "(n): n must be an int, got " + n.repr(), null);
                }
                yield new PyValue.PredictionFrame(b.api(pos, () -> name.equals("head") ? f.frame().head(i.value())
                        : f.frame().tail(i.value())));
            }
            case "describe", "value_counts" -> {
                new Arguments(b, name, args, kwargs, pos).done();
                yield new PyValue.PredictionFrame(b.api(pos, () -> f.frame().summary(name)));
            }
            case "to_csv" -> {
                b.api(pos, () -> {
                    f.frame().requireExactForWriting();
                    return null;
                });
                b.recordAction(new ScriptAction.WritePredictionFrameCsv(f.frame(),
                        CsvArguments.parse(b, f.frame(), args, kwargs, pos), b.origin(pos)));
                yield b.none();
            }
            case "assign" -> {
                if (!args.isEmpty()) {
                    throw b.error(pos, "assign() takes keyword arguments only", "write frame.assign(pred=preds)");
                }
                yield assign(b, f, kwargs, pos);
            }
            default -> throw b.error(pos, PyValue.typeName(f) + " has no method " + name + "() that Stratum knows", SUPPORTED);
        };
    }

    static PyValue subscript(ScriptBinder b, PyValue.PredictionFrame f, PyValue key, SourcePos pos) {
        if (key instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s) {
            return new PyValue.PredictionFrame(b.api(pos, () -> f.frame().column(s.value())));
        }
        List<String> names = strings(b, key, "frame[[...]]", pos);
        return new PyValue.PredictionFrame(b.api(pos, () -> f.frame().select(names)));
    }

    /** {@code len(frame)}: a plan fact where the plan tells the rows of what the frame was built from. */
    static PyValue len(ScriptBinder b, PyValue.PredictionFrame f, SourcePos pos) {
        long rows = b.api(pos, () -> f.frame().knownRows(b.catalog()));
        if (rows < 0) {
            throw b.error(pos, "len() of a frame of a learner's predictions alone is known once the learner has"
                    + " predicted, and Python's len() needs it now", "print(frame.shape) prints it once known");
        }
        return new PyValue.Constant(Const.of(rows));
    }

    private static Object value(ScriptBinder b, PyValue v, SourcePos pos) {
        return switch (v) {
            case PyValue.Predictions p -> p.predictions();
            case PyValue.PredictionFrame f -> throw b.error(pos, "Stratum builds a frame of predictions from pandas columns"
                    + " and predictions, not from another frame of predictions", "take the columns from the frame the"
                    + " learner predicted on: pd.DataFrame({\"id\": test[\"id\"], \"pred\": preds})");
            default -> b.toJava(v, pos);
        };
    }

    private static List<String> strings(ScriptBinder b, PyValue v, String what, SourcePos pos) {
        if (v instanceof PyValue.Sequence s) {
            List<String> out = new ArrayList<>();
            for (PyValue item : s.items()) {
                if (!(item instanceof PyValue.Constant c && c.value() instanceof Const.StrConst str)) {
                    throw b.error(pos, what + " takes column names (str), got " + PyValue.typeName(item), null);
                }
                out.add(str.value());
            }
            return out;
        }
        throw b.error(pos, what + " takes a list of column names, got " + PyValue.typeName(v), null);
    }
}
