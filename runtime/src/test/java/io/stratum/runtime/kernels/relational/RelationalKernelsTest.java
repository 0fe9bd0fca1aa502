package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.frame.ColumnArithmetic;
import io.stratum.runtime.kernels.frame.ComparisonOp;
import io.stratum.runtime.kernels.frame.Scalar;
import io.stratum.runtime.kernels.parallel.RowChunks;
import io.stratum.runtime.kernels.relational.GroupBy.Aggregation;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every relational kernel against pandas 3 on a sample of the flights and airports data and on small frames with
 * missing keys and values ({@code runtime/reference/make_relational_reference.py}): names, dtypes, row order and
 * values. Sums, means and variances are held bit for bit, as the kernels use pandas' own summation order.
 */
class RelationalKernelsTest {
    private static MemoryContext ctx;
    private static Map<String, Table> inputs;

    @BeforeAll
    static void read() {
        ctx = MemoryContext.open();
        inputs = new LinkedHashMap<>();
        for (String name : List.of("flights_sample", "airports_sample", "merge_left", "merge_right", "groups_nulls")) {
            inputs.put(name, CsvReader.read(ctx, Reference.input(name + ".csv")));
        }
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static Table in(String name) {
        return inputs.get(name);
    }

    private static Merge.Spec spec(Merge.How how, List<String> l, List<String> r, String ls, String rs) {
        return new Merge.Spec(how, l, r, ls, rs, Merge.BuildSide.RIGHT);
    }

    private static List<Aggregation> all(String col) {
        List<Aggregation> out = new ArrayList<>();
        for (AggregateFunction f : AggregateFunction.values()) {
            out.add(new Aggregation(f.pandasName(), col, f));
        }
        // pandas' named aggregation order in the reference script
        List<String> order = List.of("mean", "sum", "count", "size", "min", "max", "median", "std", "var", "nunique",
                "first", "last");
        out.sort((a, b) -> Integer.compare(order.indexOf(a.output()), order.indexOf(b.output())));
        return out;
    }

    private static Column cmp(String table, String col, ComparisonOp op, Scalar value) {
        return ColumnArithmetic.compare(ctx, op, in(table).column(col), value);
    }

    static Stream<Object[]> cases() {
        Map<String, Function<Void, Table>> c = new LinkedHashMap<>();
        for (Merge.How how : Merge.How.values()) {
            String h = how.name().toLowerCase();
            c.put("merge_flights_airports_" + h, v -> Merge.merge(ctx, in("flights_sample"), in("airports_sample"),
                    spec(how, List.of("origin"), List.of("iata"), "_x", "_y")));
            c.put("merge_multikey_" + h, v -> Merge.merge(ctx, in("merge_left"), in("merge_right"),
                    spec(how, List.of("k1", "k2"), List.of("k1", "k2"), "_l", "_r")));
            c.put("merge_nullkey_" + h, v -> Merge.merge(ctx, in("merge_left"), in("merge_right"),
                    spec(how, List.of("k1"), List.of("k1"), "_x", "_y")));
        }
        c.put("merge_dest_leftright_names", v -> {
            Table airports = in("airports_sample");
            List<Column> renamed = new ArrayList<>();
            for (Column col : airports.columns()) {
                renamed.add(col.rename(switch (col.name()) {
                    case "iata" -> "destination";
                    case "name" -> "origin";
                    default -> col.name();
                }));
            }
            return Merge.merge(ctx, in("flights_sample"), Table.of(renamed), spec(Merge.How.LEFT,
                    List.of("destination"), List.of("destination"), "_flight", "_airport"));
        });
        c.put("groupby_origin_delay", v -> GroupBy.aggregate(ctx, in("flights_sample"), List.of("origin"), all("delay"), true));
        c.put("groupby_origin_dest_unsorted", v -> GroupBy.aggregate(ctx, in("flights_sample"),
                List.of("origin", "destination"), List.of(
                        new Aggregation("delay_mean", "delay", AggregateFunction.MEAN),
                        new Aggregation("distance_max", "distance", AggregateFunction.MAX),
                        new Aggregation("n", "delay", AggregateFunction.SIZE),
                        new Aggregation("first_date", "date", AggregateFunction.FIRST),
                        new Aggregation("last_date", "date", AggregateFunction.LAST)), false));
        c.put("groupby_state_latitude", v -> GroupBy.aggregate(ctx, in("airports_sample"), List.of("state"), all("latitude"), true));
        c.put("groupby_nulls_float", v -> GroupBy.aggregate(ctx, in("groups_nulls"), List.of("g"), all("x"), true));
        c.put("groupby_nulls_int", v -> GroupBy.aggregate(ctx, in("groups_nulls"), List.of("g", "h"), all("n"), true));
        c.put("groupby_nulls_string", v -> {
            List<Aggregation> aggs = new ArrayList<>();
            for (String f : List.of("count", "size", "min", "max", "nunique", "first", "last")) {
                aggs.add(new Aggregation(f, "s", AggregateFunction.fromName(f)));
            }
            return GroupBy.aggregate(ctx, in("groups_nulls"), List.of("g"), aggs, true);
        });
        c.put("filter_mask", v -> RowSelection.filter(in("flights_sample"), MaskLogic.combine(ctx, MaskLogic.Op.OR,
                MaskLogic.combine(ctx, MaskLogic.Op.AND, cmp("flights_sample", "delay", ComparisonOp.GT, Scalar.of(10L)),
                        cmp("flights_sample", "distance", ComparisonOp.LT, Scalar.of(1000L))),
                MaskLogic.not(ctx, cmp("flights_sample", "origin", ComparisonOp.EQ, Scalar.of("LAX"))))));
        c.put("filter_xor_strings", v -> RowSelection.filter(in("flights_sample"), MaskLogic.combine(ctx, MaskLogic.Op.XOR,
                cmp("flights_sample", "origin", ComparisonOp.GE, Scalar.of("M")),
                cmp("flights_sample", "delay", ComparisonOp.LE, Scalar.of(0L)))));
        c.put("sort_origin_delay_desc", v -> SortValues.sort(in("flights_sample"), List.of("origin", "delay"), List.of(true, false)));
        c.put("sort_delay_stable", v -> SortValues.sort(in("flights_sample"), List.of("delay"), List.of(true)));
        c.put("sort_nulls_desc", v -> SortValues.sort(in("groups_nulls"), List.of("x"), List.of(false)));
        c.put("sort_nulls_two_keys", v -> SortValues.sort(in("groups_nulls"), List.of("g", "x"), List.of(false, true)));
        c.put("concat_rows", v -> Concat.rows(ctx, List.of(in("merge_left"), in("merge_right"), RowSelection.head(in("merge_left"), 2))));
        c.put("concat_columns", v -> {
            Table right = in("merge_right");
            Table r8 = Table.of(right.column("k2"), right.column("a").rename("ra"), right.column("c"));
            // pandas reindexes the 7-row right frame to the left's 8 rows: the last row is missing.
            Table r8padded = Merge.merge(ctx, Table.of(io.stratum.runtime.data.Int64Column.of(ctx, "i", new long[] {0, 1, 2, 3, 4, 5, 6, 7})),
                    withIndex(r8), spec(Merge.How.LEFT, List.of("i"), List.of("i"), "_x", "_y")).drop(List.of("i"));
            return Concat.columns(List.of(in("merge_left").select(List.of("k1", "a")), r8padded));
        });
        c.put("drop_duplicates_first", v -> DropDuplicates.dropDuplicates(in("flights_sample"), List.of("origin", "destination"), DropDuplicates.Keep.FIRST));
        c.put("drop_duplicates_last", v -> DropDuplicates.dropDuplicates(in("flights_sample"), List.of("origin", "destination"), DropDuplicates.Keep.LAST));
        c.put("drop_duplicates_false", v -> DropDuplicates.dropDuplicates(in("flights_sample"), List.of("origin", "destination"), DropDuplicates.Keep.NONE));
        c.put("drop_duplicates_all_nulls", v -> DropDuplicates.dropDuplicates(in("groups_nulls"), List.of(), DropDuplicates.Keep.FIRST));
        c.put("value_counts_origin", v -> ValueCounts.valueCounts(ctx, in("flights_sample"), List.of("origin"), false));
        c.put("value_counts_pairs_normalized", v -> ValueCounts.valueCounts(ctx, in("flights_sample"), List.of("origin", "destination"), true));
        c.put("value_counts_nulls", v -> ValueCounts.valueCounts(ctx, in("groups_nulls"), List.of("s"), false));
        isinCases().forEach((name, args) -> c.put(name, v -> isin(args, true)));
        c.put("isin_mask_column", v -> Table.of(Membership.isIn(ctx, in("merge_left").column("k1"), in("merge_right").column("k1"))));
        c.put("head_7", v -> RowSelection.head(in("flights_sample"), 7));
        c.put("tail_5", v -> RowSelection.tail(in("flights_sample"), 5));
        c.put("head_negative", v -> RowSelection.head(in("groups_nulls"), -9));
        List<Object[]> out = new ArrayList<>();
        c.forEach((name, f) -> out.add(new Object[] {name, f}));
        return out.stream();
    }

    /** The isin fixtures: table, key, lookup table, lookup column, anti ("anti" or "semi"). */
    private static Map<String, List<String>> isinCases() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("isin_destination_in_origins", List.of("flights_sample", "destination", "flights_head_40", "origin", "semi"));
        m.put("isin_not_origin_in_airports", List.of("flights_sample", "origin", "airports_sample", "iata", "anti"));
        m.put("isin_nullkey_semi", List.of("merge_left", "k1", "merge_right", "k1", "semi"));
        m.put("isin_nullkey_anti", List.of("merge_left", "k1", "merge_right", "k1", "anti"));
        m.put("isin_strings_with_missing", List.of("merge_left", "s", "merge_right", "c", "semi"));
        m.put("isin_strings_vs_numbers_anti", List.of("merge_left", "s", "merge_right", "a", "anti"));
        m.put("isin_int_in_float_with_nan", List.of("groups_nulls", "n", "merge_right", "k1", "semi"));
        return m;
    }

