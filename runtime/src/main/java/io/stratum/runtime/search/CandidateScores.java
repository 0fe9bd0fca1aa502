package io.stratum.runtime.search;

import io.stratum.ir.physical.Candidate;

/**
 * The test scores of one candidate on every fold for each of the search's scorers ({@code testScores[metric][fold]},
 * metrics in the order of {@link io.stratum.ir.physical.SearchScoring#metrics()}), with scikit-learn's mean and
 * (population) standard deviation; the training-row scores when they were asked for (else null), and each fold's fit
 * and score seconds. {@code ranking} is the metric that orders the candidates (the refit one); the methods without a
 * metric argument read it.
 *
 * <p>The times are Stratum's, not scikit-learn's: a fold's "fit" is the time to get the test predictions (fitting
 * every step on the training rows unless another candidate or an earlier cell already did, then predicting), its
 * "score" the time to compute the scores from them.
 */
public record CandidateScores(Candidate candidate, double[][] testScores, double[][] trainScoresByMetric,
                              double[] fitSeconds, double[] scoreSeconds, int ranking) {
    public CandidateScores {
        testScores = deepCopy(testScores);
        trainScoresByMetric = trainScoresByMetric == null ? null : deepCopy(trainScoresByMetric);
        int folds = testScores[0].length;
        fitSeconds = fitSeconds == null ? new double[folds] : fitSeconds.clone();
        scoreSeconds = scoreSeconds == null ? new double[folds] : scoreSeconds.clone();
        if (ranking < 0 || ranking >= testScores.length) {
            throw new IllegalArgumentException("no metric " + ranking + " among " + testScores.length);
        }
    }

    /** One scorer's test scores (and training scores, or null), with timings. */
    public CandidateScores(Candidate candidate, double[] foldScores, double[] trainScores, double[] fitSeconds,
                           double[] scoreSeconds) {
        this(candidate, new double[][] {foldScores}, trainScores == null ? null : new double[][] {trainScores},
                fitSeconds, scoreSeconds, 0);
    }

    /** Test scores only, without timings. */
    public CandidateScores(Candidate candidate, double[] foldScores) {
        this(candidate, foldScores, null, null, null);
    }

    private static double[][] deepCopy(double[][] values) {
        double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].clone();
        }
        return out;
    }

    @Override
    public double[][] testScores() {
        return deepCopy(testScores);
    }

    @Override
    public double[][] trainScoresByMetric() {
        return trainScoresByMetric == null ? null : deepCopy(trainScoresByMetric);
    }

    /** The number of scorers. */
    public int metricCount() {
        return testScores.length;
    }

    /** The ranking metric's test score on each fold. */
    public double[] foldScores() {
        return foldScores(ranking);
    }

    /** {@code metric}'s test score on each fold. */
    public double[] foldScores(int metric) {
        return testScores[metric].clone();
    }

    /** The ranking metric's training-row score on each fold, or null when they were not asked for. */
    public double[] trainScores() {
        return trainScores(ranking);
    }

    /** {@code metric}'s training-row score on each fold, or null when they were not asked for. */
    public double[] trainScores(int metric) {
        return trainScoresByMetric == null ? null : trainScoresByMetric[metric].clone();
    }

    @Override
    public double[] fitSeconds() {
        return fitSeconds.clone();
    }

    @Override
    public double[] scoreSeconds() {
        return scoreSeconds.clone();
    }

    /** {@code mean_test_score} of the ranking metric: the plain mean over folds, as GridSearchCV computes it. */
    public double mean() {
        return mean(ranking);
    }

    /** {@code std_test_score} of the ranking metric: numpy's {@code std} (ddof=0) over folds. */
    public double std() {
        return std(ranking);
    }

    /** {@code mean_test_<name>} of {@code metric}. */
    public double mean(int metric) {
        return meanOf(testScores[metric]);
    }

    /** {@code std_test_<name>} of {@code metric}. */
    public double std(int metric) {
        return stdOf(testScores[metric]);
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
