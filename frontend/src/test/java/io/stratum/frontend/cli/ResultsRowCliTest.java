package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row of a search's results table that does not exist fails as pandas fails, at the script's line, in both frontends
 * (the rows that exist are held to skrub's printed text by {@code skb_ops/eval_results_rows.py}, EvalCliTest), and so
 * does what numpy and Python refuse of a row's bool and missing values (what they compute:
 * {@code skb_ops/eval_results_row_bool_missing.py}).
 */
class ResultsRowCliTest {
    @TempDir
    Path dir;

    @Test
    void aRowBeyondTheTableFailsAsInPandas() throws Exception {
        String head = """
                import pandas as pd
                import skrub
                from sklearn.linear_model import Ridge
                data = skrub.var("data", pd.read_csv("%s"))
                pred = data[["wind"]].skb.mark_as_X().skb.apply(Ridge(alpha=skrub.choose_from([1.0, 2.0], name="alpha")),
                                                               y=data["temp_max"].skb.mark_as_y())
                search = pred.skb.make_grid_search(cv=2, fitted=True)
                """.formatted(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString()
                .replace("\\", "/"));
        String[][] cases = {{"print(search.results_.iloc[2])", "IndexError: single positional indexer is out-of-bounds"},
                {"print(search.results_.iloc[-3])", "IndexError: single positional indexer is out-of-bounds"},
                {"print(search.results_.loc[5])", "KeyError: 5"},
                // a value of a row that takes no round(), known once the search has run: it had no line
                {"print(round(search.results_.iloc[0][\"alpha\"] * 0 + 1, 2), search.results_.loc[5][\"alpha\"])",
                        "KeyError: 5"}};
        for (String frontend : List.of("subset", "graalpy")) {
            for (String[] c : cases) {
                Path script = dir.resolve("r.py");
                Files.writeString(script, head + c[0] + "\n");
                Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
                assertEquals(2, r.code(), r::toString);
                assertTrue(r.err().contains("r.py:8:1: error: " + c[1]), frontend + ": " + r);
            }
        }
    }

    @Test
    void whatNumpyRefusesOfABoolOrAMissingValueOfARowFailsAsInPython() throws Exception {
        String head = """
                import numpy as np
                import pandas as pd
                import skrub
                from sklearn.linear_model import Ridge
                from sklearn.preprocessing import StandardScaler
                data = skrub.var("data", pd.read_csv("%s"))
                scaled = data[["wind"]].skb.mark_as_X().skb.apply(skrub.optional(StandardScaler(), name="scale"))
                pred = scaled.skb.apply(Ridge(fit_intercept=skrub.choose_bool(name="fi")), y=data["temp_max"].skb.mark_as_y())
                row = pred.skb.make_grid_search(cv=2, fitted=True).results_.iloc[1]
                """.formatted(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString()
                .replace("\\", "/"));
        String[][] cases = {{"print(round(row[\"fi\"], 2))", "TypeError: type numpy.bool doesn't define __round__ method"},
                {"print(\"x\", -row[\"fi\"])", "TypeError: The numpy boolean negative, the `-` operator, is not supported"},
                {"print(np.round(row[\"fi\"], 1))", "UFuncTypeError: Cannot cast ufunc 'multiply' output from dtype('float64')"},
                {"print(np.sqrt(row[\"fi\"]))", "np.sqrt() of numpy's bool (fi) is numpy's float16"},
                {"print(row[\"fi\"] ** -1)", "ValueError: Integers to negative integer powers are not allowed."},
                {"print(round(row[\"scale\"]))", "ValueError: cannot convert float NaN to integer"}};
        for (String frontend : List.of("subset", "graalpy")) {
            for (String[] c : cases) {
                Path script = dir.resolve("r.py");
                Files.writeString(script, head + c[0] + "\n");
                Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
                assertEquals(2, r.code(), r::toString);
                assertTrue(r.err().contains("r.py:10:1: error: " + c[1]), frontend + ": " + r);
            }
        }
    }
}
