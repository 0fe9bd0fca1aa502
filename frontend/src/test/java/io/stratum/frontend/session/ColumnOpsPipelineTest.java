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
import io.stratum.ir.explain.ExplainWriter;
import io.stratum.optimizer.OptimizationResult;
import org.junit.jupiter.api.Test;

/**
 * Element-wise column and frame operations (issue 6) from script to scores: the subset binder and GraalPy build the
 * same plan, binding types every call, the search gives the same fold scores with the optimizer on and off, and
 * mistakes are errors at their script line that say what to do.
 */
class ColumnOpsPipelineTest {
    private static final String PREAMBLE = """
            import numpy as np
            import pandas as pd
            import skrub
            from sklearn.linear_model import Ridge
            from sklearn.preprocessing import OneHotEncoder, StandardScaler

            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            """;

    /** Every operation once, on real data, in a pipeline whose result depends on all of them. */
    private static final String PIPELINE = PREAMBLE + """
            data = data.rename(columns={"temp_max": "high", "temp_min": "low"})
            data = data.dropna(subset=["high"], how="any")
            y = data["high"].skb.mark_as_y()
            X = data.drop(columns=["high"]).skb.mark_as_X()
            when = pd.to_datetime(X["date"], format="%Y-%m-%d", errors="coerce")
            X = X.assign(
                month=when.dt.month,
                day_of_year=when.dt.dayofyear,
                weekend=(when.dt.weekday >= 5).astype(int),
                quarter=when.dt.quarter.astype(str),
                rainy=X["weather"].isin(["rain", "drizzle"]).astype(float),
                kind=X["weather"].str.upper().str.slice(0, 2),
                first=X["weather"].str.split("i").str[0],
                has_n=X["weather"].str.contains("n").astype(int),
                wind=X["wind"].clip(0.5, 8).round(1).abs(),
                missing=X["precipitation"].isna().astype(int),
                year=X["date"].str.slice(0, 4).astype(int) - 2012,
                capped_rain=X["precipitation"].where(X["precipitation"] < 20, 20),
            )
            X = X.fillna({"precipitation": 0.0, "weather": "none"}).astype({"low": float})
            X = X.assign(log_rain=X["precipitation"].skb.apply_func(np.log1p))
            X = X.drop(columns=["date"])
            X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False),
                            cols=["weather", "quarter", "kind", "first", "month"])
            X = X.skb.apply(StandardScaler())
            pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)
            search = pred.skb.make_grid_search(cv=5, scoring="r2")
            """;

    private static DataOp search(String source) {
        return ScriptBinder.bind(source, "column_ops.py", ExampleScripts.repoRoot()).mainSearch();
    }

    @Test
    void everyOperationRunsAndGivesTheSameScoresWithTheOptimizerOnAndOff() {
        DataOp search = search(PIPELINE);
        SearchResults on = new Session(new SessionConfig(true, 2)).run(search);
        SearchResults off = new Session(new SessionConfig(false, 1)).run(search);
        assertEquals(2, on.rows().size());
        for (int i = 0; i < on.rows().size(); i++) {
            assertEquals(on.rows().get(i).params(), off.rows().get(i).params());
            assertArrayEquals(on.rows().get(i).foldScores(), off.rows().get(i).foldScores());
            double r2 = on.rows().get(i).meanTestScore();
            assertTrue(r2 > 0.5 && r2 < 1.0, "a sane R² for the daily high from the low and calendar: " + r2);
        }
        OptimizationResult compiled = new Session(new SessionConfig(true, 1)).compile(search);
        assertTrue(compiled.trace().firedRules().contains("bind_column_methods"), compiled.trace().firedRules().toString());
        String plan = ExplainWriter.explain(compiled.optimized());
        for (String expected : new String[] {"Rename from=['temp_max', 'temp_min'], to=['high', 'low']",
                "DropNa subset=['high'], how='any'", "op=\"to_datetime(format='%Y-%m-%d', errors='coerce')\"",
                "op='dt.dayofyear'", "op=\"str.split_get('i', 0)\"", "op='fillna(0.0)', columns=['precipitation']",
                "op=\"astype('float64')\", columns=['low']", "op='isna()'", "Numeric function='abs'",
                "Numeric function='log1p'", "Where other=20"}) {
            assertTrue(plan.contains(expected), expected + " in\n" + plan);
        }
    }

