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

    /**
     * The names of the choices, the columns of {@code results_} before the scores: skrub's order (its choice
     * numbering), except that a batch's {@value ScriptBatch#CHOICE_NAME} choice, which skrub would number last as the
     * outermost choice, comes first, so each row starts with the file it belongs to.
     */
    public List<String> choiceNames() {
        List<String> out = new ArrayList<>();
        for (int i : columnOrder()) {
            out.add(outcome.choiceNames().get(i));
        }
        return out;
    }

    /** Indexes into the search plan's choices, in the order {@link #choiceNames()} lists them. */
    private List<Integer> columnOrder() {
        List<String> names = outcome.choiceNames();
        List<Integer> order = new ArrayList<>();
        int script = ScriptBatch.isBatch(compiled.original()) ? names.indexOf(ScriptBatch.CHOICE_NAME) : -1;
        if (script >= 0) {
            order.add(script);
        }
        for (int i = 0; i < names.size(); i++) {
            if (i != script) {
                order.add(i);
            }
        }
        return order;
    }

    /** Rows best first (ties keep candidate order); a choice that does not apply to a candidate is absent. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        List<Integer> order = columnOrder();
        for (CandidateScores c : outcome.ranked()) {
            Map<String, Const> params = new LinkedHashMap<>();
            for (int i : order) {
                Const v = c.candidate().outcomes().get(i);
                if (v != null) {
                    params.put(outcome.choiceNames().get(i), v);
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
