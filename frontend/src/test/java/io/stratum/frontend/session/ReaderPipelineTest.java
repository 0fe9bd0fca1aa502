package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.optimizer.OptimizationResult;
import io.stratum.runtime.io.ParkedTables;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readers from scripts: the same weather data read from CSV, Parquet, Feather and JSON records gives bit for
 * bit the same fold scores, with the optimizer on and off; reader options reach the scan and EXPLAIN; bad
 * options are errors at the script line; a compiled-then-run search parses its file once.
 */
class ReaderPipelineTest {
    private static final String DIR = "frontend/src/test/resources/readers/";

    private static String script(String read) {
        return """
                import pandas as pd
                import skrub
                from sklearn.linear_model import Ridge
                from sklearn.preprocessing import OneHotEncoder

                data = skrub.var("data", %s)
                y = data["temp_max"].skb.mark_as_y()
                X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
                X = X.skb.apply(OneHotEncoder(sparse_output=False), cols=["weather"])
                pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)
                search = pred.skb.make_grid_search(cv=5, scoring="r2")
                """.formatted(read);
    }

    private static DataOp search(String read) {
        return ScriptBinder.bind(script(read), "readers.py", ExampleScripts.repoRoot()).mainSearch();
    }

    private static List<double[]> folds(String read, boolean optimizer) {
        List<double[]> out = new ArrayList<>();
        for (SearchResults.Row row : new Session(new SessionConfig(optimizer, 2)).run(search(read)).rows()) {
            out.add(row.foldScores());
        }
        return out;
    }

    @Test
    void everyFormatGivesTheScoresOfTheCsv() {
        for (boolean optimizer : new boolean[] {true, false}) {
            List<double[]> expected = folds("pd.read_csv(\"examples/data/seattle-weather.csv\")", optimizer);
            for (String read : List.of("pd.read_parquet(\"" + DIR + "seattle-weather.parquet\")",
                    "pd.read_feather(\"" + DIR + "seattle-weather.feather\")",
                    "pd.read_json(\"" + DIR + "seattle-weather.json\", orient=\"records\", convert_dates=False)",
                    // pandas' defaults turn the ISO "date" column into datetime64[us]; the script drops it.
                    "pd.read_json(\"" + DIR + "seattle-weather.json\", orient=\"records\")",
                    "pd.read_json(\"" + DIR + "seattle-weather.json\", convert_dates=[\"date\"], keep_default_dates=False)",
                    "pd.read_parquet(\"" + DIR + "seattle-weather.parquet\", columns=[\"date\", \"precipitation\","
                            + " \"temp_max\", \"temp_min\", \"wind\", \"weather\"])",
                    "pd.read_csv(\"examples/data/seattle-weather.csv\", sep=\",\", dtype={\"wind\": float},"
                            + " usecols=[\"date\", \"precipitation\", \"temp_max\", \"temp_min\", \"wind\", \"weather\"])")) {
                List<double[]> actual = folds(read, optimizer);
                assertEquals(expected.size(), actual.size(), read);
                for (int i = 0; i < expected.size(); i++) {
                    assertArrayEquals(expected.get(i), actual.get(i), read + ", candidate " + i + ", optimizer " + optimizer);
                }
            }
        }
    }