    /** {@code df[df[k].isin(other[k2])]} (or with {@code ~}) as a semi/anti join, or as a mask and a row filter. */
    private static Table isin(List<String> a, boolean viaJoin) {
        Table table = in(a.get(0));
        Table lookupTable = a.get(2).equals("flights_head_40") ? RowSelection.head(in("flights_sample"), 40) : in(a.get(2));
        Column lookup = lookupTable.column(a.get(3));
        boolean semi = a.get(4).equals("semi");
        if (viaJoin) {
            return Membership.semiJoin(table, a.get(1), lookup, semi);
        }
        Column mask = Membership.isIn(ctx, table.column(a.get(1)), lookup);
        return RowSelection.filter(table, semi ? mask : MaskLogic.not(ctx, mask));
    }

    @Test
    void isinMaskAndSemiJoinGiveTheSameRowsAsPandas() {
        isinCases().forEach((name, args) -> FrameFixture.load(name).assertMatches(isin(args, false), 0.0, name + " (mask)"));
    }

    @Test
    void isinOfADatetimeColumnInNumbersIsRefused() {
        Column when = io.stratum.runtime.data.TimestampColumn.of(ctx, "when", new long[] {0L, 86_400_000_000L}, null);
        DataException e = assertThrows(DataException.class, () -> Membership.matches(when, in("merge_left").column("a")));
        assertTrue(e.getMessage().contains("a datetime column matches only datetimes"), e.getMessage());
    }

