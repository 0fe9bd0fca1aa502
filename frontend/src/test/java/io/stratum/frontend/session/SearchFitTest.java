package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.logical.SearchRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code make_grid_search(fitted=False)} then {@code search.fit(environment)}: the variables read the environment's
 * data, and the results equal skrub's on the same scripts ({@code frontend/reference/make_fit_reference.py}), with
 * the optimizer on and off.
 */
class SearchFitTest {
    private static final double TOLERANCE = 1e-9;

    static Stream<String> scripts() {
        return reference().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void resultsAreSkrubsForTheEnvironmentsData(String script) {
        Map<String, double[]> expected = reference().get(script);
        DataOp search = ExampleScripts.bind(script).mainSearch();
        assertNotNull(search, script);
        assertTrue(((SearchRoot) search.node()).fitted(), script + ": the search the script prints is the fitted one");
        for (SessionConfig config : List.of(new SessionConfig(true, 2), new SessionConfig(false, 1))) {
            SearchResults results = new Session(config).run(search);
            assertEquals(expected.size(), results.rows().size(), script + ": candidates");
            for (SearchResults.Row row : results.rows()) {
                double[] ref = expected.get(ExampleScripts.key(row));
                assertNotNull(ref, script + ": candidate " + ExampleScripts.key(row) + " is not in " + expected.keySet());
                assertClose(ref[0], row.meanTestScore(), script + " " + ExampleScripts.key(row) + " mean (" + config + ")");
                assertClose(ref[1], row.stdTestScore(), script + " " + ExampleScripts.key(row) + " std (" + config + ")");
            }
        }
    }

    private static final String HEAD = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n"
            + "data = skrub.var('data')\n"
            + "pred = data[['wind']].skb.mark_as_X().skb.apply(Ridge(), y=data['temp_max'].skb.mark_as_y())\n";

    @Test
    void resultsOfASearchNotFittedAreALocatedError() {
        ScriptError e = assertThrows(ScriptError.class, () -> ScriptBinder.bind(HEAD
                + "search = pred.skb.make_grid_search(fitted=False)\nprint(search.results_)\n", "s.py", ExampleScripts.repoRoot()));
        assertTrue(e.getMessage().startsWith("s.py:7:"), e.getMessage());
        assertTrue(e.getMessage().contains("has not been fitted"), e.getMessage());
        assertTrue(e.hint().contains("search.fit(environment)"), e.hint());
    }

    @Test
    void anEnvironmentWithoutAVariableIsALocatedError() {
        ScriptError e = assertThrows(ScriptError.class, () -> ScriptBinder.bind(HEAD
                + "search = pred.skb.make_grid_search(fitted=False)\nsearch.fit({'other': 1})\n", "s.py", ExampleScripts.repoRoot()));
        assertTrue(e.getMessage().startsWith("s.py:7:"), e.getMessage());
        assertTrue(e.getMessage().contains("no value for variable 'data' (skrub.var at line 4)"), e.getMessage());
        ScriptError notDict = assertThrows(ScriptError.class, () -> ScriptBinder.bind(HEAD
                + "search = pred.skb.make_grid_search(fitted=False)\nsearch.fit(1)\n", "s.py", ExampleScripts.repoRoot()));
        assertTrue(notDict.getMessage().contains("environment must be a dict"), notDict.getMessage());
    }

    @Test
    void fitReturnsTheSearchAndChangesIt() {
        var bound = ScriptBinder.bind(HEAD + "search = pred.skb.make_grid_search(fitted=False)\n"
                + "print(search.fit({'data': pd.read_csv('examples/data/seattle-weather.csv')}).best_score_)\n",
                "s.py", ExampleScripts.repoRoot());
        assertEquals(2, bound.searches().size(), "the search made, then the fitted one");
        assertEquals(bound.searches().get(1), bound.mainSearch());
    }

    @Test
    void anEnvironmentReplacingDataThatGaveAPlanTimeFactIsALocatedErrorInBothFrontends() {
        String source = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n"
                + "data = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n"
                + "X = data[[c for c in data.columns if c == 'wind']].skb.mark_as_X()\n"
                + "pred = X.skb.apply(Ridge(), y=data['temp_max'].skb.mark_as_y())\n"
                + "search = pred.skb.make_grid_search(fitted=False)\n"
                + "search.fit({'data': pd.read_csv('examples/data/seattle-weather.csv')})\n";
        ScriptError e = assertThrows(ScriptError.class, () -> ScriptBinder.bind(source, "s.py", ExampleScripts.repoRoot()));
        assertTrue(e.getMessage().startsWith("s.py:8:"), e.getMessage());
        assertTrue(e.getMessage().contains("replaces variable 'data', but line 5 read"), e.getMessage());
        RuntimeException p = assertThrows(RuntimeException.class, () -> io.stratum.frontend.graalpy.GraalPyFrontend.bind(source,
                "s.py", ExampleScripts.repoRoot()));
        assertTrue(p.getMessage().contains("s.py:8:") && p.getMessage().contains("replaces variable 'data', but line 5 read"),
                p.getMessage());
        // Without the fit the same lines bind: the columns come from the variable's value.
        assertNotNull(ScriptBinder.bind(source.replace("search.fit(", "print(").replace("fitted=False", "fitted=True"), "s.py",
                ExampleScripts.repoRoot()).mainSearch());
    }

    private static void assertClose(double expected, double actual, String what) {
        double scale = Math.max(1.0, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * scale,
                () -> what + ": expected " + expected + " (skrub) but got " + actual);
    }

    private static Map<String, Map<String, double[]>> reference() {
        Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(ExampleScripts.repoRoot()
                    .resolve("frontend/src/test/resources/reference/fit_environment_scores.csv"))) {
                if (line.startsWith("#") || line.startsWith("script,")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                out.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
                        .put(f[1], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