    /**
     * scikit-learn's encoders and skrub's TableVectorizer read a category column's values (its cardinality picks the
     * encoder, as for str), so the fold scores are those of the same pipeline on the str column, bit for bit.
     */
    @Test
    void aCategoryColumnIsEncodedByItsValuesAsForStr() {
        String body = """
                X = data[["weather", "wind", "precipitation"]]%s.skb.mark_as_X()
                X = X.skb.apply(skrub.TableVectorizer())
                search = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y()).skb.make_grid_search(cv=5)
                """;
        String other = """
                X = data[["weather", "wind"]]%s.skb.mark_as_X()
                X = X.skb.apply(OneHotEncoder(sparse_output=False, handle_unknown="ignore"), cols=["weather"])
                search = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y()).skb.make_grid_search(cv=5)
                """;
        for (String b : new String[] {body, other}) {
            SearchResults str = new Session(new SessionConfig(true, 1)).run(search(PREAMBLE + b.formatted("")));
            for (boolean optimize : new boolean[] {true, false}) {
                SearchResults cat = new Session(new SessionConfig(optimize, 1)).run(search(PREAMBLE
                        + b.formatted(".astype({\"weather\": \"category\"})")));
                assertArrayEquals(str.rows().get(0).foldScores(), cat.rows().get(0).foldScores(), b);
            }
        }
    }

    /**
     * {@code .cat.codes} as a feature: the categories come from the rows {@code astype("category")} sees, per fold
     * as skrub computes it, so the cast is not moved above the split and the scores agree with the optimizer off.
     */
    @Test
    void categoryCodesAreAFeatureWithTheSameScoresWithTheOptimizerOnAndOff() {
        String body = """
                kind = data["weather"].astype("category")
                X = data[["wind"]].assign(code=kind.cat.codes, used=kind.cat.remove_unused_categories().cat.codes)
                X = X.skb.mark_as_X()
                search = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y()).skb.make_grid_search(cv=5)
                """;
        DataOp s = search(PREAMBLE + body);
        SearchResults on = new Session(new SessionConfig(true, 1)).run(s);
        SearchResults off = new Session(new SessionConfig(false, 1)).run(s);
        assertArrayEquals(on.rows().get(0).foldScores(), off.rows().get(0).foldScores());
        String plan = ExplainWriter.explain(new Session(new SessionConfig(true, 1)).compile(s).optimized());
        assertTrue(plan.contains("op='cat.codes'") && plan.contains("op='cat.remove_unused_categories()'"), plan);
        DataOp python = GraalPyFrontend.bind(PREAMBLE + body, "column_ops.py", ExampleScripts.repoRoot()).mainSearch();
        assertEquals(s.node().fingerprint(), python.node().fingerprint());
    }

    @Test
    void catMembersStratumDoesNotHaveAreRefusedAtTheirLine() {
        StratumError str = compileError("X = data[['wind']].assign(c=data['weather'].cat.codes).skb.mark_as_X()\n");
        assertTrue(str.getMessage().contains(".cat.codes needs a category column, but column 'weather' is str"),
                str.getMessage());
        assertTrue(String.valueOf(str.hint()).contains("astype(\"category\")"), String.valueOf(str.hint()));
        assertEquals(8, str.origin().line());
        StratumError categories = compileError("X = data[['wind']].assign(c=data['weather'].astype('category')"
                + ".cat.categories).skb.mark_as_X()\n");
        assertTrue(categories.getMessage().contains(".cat.categories is a value computed from the data"),
                categories.getMessage());
        assertEquals(8, categories.origin().line());
        StratumError set = compileError("X = data[['wind']].assign(c=data['weather'].astype('category')"
                + ".cat.set_categories(['sun', 'rain'])).skb.mark_as_X()\n");
        assertTrue(set.getMessage().contains(".cat.set_categories() is not supported"), set.getMessage());
        assertTrue(String.valueOf(set.hint()).contains(".cat.codes"), String.valueOf(set.hint()));
        StratumError typo = compileError("X = data[['wind']].assign(c=data['weather'].astype('category')"
                + ".cat.code).skb.mark_as_X()\n");
        assertTrue(String.valueOf(typo.hint()).contains(".cat.codes"), String.valueOf(typo.hint()));
    }

