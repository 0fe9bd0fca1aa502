package io.stratum.ir.physical;

import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One point of the search space: the outcome chosen for each choice (null where the choice does not apply to
 * this candidate), the operators producing its predictions and its target, and what each of the search's scorers
 * reads ({@code responses}, in the order of {@link SearchScoring#metrics()}): the same learner answering with
 * {@code predict}, {@code predict_proba} or {@code decision_function}, fitted once. {@code predictions} is the
 * response the first scorer reads.
 */
public record Candidate(int index, List<Const> outcomes, PhysicalOp predictions, PhysicalOp target,
                        List<PhysicalOp> responses) {
    public Candidate {
        outcomes = Collections.unmodifiableList(new ArrayList<>(outcomes));
        Objects.requireNonNull(predictions, "predictions");
        Objects.requireNonNull(target, "target");
        responses = List.copyOf(responses);
        if (responses.isEmpty() || responses.get(0) != predictions) {
            throw new IllegalArgumentException("the first response must be the predictions");
        }
    }

    /** A candidate scored by one scorer, reading {@code predictions}. */
    public Candidate(int index, List<Const> outcomes, PhysicalOp predictions, PhysicalOp target) {
        this(index, outcomes, predictions, target, List.of(predictions));
    }

    /** The responses, each operator once, in order of first use. */
    public List<PhysicalOp> distinctResponses() {
        Map<PhysicalOp, Boolean> seen = new IdentityHashMap<>();
        List<PhysicalOp> out = new ArrayList<>();
        for (PhysicalOp r : responses) {
            if (seen.put(r, Boolean.TRUE) == null) {
                out.add(r);
            }
        }
        return out;
    }
}
