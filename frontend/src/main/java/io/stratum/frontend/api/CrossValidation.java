package io.stratum.frontend.api;

import io.stratum.ir.logical.GridSearch;
import java.util.Objects;

/**
 * {@code .skb.cross_validate(...)}: the pipeline with every choice at its default, cross-validated. {@code search}
 * is that one-candidate search (a {@link GridSearch} without choices), which a session runs; the result is the table
 * scikit-learn's {@code cross_validate} returns ({@code fit_time}, {@code score_time}, {@code test_score}, and
 * {@code train_score} when {@code returnTrainScore}).
 */
public record CrossValidation(DataOp search, boolean returnTrainScore) {
    public CrossValidation {
        Objects.requireNonNull(search, "search");
        if (!(search.node() instanceof GridSearch)) {
            throw new IllegalArgumentException("a cross-validation runs a one-candidate grid search, got " + search.node().kind());
        }
    }

    /** The table's columns in scikit-learn's order: {@code fit_time}, {@code score_time}, {@code test_score}, {@code train_score}. */
    public java.util.List<String> columns() {
        return returnTrainScore ? java.util.List.of("fit_time", "score_time", "test_score", "train_score")
                : java.util.List.of("fit_time", "score_time", "test_score");
    }
}
