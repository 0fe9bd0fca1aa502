package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.StringFunction;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvOptions;
import io.stratum.runtime.kernels.element.ElementKernels;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.frame.ColumnArithmetic;
import io.stratum.runtime.kernels.frame.ComparisonOp;
import io.stratum.runtime.kernels.frame.Scalar;
import io.stratum.runtime.kernels.relational.GroupBy.Aggregation;
import io.stratum.runtime.reference.Reference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pandas 3's category dtype through the frame kernels ({@code runtime/reference/make_category_reference.py}): values,
 * dtypes and every category column's categories, including categories no row holds any more after a filter.
 */
class CategoryDtypeTest {
    private static MemoryContext ctx;
    private static Table nulls;
    private static Table flights;
    private static Map<String, Map<String, List<String>>> categories;

    @BeforeAll
    static void read() throws IOException {
        ctx = MemoryContext.open();
        nulls = io.stratum.runtime.io.CsvReader.read(ctx, Reference.input("groups_nulls.csv"));
        flights = io.stratum.runtime.io.CsvReader.read(ctx, Reference.input("flights_sample.csv"));
        categories = new LinkedHashMap<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(Reference.fixture("category/categories.csv"))) {
            r.stream().skip(1).forEach(row -> categories.computeIfAbsent(row.getField(0), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.getField(1), k -> new ArrayList<>()).add(row.getField(3)));
        }
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static Column op(Column c, ElementOp op) {
        return ElementKernels.apply(ctx, op, c);
    }

    private static Table asCategory(Table t, String... names) {
        for (String n : names) {
            t = t.withColumn(n, op(t.column(n), new ElementOp.Cast("category")));
        }
        return t;
    }

    private static Table cat() {
        return asCategory(nulls, "g", "s");
    }

    private static Table noC() {
        Table cat = cat();
        return RowSelection.filter(cat, ColumnArithmetic.compare(ctx, ComparisonOp.LT, cat.column("n"), Scalar.of(5L)));
    }

    static Stream<Object[]> cases() {
        Map<String, Supplier<Table>> c = new LinkedHashMap<>();
        c.put("astype", CategoryDtypeTest::cat);
        c.put("filter_keeps_categories", CategoryDtypeTest::noC);
        c.put("value_counts", () -> ValueCounts.valueCounts(ctx, noC(), List.of("g"), false));
        c.put("value_counts_normalized", () -> ValueCounts.valueCounts(ctx, noC(), List.of("s"), true));
        c.put("groupby_observed", () -> GroupBy.aggregate(ctx, noC(), List.of("g"), List.of(
                new Aggregation("x", "x", AggregateFunction.SUM), new Aggregation("n", "n", AggregateFunction.SIZE),
                new Aggregation("s", "s", AggregateFunction.FIRST), new Aggregation("k", "s", AggregateFunction.NUNIQUE)),
                true));
        c.put("groupby_two_keys_unsorted", () -> GroupBy.aggregate(ctx, cat(), List.of("h", "g"),
                List.of(new Aggregation("x", "x", AggregateFunction.MEAN)), false));
        c.put("merge_same_categories", () -> Merge.merge(ctx, cat(), keys(cat(), "w", 1, true), spec(Merge.How.INNER)));
        c.put("merge_other_categories", () -> Merge.merge(ctx, cat(), keys(asCategory(noC().select(List.of("g"))
                .withColumn("g", op(noC().column("g"), new ElementOp.Cast("str"))), "g"), "w", 2, false),
                spec(Merge.How.LEFT)));
        c.put("merge_category_with_str", () -> Merge.merge(ctx, cat(), keys(nulls, "w", 3, true), spec(Merge.How.INNER)));
        c.put("concat_same_categories", () -> Concat.rows(ctx, List.of(cat(), noC())));
        c.put("concat_with_str", () -> Concat.rows(ctx, List.of(cat(), nulls)));
        c.put("sort_values", () -> SortValues.sort(cat(), List.of("g", "n"), List.of(true, true)));
        c.put("drop_duplicates", () -> DropDuplicates.dropDuplicates(cat(), List.of("g"), DropDuplicates.Keep.FIRST));
        c.put("fillna_category", () -> cat().withColumn("g", op(cat().column("g"), new ElementOp.FillNa(Const.of("a")))));
        c.put("astype_str", () -> cat().withColumn("g", op(cat().column("g"), new ElementOp.Cast("str"))));
        c.put("isin_eq", () -> Table.of(
                op(cat().column("g"), new ElementOp.IsIn(List.of(Const.of("a"), Const.of("c")))).rename("isin"),
                ColumnArithmetic.compare(ctx, ComparisonOp.EQ, cat().column("g"), Scalar.of("b")).rename("eq"),
                ColumnArithmetic.compare(ctx, ComparisonOp.NE, cat().column("s"), Scalar.of("kiwi")).rename("ne")));
        c.put("str_contains_len", () -> Table.of(
                op(cat().column("s"), new ElementOp.StringMethod(StringFunction.CONTAINS,
                        List.of(Const.of("i"), Const.of(true), Const.of(true))))
                        .rename("has_i"),
                op(cat().column("s"), new ElementOp.StringMethod(StringFunction.LEN, List.of())).rename("len")));
        c.put("cat_codes", () -> Table.of(op(noC().column("g"), new ElementOp.CategoryCodes()),
                op(noC().column("s"), new ElementOp.CategoryCodes())));
        c.put("remove_unused_categories", () -> noC().withColumn("g",
                op(noC().column("g"), new ElementOp.RemoveUnusedCategories())));
        c.put("read_csv_dtype", () -> io.stratum.runtime.io.CsvReader.read(ctx, Reference.input("groups_nulls.csv"),
                CsvOptions.fromConst(new Const.DictConst(List.of(Const.of("dtype")), List.of(new Const.DictConst(
                        List.of(Const.of("h"), Const.of("g")), List.of(Const.of("category"), Const.of("category"))))),
                        List.of("g", "h", "x", "n", "s"))));
        c.put("flights_origin", () -> RowSelection.head(asCategory(flights, "origin").select(List.of("origin", "delay")), 300));
        List<Object[]> out = new ArrayList<>();
        c.forEach((name, f) -> out.add(new Object[] {name, f}));
        return out.stream();
    }

