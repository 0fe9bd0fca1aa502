package io.stratum.ir.physical;

import io.stratum.ir.explain.ExplainWriter;
import java.util.List;
import java.util.Objects;

/**
 * The physical plan of a search: the choices (columns of the results table), every candidate, and how to
 * cross-validate ({@code splitter}, with the column {@code groups} a grouped splitter reads on all rows at the split
 * point, else null) and score them. Candidates share operator objects wherever their work is the same.
 */
public record SearchPlan(List<String> choiceNames, List<Candidate> candidates, SplitterSpec splitter,
                         SearchScoring scoring, PhysicalOp groups) {

    /** A search whose splitter reads no groups. */
    public SearchPlan(List<String> choiceNames, List<Candidate> candidates, SplitterSpec splitter, SearchScoring scoring) {
        this(choiceNames, candidates, splitter, scoring, null);
    }

    /** A search scored by one scorer ({@code scoring}, a scikit-learn scorer name). */
    public SearchPlan(List<String> choiceNames, List<Candidate> candidates, SplitterSpec splitter, String scoring) {
        this(choiceNames, candidates, splitter, SearchScoring.single(scoring));
    }

    public SearchPlan {
        choiceNames = List.copyOf(choiceNames);
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(splitter, "splitter");
        Objects.requireNonNull(scoring, "scoring");
        if (splitter.grouped() != (groups != null)) {
            throw new IllegalArgumentException(splitter.grouped() ? splitter.repr() + " needs the groups"
                    : "groups given to " + splitter.repr() + ", which reads none");
        }
        for (Candidate c : candidates) {
            if (c.outcomes().size() != choiceNames.size()) {
                throw new IllegalArgumentException("candidate " + c.index() + " does not give an outcome per choice");
            }
            if (c.responses().size() != scoring.metrics().size()) {
                throw new IllegalArgumentException("candidate " + c.index() + " does not give a response per scorer");
            }
        }
    }

    /** A search over unshuffled {@code KFold(folds)}, what {@code cv=folds} means for a regressor. */
    public SearchPlan(List<String> choiceNames, List<Candidate> candidates, int folds, String scoring) {
        this(choiceNames, candidates, checkedKFold(folds), scoring);
    }

    private static SplitterSpec checkedKFold(int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        return SplitterSpec.KFold.consecutive(folds);
    }

    /**
     * The number of folds every candidate is scored on, or {@link SplitterSpec#DATA_DEPENDENT} when the splitter
     * makes as many as the data has groups (the results then tell the number).
     */
    public int folds() {
        return splitter.nSplits();
    }

    /** Deterministic text: the search settings, then each candidate with its operators (shared ones once). */
    public String explain() {
        return explain(node -> null);
    }

    /** The same text with {@code annotator}'s note (such as EXPLAIN ANALYZE figures) after each operator. */
    public String explain(ExplainWriter.Annotator annotator) {
        ExplainWriter w = new ExplainWriter().annotate(annotator);
        List<PhysicalOp> roots = new java.util.ArrayList<>();
        for (Candidate c : candidates) {
            roots.addAll(c.distinctResponses());
            roots.add(c.target());
        }
        if (groups != null) {
            roots.add(groups);
        }
        w.prepare(roots);
        // Plain cv=k keeps its short form; any other splitter is shown as scikit-learn prints it.
        String cv = splitter instanceof SplitterSpec.KFold k && !k.shuffle() ? "folds=" + folds() : "cv=" + splitter.repr();
        w.line("Search " + cv + ", scoring=" + scoring.repr() + ", candidates=" + candidates.size());
        for (Candidate c : candidates) {
            StringBuilder head = new StringBuilder("  candidate ").append(c.index());
            String separator = " ";
            for (int i = 0; i < choiceNames.size(); i++) {
                if (c.outcomes().get(i) != null) {
                    head.append(separator).append(choiceNames.get(i)).append('=').append(c.outcomes().get(i).repr());
                    separator = ", ";
                }
            }
            w.line(head.toString());
            w.writeRoot(c.predictions(), 2, "predict");
            for (PhysicalOp other : c.distinctResponses().subList(1, c.distinctResponses().size())) {
                w.writeRoot(other, 2, "predict");
            }
            w.writeRoot(c.target(), 2, "target");
        }
        if (groups != null) {
            w.line("  split groups");
            w.writeRoot(groups, 2, "groups");
        }
        return w.toString();
    }
}