    private static Table withIndex(Table t) {
        long[] idx = new long[t.rowCount()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        return Table.of(io.stratum.runtime.data.Int64Column.of(ctx, "i", idx)).concatColumns(t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPandas(String name, Function<Void, Table> operation) {
        FrameFixture.load(name).assertMatches(operation.apply(null), 0.0, name);
    }

    @Test
    void everyFixtureHasACase() throws Exception {
        List<String> covered = cases().map(a -> (String) a[0]).toList();
        try (var files = java.nio.file.Files.list(Reference.fixture("relational"))) {
            List<String> fixtures = files.map(p -> p.getFileName().toString().replace(".csv", "")).sorted().toList();
            for (String f : fixtures) {
                assertTrue(covered.contains(f), "fixture relational/" + f + ".csv has no test case");
            }
        }
    }

    @Test
    void missingKeyColumnNamesTheNearestColumns() {
        DataException e = assertThrows(DataException.class, () -> Merge.merge(ctx, in("flights_sample"),
                in("airports_sample"), spec(Merge.How.INNER, List.of("orign"), List.of("iata"), "_x", "_y")));
        assertTrue(e.getMessage().contains("no column 'orign' in the left frame; did you mean 'origin'?"), e.getMessage());
        DataException g = assertThrows(DataException.class, () -> GroupBy.aggregate(ctx, in("flights_sample"),
                List.of("destinaton"), all("delay"), true));
        assertTrue(g.getMessage().contains("'destination'"), g.getMessage());
    }

    @Test
    void mergingStringsWithNumbersIsRefusedAsPandasDoes() {
        DataException e = assertThrows(DataException.class, () -> Merge.merge(ctx, in("flights_sample"),
                in("airports_sample"), spec(Merge.How.INNER, List.of("delay"), List.of("iata"), "_x", "_y")));
        assertTrue(e.getMessage().contains("astype"), e.getMessage());
    }

    @Test
    void buildSideDoesNotChangeTheResult() {
        for (Merge.How how : Merge.How.values()) {
            Table right = Merge.merge(ctx, in("flights_sample"), in("airports_sample"),
                    new Merge.Spec(how, List.of("origin"), List.of("iata"), "_x", "_y", Merge.BuildSide.RIGHT));
            Table left = Merge.merge(ctx, in("flights_sample"), in("airports_sample"),
                    new Merge.Spec(how, List.of("origin"), List.of("iata"), "_x", "_y", Merge.BuildSide.LEFT));
            assertEquals(right.toString(), left.toString(), how.name());
            FrameFixture.load("merge_flights_airports_" + how.name().toLowerCase()).assertMatches(left, 0.0, how.name());
        }
    }

    @Test
    void parallelProbeOverManyChunksKeepsPandasOrder() {
        List<Table> copies = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            copies.add(in("flights_sample"));
        }
        Table big = Concat.rows(ctx, copies);
        assertTrue(big.rowCount() > RowChunks.CHUNK, "the input must span several row chunks");
        for (Merge.How how : List.of(Merge.How.INNER, Merge.How.LEFT)) {
            Table once = Merge.merge(ctx, in("flights_sample"), in("airports_sample"), spec(how, List.of("origin"), List.of("iata"), "_x", "_y"));
            List<Table> expectedCopies = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                expectedCopies.add(once);
            }
            assertSameRows(Concat.rows(ctx, expectedCopies),
                    Merge.merge(ctx, big, in("airports_sample"), spec(how, List.of("origin"), List.of("iata"), "_x", "_y")));
        }
    }

    private static void assertSameRows(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        assertEquals(expected.types(), actual.types());
        assertEquals(expected.rowCount(), actual.rowCount());
        for (int j = 0; j < expected.columnCount(); j++) {
            for (int i = 0; i < expected.rowCount(); i++) {
                assertEquals(expected.column(j).format(i), actual.column(j).format(i), "row " + i + " column " + j);
            }
        }
    }
}
