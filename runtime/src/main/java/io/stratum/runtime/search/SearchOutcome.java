package io.stratum.runtime.search;

import io.stratum.runtime.exec.ExecutionStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Everything a search produced: per-candidate fold scores, in candidate order, and what the run executed. */
public record SearchOutcome(List<String> choiceNames, List<CandidateScores> scores, ExecutionStats stats, long wallNanos,
                            FitFailures failures) {
    public SearchOutcome {
        choiceNames = List.copyOf(choiceNames);
        scores = List.copyOf(scores);
    }

    /** A search none of whose fits failed. */
    public SearchOutcome(List<String> choiceNames, List<CandidateScores> scores, ExecutionStats stats, long wallNanos) {
        this(choiceNames, scores, stats, wallNanos, new FitFailures(0, List.of()));
    }

    /**
     * Candidates best first, as skrub's {@code results_} lists them: by mean test score, descending, a NaN mean (a fold
     * whose fit failed) last, as scikit-learn ranks it and pandas sorts it; ties keep candidate order (a stable sort).
     */
    public List<CandidateScores> ranked() {
        List<CandidateScores> out = new ArrayList<>(scores);
        out.sort(Comparator.comparing((CandidateScores c) -> Double.isNaN(c.mean()))
                .thenComparing(Comparator.comparingDouble((CandidateScores c) -> c.mean()).reversed()));
        return out;
    }

    /** The best candidate. */
    public CandidateScores best() {
        return ranked().get(0);
    }
}
