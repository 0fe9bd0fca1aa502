package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.explain.ExplainWriter;
import io.stratum.optimizer.OptimizationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relational frame operations from script to scores: merge, boolean masks, groupby aggregations in their
 * dict/list/named/shortcut forms, sort_values and head, with the optimizer on and off giving the same fold
 * scores; the join's build side comes from estimated rows and shows in EXPLAIN; a missing key column is an
 * error naming the nearest columns at the script line.
 */
class RelationalPipelineTest {
    private static final String PREAMBLE = """
            import pandas as pd
            import skrub
            from sklearn.linear_model import Ridge

            flights = skrub.var("flights", pd.read_csv("examples/data/flights-sample.csv"))
            airports = pd.read_csv("examples/data/airports-sample.csv")
            """;

    private static final String FORMS = PREAMBLE + """
            data = flights.merge(airports, left_on="origin", right_on="iata", how="left", suffixes=("", "_airport"))
            data = data[(data["delay"] > -30) | ~(data["distance"] < 300)]
            by_dest = data.groupby("destination").agg({"distance": "max", "delay": "count"}).reset_index()
            mean_dist = data.groupby(["origin"], as_index=False)[["distance"]].mean()
            sizes = data.groupby("origin", as_index=False).size()
            firsts = data.groupby("origin")["latitude"].agg(["first", "median"]).reset_index()
            data = data.merge(by_dest, on="destination", suffixes=("", "_dest"))
            data = data.merge(mean_dist, on="origin", how="left", suffixes=("", "_origin"))
            data = data.merge(sizes, on="origin").merge(firsts, on="origin", how="outer")
            data = data.sort_values(["origin", "date"], ascending=[False, True]).head(900)
            y = data["delay"].skb.mark_as_y()
            X = data[["distance", "distance_dest", "delay_dest", "distance_origin", "size"]].skb.mark_as_X()
            search = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 10.0], name="alpha")), y=y).skb.make_grid_search(cv=3)
            """;

    private static DataOp search(String source) {
        return ScriptBinder.bind(source, "relational_test.py", ExampleScripts.repoRoot()).mainSearch();
    }

    @Test
    void everyFormRunsWithTheSameFoldScoresWithOptimizerOnAndOff() {
        DataOp search = search(FORMS);
        SearchResults on = new Session(new SessionConfig(true, 2)).run(search);
        SearchResults off = new Session(new SessionConfig(false, 1)).run(search);
        assertEquals(2, on.rows().size());
        for (int i = 0; i < on.rows().size(); i++) {
            assertArrayEquals(on.rows().get(i).foldScores(), off.rows().get(i).foldScores());
            assertTrue(Double.isFinite(on.rows().get(i).meanTestScore()));
        }
    }

    private static final String ISIN = PREAMBLE + """
            data = flights[flights["origin"].isin(airports["iata"])]
            data = data[~data["destination"].isin(airports[airports["state"] == "CA"]["iata"])]
            data = data[data["delay"].notna()]
            y = data["delay"].skb.mark_as_y()
            X = data[["distance"]].skb.mark_as_X()
            search = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 10.0], name="alpha")), y=y).skb.make_grid_search(cv=3)
            """;

    @Test
    void isinMasksBecomeSemiAndAntiJoinsWithTheSameFoldScoresAsTheMasks() {
        DataOp search = search(ISIN);
        OptimizationResult compiled = new Session(SessionConfig.defaults()).compile(search);
        String optimized = ExplainWriter.explain(compiled.optimized());
        assertTrue(optimized.contains("Join how='semi', left_on=['origin'], right_on=['iata']"), optimized);
        assertTrue(optimized.contains("Join how='anti', left_on=['destination'], right_on=['iata']"), optimized);
        assertTrue(compiled.trace().firedRules().contains("rewrite_isin_filter_to_semi_join"));
        String lookupRead = optimized.substring(optimized.indexOf("right: "));
        assertTrue(lookupRead.contains("columns=['iata', 'state']"), optimized);
        String physical = ExplainWriter.explain(compiled.searchPlan().candidates().getFirst().predictions());
        assertTrue(physical.contains("HashJoin how='semi'") && physical.contains("build=right (semi/anti join"), physical);
        SearchResults on = new Session(new SessionConfig(true, 2)).run(search);
        SearchResults off = new Session(new SessionConfig(false, 1)).run(search);
        assertEquals(2, on.rows().size());
        for (int i = 0; i < on.rows().size(); i++) {
            assertArrayEquals(on.rows().get(i).foldScores(), off.rows().get(i).foldScores());
            assertTrue(Double.isFinite(on.rows().get(i).meanTestScore()));
        }
    }

