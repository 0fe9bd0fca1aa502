package io.stratum.frontend.api;

import io.stratum.ir.logical.SearchRoot;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search's {@code scoring} and {@code refit}, as scikit-learn's searches take them: one scorer name (null for the
 * learner's own score), a list of names, or a map from result names to scorer names; {@code refit} True, False or the
 * name of the scorer that picks the best candidate (required with several scorers, unless False). Names are checked
 * when the search is compiled, with errors at the search's line.
 */
public record Scoring(Const scorers, Const refit) {
    public Scoring {
        Objects.requireNonNull(scorers, "scorers");
        Objects.requireNonNull(refit, "refit");
    }

    /** One scorer by name, or the learner's own score when {@code scorer} is null; refit=True. */
    public static Scoring of(String scorer) {
        return new Scoring(scorer == null ? Const.none() : Const.of(scorer), Const.of(true));
    }

    /** {@code scoring=[names...], refit=refit} ({@code refit} null for False). */
    public static Scoring of(List<String> scorers, String refit) {
        List<Const> items = new ArrayList<>();
        for (String s : scorers) {
            items.add(Const.of(s));
        }
        return new Scoring(new Const.ListConst(items, false), refit == null ? Const.of(false) : Const.of(refit));
    }

    /** {@code scoring={name: scorer, ...}, refit=refit} ({@code refit} null for False), in the map's order. */
    public static Scoring of(Map<String, String> scorers, String refit) {
        List<Const> keys = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        scorers.forEach((k, v) -> {
            keys.add(Const.of(k));
            values.add(Const.of(v));
        });
        return new Scoring(new Const.DictConst(keys, values), refit == null ? Const.of(false) : Const.of(refit));
    }

    /**
     * Whether {@code search} has a best candidate ({@code best_params_}, {@code best_score_}): not when it has several
     * scorers and {@code refit=False}, as in scikit-learn.
     */
    public static boolean picksBest(SearchRoot search) {
        boolean several = search.scoring() instanceof Const.ListConst || search.scoring() instanceof Const.DictConst;
        return !(several && search.refit() instanceof Const.BoolConst b && !b.value());
    }
}
