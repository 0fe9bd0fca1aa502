package io.stratum.frontend.api;

import io.stratum.ir.physical.Response;
import java.util.Objects;

/**
 * What {@code learner.predict(split["test"])} or {@code learner.predict_proba(split["test"])} stands for: the
 * learner's one-split search (fit on the training rows) and the method of its final estimator whose answer on the test
 * rows is wanted, with the learner and the split part it predicts on (a metric of them is the learner's score with
 * that metric's scorer, {@link Learner#metricScore}). A session computes the array ({@code Session.predictions}).
 */
public record LearnerPredictions(DataOp search, Response method, Learner learner, TrainTestSplit.Part test) {
    public LearnerPredictions {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(test, "test");
    }
}
