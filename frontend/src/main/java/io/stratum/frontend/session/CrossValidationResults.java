package io.stratum.frontend.session;

import io.stratum.runtime.search.CandidateScores;

/**
 * The table scikit-learn's {@code cross_validate} returns (and skrub's {@code .skb.cross_validate()} shows as a
 * DataFrame): per fold, {@code fit_time}, {@code score_time}, {@code test_score} and, when asked for,
 * {@code train_score}. Times are Stratum's (see {@link CandidateScores}); scores are scikit-learn's.
 */
public record CrossValidationResults(SearchResults search) {

    private CandidateScores only() {
        return search.outcome().scores().get(0);
    }

    public double[] fitTime() {
        return only().fitSeconds();
    }

    public double[] scoreTime() {
        return only().scoreSeconds();
    }

    public double[] testScore() {
        return only().foldScores();
    }

    /** The training-row scores, or null when {@code return_train_score} was False. */
    public double[] trainScore() {
        return only().trainScores();
    }

    public int folds() {
        return testScore().length;
    }
}
