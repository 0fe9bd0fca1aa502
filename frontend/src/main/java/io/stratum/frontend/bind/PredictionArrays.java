package io.stratum.frontend.bind;

import io.stratum.frontend.api.ArrayStep;
import io.stratum.frontend.api.PredictionsReduction;
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
 * {@code Predictions} facade makes the same steps); the rows of a Series of residuals, {@code .head()}, {@code .tail()}.
 */
final class PredictionArrays {
    private PredictionArrays() {
    }

    /** The methods of a learner's predictions (numpy's ndarray) Stratum computes. */
    static final Set<String> METHODS = Set.of("round", "clip", "abs", "mean", "std", "var", "min", "max", "sum", "median",
            "describe", "value_counts", "head", "tail");

    /** {@code np.round(preds, 2)}, {@code np.clip(...)}, {@code np.maximum(...)} and the like of predictions. */
    static PyValue numpy(ScriptBinder b, String name, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        List<PyValue> rest = new ArrayList<>(args);
        Map<String, PyValue> keywords = new LinkedHashMap<>(kwargs);
        PyValue first = !rest.isEmpty() ? rest.removeFirst() : keywords.remove(name.startsWith("m") ? "x1" : "a");
        if ((name.equals("maximum") || name.equals("minimum")) && first instanceof PyValue.Constant number
                && rest.size() == 1 && keywords.isEmpty() && rest.getFirst() instanceof PyValue.Predictions p) {
            return new PyValue.Predictions(b.api(pos, () -> p.predictions().then(
                    ArrayStep.extremumOfNumber(name, number.value()))));
        }
        DeferredValue later = first == null ? null : ScriptBinder.numberLater(first);
        if (later != null && (name.equals("round") || name.equals("around"))) {
            // np.round(search.best_score_, 3): numpy's round of the float64, known once the plan has run
            List<Const> values = constants(b, rest, "np." + name + "()", pos);
            Map<String, Const> named = constants(b, keywords, "np." + name + "()", pos);
            ArrayStep.Round round = (ArrayStep.Round) b.api(pos, () -> ArrayStep.numpy(name, values, named));
            DeferredValue next = later.then(DeferredArithmetic.numpyRound(round.decimals()));
            if (next == null) {
                return b.api(pos, () -> {
                    throw DeferredArithmetic.roundedBefore(name);
                });
            }
            return new PyValue.DeferredNumber(next, false);
        }
        if ((name.equals("round") || name.equals("around")) && first instanceof PyValue.Evaluated e
                && e.view() == io.stratum.frontend.api.DataOpPrint.View.VALUE) {
            // np.round(x.skb.eval(), 2): numpy calls the value's round, pandas' Series.round or DataFrame.round, which
            // is numpy's round of each value for numpy's array of a learner's predictions
            List<Object> values = new ArrayList<>(constants(b, rest, "np." + name + "()", pos));
            Map<String, Object> named = new LinkedHashMap<>(constants(b, keywords, "np." + name + "()", pos));
            return b.afterEvaluation(e, new PyValue.Op(b.api(pos, () -> e.evaluation().plan().call("round", values,
                    named))), pos);
        }
        if (!(first instanceof PyValue.Predictions p)) {
            String type = first == null ? null : PyValue.typeName(first);
            return b.api(pos, () -> {
                throw ArrayStep.notPredictions(name, type);
            });
        }
        List<Const> values = constants(b, rest, "np." + name + "()", pos);
        Map<String, Const> named = constants(b, keywords, "np." + name + "()", pos);
        return new PyValue.Predictions(b.api(pos, () -> p.predictions().then(ArrayStep.numpy(name, values, named))));
    }

    /** {@code preds.round(2)}, {@code preds.clip(0, None)}, or a reduction: {@code preds.mean()}, {@code preds.std()}. */
    static PyValue call(ScriptBinder b, PyValue.Predictions p, String name, List<PyValue> args, Map<String, PyValue> kwargs,
                        SourcePos pos) {
        if (name.equals("describe") || name.equals("value_counts")) {
            return new PyValue.PredictionFrame(b.api(pos, () -> p.predictions().summary(name, args.size(),
                    List.copyOf(kwargs.keySet()))));
        }
        if (name.equals("head") || name.equals("tail")) {
            // (preds - new["y"]).head(): pandas' first rows of the Series of residuals
            List<Const> values = constants(b, args, name + "()", pos);
            Map<String, Const> named = constants(b, kwargs, name + "()", pos);
            return new PyValue.Predictions(b.api(pos, () -> p.predictions().rows(name, values, named)));
        }
        if (!name.equals("round") && !name.equals("clip") && !name.equals("abs")) {
            return reduce(b, p, name, true, args, kwargs, pos);
        }
        List<Const> values = constants(b, args, name + "()", pos);
        Map<String, Const> named = constants(b, kwargs, name + "()", pos);
        return new PyValue.Predictions(b.api(pos, () -> p.predictions().then(ArrayStep.method(name, values, named,
                p.predictions().series()))));
    }

    /**
     * numpy's reduction {@code name} of predictions, a number written into text once the learner has predicted:
     * {@code preds.mean()} ({@code method}) or {@code np.mean(preds)}, with {@code ddof=} for std and var.
     */
    static PyValue reduce(ScriptBinder b, PyValue.Predictions p, String name, boolean method, List<PyValue> args,
                          Map<String, PyValue> kwargs, SourcePos pos) {
        Map<String, Const> named = constants(b, kwargs, method ? name + "()" : "np." + name + "()", pos);
        return new PyValue.DeferredNumber(DeferredValue.ofPredicted(b.api(pos,
                () -> PredictionsReduction.of(p.predictions(), name, method, args.size(), named))));
    }

    /**
     * {@code preds * 2}, {@code 1 - preds}: the predictions with a number written in the script, or with the split's test
     * target ({@code preds - split["y_test"]}); null when neither operand is predictions.
     */
    static PyValue binary(ScriptBinder b, Operator op, PyValue left, PyValue right, SourcePos pos) {
        boolean onLeft = left instanceof PyValue.Predictions;
        if (!onLeft && !(right instanceof PyValue.Predictions)) {
            return null;
        }
        PyValue.Predictions p = (PyValue.Predictions) (onLeft ? left : right);
        PyValue other = onLeft ? right : left;
        if (other instanceof PyValue.SplitTarget target) {
            // preds - split["y_test"]: pandas' Series of the residuals on the test rows
            return new PyValue.Predictions(b.api(pos, () -> p.predictions().against(target.split(), target.steps(),
                    op.symbol(), !onLeft)));
        }
        if (other instanceof PyValue.Op column && p.predictions().newData() != null
                && List.of("+", "-", "*", "/").contains(op.symbol())) {
            // preds - new["y"] on new data: pandas' Series of the residuals, the column's labels and name
            return new PyValue.Predictions(b.api(pos, () -> p.predictions().against(column.op(), op.symbol(), !onLeft)));
        }
        Const number = other instanceof PyValue.Constant c ? c.value() : Const.none();
        return new PyValue.Predictions(b.api(pos, () -> p.predictions().then(
                ArrayStep.arithmetic(op.symbol(), number, !onLeft, PyValue.typeName(other)))));
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
