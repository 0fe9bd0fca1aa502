package io.stratum.frontend.api;

import io.stratum.ir.physical.Response;
import java.util.Objects;

/**
 * What {@code learner.predict(split["test"])} or {@code learner.predict_proba(split["test"])} stands for: the
 * learner's one-split search (fit on the training rows) and the method of its final estimator whose answer on the test
 * rows is wanted. A session computes the array ({@code Session.predictions}).
 */
public record LearnerPredictions(DataOp search, Response method) {
    public LearnerPredictions {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(method, "method");
    }
}
