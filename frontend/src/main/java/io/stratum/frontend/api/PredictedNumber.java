package io.stratum.frontend.api;

import io.stratum.ir.node.Origin;

/**
 * A number computed from a learner's predictions as the script transformed them, known once the learner has
 * predicted: numpy's reduction of the array ({@link PredictionsReduction}) or a metric of transformed arrays
 * ({@link ArrayMetric}).
 */
public sealed interface PredictedNumber permits PredictionsReduction, ArrayMetric {
    /** The predictions, with their slice and element-wise steps. */
    LearnerPredictions predictions();

    /** Where the script computed the number, for an error about the arrays. */
    Origin origin();

    /** The first step written on the arrays whose value may differ from numpy's in the last bit, or null. */
    default ArrayStep inexactStep() {
        java.util.List<ArrayStep> steps = new java.util.ArrayList<>(predictions().allSteps());
        if (this instanceof ArrayMetric m) {
            steps.addAll(0, m.truthSteps());
        }
        return steps.stream().filter(s -> !s.exact()).findFirst().orElse(null);
    }
}
