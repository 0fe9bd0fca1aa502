package io.stratum.bench.frames;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.ir.logical.DatetimePart;
import io.stratum.ir.logical.ElementOp;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.io.ParquetReader;
import io.stratum.runtime.kernels.element.ElementKernels;
import io.stratum.runtime.kernels.frame.ComparisonOp;
import io.stratum.runtime.kernels.frame.Reductions;
import io.stratum.runtime.kernels.frame.Scalar;
import io.stratum.runtime.kernels.relational.AggregateFunction;
import io.stratum.runtime.kernels.relational.GroupBy;
import io.stratum.runtime.kernels.relational.GroupTransform;
import io.stratum.runtime.kernels.relational.MaskLogic;
import io.stratum.runtime.kernels.relational.PredicateMask;
import io.stratum.runtime.kernels.relational.Merge;
import io.stratum.runtime.kernels.relational.RowSelection;
import io.stratum.runtime.kernels.relational.SortValues;
import io.stratum.runtime.kernels.relational.GroupSequences;
import io.stratum.runtime.kernels.window.Cumulative;
import io.stratum.runtime.kernels.window.RowSequences;
import io.stratum.runtime.kernels.window.WindowColumns;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * The JVM half of the frames benchmark ({@code bench/frames/run.py}): the same frame operations on the flights
 * data joined with airports, timed in Stratum's kernels and in DuckDB (embedded through its JDBC driver) in one
 * process. Prints one JSON line per (engine, operation): the median wall time of the repetitions and the output
 * rows, which the driver checks agree across engines.
 *
 * <p>Usage: {@code FramesSuite <flights.csv> <flights.parquet> <airports.csv> <repetitions> [stratum|duckdb ...]}
 */
public final class FramesSuite {
    private FramesSuite() {
    }

    /** The operations, in the order the driver prints them (pandas' spelling in the comments). */
    static final List<String> OPERATIONS = List.of("load", "filter", "filter_read", "join", "groupby", "join_groupby", "sort",
            "load_parquet", "dt_fields", "group_transform", "rolling", "group_cumsum");

    /** The {@code .dt} fields the dt_fields operation computes from the Parquet file's datetime column. */
    static final List<DatetimePart> FIELDS = List.of(DatetimePart.YEAR, DatetimePart.MONTH, DatetimePart.DAY,
            DatetimePart.HOUR, DatetimePart.DAYOFWEEK);

    public static void main(String[] args) throws Exception {
        Path flights = Path.of(args[0]);
        Path parquet = Path.of(args[1]);
        Path airports = Path.of(args[2]);
        int reps = Integer.parseInt(args[3]);
        List<String> engines = args.length > 4 ? Arrays.asList(args).subList(4, args.length) : List.of("stratum", "duckdb");
        if (engines.contains("stratum")) {
            stratum(flights, parquet, airports, reps);
        }
        if (engines.contains("duckdb")) {
            duckdb(flights, parquet, airports, reps);
        }
    }