    @Test
    void filtersPushedBelowAssignAndIntoJoinSidesGiveTheSameFoldScores() {
        DataOp search = search(PREAMBLE + """
                data = flights.assign(hours=flights["distance"] / 500)
                data = data.merge(airports, left_on="origin", right_on="iata")
                data = data[data["latitude"] > 33]
                data = data[(data["distance"] > 300) & (data["delay"].notna())]
                data = data[data["hours"] < data["latitude"]]
                y = data["delay"].skb.mark_as_y()
                X = data[["distance", "hours", "longitude"]].skb.mark_as_X()
                search = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 10.0], name="alpha")), y=y).skb.make_grid_search(cv=3)
                """);
        OptimizationResult compiled = new Session(SessionConfig.defaults()).compile(search);
        assertTrue(compiled.trace().firedRules().contains("push_filter_toward_sources"), compiled.trace().firedRules().toString());
        String optimized = ExplainWriter.explain(compiled.optimized());
        // The latitude filter moved into the airports side, the distance filter below the assign onto the flights read;
        // the last one reads both sides and stays above the join.
        String join = optimized.substring(optimized.indexOf("Join how='inner'"));
        assertTrue(join.indexOf("right: Filter") > 0 && join.indexOf("Assign") > 0
                && join.indexOf("Filter", join.indexOf("Assign")) > 0, optimized);
        SearchResults on = new Session(new SessionConfig(true, 2)).run(search);
        SearchResults off = new Session(new SessionConfig(false, 1)).run(search);
        for (int i = 0; i < on.rows().size(); i++) {
            assertArrayEquals(on.rows().get(i).foldScores(), off.rows().get(i).foldScores());
            assertTrue(Double.isFinite(on.rows().get(i).meanTestScore()));
        }
    }

    @Test
    void isinOfAFrameIsRefusedAtItsLine() {
        StratumError e = assertThrows(StratumError.class, () -> new Session(SessionConfig.defaults()).compile(search(PREAMBLE + """
                data = flights[flights["origin"].isin(airports)]
                y = data["delay"].skb.mark_as_y()
                search = data[["distance"]].skb.mark_as_X().skb.apply(Ridge(), y=y).skb.make_grid_search(cv=3)
                """)));
        assertEquals(7, e.origin().line(), e.getMessage());
        assertTrue(e.getMessage().contains("isin() with a frame"), e.getMessage());
    }

    @Test
    void joinBuildsOnTheSideWithFewerEstimatedRows() {
        OptimizationResult r = new Session(SessionConfig.defaults()).compile(search(PREAMBLE + """
                data = airports.merge(flights, left_on="iata", right_on="origin")
                y = data["delay"].skb.mark_as_y()
                search = data[["distance"]].skb.mark_as_X().skb.apply(Ridge(), y=y).skb.make_grid_search(cv=3)
                """));
        String physical = ExplainWriter.explain(r.searchPlan().candidates().getFirst().predictions());
        assertTrue(physical.contains("HashJoin how='inner', left_on=['iata'], right_on=['origin']"), physical);
        assertTrue(physical.contains("build=left (estimated rows left=217 right=1200)"), physical);
    }

    @Test
    void missingKeyColumnIsReportedAtItsLineWithTheNearestColumns() {
        StratumError e = assertThrows(StratumError.class, () -> new Session(SessionConfig.defaults()).compile(search(PREAMBLE + """
                data = flights.merge(airports, left_on="orgin", right_on="iata")
                y = data["delay"].skb.mark_as_y()
                search = data[["distance"]].skb.mark_as_X().skb.apply(Ridge(), y=y).skb.make_grid_search(cv=3)
                """)));
        assertEquals(7, e.origin().line(), e.getMessage());
        assertTrue(e.getMessage().contains("no column 'orgin'") && e.getMessage().contains("origin"), e.getMessage());
        assertTrue(String.valueOf(e.hint()).contains("did you mean 'origin'"), String.valueOf(e.hint()));
    }

    @Test
    void unsupportedFormsAreRefusedAtTheirLine() {
        for (String line : List.of(
                "data = flights.merge(airports)",
                "data = flights.merge(airports, on='origin', how='cross')",
                "data = flights.groupby('origin', as_index=False).agg(['mean', 'max'])",
                "data = flights.groupby('origin').agg(d=('delay', 'mode'))",
                "data = flights.groupby('origin').mean()",
                "data = flights.sort_values('delay', na_position='first')")) {
            StratumError e = assertThrows(StratumError.class, () -> new Session(SessionConfig.defaults()).compile(search(PREAMBLE
                    + line + "\n" + """
                    y = data["delay"].skb.mark_as_y()
                    search = data[["distance"]].skb.mark_as_X().skb.apply(Ridge(), y=y).skb.make_grid_search(cv=3)
                    """)), line);
            assertEquals(7, e.origin().line(), line + ": " + e.getMessage());
        }
    }
}
