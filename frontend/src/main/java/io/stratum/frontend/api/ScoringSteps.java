package io.stratum.frontend.api;

import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * skrub's {@code .skb.with_scoring(scoring, name=...)}: scorers attached to a DataOp, which its
 * {@code cross_validate}, {@code make_grid_search} and {@code make_randomized_search} use when given no
 * {@code scoring} (an explicit one replaces them, as in skrub). skrub names each result as its learner's
 * {@code _process_scores} does: a scorer name by {@code name} or itself, a list's or dict's by its names prefixed with
 * {@code name_}; a name seen before gets {@code _1}, {@code _2}, ... ({@code unique_renaming}). One result alone is
 * scikit-learn's single score ({@code test_score}); several are a dict of scorers ({@code test_<name>}).
 */
public final class ScoringSteps {
    private ScoringSteps() {
    }

    /** A result name and the scikit-learn scorer computing it (null: the learner's own score). */
    public record Scorer(String name, String scorer) {
        public Scorer {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The scorers one {@code with_scoring(scoring, name=name)} call adds. */
    static List<Scorer> of(Const scoring, String name) {
        List<Scorer> out = new ArrayList<>();
        String prefix = name == null || name.isEmpty() ? "" : name + "_";
        switch (scoring) {
            case Const.NoneConst n -> out.add(new Scorer(name == null || name.isEmpty() ? "score" : name, null));
            case Const.StrConst s -> out.add(new Scorer(name == null || name.isEmpty() ? s.value() : name, s.value()));
            case Const.ListConst l -> {
                for (Const item : l.items()) {
                    if (!(item instanceof Const.StrConst s)) {
                        throw notScorerNames(scoring);
                    }
                    out.add(new Scorer(prefix + s.value(), s.value()));
                }
            }
            case Const.DictConst d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    if (!(d.keys().get(i) instanceof Const.StrConst k) || !(d.values().get(i) instanceof Const.StrConst v)) {
                        throw notScorerNames(scoring);
                    }
                    out.add(new Scorer(prefix + k.value(), v.value()));
                }
            }
            default -> throw notScorerNames(scoring);
        }
        if (out.isEmpty()) {
            throw DataOp.error(".skb.with_scoring: scoring " + scoring.repr() + " names no scorer", null);
        }
        return out;
    }

    private static RuntimeException notScorerNames(Const scoring) {
        return DataOp.error(".skb.with_scoring: scoring must be a scorer name such as 'r2', a list of names or a dict from"
                + " names to scorer names, got " + scoring.repr(), "Stratum takes no scorer objects");
    }

    /**
     * The {@code scoring} the attached scorers amount to: one scorer alone is its name (None for the learner's own
     * score); several are a dict from their unique result names to scorer names.
     */
    static Const scoringOf(List<Scorer> scorers) {
        if (scorers.size() == 1) {
            String only = scorers.getFirst().scorer();
            return only == null ? Const.none() : Const.of(only);
        }
        Set<String> used = new HashSet<>();
        List<Const> keys = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        for (Scorer s : scorers) {
            if (s.scorer() == null) {
                throw DataOp.error(".skb.with_scoring(None) among other scorers is not supported by Stratum yet (the"
                        + " learner's own score has no scorer name)", "name the metric, e.g. with_scoring('r2')");
            }
            String name = s.name();
            if (!used.add(name)) {
                int i = 1;
                while (!used.add(name + "_" + i)) {
                    i++;
                }
                name = name + "_" + i;
            }
            keys.add(Const.of(name));
            values.add(Const.of(s.scorer()));
        }
        return new Const.DictConst(keys, values);
    }
}
