package io.stratum.runtime.search;

import io.stratum.ir.physical.Candidate;

/**
 * The test score of one candidate on every fold, with scikit-learn's mean and (population) standard deviation; the
 * training-row scores when they were asked for (else null), and each fold's fit and score seconds.
 *
 * <p>The times are Stratum's, not scikit-learn's: a fold's "fit" is the time to get the test predictions (fitting
 * every step on the training rows unless another candidate or an earlier cell already did, then predicting), its
 * "score" the time to compute the score from them.
 */
public record CandidateScores(Candidate candidate, double[] foldScores, double[] trainScores, double[] fitSeconds,
                              double[] scoreSeconds) {
    public CandidateScores {
        foldScores = foldScores.clone();
        trainScores = trainScores == null ? null : trainScores.clone();
        fitSeconds = fitSeconds == null ? new double[foldScores.length] : fitSeconds.clone();
        scoreSeconds = scoreSeconds == null ? new double[foldScores.length] : scoreSeconds.clone();
    }

    /** Test scores only, without timings. */
    public CandidateScores(Candidate candidate, double[] foldScores) {
        this(candidate, foldScores, null, null, null);
    }

    @Override
    public double[] foldScores() {
        return foldScores.clone();
    }

    @Override
    public double[] trainScores() {
        return trainScores == null ? null : trainScores.clone();
    }

    @Override
    public double[] fitSeconds() {
        return fitSeconds.clone();
    }

    @Override
    public double[] scoreSeconds() {
        return scoreSeconds.clone();
    }

    /** {@code mean_test_score}: the plain mean over folds, as GridSearchCV computes it. */
    public double mean() {
        return meanOf(foldScores);
    }

    /** {@code std_test_score}: numpy's {@code std} (ddof=0) over folds, as GridSearchCV computes it. */
    public double std() {
        return stdOf(foldScores);
    }

    /** The plain mean of {@code values}, as numpy's {@code mean} of a few values. */
    public static double meanOf(double[] values) {
        double sum = 0;
        for (double s : values) {
            sum += s;
        }
        return sum / values.length;
    }

    /** numpy's {@code std} (ddof=0) of {@code values}. */
    public static double stdOf(double[] values) {
        double m = meanOf(values);
        double sq = 0;
        for (double s : values) {
            sq += (s - m) * (s - m);
        }
        return Math.sqrt(sq / values.length);
    }
}
