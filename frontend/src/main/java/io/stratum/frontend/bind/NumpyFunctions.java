package io.stratum.frontend.bind;

import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The numpy functions a script may call ({@code np.log}, {@code np.exp}, {@code np.sqrt}, ...): on a DataOp they
 * record a step of the plan; on a constant they compute the value at once, as numpy would eagerly.
 */
public final class NumpyFunctions {
    private NumpyFunctions() {
    }

    /** True when {@code numpy.<name>} is a function Stratum compiles. */
    static boolean isKnown(String name) {
        return NumericFunction.byNumpyName(name) != null;
    }

    /** The names known in {@code numpy}, for hints. */
    static List<String> names() {
        List<String> out = new ArrayList<>();
        for (NumericFunction f : NumericFunction.values()) {
            out.add(f.numpyName());
        }
        out.add("absolute");
        return out;
    }

    /** numpy's reductions Stratum computes of a cross_validate column ({@code np.mean(cv["test_score"])}). */
    static final java.util.Set<String> REDUCTIONS = java.util.Set.of("mean", "std", "var", "median", "min", "max",
            "sum", "amin", "amax");

    /** True when {@code numpy.<name>} is one of {@link #REDUCTIONS}. */
    static boolean isReduction(String name) {
        return REDUCTIONS.contains(name);
    }

    /**
     * {@code np.mean(cv["test_score"])} and numpy's other {@link #REDUCTIONS} of a cross_validate column (its Series,
     * {@code .values} or {@code tolist()}): numpy's float64, written into text once the cross-validation has run;
     * {@code np.std} and {@code np.var} divide by {@code n - ddof} with numpy's default {@code ddof=0}.
     */
    static PyValue reduce(ScriptBinder b, String name, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        if (!args.isEmpty() && args.getFirst() instanceof PyValue.Predictions p) {
            return PredictionArrays.reduce(b, p, name, false, args.subList(1, args.size()), kwargs, pos);
        }
        if (!args.isEmpty() && args.getFirst() instanceof PyValue.Evaluated e
                && e.view() == io.stratum.frontend.api.DataOpPrint.View.VALUE) {
            // np.mean(pred.skb.eval()) of a learner's predictions that skrub leaves a numpy array
            Map<String, Object> keywords = new java.util.LinkedHashMap<>();
            kwargs.forEach((k, v) -> keywords.put(k, b.toJava(v, pos)));
            io.stratum.frontend.api.Evaluation reduced = b.api(pos, () -> e.evaluation().numpyReduction(name,
                    args.size() - 1, keywords));
            if (reduced != null) {
                return new PyValue.Evaluated(reduced);
            }
        }
        PyValue.CrossValidated cv = args.size() == 1 && args.getFirst() instanceof PyValue.CrossValidated c
                && c.column() != null ? c : null;
        String what = args.size() == 1 ? "a " + PyValue.typeName(args.getFirst()) : args.size() + " arguments";
        Map<String, Const> keywords = new java.util.LinkedHashMap<>();
        kwargs.forEach((k, v) -> keywords.put(k, v instanceof PyValue.Constant c ? c.value() : null));
        String reduction = b.api(pos, () -> cvReduction(name, what, cv == null ? null : cv.column(),
                cv != null && (cv.view().decimals() != null || cv.view().form() == CvColumnView.Form.ILOC), keywords));
        return new PyValue.DeferredNumber(DeferredValue.ofCrossValidation(cv.cv(), cv.column(), reduction));
    }

    /**
     * The reduction of a cross_validate column ({@link CvColumnView#numpyReduction}) numpy's {@code name} (one of
     * {@link #REDUCTIONS}) computes with {@code keywords} (a value that is not a constant: null), where {@code column}
     * is the column given alone ({@code rounded}: after {@code round()} or {@code .iloc}), or null when the arguments
     * are something else ({@code what}: "a DataOp", "2 arguments"). What Stratum refuses is the same error in both
     * frontends, where the script calls it ({@link io.stratum.frontend.api.SourceScope}).
     */
    public static String cvReduction(String name, String what, String column, boolean rounded, Map<String, Const> keywords) {
        String f = name.equals("amin") ? "min" : name.equals("amax") ? "max" : name;
        if (column == null) {
            throw refused("np." + name + "() of " + what + " is not computed by Stratum", "np." + name + "() takes a column"
                    + " of cross_validate's table here (np." + name + "(cv[\"test_score\"]))"
                    + FunctionValues.numpyReductionHint(name));
        }
        int ddof = 0;
        for (Map.Entry<String, Const> kw : keywords.entrySet()) {
            if (kw.getKey().equals("ddof") && (f.equals("std") || f.equals("var")) && kw.getValue() instanceof Const.IntConst d) {
                ddof = (int) d.value();
            } else {
                throw refused("np." + name + "(): Stratum does not support the argument '" + kw.getKey() + "' here",
                        f.equals("std") || f.equals("var") ? "ddof=0 or ddof=1 only" : "call it with the column only");
            }
        }
        String reduction = CvColumnView.numpyReduction(f, ddof);
        if (reduction == null) {
            throw refused("np." + name + "(ddof=" + ddof + "): Stratum computes ddof=0 and ddof=1", null);
        }
        if (rounded) {
            throw refused("Stratum computes np." + name + "() of a cross_validate column as it is, not after round()",
                    "reduce first, then round: round(np." + name + "(cv['" + column + "']), 3)");
        }
        return reduction;
    }

    private static io.stratum.ir.diagnostics.StratumError refused(String message, String hint) {
        return new io.stratum.ir.diagnostics.StratumError(io.stratum.frontend.api.SourceScope.current(), message, hint);
    }