    @Test
    void aCsvReadWithOptionsIsKnownAtPlanTimeAndItsScanTakesThatReading() {
        // parse_dates makes "date" a datetime, so select_dtypes picks the other columns while the plan is built
        String read = "pd.read_csv(\"examples/data/seattle-weather.csv\", parse_dates=[\"date\"], na_values=[\"-\"])";
        String picked = script(read).replace("X = data.drop(columns=[\"temp_max\", \"date\"]).skb.mark_as_X()",
                "X = data.drop(columns=[\"temp_max\"]).select_dtypes(exclude=\"datetime\").skb.mark_as_X()");
        String listed = script(read).replace("X = data.drop(columns=[\"temp_max\", \"date\"]).skb.mark_as_X()",
                "X = data[[\"precipitation\", \"temp_min\", \"wind\", \"weather\"]].skb.mark_as_X()");
        DataOp bySelection = ScriptBinder.bind(picked, "readers.py", ExampleScripts.repoRoot()).mainSearch();
        DataOp byName = ScriptBinder.bind(listed, "readers.py", ExampleScripts.repoRoot()).mainSearch();
        int taken = io.stratum.runtime.io.ParkedTables.taken();
        List<SearchResults.Row> a = new Session(new SessionConfig(true, 2)).run(bySelection).rows();
        assertTrue(io.stratum.runtime.io.ParkedTables.taken() > taken, "the scan took the plan-time reading");
        List<SearchResults.Row> b = new Session(new SessionConfig(false, 1)).run(byName).rows();
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(b.get(i).foldScores(), a.get(i).foldScores(), 1e-12);
        }
    }

    @Test
    void aFactOfAMissingFileNamesTheFile() {
        String script = "import pandas as pd\nimport skrub\ndata = skrub.var('d', pd.read_csv('no/such.csv'))\n"
                + "print(data.select_dtypes('number').columns)\n";
        io.stratum.frontend.bind.BothFrontends.assertErrorAt(script, 4, "the file 'no/such.csv' (resolved to ");
    }

    @Test
    void optionsReachTheScanAndExplain() {
        OptimizationResult compiled = new Session().compile(search(
                "pd.read_csv(\"examples/data/seattle-weather.csv\", na_values=[\"-\"], keep_default_na=True,"
                        + " usecols=[\"date\", \"temp_max\", \"weather\", \"wind\"])"));
        String physical = compiled.explain();
        assertTrue(physical.contains("options={'na_values': ['-'], 'usecols': ['date', 'temp_max', 'weather', 'wind']}"),
                physical);
        OptimizationResult parquet = new Session().compile(search(
                "pd.read_parquet(\"" + DIR + "seattle-weather.parquet\", columns=[\"weather\", \"temp_max\", \"date\", \"wind\"])"));
        assertTrue(parquet.explain().contains("ReadParquet"), parquet.explain());
        assertTrue(parquet.explain().contains("ScanParquet"), parquet.explain());
    }

    @Test
    void badReaderArgumentsAreErrorsAtTheScriptLine() {
        ScriptError unknown = assertThrows(ScriptError.class, () -> search("pd.read_csv(\"x.csv\", skiprows=2)"));
        assertTrue(unknown.getMessage().contains("readers.py:6:"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("'skiprows'"), unknown.getMessage());
        Exception positions = assertThrows(RuntimeException.class, () -> search("pd.read_csv(\"x.csv\", usecols=[0, 2])"));
        assertTrue(positions.getMessage().contains("list of column names"), positions.getMessage());
        Exception dtype = assertThrows(RuntimeException.class,
                () -> search("pd.read_csv(\"x.csv\", dtype={\"a\": \"datetime64[ns]\"})"));
        assertTrue(dtype.getMessage().contains("'str', 'float64', 'int64', 'bool' or 'category'"), dtype.getMessage());
        Exception orient = assertThrows(RuntimeException.class, () -> search("pd.read_json(\"x.json\", orient=\"split\")"));
        assertTrue(orient.getMessage().contains("orient"), orient.getMessage());
        Exception dates = assertThrows(RuntimeException.class, () -> search("pd.read_json(\"x.json\", convert_dates=\"date\")"));
        assertTrue(dates.getMessage().contains("convert_dates") && dates.getMessage().contains("list of column names"),
                dates.getMessage());
        // A column the file lacks is found at compile time, from the statistics.
        StratumError missing = assertThrows(StratumError.class, () -> new Session().compile(search(
                "pd.read_parquet(\"" + DIR + "seattle-weather.parquet\", columns=[\"temp_max\", \"nope\"])")));
        assertTrue(missing.getMessage().contains("'nope'"), missing.getMessage());
    }

    @Test
    void aCompiledAndRunSearchTakesTheTableReadForItsStatistics() {
        int before = ParkedTables.taken();
        // A private statistics cache, so the file is surely read (and parked) at compile time.
        new Session(SessionConfig.defaults(), null, new FileSourceStatistics())
                .run(search("pd.read_feather(\"" + DIR + "seattle-weather.feather\")"));
        assertEquals(before + 1, ParkedTables.taken(), "the scan should take the parked table instead of reading again");
    }
}
