package io.stratum.frontend.session;

import io.stratum.ir.physical.SearchScoring;
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

    /**
     * One row of {@code results_}: the ranking (refit) metric's mean, standard deviation and fold scores, and the
     * mean and standard deviation of every metric, in the order of {@link #scoreNames()}.
     */
    public record Row(Map<String, Const> params, double meanTestScore, double stdTestScore, double[] foldScores,
                      double[] metricMeans, double[] metricStds) {
        public Row {
            params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
            foldScores = foldScores.clone();
            metricMeans = metricMeans.clone();
            metricStds = metricStds.clone();
        }

        /** A row of a search with one scorer. */
        public Row(Map<String, Const> params, double meanTestScore, double stdTestScore, double[] foldScores) {
            this(params, meanTestScore, stdTestScore, foldScores, new double[] {meanTestScore},
                    new double[] {stdTestScore});
        }

        @Override
        public double[] foldScores() {
            return foldScores.clone();
        }

        @Override
        public double[] metricMeans() {
            return metricMeans.clone();
        }

        @Override
        public double[] metricStds() {
            return metricStds.clone();
        }
    }

    /**
     * The names of the scores, as skrub's {@code results_} orders them: the refit one first, then the others in the
     * order given ({@code score} alone for one scorer); the table's columns are {@code mean_test_<name>}.
     */
    public List<String> scoreNames() {
        List<String> out = new ArrayList<>();
        for (SearchScoring.Metric m : compiled.searchPlan().scoring().refitFirst()) {
            out.add(m.name());
        }
        return out;
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
            List<SearchScoring.Metric> metrics = compiled.searchPlan().scoring().metrics();
            List<SearchScoring.Metric> ordered = compiled.searchPlan().scoring().refitFirst();
            double[] means = new double[ordered.size()];
            double[] stds = new double[ordered.size()];
            for (int m = 0; m < ordered.size(); m++) {
                int index = metrics.indexOf(ordered.get(m));
                means[m] = c.mean(index);
                stds[m] = c.std(index);
            }
            out.add(new Row(params, c.mean(), c.std(), c.foldScores(), means, stds));
        }
        return out;
    }

    /** Whether the search has a best candidate: not with several scorers and {@code refit=False}, as in scikit-learn. */
    public boolean hasBest() {
        return compiled.searchPlan().scoring().hasBest();
    }

    /** {@code best_params_}. */
    public Map<String, Const> bestParams() {
        requireBest("best_params_");
        return rows().get(0).params();
    }

    /** {@code best_score_}: the refit metric's mean test score of the best candidate. */
    public double bestScore() {
        requireBest("best_score_");
        return rows().get(0).meanTestScore();
    }

    private void requireBest(String attribute) {
        if (!hasBest()) {
            throw new io.stratum.ir.diagnostics.StratumError(compiled.original().origin(), noBest(attribute), NO_BEST_HINT);
        }
    }

    /** What reading {@code attribute} of a multi-metric search with {@code refit=False} is told. */
    public static String noBest(String attribute) {
        return "this search has several scorers and refit=False, so it has no " + attribute + " (as in scikit-learn)";
    }

    /** What to do instead of reading best_params_ or best_score_ of such a search. */
    public static final String NO_BEST_HINT = "pass refit=\"<scorer name>\" to pick the best candidate by that score, or read results_";

    /** The number of folds each candidate was scored on (for LeaveOneGroupOut, the number of groups found). */
    public int folds() {
        int planned = compiled.searchPlan().folds();
        return planned == io.stratum.ir.physical.SplitterSpec.DATA_DEPENDENT && !rows().isEmpty()
                ? rows().get(0).foldScores().length : planned;
    }

    /** The scorer that orders the results (the refit one). */
    public String scoring() {
        return compiled.searchPlan().scoring().rankingScorer();
    }
}
