package io.stratum.runtime.search;

import io.stratum.ir.physical.Candidate;

/** The test score of one candidate on every fold, with scikit-learn's mean and (population) standard deviation. */
public record CandidateScores(Candidate candidate, double[] foldScores) {
    public CandidateScores {
        foldScores = foldScores.clone();
    }

    @Override
    public double[] foldScores() {
        return foldScores.clone();
    }

    /** {@code mean_test_score}: the plain mean over folds, as GridSearchCV computes it. */
    public double mean() {
        double sum = 0;
        for (double s : foldScores) {
            sum += s;
        }
        return sum / foldScores.length;
    }

    /** {@code std_test_score}: numpy's {@code std} (ddof=0) over folds, as GridSearchCV computes it. */
    public double std() {
        double m = mean();
        double sq = 0;
        for (double s : foldScores) {
            sq += (s - m) * (s - m);
        }
        return Math.sqrt(sq / foldScores.length);
    }
}
