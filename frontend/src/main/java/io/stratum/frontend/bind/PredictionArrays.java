package io.stratum.frontend.bind;

import io.stratum.frontend.api.ArrayStep;
import io.stratum.frontend.syntax.Operator;
import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * numpy on a learner's predictions in the subset binder: {@code np.expm1(preds)}, {@code np.round(preds, 2)},
 * {@code preds.round(2)}, {@code np.clip(preds, 0, None)}, {@code np.maximum(preds, 0)}, {@code preds * 2},
 * {@code -preds}: each an {@link ArrayStep} of the predictions, computed once the learner has predicted (GraalPy's
 * {@code Predictions} facade makes the same steps).
 */
final class PredictionArrays {
    private PredictionArrays() {
    }

    /** The methods of a learner's predictions (numpy's ndarray) Stratum computes. */
    static final Set<String> METHODS = Set.of("round", "clip");

    /** {@code np.round(preds, 2)}, {@code np.clip(...)}, {@code np.maximum(...)} and the like of predictions. */
    static PyValue numpy(ScriptBinder b, String name, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        List<PyValue> rest = new ArrayList<>(args);
        Map<String, PyValue> keywords = new LinkedHashMap<>(kwargs);
        PyValue first = !rest.isEmpty() ? rest.removeFirst() : keywords.remove(name.startsWith("m") ? "x1" : "a");
        if ((name.equals("maximum") || name.equals("minimum")) && !(first instanceof PyValue.Predictions)
                && rest.size() == 1 && rest.getFirst() instanceof PyValue.Predictions p) {
            // np.maximum(0, preds): the same values as np.maximum(preds, 0)
            rest = new ArrayList<>(List.of(first));
            first = p;
        }
        if (!(first instanceof PyValue.Predictions p)) {
            throw b.error(pos, "np." + name + "() of " + (first == null ? "nothing" : "a " + PyValue.typeName(first))
                    + " is not computed by Stratum", "np." + name + "() takes a learner's predictions here; for a column"
                    + " write its pandas method (df[\"x\"]." + (name.equals("round") || name.equals("around") ? "round(2)"
                    : "clip(lower=0)") + "), for a score round(x, 3)");
        }
        List<Const> values = constants(b, rest, "np." + name + "()", pos);
        Map<String, Const> named = constants(b, keywords, "np." + name + "()", pos);
        return new PyValue.Predictions(b.api(pos, () -> p.predictions().then(ArrayStep.numpy(name, values, named))));
    }

    /** {@code preds.round(2)} or {@code preds.clip(0, None)}. */
    static PyValue call(ScriptBinder b, PyValue.Predictions p, String name, List<PyValue> args, Map<String, PyValue> kwargs,
                        SourcePos pos) {
        List<Const> values = constants(b, args, name + "()", pos);
        Map<String, Const> named = constants(b, kwargs, name + "()", pos);
        return new PyValue.Predictions(b.api(pos, () -> p.predictions().then(ArrayStep.method(name, values, named))));
    }

    /**
     * {@code preds * 2}, {@code 1 - preds}: the predictions with a number written in the script, or null when neither
     * operand is predictions.
     */
    static PyValue binary(ScriptBinder b, Operator op, PyValue left, PyValue right, SourcePos pos) {
        boolean onLeft = left instanceof PyValue.Predictions;
        if (!onLeft && !(right instanceof PyValue.Predictions)) {
            return null;
        }
        PyValue.Predictions p = (PyValue.Predictions) (onLeft ? left : right);
        PyValue other = onLeft ? right : left;
        if (!(other instanceof PyValue.Constant c && (c.value() instanceof Const.IntConst
                || c.value() instanceof Const.FloatConst))) {
            throw b.error(pos, "unsupported operand types for " + op.symbol() + ": " + PyValue.typeName(left) + " and "
                    + PyValue.typeName(right), "Stratum computes a learner's predictions with a number written in the"
                    + " script (preds * 2, preds - 1)");
        }
        double number = c.value() instanceof Const.IntConst i ? i.value() : ((Const.FloatConst) c.value()).value();
        return new PyValue.Predictions(b.api(pos, () -> p.predictions().then(
                new ArrayStep.Arithmetic(op.symbol(), number, !onLeft))));
    }

    /** {@code -preds} (and {@code +preds}, the same array). */
    static PyValue negate(ScriptBinder b, PyValue.Predictions p, boolean negative, SourcePos pos) {
        return negative ? new PyValue.Predictions(b.api(pos, () -> p.predictions().then(
                new ArrayStep.Arithmetic("*", -1.0, false)))) : p;
    }

    private static List<Const> constants(ScriptBinder b, List<PyValue> values, String where, SourcePos pos) {
        List<Const> out = new ArrayList<>();
        for (PyValue v : values) {
            out.add(constant(b, v, where, pos));
        }
        return out;
    }

    private static Map<String, Const> constants(ScriptBinder b, Map<String, PyValue> values, String where, SourcePos pos) {
        Map<String, Const> out = new LinkedHashMap<>();
        for (Map.Entry<String, PyValue> e : values.entrySet()) {
            out.put(e.getKey(), constant(b, e.getValue(), where, pos));
        }
        return out;
    }

    private static Const constant(ScriptBinder b, PyValue v, String where, SourcePos pos) {
        if (v instanceof PyValue.Constant c) {
            return c.value();
        }
        throw b.error(pos, where + " of a learner's predictions takes numbers written in the script, got "
                + PyValue.typeName(v), null);
    }
}
