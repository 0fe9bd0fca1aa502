package io.stratum.frontend.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ReferenceCsv;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.value.Const;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An unnamed estimator outcome of {@code choose_from} is labelled in {@code results_} as skrub labels it: short_repr of
 * scikit-learn's repr (only the parameters that differ from their defaults, in name order, cut at 50 characters), in
 * both frontends; held to skrub by outcome_labels.csv ({@code frontend/reference/make_outcome_labels_reference.py}).
 */
class OutcomeLabelsTest {
    @Test
    void unnamedEstimatorOutcomesAreLabelledAsSkrubLabelsThem() {
        List<Map<String, String>> rows = ReferenceCsv.read("frontend/src/test/resources/reference/outcome_labels.csv");
        assertTrue(rows.size() >= 8);
        for (Map<String, String> r : rows) {
            String source = """
                    import pandas as pd
                    import skrub
                    from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestClassifier
                    from sklearn.linear_model import LogisticRegression, Ridge
                    from sklearn.neighbors import KNeighborsClassifier
                    from skrub import StringEncoder, TableVectorizer
                    data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
                    X = data[["wind"]].skb.mark_as_X()
                    y = data["temp_max"].skb.mark_as_y()
                    s = X.skb.apply(skrub.choose_from([%s, Ridge(alpha=3.0)], name="m"), y=y).skb.make_grid_search()
                    """.formatted(r.get("expression"));
            for (DataOp search : List.of(ScriptBinder.bind(source, "labels.py", ExampleScripts.repoRoot()).mainSearch(),
                    GraalPyFrontend.bind(source, "labels.py", ExampleScripts.repoRoot()).mainSearch())) {
                Choice choice = choice(search.node());
                assertEquals(List.of(Const.of(r.get("label")), Const.of("Ridge(alpha=3.0)")), choice.labels(),
                        r.get("expression"));
            }
        }
    }

    private static Choice choice(LogicalNode root) {
        ArrayDeque<LogicalNode> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            LogicalNode n = todo.pop();
            if (n instanceof Choice c && c.name().equals("m")) {
                return c;
            }
            todo.addAll(n.inputs());
        }
        throw new AssertionError("no choice 'm' in the plan");
    }
}