    /** {@code df[["g"]].drop_duplicates()}, then {@code .dropna()} when asked, then {@code .assign(w=value)}. */
    private static Table keys(Table t, String name, long value, boolean dropna) {
        Table g = DropDuplicates.dropDuplicates(t.select(List.of("g")), List.of("g"), DropDuplicates.Keep.FIRST);
        if (dropna) {
            g = RowSelection.filter(g, op(g.column("g"), new ElementOp.IsNa(true)));
        }
        long[] w = new long[g.rowCount()];
        java.util.Arrays.fill(w, value);
        return g.withColumn(name, io.stratum.runtime.data.Int64Column.of(ctx, name, w));
    }

    private static Merge.Spec spec(Merge.How how) {
        return new Merge.Spec(how, List.of("g"), List.of("g"), "_x", "_y", Merge.BuildSide.RIGHT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPandas(String name, Supplier<Table> operation) {
        Table actual = operation.get();
        FrameFixture.load("category", name).assertMatches(actual, 1e-15, name);
        Map<String, List<String>> expected = categories.getOrDefault(name, Map.of());
        for (Column c : actual.columns()) {
            String[] got = c instanceof StringColumn s ? s.categories() : null;
            if (expected.containsKey(c.name())) {
                assertArrayEquals(expected.get(c.name()).toArray(new String[0]), got, name + ": categories of " + c.name());
                StringColumn s = (StringColumn) c;
                for (int i = 0; i < s.length(); i++) {
                    int code = s.codes().codes()[i];
                    assertEquals(s.getString(i), code < 0 ? null : got[code], name + ": code of row " + i);
                }
            } else {
                assertNull(got, name + ": column " + c.name() + " is not a category column in pandas");
            }
        }
    }

    @Test
    void oneHotEncoderReadsTheValuesNotTheCategories() throws IOException {
        List<String> expected = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(Reference.fixture("category/onehot.csv"))) {
            r.stream().skip(1).forEach(row -> expected.add(row.getField(1).equals(FrameFixture.MISSING) ? "nan" : row.getField(1)));
        }
        var fitted = OneHotEncoderKernel.fit(noC().select(List.of("g")),
                new OneHotParams(OneHotParams.HandleUnknown.IGNORE, OneHotParams.Drop.NONE));
        assertEquals(expected, fitted.categories().get(0).labels());
        // the same encoder as on the str column: a category column fitted and a str one transformed agree
        var plain = OneHotEncoderKernel.fit(nulls.select(List.of("g")).take(rowsOf(noC())),
                new OneHotParams(OneHotParams.HandleUnknown.IGNORE, OneHotParams.Drop.NONE));
        assertEquals(plain.categories().get(0).labels(), fitted.categories().get(0).labels());
    }

    private static int[] rowsOf(Table filtered) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < nulls.rowCount(); i++) {
            if (nulls.column("n").toDoubleArray()[i] < 5) {
                rows.add(i);
            }
        }
        assertEquals(filtered.rowCount(), rows.size());
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void pandasRefusalsAreLocatedErrors() {
        Column g = cat().column("g");
        assertEquals(DataType.CATEGORY, g.type());
        DataException fill = assertThrows(DataException.class, () -> op(g, new ElementOp.FillNa(Const.of("q"))));
        assertTrue(fill.getMessage().contains("'q' is not one of its categories ['a', 'b', 'c']"), fill.getMessage());
        DataException less = assertThrows(DataException.class,
                () -> ColumnArithmetic.compare(ctx, ComparisonOp.LT, g, Scalar.of("b")));
        assertTrue(less.getMessage().contains("only with == and !="), less.getMessage());
        DataException upper = assertThrows(DataException.class,
                () -> op(g, new ElementOp.StringMethod(StringFunction.UPPER, List.of())));
        assertTrue(upper.getMessage().contains("object dtype"), upper.getMessage());
        DataException max = assertThrows(DataException.class, () -> GroupBy.aggregate(ctx, cat(), List.of("h"),
                List.of(new Aggregation("m", "g", AggregateFunction.MAX)), true));
        assertTrue(max.getMessage().contains("category column 'g'"), max.getMessage());
        DataException numbers = assertThrows(DataException.class,
                () -> op(nulls.column("n"), new ElementOp.Cast("category")));
        assertTrue(numbers.getMessage().contains("str categories"), numbers.getMessage());
        DataException strLeft = assertThrows(DataException.class,
                () -> Merge.merge(ctx, keys(nulls, "w", 1, true), cat(), spec(Merge.How.INNER)));
        assertTrue(strLeft.getMessage().contains("object dtype"), strLeft.getMessage());
        DataException pairs = assertThrows(DataException.class,
                () -> ValueCounts.valueCounts(ctx, cat(), List.of("g", "h"), false));
        assertTrue(pairs.getMessage().contains("several columns"), pairs.getMessage());
        DataException codes = assertThrows(DataException.class, () -> op(nulls.column("g"), new ElementOp.CategoryCodes()));
        assertTrue(codes.getMessage().contains(".cat.codes needs a category column, but column 'g' is str"),
                codes.getMessage());
    }
}