    @Test
    void graalPyBuildsTheSamePlan() {
        DataOp python = GraalPyFrontend.bind(PIPELINE, "column_ops.py", ExampleScripts.repoRoot()).mainSearch();
        assertEquals(search(PIPELINE).node().fingerprint(), python.node().fingerprint());
    }

    private static StratumError compileError(String body) {
        DataOp s = search(PREAMBLE + body + """
                pred = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y())
                search = pred.skb.make_grid_search(cv=5)
                """);
        return assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1)).compile(s));
    }

    @Test
    void aDatetimeFieldOfAStrColumnSaysToConvertItWithToDatetime() {
        StratumError e = compileError("X = data[['wind']].assign(m=data['date'].dt.month).skb.mark_as_X()\n");
        assertTrue(e.getMessage().contains("column 'date' is str"), e.getMessage());
        assertTrue(String.valueOf(e.hint()).contains("pd.to_datetime"), String.valueOf(e.hint()));
        assertEquals(8, e.origin().line());
    }

    @Test
    void aMissingColumnNamesItTheNearestColumnsAndTheLine() {
        StratumError e = compileError("X = data[['wind']].assign(m=data['wether'].str.lower()).skb.mark_as_X()\n");
        assertTrue(e.getMessage().contains("no column 'wether'; the columns are: weather"), e.getMessage());
        assertEquals(8, e.origin().line());
    }

    @Test
    void unsupportedCallsAreRefusedAtTheirLineWithTheSupportedOnes() {
        StratumError split = compileError("X = data[['wind']].assign(m=data['weather'].str.split('a')).skb.mark_as_X()\n");
        assertTrue(String.valueOf(split.hint()).contains(".str[i]"), String.valueOf(split.hint()));
        StratumError unknown = compileError("X = data[['wind']].assign(m=data['weather'].str.lowr()).skb.mark_as_X()\n");
        assertTrue(String.valueOf(unknown.hint()).contains("str.lower"), String.valueOf(unknown.hint()));
        StratumError field = compileError("X = data[['wind']].assign(m=pd.to_datetime(data['date']).dt.hours).skb.mark_as_X()\n");
        assertTrue(String.valueOf(field.hint()).contains(".dt.hour"), String.valueOf(field.hint()));
        StratumError keyword = compileError("X = data[['wind']].fillna(0, downcast=True).skb.mark_as_X()\n");
        assertTrue(keyword.getMessage().contains("'downcast'"), keyword.getMessage());
        StratumError int8 = compileError("X = data[['weather']].astype('int8').skb.mark_as_X()\n");
        assertTrue(int8.getMessage().contains("astype('int8')"), int8.getMessage());
        assertEquals(8, int8.origin().line());
        StratumError upper = compileError("X = data[['wind']].assign(u=data['weather'].astype('category')"
                + ".str.upper()).skb.mark_as_X()\n");
        assertTrue(upper.getMessage().contains("on the category column 'weather' gives pandas' object dtype"),
                upper.getMessage());
        assertEquals(8, upper.origin().line());
    }

    @Test
    void aValueThatDoesNotParseIsAnErrorAtItsLineWhenRun() {
        DataOp s = search(PREAMBLE + """
                X = data[["wind"]].assign(d=pd.to_datetime(data["weather"]).dt.year).skb.mark_as_X()
                pred = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y())
                search = pred.skb.make_grid_search(cv=5)
                """);
        StratumError e = assertThrows(StratumError.class, () -> new Session(new SessionConfig(true, 1)).run(s));
        assertTrue(e.getMessage().contains("cannot infer a date format from 'drizzle'"), e.getMessage());
        assertEquals(8, e.origin().line());
    }

    @Test
    void astypeTakesPythonTypesAsPandasDoes() {
        DataOp s = search(PREAMBLE + """
                X = data[["wind"]].assign(w=data["wind"].astype(int), s=data["wind"].astype("str")).skb.mark_as_X()
                search = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y()).skb.make_grid_search(cv=5)
                """);
        String plan = ExplainWriter.explain(new Session(new SessionConfig(true, 1)).compile(s).optimized());
        assertTrue(plan.contains("op=\"astype('int64')\"") && plan.contains("op=\"astype('str')\""), plan);
        ScriptError bad = assertThrows(ScriptError.class, () -> search(PREAMBLE + "x = data['wind'].astype(len)\n"));
        assertEquals(8, bad.line());
    }
}
