package io.stratum.frontend.session;

import io.stratum.ir.value.Const;
import io.stratum.optimizer.OptimizationResult;
import io.stratum.runtime.search.CandidateScores;
import io.stratum.runtime.search.SearchOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a search as skrub presents them: one row per candidate, best first, with the outcome of each
 * choice, the mean and standard deviation of the test score, and the fold scores.
 */
public record SearchResults(OptimizationResult compiled, SearchOutcome outcome, long wallNanos) {

    /** One row of {@code results_}. */
    public record Row(Map<String, Const> params, double meanTestScore, double stdTestScore, double[] foldScores) {
        public Row {
            params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
            foldScores = foldScores.clone();
        }

        @Override
        public double[] foldScores() {
            return foldScores.clone();
        }
    }

    /** The names of the choices, the columns of {@code results_} before the scores. */
    public List<String> choiceNames() {
        return outcome.choiceNames();
    }

    /** Rows best first (ties keep candidate order); a choice that does not apply to a candidate is absent. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (CandidateScores c : outcome.ranked()) {
            Map<String, Const> params = new LinkedHashMap<>();
            for (int i = 0; i < choiceNames().size(); i++) {
                Const v = c.candidate().outcomes().get(i);
                if (v != null) {
                    params.put(choiceNames().get(i), v);
                }
            }
            out.add(new Row(params, c.mean(), c.std(), c.foldScores()));
        }
        return out;
    }

    /** {@code best_params_}. */
    public Map<String, Const> bestParams() {
        return rows().get(0).params();
    }

    /** {@code best_score_}. */
    public double bestScore() {
        return rows().get(0).meanTestScore();
    }

    public int folds() {
        return compiled.searchPlan().folds();
    }

    public String scoring() {
        return compiled.searchPlan().scoring();
    }
}
