package io.stratum.frontend.api;

import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of {@code skrub.eval_mode()} where it is known before the plan runs: {@code "preview"} in {@code
 * .skb.preview()}, {@code "fit_transform"} in {@code .skb.eval()}, and {@code "fit"} in an estimator's parameters in a
 * search, cross-validation or learner (skrub evaluates the estimator only when fitting, with the learner's {@code fit}).
 * Elsewhere in a search it differs between fit and predict; it stays unbound there and lowering refuses it.
 */
final class EvalModes {
    private EvalModes() {
    }

    /** Every {@code skrub.eval_mode()} of the plan bound to {@code mode}. */
    static LogicalNode bind(LogicalNode root, String mode) {
        return new Rewrite(new Value(Const.of(mode), io.stratum.ir.node.Origin.NONE)).rewrite(root, false);
    }

    /** {@code skrub.eval_mode()} in estimators' parameters bound to {@code "fit"}; other uses left unbound. */
    static LogicalNode bindForFitting(LogicalNode root) {
        return new Rewrite(new Value(Const.of("fit"), io.stratum.ir.node.Origin.NONE)).rewrite(root, true);
    }

    /** One pass, memoized per context: everywhere (inside an estimator) or only inside estimators (outside them). */
    private static final class Rewrite {
        private final Value mode;
        private final Map<LogicalNode, LogicalNode> everywhere = new IdentityHashMap<>();
        private final Map<LogicalNode, LogicalNode> inEstimators = new IdentityHashMap<>();

        Rewrite(Value mode) {
            this.mode = mode;
        }

        LogicalNode rewrite(LogicalNode node, boolean onlyInEstimators) {
            Map<LogicalNode, LogicalNode> done = onlyInEstimators ? inEstimators : everywhere;
            LogicalNode known = done.get(node);
            if (known != null) {
                return known;
            }
            LogicalNode out;
            if (node instanceof Var v && v.name().equals(Var.EVAL_MODE) && v.value() == null) {
                out = onlyInEstimators ? v : new Var(v.name(), mode, v.origin());
            } else {
                boolean below = onlyInEstimators && !(node instanceof Estimator);
                List<LogicalNode> inputs = new ArrayList<>();
                boolean changed = false;
                for (LogicalNode in : node.inputs()) {
                    LogicalNode r = rewrite(in, below);
                    changed |= r != in;
                    inputs.add(r);
                }
                out = changed ? node.withInputs(inputs) : node;
            }
            done.put(node, out);
            return out;
        }
    }
}
