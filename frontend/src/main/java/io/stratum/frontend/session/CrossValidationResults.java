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

    /**
     * A column of the table by its scikit-learn name: {@code fit_time}, {@code score_time}, {@code test_score},
     * {@code train_score}, or with several scorers {@code test_<name>}/{@code train_<name>}; null when it has none.
     */
    public double[] column(String name) {
        switch (name) {
            case "fit_time":
                return fitTime();
            case "score_time":
                return scoreTime();
            case "test_score":
                return search.outcome().scores().get(0).metricCount() == 1 ? testScore() : null;
            case "train_score":
                return search.outcome().scores().get(0).metricCount() == 1 ? trainScore() : null;
            default:
                break;
        }
        java.util.List<io.stratum.ir.physical.SearchScoring.Metric> metrics =
                search.compiled().searchPlan().scoring().metrics();
        for (int m = 0; m < metrics.size(); m++) {
            if (name.equals("test_" + metrics.get(m).name())) {
                return only().foldScores(m);
            }
            if (name.equals("train_" + metrics.get(m).name())) {
                return only().trainScores(m);
            }
        }
        return null;
    }
}
