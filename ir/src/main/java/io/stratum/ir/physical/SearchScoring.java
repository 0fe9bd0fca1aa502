package io.stratum.ir.physical;

import io.stratum.ir.value.PyFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a search scores its candidates, as scikit-learn's searches read {@code scoring} and {@code refit}: one scorer
 * (its results are named {@code score}: {@code mean_test_score}) or several ({@code multimetric}: a list of scorer
 * names, or a dict from result names to scorer names, giving {@code mean_test_<name>} columns), and which of them
 * picks the best candidate ({@code refit}; null when several scorers are given with {@code refit=False}, so there is
 * no best candidate, though results are still ordered by the first metric, as skrub orders them).
 */
public record SearchScoring(List<Metric> metrics, boolean multimetric, String refit) {

    /** A result name ({@code score} for a single scorer) and the scikit-learn scorer computing it. */
    public record Metric(String name, String scorer) {
        public Metric {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(scorer, "scorer");
        }
    }

    public SearchScoring {
        metrics = List.copyOf(metrics);
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("a search needs at least one scorer");
        }
        if (!multimetric && (metrics.size() != 1 || !metrics.get(0).name().equals("score"))) {
            throw new IllegalArgumentException("a single scorer's results are named 'score'");
        }
        Set<String> names = new HashSet<>();
        for (Metric m : metrics) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException("the scorer name '" + m.name() + "' is given twice");
            }
        }
        if (refit != null && !names.contains(refit)) {
            throw new IllegalArgumentException("refit='" + refit + "' names none of the scorers " + names);
        }
        if (!multimetric && refit == null) {
            throw new IllegalArgumentException("a single scorer always picks the best candidate");
        }
    }

    /** One scorer by its scikit-learn name. */
    public static SearchScoring single(String scorer) {
        return new SearchScoring(List.of(new Metric("score", scorer)), false, "score");
    }

    /** The index of the metric that orders the results: the refit one, else the first (skrub's {@code col_score}). */
    public int ranking() {
        if (refit == null) {
            return 0;
        }
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).name().equals(refit)) {
                return i;
            }
        }
        throw new IllegalStateException("refit names no metric");
    }

    /** Whether there is a best candidate ({@code best_params_}, {@code best_score_}): not for several scorers with refit=False. */
    public boolean hasBest() {
        return refit != null;
    }

    /**
     * The metrics in the order skrub lists them in {@code results_}' score names: the refit metric first, then the
     * others in the order given.
     */
    public List<Metric> refitFirst() {
        List<Metric> out = new ArrayList<>(metrics);
        out.addFirst(out.remove(ranking()));
        return out;
    }

    /** The scorer that orders the results. */
    public String rankingScorer() {
        return metrics.get(ranking()).scorer();
    }

    /** As EXPLAIN shows it: {@code 'r2'} for one scorer, else the scorers with their names and the refit one. */
    public String repr() {
        if (!multimetric) {
            return PyFormat.strRepr(metrics.get(0).scorer());
        }
        List<String> parts = new ArrayList<>();
        for (Metric m : metrics) {
            parts.add(PyFormat.strRepr(m.name()) + ": " + PyFormat.strRepr(m.scorer()));
        }
        return "{" + String.join(", ", parts) + "}, refit=" + (refit == null ? "False" : PyFormat.strRepr(refit));
    }
}
