package io.stratum.runtime.search;

import io.stratum.ir.diagnostics.StratumError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The cells (candidate, fold) of a search whose fit failed because an estimator rejected its data as scikit-learn's
 * rejects it ({@link io.stratum.runtime.data.RejectedInput}: a missing value a learner does not take, text where it
 * needs numbers, a target of one class), treated as scikit-learn's searches and {@code cross_validate} treat failed
 * fits with their default {@code error_score=np.nan}: the cell's scores are NaN, the search goes on, a warning lists the
 * failures, and only when every cell failed is the search an error. A score the metric cannot give on a cell's rows
 * as scikit-learn's cannot ({@code roc_auc} of one class, {@code neg_mean_squared_log_error} of targets at or below -1)
 * is a failure of that scorer alone: its score is NaN, the cell's other scores stand, and the warning lists it apart,
 * as scikit-learn's "Scoring failed" warning does. Stratum's own refusals (what it cannot compute as
 * the library does yet) and bugs are not caught: they stop the search, so no score differs silently from the library's.
 *
 * @param cells    how many cells the search had
 * @param failures the failed cells, in candidate then fold order
 */
public record FitFailures(int cells, List<Failure> failures) {
    public FitFailures {
        failures = List.copyOf(failures);
    }

    /** One failed cell ({@code scorer} null), or one scorer that failed on a cell ({@code scorer} its name). */
    public record Failure(int candidate, int fold, StratumError error, String scorer) {
        /** A cell whose fit failed. */
        public Failure(int candidate, int fold, StratumError error) {
            this(candidate, fold, error, null);
        }
    }

    /** No cell failed. */
    public boolean none() {
        return failures.isEmpty();
    }

    /** Every cell's fit failed (scikit-learn raises then: "All the N fits failed"). */
    public boolean all() {
        return !fits().isEmpty() && fits().size() == cells;
    }

    /** The cells whose fit failed. */
    private List<Failure> fits() {
        return failures.stream().filter(f -> f.scorer() == null).toList();
    }

    /** The search's error when every cell failed: the first cell's error, located where it was, with the count. */
    public StratumError allFailed() {
        List<Failure> failures = fits();
        StratumError first = failures.get(0).error();
        StratumError out = new StratumError(first.origin(), "all the " + cells + " fits of the search failed; "
                + (distinctErrors(failures).size() == 1 ? "each with: " : "the first with: ") + first.getMessage(), first.hint());
        out.initCause(first);
        return out;
    }

    /**
     * scikit-learn's {@code FitFailedWarning} in Stratum's words: how many fits failed, that their scores are NaN, and
     * each distinct error with the number of cells, the candidates and the folds it failed; then, as its "Scoring
     * failed" warning, the scores that could not be computed, likewise ({@code where} names an error's place,
     * such as {@code file:line:column}; {@code candidate}
     * describes a candidate by its choices, or gives "" when it has none).
     */
    public String warning(java.util.function.Function<StratumError, String> where,
                          java.util.function.IntFunction<String> candidate) {
        StringBuilder out = new StringBuilder();
        List<Failure> fits = fits();
        List<Failure> scores = failures.stream().filter(f -> f.scorer() != null).toList();
        if (!fits.isEmpty()) {
            out.append(fits.size()).append(" fits failed out of a total of ").append(cells)
                    .append("; their scores are NaN (scikit-learn's error_score=np.nan) and the search ranks them last.");
            describe(out, fits, "fit", where, candidate);
        }
        if (!scores.isEmpty()) {
            out.append(out.isEmpty() ? "" : "\n").append(scores.size()).append(scores.size() == 1 ? " score" : " scores")
                    .append(" could not be computed; ").append(scores.size() == 1 ? "it is" : "they are")
                    .append(" NaN (scikit-learn's error_score=np.nan), and the other scores of their fits stand.");
            describe(out, scores, "score", where, candidate);
        }
        return out.toString();
    }

    private static void describe(StringBuilder out, List<Failure> failures, String what,
                                 java.util.function.Function<StratumError, String> where,
                                 java.util.function.IntFunction<String> candidate) {
        for (Map.Entry<String, List<Failure>> e : distinctErrors(failures).entrySet()) {
            TreeSet<Integer> candidates = new TreeSet<>();
            TreeSet<Integer> folds = new TreeSet<>();
            for (Failure f : e.getValue()) {
                candidates.add(f.candidate());
                folds.add(f.fold());
            }
            StratumError first = e.getValue().get(0).error();
            List<String> named = new ArrayList<>();
            for (int c : candidates) {
                String text = candidate.apply(c);
                if (!text.isEmpty()) {
                    named.add(text);
                }
            }
            out.append('\n').append(e.getValue().size()).append(' ').append(what).append(e.getValue().size() == 1 ? "" : "s")
                    .append(named.isEmpty() ? "" : " of " + String.join("; ", named))
                    .append(" (fold").append(folds.size() == 1 ? " " : "s ").append(list(folds)).append(") failed with: ")
                    .append(where.apply(first)).append(first.getMessage());
        }
    }

    private static Map<String, List<Failure>> distinctErrors(List<Failure> failures) {
        Map<String, List<Failure>> out = new LinkedHashMap<>();
        for (Failure f : failures) {
            out.computeIfAbsent(f.error().origin() + "\u0000" + f.error().getMessage(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    private static String list(TreeSet<Integer> values) {
        List<String> out = new ArrayList<>();
        for (int v : values) {
            out.add(Integer.toString(v));
        }
        return String.join(", ", out);
    }
}