    private static void stratum(Path flightsCsv, Path flightsParquet, Path airportsCsv, int reps) {
        try (MemoryContext ctx = MemoryContext.open()) {
            // Each repetition's result is released once counted, as pandas and polars free theirs (the frame goes
            // out of scope) and DuckDB replaces its result table, and as the plan executor's buffer pool frees an
            // output after its last consumer: held results would make every repetition write fresh memory.
            Table[] loaded = new Table[2];
            time("stratum", "load", reps, () -> {
                Table[] previous = loaded.clone();
                loaded[0] = CsvReader.read(ctx, flightsCsv);
                loaded[1] = CsvReader.read(ctx, airportsCsv);
                Results.release(previous[0]);
                Results.release(previous[1]);
                return loaded[0].rowCount();
            });
            Table flights = loaded[0];
            Table airports = loaded[1];
            // len(df[(df.delay > 10) & (df.distance < 1000)]): the plan executor evaluates such a mask in one pass, and
            // counts the rows a filter keeps from the mask when only their number is asked for (no column gathered)
            time("stratum", "filter", reps, () -> {
                Column mask = PredicateMask.tryEvaluate(ctx, new PredicateMask.Combine(MaskLogic.Op.AND,
                        new PredicateMask.Compare(flights.column("delay"), ComparisonOp.GT, Scalar.of(10L)),
                        new PredicateMask.Compare(flights.column("distance"), ComparisonOp.LT, Scalar.of(1000L))));
                int kept = RowSelection.count(flights, mask);
                Results.close(mask);
                return kept;
            });
            // kept = df[(df.delay > 10) & (df.distance < 1000)]; kept["delay"].sum(); kept.groupby("date").size():
            // the filter's values read, its text too (the filter above reads none of its columns)
            List<GroupBy.Aggregation> perDate = List.of(new GroupBy.Aggregation("n", null, AggregateFunction.SIZE));
            time("stratum", "filter_read", reps, () -> {
                Column mask = PredicateMask.tryEvaluate(ctx, new PredicateMask.Combine(MaskLogic.Op.AND,
                        new PredicateMask.Compare(flights.column("delay"), ComparisonOp.GT, Scalar.of(10L)),
                        new PredicateMask.Compare(flights.column("distance"), ComparisonOp.LT, Scalar.of(1000L))));
                Table kept = RowSelection.filter(flights, mask);
                Results.close(mask);
                Scalar delaySum = Reductions.reduce("sum", 0, kept.column("delay"));
                Table grouped = GroupBy.aggregate(ctx, kept, List.of("date"), perDate, true);
                Results.count(kept, flights);
                return delaySum == null ? -1 : Results.count(grouped, flights);
            });
            // flights.merge(airports, left_on="origin", right_on="iata")
            Merge.Spec join = new Merge.Spec(Merge.How.INNER, List.of("origin"), List.of("iata"), "_x", "_y",
                    Merge.BuildSide.RIGHT);
            time("stratum", "join", reps, () -> Results.count(Merge.merge(ctx, flights, airports, join), flights, airports));
            // flights.groupby("origin").agg(delay_mean=("delay","mean"), distance_max=("distance","max"), n=("delay","size"))
            List<GroupBy.Aggregation> perOrigin = List.of(
                    new GroupBy.Aggregation("delay_mean", "delay", AggregateFunction.MEAN),
                    new GroupBy.Aggregation("distance_max", "distance", AggregateFunction.MAX),
                    new GroupBy.Aggregation("n", "delay", AggregateFunction.SIZE));
            time("stratum", "groupby", reps, () -> Results.count(
                    GroupBy.aggregate(ctx, flights, List.of("origin"), perOrigin, true), flights));
            // flights.merge(airports, ...).groupby("state").agg(delay_mean=("delay","mean"), n=("delay","size"))
            List<GroupBy.Aggregation> perState = List.of(
                    new GroupBy.Aggregation("delay_mean", "delay", AggregateFunction.MEAN),
                    new GroupBy.Aggregation("n", "delay", AggregateFunction.SIZE));
            time("stratum", "join_groupby", reps, () -> {
                Table joined = Merge.merge(ctx, flights, airports, join);
                Table grouped = GroupBy.aggregate(ctx, joined, List.of("state"), perState, true);
                Results.count(joined, flights, airports);
                return Results.count(grouped, flights, airports);
            });
            // flights.groupby("origin")["delay"].transform("mean"): every row gets its origin's mean delay
            List<GroupBy.Aggregation> meanDelay = List.of(new GroupBy.Aggregation("delay", "delay", AggregateFunction.MEAN));
            time("stratum", "group_transform", reps, () -> Results.count(Table.of(
                    GroupTransform.transform(ctx, flights, List.of("origin"), meanDelay, true)), flights));
            // flights["delay"].rolling(30).mean() and .max(): pandas' running sum and a monotonic deque, per row
            Column delay = flights.column("delay");
            time("stratum", "rolling", reps, () -> Results.count(Table.of(List.of(
                    WindowColumns.sliding(ctx, delay, WindowColumns.Statistic.MEAN, 30, 30, 1, RowSequences.whole(delay.length()))
                            .rename("m"),
                    WindowColumns.sliding(ctx, delay, WindowColumns.Statistic.MAX, 30, 30, 1, RowSequences.whole(delay.length()))
                            .rename("x"))),
                    flights));
            // flights.groupby("origin")["delay"].cumsum(): a running total per origin, aligned to the rows
            time("stratum", "group_cumsum", reps, () -> Results.count(Table.of(List.of(WindowColumns.cumulative(ctx, delay,
                    Cumulative.Op.SUM, GroupSequences.of(flights, List.of("origin"), true), true))), flights));
            // flights.sort_values(["origin", "delay"], kind="stable")
            time("stratum", "sort", reps, () -> Results.count(
                    SortValues.sort(flights, List.of("origin", "delay"), List.of(true, true)), flights));
            // pd.read_parquet(path)
            Table[] fromParquet = new Table[1];
            time("stratum", "load_parquet", reps, () -> {
                Table previous = fromParquet[0];
                fromParquet[0] = ParquetReader.read(ctx, flightsParquet, null);
                Results.release(previous);
                return fromParquet[0].rowCount();
            });
            // df.date.dt.year, .month, .day, .hour, .dayofweek
            Column date = fromParquet[0].column("date");
            time("stratum", "dt_fields", reps, () -> {
                Column[] fields = new Column[FIELDS.size()];
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = ElementKernels.apply(ctx, new ElementOp.DatetimeField(FIELDS.get(i)), date);
                }
                int rows = fields[fields.length - 1].length();
                Results.close(fields);
                return rows;
            });
        }
    }

    private static void duckdb(Path flightsCsv, Path flightsParquet, Path airportsCsv, int reps) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            time("duckdb", "load", reps, () -> {
                exec(s, "CREATE OR REPLACE TABLE flights AS SELECT * FROM read_csv('" + flightsCsv.toAbsolutePath() + "', "
                        + PANDAS_NA + ")");
                exec(s, "CREATE OR REPLACE TABLE airports AS SELECT * FROM read_csv('" + airportsCsv.toAbsolutePath()
                        + "', " + PANDAS_NA + ")");
                return count(s, "flights");
            });
            // Each result is materialized as a table, as the frame engines materialize theirs.
            time("duckdb", "filter", reps, () -> into(s, "SELECT * FROM flights WHERE delay > 10 AND distance < 1000"));
            time("duckdb", "filter_read", reps, () -> {
                exec(s, "CREATE OR REPLACE TEMP TABLE kept AS SELECT * FROM flights WHERE delay > 10 AND distance < 1000");
                exec(s, "SELECT sum(delay) FROM kept");
                return into(s, "SELECT date, count(*) AS n FROM kept GROUP BY date ORDER BY date");
            });
            time("duckdb", "join", reps, () -> into(s, "SELECT * FROM flights f JOIN airports a ON f.origin = a.iata"));
            time("duckdb", "groupby", reps, () -> into(s, "SELECT origin, avg(delay) AS delay_mean, max(distance) AS"
                    + " distance_max, count(*) AS n FROM flights GROUP BY origin ORDER BY origin"));
            time("duckdb", "join_groupby", reps, () -> into(s, "SELECT a.state, avg(f.delay) AS delay_mean, count(*) AS n"
                    + " FROM flights f JOIN airports a ON f.origin = a.iata WHERE a.state IS NOT NULL GROUP BY a.state ORDER BY a.state"));
            time("duckdb", "sort", reps, () -> into(s, "SELECT * FROM flights ORDER BY origin, delay"));
            // A window aggregate keeps every row, as pandas' transform does (in the table's order: the result is
            // materialized, its order not asked for).
            time("duckdb", "group_transform", reps, () -> into(s, "SELECT avg(delay) OVER (PARTITION BY origin) AS delay"
                    + " FROM flights"));
            time("duckdb", "rolling", reps, () -> into(s, "SELECT avg(delay) OVER w AS m, max(delay) OVER w AS x FROM flights"
                    + " WINDOW w AS (ROWS BETWEEN 29 PRECEDING AND CURRENT ROW)"));
            time("duckdb", "group_cumsum", reps, () -> into(s, "SELECT sum(delay) OVER (PARTITION BY origin ROWS UNBOUNDED"
                    + " PRECEDING) AS delay FROM flights"));
            time("duckdb", "load_parquet", reps, () -> {
                exec(s, "CREATE OR REPLACE TABLE flights_pq AS SELECT * FROM read_parquet('"
                        + flightsParquet.toAbsolutePath() + "')");
                return count(s, "flights_pq");
            });
            time("duckdb", "dt_fields", reps, () -> into(s, "SELECT year(date) AS year, month(date) AS month,"
                    + " day(date) AS day, hour(date) AS hour, isodow(date) - 1 AS dayofweek FROM flights_pq"));
        }
    }

    /** pandas' default NA strings as DuckDB's {@code nullstr}: every engine reads the same missing values. */
    private static final String PANDAS_NA = "nullstr = ['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN',"
            + " '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null']";

    private static int into(Statement s, String query) {
        exec(s, "CREATE OR REPLACE TEMP TABLE result AS " + query);
        return count(s, "result");
    }

    private static void exec(Statement s, String sql) {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static int count(Statement s, String table) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Time the JIT compilers spent, summed over their threads (the JVM's own count, in milliseconds). */
    private static final java.lang.management.CompilationMXBean JIT = java.lang.management.ManagementFactory
            .getCompilationMXBean();

    /**
     * Prints the median wall and process CPU seconds of {@code reps} runs (CPU of every thread, GC and JIT included,
     * read precisely by {@link ProcessCpu}: on a machine shared with other work, wall times mostly measure the queue
     * for a core, CPU seconds what the operation itself cost), and, so that a one-shot run's JIT compilation is
     * neither hidden nor blamed on the kernels, the first run's CPU, the JIT compilers' time in the first run and over
     * all runs, and every run's CPU and JIT seconds in order.
     */
    private static void time(String engine, String op, int reps, IntSupplier body) {
        double[] seconds = new double[reps];
        double[] cpu = new double[reps];
        double[] jit = new double[reps];
        int rows = -1;
        for (int i = 0; i < reps; i++) {
            long start = System.nanoTime();
            long cpuStart = ProcessCpu.nanos();
            long jitStart = JIT.getTotalCompilationTime();
            rows = body.getAsInt();
            seconds[i] = (System.nanoTime() - start) / 1e9;
            cpu[i] = (ProcessCpu.nanos() - cpuStart) / 1e9;
            jit[i] = (JIT.getTotalCompilationTime() - jitStart) / 1e3;
        }
        double firstCpu = cpu[0];
        double firstJit = jit[0];
        double allJit = Arrays.stream(jit).sum();
        String cpuReps = list(cpu);
        String jitReps = list(jit);
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "{\"engine\": \"%s\", \"op\": \"%s\", \"seconds\": %.6f, \"cpu_seconds\": %.6f,"
                + " \"first_cpu_seconds\": %.6f, \"first_jit_seconds\": %.6f, \"jit_seconds\": %.6f, \"rows\": %d,"
                + " \"reps\": %d, \"cpu_reps\": %s, \"jit_reps\": %s, \"cpu_clock\": \"%s\"}%n", engine, op,
                seconds[reps / 2], cpu[reps / 2], firstCpu, firstJit, allJit, rows, reps, cpuReps, jitReps,
                ProcessCpu.precise() ? "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)" : "OperatingSystemMXBean (10 ms steps)");
        System.out.flush();
    }

    /** A JSON list of seconds, in run order. */
    private static String list(double[] values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", values[i]));
        }
        return b.append(']').toString();
    }
}
