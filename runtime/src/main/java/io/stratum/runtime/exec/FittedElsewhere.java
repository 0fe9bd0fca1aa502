package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Fingerprint;
import io.stratum.ir.physical.PhysicalOp;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an executor that predicts on new data takes every fitted state from, as a skrub learner fitted on one
 * environment predicts on another: the executor that fitted the same pipeline on the fit environment's rows (one
 * fold whose training rows are all of them), each operator of the prediction's plan matched to the operator at the
 * same place in the fit's plan. The two plans differ where the variables' values differ (their sources); every other
 * operator must be the same in both, so that its fitted state means the same thing.
 */
public final class FittedElsewhere {
    private final PlanExecutor fit;
    private final Map<Fingerprint, PhysicalOp> fitOperators;

    private FittedElsewhere(PlanExecutor fit, Map<Fingerprint, PhysicalOp> fitOperators) {
        this.fit = fit;
        this.fitOperators = fitOperators;
    }

    /**
     * The fitted states of {@code fit} (an executor with no fold, or one fold whose training rows are every row) for
     * the operators of {@code predictRoot}'s plan, matched to {@code fitRoot}'s plan from the roots down.
     */
    public static FittedElsewhere of(PlanExecutor fit, PhysicalOp fitRoot, PhysicalOp predictRoot) {
        if (fit.folds() > 1) {
            throw new IllegalArgumentException("the fit executor has " + fit.folds() + " folds, not one");
        }
        Map<Fingerprint, PhysicalOp> matched = new HashMap<>();
        match(predictRoot, fitRoot, matched, new IdentityHashMap<>());
        return new FittedElsewhere(fit, matched);
    }

    /**
     * Matches {@code predict} to {@code fitted} when they are the same operator but for their inputs, then their inputs
     * in turn; an operator that differs (a source read from another file or frame) ends the match on that path.
     */
    private static void match(PhysicalOp predict, PhysicalOp fitted, Map<Fingerprint, PhysicalOp> out,
                              Map<PhysicalOp, Boolean> seen) {
        if (seen.put(predict, Boolean.TRUE) != null) {
            return;
        }
        List<PhysicalOp> in = predict.inputs();
        if (predict.getClass() != fitted.getClass() || in.size() != fitted.inputs().size()
                || !predict.withInputs(fitted.inputs()).fingerprint().equals(fitted.fingerprint())) {
            return;
        }
        out.putIfAbsent(predict.fingerprint(), fitted);
        for (int i = 0; i < in.size(); i++) {
            match(in.get(i), fitted.inputs().get(i), out, seen);
        }
    }

    /** The state of {@code op} (of the prediction's plan) fitted on the fit environment's rows. */
    Object fitted(PhysicalOp op) {
        PhysicalOp same = counterpart(op);
        return fit.asRoot("fit", () -> fit.fitted(same, fit.folds() == 0 ? LineageKey.NO_FOLD : 0));
    }

    /**
     * {@code op}'s output on the fit environment's rows as fitting computed it (skrub's {@code freeze_after_fit}:
     * predicting reuses the value computed when fitting).
     */
    RuntimeValue fitOutput(PhysicalOp op) {
        PhysicalOp same = counterpart(op);
        return fit.asRoot("fit", () -> fit.folds() == 0 ? fit.output(same, LineageKey.NO_FOLD, Mode.FULL)
                : fit.output(same, 0, Mode.FIT));
    }

    private PhysicalOp counterpart(PhysicalOp op) {
        PhysicalOp same = fitOperators.get(op.fingerprint());
        if (same == null) {
            throw new StratumError(op.origin(), "this step is not the same on the new data as on the data the learner was"
                    + " fitted on, so Stratum has no fitted state for it", "give the new data the columns and dtypes of"
                    + " the data the learner was fitted on (the step's columns are chosen from the data when the plan is"
                    + " built)");
        }
        return same;
    }
}
