package io.stratum.frontend.api;

import java.util.Objects;

/**
 * What {@code pred.skb.make_learner()} returns: the pipeline with every choice at its default (skrub's
 * {@code choose="default"}). As in skrub, {@link #fit} changes the learner and returns it; {@link #score} and
 * {@link #predict} need it fitted on the training side of the same split they are given the test side of. Each
 * becomes a one-split, one-candidate search that a session runs: fit on the split's training rows, predict (and
 * score, with the learner's own {@code score}: R² for a regressor, accuracy for a classifier) on its test rows.
 */
public final class Learner {
    private final DataOp pipeline;
    private TrainTestSplit fittedOn;

    Learner(DataOp pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /** The learner's pipeline, every choice resolved to its default. */
    public DataOp pipeline() {
        return pipeline;
    }

    /** {@code learner.fit(split["train"])}: returns this learner, now fitted on the split's training rows. */
    public Learner fit(TrainTestSplit.Part train) {
        if (!train.train()) {
            throw DataOp.error("learner.fit: fit on split[\"train\"], not split[\"test\"]",
                    "fit on the training side, then score or predict on split[\"test\"]");
        }
        fittedOn = train.split();
        return this;
    }

    /** The split this learner was last fitted on, or null. */
    public TrainTestSplit fittedOn() {
        return fittedOn;
    }

    /**
     * {@code learner.score(split["test"])}: the search whose one score is the learner's own score on the test rows,
     * after fitting on the training rows of the same split.
     */
    public DataOp score(TrainTestSplit.Part test) {
        return evaluation(test, "score", null);
    }

    /**
     * {@code metric(split["y_test"], learner.predict(split["test"]))} for a metric of {@code sklearn.metrics}: the
     * search whose one score is {@code scorer} (the metric's scikit-learn scorer, {@link MetricScorers#onPredictions})
     * on the test rows, after fitting on the training rows of the same split. The predictions are the ones
     * {@code predictions} stands for, so the metric is computed from them.
     */
    public DataOp metricScore(LearnerPredictions predictions, String scorer) {
        if (predictions.learner() != this) {
            throw new IllegalArgumentException("predictions of another learner");
        }
        return evaluation(predictions.test(), "predict", scorer);
    }

    /**
     * {@code learner.predict(split["test"])}: the learner's predictions on the test rows (labels for a classifier,
     * values for a regressor), after fitting on the training rows of the same split; a session computes them.
     */
    public LearnerPredictions predict(TrainTestSplit.Part test) {
        return new LearnerPredictions(evaluation(test, "predict", null), io.stratum.ir.physical.Response.PREDICT, this, test);
    }

    /** {@code learner.predict_proba(split["test"])}: a classifier's class probabilities on the test rows. */
    public LearnerPredictions predictProba(TrainTestSplit.Part test) {
        return new LearnerPredictions(evaluation(test, "predict_proba", null), io.stratum.ir.physical.Response.PREDICT_PROBA,
                this, test);
    }

    private DataOp evaluation(TrainTestSplit.Part test, String method, String scorer) {
        if (fittedOn == null) {
            throw DataOp.error("learner." + method + ": this learner is not fitted yet",
                    "call learner.fit(split[\"train\"]) first (Stratum fits learners on a train_test_split's training side)");
        }
        if (test.train() || test.split() != fittedOn) {
            throw DataOp.error("learner." + method + ": Stratum " + method + "s a learner on split[\"test\"] of the split"
                    + " it was fitted on", "fit on split[\"train\"] and " + method + " on split[\"test\"] of the same"
                    + " .skb.train_test_split(...)");
        }
        // A split made with keep_subsampling=True splits the subsampled rows: the learner's plan must subsample too.
        DataOp plan = Subsampling.keptIn(fittedOn.dataOp().node()) ? new DataOp(Subsampling.keepAll(pipeline.node())) : pipeline;
        return new Skb(plan).learnerSearch(fittedOn.cv(), scorer);
    }
}
