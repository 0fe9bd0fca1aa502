package io.stratum.ir.physical;

import io.stratum.ir.value.Const;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One point of the search space: the outcome chosen for each choice (null where the choice does not apply to
 * this candidate) and the operators producing its predictions and its target.
 */
public record Candidate(int index, List<Const> outcomes, PhysicalOp predictions, PhysicalOp target) {
    public Candidate {
        outcomes = Collections.unmodifiableList(new java.util.ArrayList<>(outcomes));
        Objects.requireNonNull(predictions, "predictions");
        Objects.requireNonNull(target, "target");
    }
}
