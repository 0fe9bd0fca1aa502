package io.stratum.frontend.bind;

import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.Skb;
import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.Const;
import java.util.List;

/**
 * {@code .skb.apply(..., fit_kwargs={"sample_weight": w})} in the ANTLR frontend: the one fit keyword Stratum passes
 * (to the learners that take it); skrub's other per-method keyword dicts are refused at their line.
 */
final class SampleWeightArguments {
    private SampleWeightArguments() {
    }

    /** skrub's per-method keyword dicts other than fit_kwargs, which Stratum does not pass. */
    static final List<String> OTHER_KWARGS = List.of("fit_transform_kwargs", "transform_kwargs", "predict_kwargs",
            "predict_proba_kwargs", "decision_function_kwargs", "score_kwargs");

    /** Refuses skrub's other keyword dicts unless None (as skrub's defaults), reading them from {@code a}. */
    static void refuseOtherKwargs(ScriptBinder b, Arguments a, SourcePos pos) {
        for (String name : OTHER_KWARGS) {
            PyValue given = a.value(-1, name, false);
            if (given != null && !isNone(given)) {
                throw b.error(pos, ".skb.apply(" + name + "=...) is not supported by Stratum yet: it passes only"
                        + " fit_kwargs={'sample_weight': w} to a learner's fit", "leave " + name + " out");
            }
        }
    }

    /** The step {@code applied} fitted with the weights {@code fitKwargs} gives. */
    static DataOp fitted(ScriptBinder b, PyValue applied, PyValue fitKwargs, SourcePos pos) {
        DataOp step = ((PyValue.Op) applied).op();
        if (isNone(fitKwargs) || fitKwargs instanceof PyValue.Constant c && c.value() instanceof Const.DictConst d
                && d.keys().isEmpty()) {
            return step;
        }
        PyValue weights = null;
        switch (fitKwargs) {
            case PyValue.Mapping m -> {
                for (int i = 0; i < m.keys().size(); i++) {
                    String key = keyName(m.keys().get(i));
                    if (!"sample_weight".equals(key)) {
                        throw unsupportedKey(b, key, pos);
                    }
                    weights = m.values().get(i);
                }
            }
            case PyValue.Constant c when c.value() instanceof Const.DictConst d -> {
                String key = d.keys().getFirst() instanceof Const.StrConst s ? s.value() : d.keys().getFirst().repr();
                if (!"sample_weight".equals(key) || d.keys().size() > 1) {
                    throw unsupportedKey(b, "sample_weight".equals(key) ? d.keys().get(1).repr() : key, pos);
                }
                throw constantWeights(b, PyValue.typeName(new PyValue.Constant(d.values().getFirst())), pos);
            }
            default -> throw b.error(pos, ".skb.apply: fit_kwargs must be a dict such as {'sample_weight': X['w']},"
                    + " got " + PyValue.typeName(fitKwargs), null);
        }
        if (weights == null || isNone(weights)) {
            return step;
        }
        if (!(b.toJava(weights, pos) instanceof DataOp w)) {
            throw constantWeights(b, PyValue.typeName(weights), pos);
        }
        return b.api(pos, () -> Skb.fitWithSampleWeight(step, w));
    }

    private static io.stratum.frontend.syntax.ScriptError constantWeights(ScriptBinder b, String type, SourcePos pos) {
        return b.error(pos, ".skb.apply(fit_kwargs={'sample_weight': ...}): Stratum takes the weights as a DataOp, not"
                + " as a constant (" + type + "): skrub passes a constant whole to every fold's fit, where it has more"
                + " rows than X", "add the weights as a column of the data and pass X['weight']");
    }

    private static String keyName(PyValue key) {
        return key instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s ? s.value()
                : PyValue.typeName(key);
    }

    private static io.stratum.frontend.syntax.ScriptError unsupportedKey(ScriptBinder b, String key, SourcePos pos) {
        return b.error(pos, ".skb.apply(fit_kwargs=...): Stratum passes only 'sample_weight' to a learner's fit, not '"
                + key + "'", "leave '" + key + "' out of fit_kwargs");
    }

    private static boolean isNone(PyValue v) {
        return v instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst;
    }
}
