package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.value.Const;
import io.stratum.runtime.search.FitFailures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A search in which some fits fail goes on as scikit-learn's searches do with their default {@code error_score=np.nan}:
 * the failed cells score NaN, the candidate ranks last, the other candidates score exactly what they score alone, the
 * failures are listed; a search all of whose fits fail is the first fit's located error; other error_score values are
 * refused in both frontends.
 */
class FitFailuresTest {
    /** wind_or_nan is NaN where the wind is at most 1: LogisticRegression refuses it, the trees take it. */
    private static final String SCRIPT = """
            import pandas as pd
            import skrub
            from sklearn.ensemble import HistGradientBoostingClassifier
            from sklearn.linear_model import LogisticRegression

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = (data["weather"] == "rain").skb.mark_as_y()
            X = data[["precipitation", "temp_max"]].assign(wind_or_nan=data["wind"].where(data["wind"] > 1)).skb.mark_as_X()
            pred = X.skb.apply(MODEL, y=y)
            search = pred.skb.make_grid_search(cv=3, fitted=True)
            """;
    private static final String HGB = "HistGradientBoostingClassifier(max_iter=10)";

    private static DataOp search(String model) {
        return ScriptBinder.bind(SCRIPT.replace("MODEL", model), "failing.py", ExampleScripts.repoRoot()).mainSearch();
    }

    @Test
    void failedFitsScoreNaNAndTheOthersScoreAsAlone() {
        DataOp both = search("skrub.choose_from({'lr': LogisticRegression(), 'hgb': " + HGB + "}, name='m')");
        SearchResults alone = new Session(new SessionConfig(true, 1)).run(search(HGB));
        for (boolean optimizer : new boolean[] {true, false}) {
            SearchResults r = new Session(new SessionConfig(optimizer, 2)).run(both);
            assertEquals(2, r.rows().size());
            assertEquals(Const.of("hgb"), r.rows().get(0).params().get("m"));
            assertArrayEquals(alone.rows().get(0).foldScores(), r.rows().get(0).foldScores(), 0.0);
            assertEquals(alone.bestScore(), r.bestScore(), 0.0);
            SearchResults.Row lr = r.rows().get(1);
            assertEquals(Const.of("lr"), lr.params().get("m"));
            assertTrue(Double.isNaN(lr.meanTestScore()) && Double.isNaN(lr.foldScores()[0]), lr.toString());
            FitFailures failures = r.outcome().failures();
            assertEquals(3, failures.failures().size());
            assertEquals(6, failures.cells());
            String warning = failures.warning(e -> "line " + e.origin().line() + ": ", c -> "c" + c);
            assertTrue(warning.startsWith("3 fits failed out of a total of 6; their scores are NaN"), warning);
            // One line per distinct error: the row named differs between folds.
            assertTrue(warning.contains(" of c0 (fold") && !warning.contains("c1") && warning.contains(
                    " failed with: line 9: column 'wind_or_nan' has a missing value"), warning);
        }
    }

    @Test
    void aSearchAllOfWhoseFitsFailIsTheFirstFitsError() {
        for (boolean optimizer : new boolean[] {true, false}) {
            StratumError e = assertThrows(StratumError.class,
                    () -> new Session(new SessionConfig(optimizer, 2)).run(search("LogisticRegression()")));
            assertTrue(e.getMessage().startsWith("all the 3 fits of the search failed; the first with: column"
                    + " 'wind_or_nan' has a missing value"), e.getMessage());
            assertEquals(9, e.origin().line());
        }
    }

    @Test
    void errorScoreOtherThanNaNIsRefusedInBothFrontends() {
        for (String call : List.of("pred.skb.make_grid_search(cv=3, error_score='raise')",
                "pred.skb.make_randomized_search(n_iter=2, error_score=0.0)", "pred.skb.cross_validate(error_score='raise')")) {
            String source = SCRIPT.replace("MODEL", "LogisticRegression()")
                    .replace("search = pred.skb.make_grid_search(cv=3, fitted=True)", "search = " + call);
            for (boolean graalpy : new boolean[] {false, true}) {
                ScriptError e = assertThrows(ScriptError.class, () -> {
                    if (graalpy) {
                        GraalPyFrontend.bind(source, "refused.py", ExampleScripts.repoRoot());
                    } else {
                        ScriptBinder.bind(source, "refused.py", ExampleScripts.repoRoot());
                    }
                }, call);
                assertEquals(10, e.line(), call);
                assertTrue(e.getMessage().contains("supports only error_score=np.nan"), e.getMessage());
            }
        }
        String nan = SCRIPT.replace("MODEL", HGB).replace("fitted=True)", "fitted=True, error_score=np.nan)")
                .replace("import pandas as pd", "import numpy as np\nimport pandas as pd");
        ScriptBinder.bind(nan, "nan.py", ExampleScripts.repoRoot());
        GraalPyFrontend.bind(nan, "nan.py", ExampleScripts.repoRoot());
    }
}