    /** {@code numpy.<name>(x)}; ufunc keywords such as {@code out=} or {@code where=} are refused. */
    static PyValue call(ScriptBinder b, String qualifiedName, List<PyValue> args, Map<String, PyValue> kwargs,
                        SourcePos pos) {
        String name = qualifiedName.substring("numpy.".length());
        NumericFunction function = NumericFunction.byNumpyName(name);
        if (!kwargs.isEmpty()) {
            throw b.error(pos, "np." + name + "(): Stratum does not support the argument '"
                    + kwargs.keySet().iterator().next() + "'", "call it with the column only: np." + name + "(df[\"x\"])");
        }
        if (args.size() != 1) {
            throw b.error(pos, "np." + name + "() takes one argument here, got " + args.size(),
                    "call it with the column only: np." + name + "(df[\"x\"])");
        }
        return switch (args.getFirst()) {
            case PyValue.Op op -> new PyValue.Op(b.api(pos, () -> op.op().numpy(function)));
            // np.sqrt(df.skb.eval()["x"]), np.sqrt(pred.skb.eval()): the function appended to the evaluated plan
            case PyValue.Evaluated e when e.view() == io.stratum.frontend.api.DataOpPrint.View.VALUE ->
                    b.afterEvaluation(e, new PyValue.Op(b.api(pos, () -> e.evaluation().plan().numpy(function))), pos);
            case PyValue.Predictions p -> new PyValue.Predictions(b.api(pos,
                    () -> p.predictions().then(new io.stratum.frontend.api.ArrayStep.Function(function))));
            // np.expm1(split["y_test"]): the target on the predictions' scale, for a metric of the two
            case PyValue.SplitTarget t -> t.then(new io.stratum.frontend.api.ArrayStep.Function(function));
            case PyValue.Constant c -> new PyValue.Constant(constant(b, function, c.value(), pos));
            // np.sqrt(mean_squared_error(y, p)): computed once the plan has run; numpy's float64, not Python's float
            case PyValue later when ScriptBinder.numberLater(later) != null -> {
                DeferredValue next = ScriptBinder.numberLater(later).then(DeferredArithmetic.numpy(function));
                if (next == null) {
                    throw b.error(pos, "Stratum computes np." + name + "() of a score before round() or a format spec,"
                            + " not after", "round the result instead: round(np." + name + "(x), 3)");
                }
                yield new PyValue.DeferredNumber(next, false);
            }
            default -> throw b.error(pos, "np." + name + "() of a " + PyValue.typeName(args.getFirst())
                    + " is not supported", "apply it to a column, e.g. np." + name + "(df[\"x\"]), or to a number");
        };
    }

    /**
     * {@code np.where(cond, x, y)} of a boolean column: row by row {@code x} where {@code cond} holds, else {@code y},
     * each a column of the same rows or one value. Computed as pandas' {@code x.where(cond, y)} (or
     * {@code y.where(~cond, x)}, or {@code cond.map({True: x, False: y})} for two values), which gives numpy's
     * values and dtype; the result is a column of the frame's rows, to assign ({@code df["c"] = np.where(...)}).
     */
    static PyValue where(ScriptBinder b, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        if (!kwargs.isEmpty() || args.size() != 3) {
            throw b.error(pos, "np.where(): Stratum takes np.where(condition, x, y) (three arguments, no keywords)",
                    args.size() == 1 ? "np.where(condition) alone gives row positions, which Stratum does not compute;"
                            + " filter with df[condition] instead" : null);
        }
        if (!(args.get(0) instanceof PyValue.Op cond)) {
            throw b.error(pos, "np.where(): the condition must be a boolean column, such as df[\"x\"] > 0, got "
                    + PyValue.typeName(args.get(0)), null);
        }
        PyValue x = args.get(1);
        PyValue y = args.get(2);
        for (PyValue v : List.of(x, y)) {
            if (!(v instanceof PyValue.Op) && !(v instanceof PyValue.Constant)) {
                throw b.error(pos, "np.where(): x and y must be columns or values, got " + PyValue.typeName(v), null);
            }
        }
        if (x instanceof PyValue.Op column) {
            Object other = b.toJava(y, pos);
            return new PyValue.Op(b.api(pos, () -> column.op().call("where", List.of(cond.op(), other), Map.of())));
        }
        if (y instanceof PyValue.Op column) {
            Object other = b.toJava(x, pos);
            return new PyValue.Op(b.api(pos, () -> column.op().call("where",
                    List.of(cond.op().unary(io.stratum.ir.logical.UnaryOperator.INVERT), other), Map.of())));
        }
        Const whenTrue = ((PyValue.Constant) x).value();
        Const whenFalse = ((PyValue.Constant) y).value();
        Const mapping = new Const.DictConst(List.of(Const.of(true), Const.of(false)), List.of(whenTrue, whenFalse));
        return new PyValue.Op(b.api(pos, () -> cond.op().call("map", List.of(mapping), Map.of())));
    }

    private static Const constant(ScriptBinder b, NumericFunction function, Const value, SourcePos pos) {
        return switch (value) {
            case Const.IntConst i -> function.keepsIntegers() ? Const.of(function.applyInteger(i.value()))
                    : Const.of(function.apply(i.value()));
            case Const.FloatConst f -> Const.of(function.apply(f.value()));
            default -> throw b.error(pos, "np." + function.numpyName() + "() of " + value.repr()
                    + " is not supported", "pass an int or a float");
        };
    }
}
