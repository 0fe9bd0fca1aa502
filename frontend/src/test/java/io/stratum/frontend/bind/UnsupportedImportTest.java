package io.stratum.frontend.bind;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A scikit-learn name Stratum does not support may be imported, as Python imports it: a script that never uses it
 * runs in both frontends, and a use of it is the error, at the use.
 */
class UnsupportedImportTest {
    private static final String HEAD = """
            import pandas as pd
            import skrub
            from sklearn.linear_model import RidgeCV, Ridge
            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            pred = data[["wind"]].skb.mark_as_X().skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y())
            search = pred.skb.make_grid_search(cv=3, fitted=True)
            """;

    @Test
    void anUnusedImportRunsAndAUseIsTheError() {
        for (Function<String, BoundScript> frontend : BothFrontends.ALL) {
            assertFalse(frontend.apply(HEAD + "print(search.results_)\n").actions().isEmpty());
        }
        BothFrontends.assertErrorAt(HEAD + "model = RidgeCV(alphas=[0.1, 1.0])\n", 7, "'sklearn.linear_model.RidgeCV'");
    }
}
