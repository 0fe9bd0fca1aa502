package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.AssignColumns;
import io.stratum.ir.physical.ColumnExpr;
import io.stratum.ir.physical.DropColumns;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.ScanCsv;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.physical.SelectColumn;
import io.stratum.ir.physical.SplitRows;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors a user can cause at run time come out as {@link StratumError}s attributed to the script line of the
 * operator that failed, with a message that says what exists — the same with one thread or several.
 */
class ExecutionErrorsTest {
    private static final List<String> SEATTLE_COLUMNS = List.of("date", "precipitation", "temp_max", "temp_min", "wind", "weather");

    @TempDir
    Path dir;

    private static StratumError run(SearchPlan plan, int threads) {
        return assertThrows(StratumError.class, () -> SearchDriver.standard().run(plan, new SearchOptions(threads)));
    }

    private static void assertListsColumns(StratumError e, List<String> columns) {
        for (String c : columns) {
            assertTrue(e.getMessage().contains(c), () -> "message should list column '" + c + "': " + e.getMessage());
        }
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void missingColumnBeforeTheSplitNamesTheColumnsThatExist(int threads) {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        DropColumns typo = new DropColumns(q.scan(), List.of("temp_maxx", "date"), TestPlans.line(13));
        SplitRows x = new SplitRows(typo, "X", TestPlans.line(13));
        FitPredict ridge = new FitPredict(x, q.y(), TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(19));

        StratumError e = run(TestPlans.single(ridge, q.y(), 5), threads);

        assertEquals(TestPlans.line(13), e.origin());
        assertTrue(e.getMessage().contains("'temp_maxx'"), e.getMessage());
        assertListsColumns(e, SEATTLE_COLUMNS);
        // the nearest existing name comes first
        assertTrue(e.getMessage().contains("columns are: temp_max,"), e.getMessage());
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void missingColumnOfATransformerAfterTheSplitIsAttributedToTheApply(int threads) {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        FitTransform encoder = new FitTransform(q.assigned(), TestPlans.oneHot(), List.of("Weather"), "onehot_dense",
                TestPlans.line(16));
        FitPredict ridge = new FitPredict(encoder, q.y(), TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(19));

        StratumError e = run(TestPlans.single(ridge, q.y(), 5), threads);

        assertEquals(TestPlans.line(16), e.origin());
        assertTrue(e.getMessage().contains("'Weather'"), e.getMessage());
        assertListsColumns(e, List.of("precipitation", "temp_min", "wind", "weather", "wet_wind"));
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void missingColumnInAnAssignedExpression(int threads) {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        AssignColumns assign = new AssignColumns(List.of(q.x()), List.of("wet_wind"), List.of(new ColumnExpr.Binary(
                BinaryOperator.MUL, new ColumnExpr.InputColumn(0, "wnd"), new ColumnExpr.InputColumn(0, "precipitation"))),
                TestPlans.line(15));
        FitTransform encoder = new FitTransform(assign, TestPlans.oneHot(), List.of("weather"), "onehot_dense", TestPlans.line(16));
        FitPredict ridge = new FitPredict(encoder, q.y(), TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(19));

        StratumError e = run(TestPlans.single(ridge, q.y(), 5), threads);

        assertEquals(TestPlans.line(15), e.origin());
        assertTrue(e.getMessage().contains("'wnd'"), e.getMessage());
        assertListsColumns(e, List.of("precipitation", "temp_min", "wind", "weather"));
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void missingFileNamesThePath(int threads) {
        Path absent = dir.resolve("no-such-weather.csv");
        ScanCsv scan = new ScanCsv(absent.toString(), "data/no-such-weather.csv", TestPlans.line(10));
        SplitRows y = new SplitRows(new SelectColumn(scan, "temp_max", TestPlans.line(12)), "y", TestPlans.line(12));
        SplitRows x = new SplitRows(new DropColumns(scan, List.of("temp_max"), TestPlans.line(13)), "X", TestPlans.line(13));
        FitPredict ridge = new FitPredict(x, y, TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(19));

        StratumError e = run(TestPlans.single(ridge, y, 5), threads);

        assertEquals(TestPlans.line(10), e.origin());
        assertTrue(e.getMessage().contains("data/no-such-weather.csv"), e.getMessage());
        assertTrue(e.getMessage().contains(absent.toString()), "the resolved path helps with relative paths: " + e.getMessage());
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void xAndYWithDifferentRowCounts(int threads) throws IOException {
        List<String> lines = Files.readAllLines(TestPlans.seattleWeather());
        Path shorter = dir.resolve("shorter.csv");
        Files.write(shorter, lines.subList(0, 101));
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        ScanCsv other = new ScanCsv(shorter.toString(), "shorter.csv", TestPlans.line(11));
        SplitRows y = new SplitRows(new SelectColumn(other, "temp_max", TestPlans.line(12)), "y", TestPlans.line(12));
        FitPredict ridge = new FitPredict(q.scaler(), y, TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(19));

        StratumError e = run(TestPlans.single(ridge, y, 5), threads);

        int rows = lines.size() - 1;
        assertTrue(e.getMessage().contains("100 rows") && e.getMessage().contains(String.valueOf(rows)), e.getMessage());
        assertTrue(e.origin().equals(TestPlans.line(12)) || e.origin().equals(TestPlans.line(13)), "origin " + e.origin());
        assertTrue(e.getMessage().contains(e.origin().equals(TestPlans.line(12)) ? TestPlans.line(13).toString()
                : TestPlans.line(12).toString()), "the message points at the other mark: " + e.getMessage());
    }

    /** The quick start on a copy of the data whose temp_max is blank on the given 0-based data rows. */
    private SearchPlan withMissingTargets(int... blankRows) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(TestPlans.seattleWeather()));
        for (int r : blankRows) {
            String[] f = lines.get(r + 1).split(",", -1);
            f[2] = "";
            lines.set(r + 1, String.join(",", f));
        }
        Path copy = dir.resolve("weather-with-gaps.csv");
        Files.write(copy, lines);
        return TestPlans.quickstart(copy).search(List.of(1.0), false, 5, "r2");
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void missingTargetInTheMiddleIsRefused(int threads) throws IOException {
        // Row 700 of 1461 is in fold 2's test rows and every other fold's training rows.
        StratumError e = run(withMissingTargets(700), threads);

        assertEquals(TestPlans.line(19), e.origin());
        assertTrue(e.getMessage().contains("'temp_max'") && e.getMessage().contains("missing"), e.getMessage());
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void missingTargetInTheFirstTestFoldIsRefusedTheSameWay(int threads) throws IOException {
        // Row 0 is in fold 0's test rows: the first cell to run scores a NaN target before any fit has seen it.
        StratumError e = run(withMissingTargets(0), threads);

        assertEquals(TestPlans.line(19), e.origin());
        assertTrue(e.getMessage().contains("'temp_max'") && e.getMessage().contains("missing"), e.getMessage());
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void transformerUsedAsLearner(int threads) {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        FitPredict wrong = new FitPredict(q.scaler(), q.y(), TestPlans.scaler(), "standard_scaler", TestPlans.line(19));

        StratumError e = run(TestPlans.single(wrong, q.y(), 5), threads);

        assertEquals(TestPlans.line(19), e.origin());
        assertTrue(e.getMessage().contains("StandardScaler") && e.getMessage().contains("transformer"), e.getMessage());
    }
}
