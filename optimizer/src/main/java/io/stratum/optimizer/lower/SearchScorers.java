package io.stratum.optimizer.lower;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.SearchRoot;
import io.stratum.ir.physical.SearchScoring;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A search's {@code scoring} and {@code refit} read as scikit-learn's {@code GridSearchCV} reads them: a scorer
 * name (or None for the learner's own score), a list of names, or a dict from result names to scorer names; with
 * several scorers, {@code refit} must name one of them or be False.
 */
final class SearchScorers {
    private SearchScorers() {
    }

    /** The scoring of {@code search}; {@code defaultScorer} is what None means for its learners. */
    static SearchScoring resolve(SearchRoot search, String defaultScorer) {
        Const refit = search.refit();
        if (!(refit instanceof Const.BoolConst || refit instanceof Const.StrConst)) {
            throw new StratumError(search.origin(), "refit must be True, False or the name of a scorer, got "
                    + refit.repr(), "use refit=True, or with several scorers refit=\"<one of their names>\"");
        }
        List<SearchScoring.Metric> metrics = new ArrayList<>();
        switch (search.scoring()) {
            case Const.NoneConst none -> {
                return SearchScoring.single(defaultScorer);
            }
            case Const.StrConst s -> {
                return SearchScoring.single(supported(search, s.value()));
            }
            case Const.ListConst list -> {
                for (Const item : list.items()) {
                    if (!(item instanceof Const.StrConst s)) {
                        throw new StratumError(search.origin(), "scoring: every scorer of the list must be a name such"
                                + " as 'r2', got " + item.repr(), "pass scorer names, e.g. scoring=[\"r2\", \"neg_mean_absolute_error\"]");
                    }
                    metrics.add(new SearchScoring.Metric(s.value(), supported(search, s.value())));
                }
            }
            case Const.DictConst dict -> {
                for (int i = 0; i < dict.keys().size(); i++) {
                    if (!(dict.keys().get(i) instanceof Const.StrConst key)
                            || !(dict.values().get(i) instanceof Const.StrConst value)) {
                        throw new StratumError(search.origin(), "scoring: a dict of scorers maps names to scorer names,"
                                + " got " + dict.keys().get(i).repr() + ": " + dict.values().get(i).repr(),
                                "e.g. scoring={\"R2\": \"r2\", \"MAE\": \"neg_mean_absolute_error\"}");
                    }
                    metrics.add(new SearchScoring.Metric(key.value(), supported(search, value.value())));
                }
            }
            default -> throw new StratumError(search.origin(), "scoring=" + search.scoring().repr() + " is not supported",
                    "pass a scorer name such as 'r2', a list of names or a dict from names to scorer names");
        }
        if (metrics.isEmpty()) {
            // scikit-learn's check_scoring refuses an empty list or dict too.
            throw new StratumError(search.origin(), "scoring is an empty " + (search.scoring() instanceof Const.ListConst
                    ? "list" : "dict"), "name at least one scorer, or pass scoring=None for the learner's own score");
        }
        Set<String> names = new HashSet<>();
        for (SearchScoring.Metric m : metrics) {
            if (!names.add(m.name())) {
                throw new StratumError(search.origin(), "scoring names '" + m.name() + "' twice",
                        "list each scorer once");
            }
        }
        String refitName = switch (refit) {
            case Const.StrConst s when names.contains(s.value()) -> s.value();
            case Const.StrConst s -> throw new StratumError(search.origin(), "refit='" + s.value() + "' is not one of"
                    + " the scorers " + quoted(metrics), "set refit to the name of the scorer that picks the best candidate");
            case Const.BoolConst b when !b.value() -> null;
            default -> throw new StratumError(search.origin(), "with several scorers, refit must name the one that"
                    + " picks the best candidate (as scikit-learn requires), got refit=True",
                    "pass refit=" + PyFormat.strRepr(metrics.get(0).name()) + " (or refit=False: no best_params_ then)");
        };
        return new SearchScoring(metrics, true, refitName);
    }

    private static String supported(SearchRoot search, String scorer) {
        if (!Lowering.SUPPORTED_SCORING.contains(scorer)) {
            throw new StratumError(search.origin(), "scoring=" + PyFormat.strRepr(scorer) + " is not supported",
                    "supported scoring: " + String.join(", ", Lowering.SUPPORTED_SCORING));
        }
        return scorer;
    }

    private static String quoted(List<SearchScoring.Metric> metrics) {
        List<String> out = new ArrayList<>();
        for (SearchScoring.Metric m : metrics) {
            out.add(PyFormat.strRepr(m.name()));
        }
        return "[" + String.join(", ", out) + "]";
    }
}
