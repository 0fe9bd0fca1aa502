package io.stratum.frontend.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * pandas operations on a search's results_ and sklearn.metrics' make_scorer in both frontends (what they print is
 * held to skrub by EvalCliTest's {@code eval_results_views.py} and {@code eval_metric_scorers.py}): the views become
 * one print action each; what skrub refuses or Stratum cannot do is an error at its line.
 */
class SearchViewsTest {
    private static final String HEAD = """
            import pandas as pd
            import skrub
            from sklearn.linear_model import Ridge
            from sklearn.metrics import make_scorer, mean_absolute_error
            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            pred = data[["wind"]].skb.mark_as_X().skb.apply(Ridge(alpha=skrub.choose_from([1.0, 2.0], name="alpha")), y=data["temp_max"].skb.mark_as_y())
            search = pred.skb.make_grid_search(cv=3, fitted=True)
            """;

    @Test
    void viewsOfResultsArePrintedOnceTheSearchHasRun() {
        String source = HEAD + """
                print(search.results_.head(1))
                print(search.results_.tail(1).to_string())
                print(search.results_["mean_test_score"])
                print(search.results_.head(2).round(3))
                print(search.results_["mean_test_score"].round())
                """;
        for (Function<String, BoundScript> frontend : BothFrontends.ALL) {
            List<ScriptAction> actions = frontend.apply(source).actions();
            assertEquals(List.of(new ResultsView(1, null, false, null), new ResultsView(null, 1, true, null),
                    new ResultsView(null, null, false, "mean_test_score"), new ResultsView(2, null, false, null, null, 3),
                    new ResultsView(null, null, false, "mean_test_score", null, 0)),
                    actions.stream().map(a -> ((ScriptAction.ShowSearch) a).view()).toList());
        }
    }

    @Test
    void aRowOfResultsIsPrintedOnceTheSearchHasRun() {
        String source = HEAD + """
                print(search.results_.iloc[-1])
                print(search.results_.loc[search.results_["mean_test_score"].idxmin()])
                print(search.results_[["alpha"]].sort_values("alpha").loc[1])
                """;
        for (Function<String, BoundScript> frontend : BothFrontends.ALL) {
            List<ScriptAction> actions = frontend.apply(source).actions();
            ResultsView sorted = ResultsView.TABLE.withSelected(List.of("alpha")).withSort("alpha", true);
            assertEquals(List.of(new ResultsRow(ResultsView.TABLE, -1L, false, null, false),
                    new ResultsRow(ResultsView.TABLE, null, true, "mean_test_score", false),
                    new ResultsRow(sorted, 1L, true, null, false)),
                    actions.stream().map(a -> ((ScriptAction.ShowSearchRow) a).row()).toList());
        }
    }

    @Test
    void aRowIsPickedByOnePositionLabelOrIdxmax() {
        String[][] cases = {
                {"print(search.results_.iloc[0, 1])", "picks one row"},
                {"print(search.results_.iloc['alpha'])", "takes one row position (an int)"},
                {"print(search.results_.head(2).iloc[0])", "not of this view of it"},
                {"print(search.results_['mean_test_score'].idxmax() + 1)", "computes no arithmetic with it"},
                {"ridge = Ridge(alpha=search.results_.iloc[0]['alpha'])",
                        "row is known once the search has run, so it cannot be a value in a pipeline"}};
        for (String[] c : cases) {
            BothFrontends.assertErrorAt(HEAD + c[0] + "\n", 8, c[1]);
        }
    }

    @Test
    void whatSkrubOrStratumRefusesIsAnErrorAtItsLine() {
        String[][] cases = {
                {"print(search.best_params_['alpha'])", "keyed by scikit-learn's grid parameter names"},
                {"print(search.results_.head(2)['mean_test_score'].max())", "not its head(), tail() or round()"},
                {"print(search.results_.round(2)['mean_test_score'].max())", "not its head(), tail() or round()"},
                {"print(search.results_.round(3).round(2))", "rounds a results_ table once"},
                {"print(search.results_.head(2).sort_values('alpha'))", "before head(), tail() or selecting a column"},
                {"print(search.results_[['alpha']][['alpha']])", "selects the columns of results_ once"},
                {"print(search.results_.columns.round(2))", "round"},
                {"print(search.best_score_.round(2.5))", "decimals must be an int"},
                {"print(round(search.best_score_).round(2))", "'int' object has no attribute 'round'"},
                {"print(search.results_.head(-1))", "non-negative int"},
                {"print(mean_absolute_error([1.0], [2.0]))", "pass scoring='neg_mean_absolute_error'"},
                {"s = pred.skb.make_grid_search(scoring=make_scorer(mean_absolute_error))", "greater_is_better=False"}};
        for (String[] c : cases) {
            BothFrontends.assertErrorAt(HEAD + c[0] + "\n", 8, c[1]);
        }
    }
}
