package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DictionaryEncoding;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.encode.CategoryCounts;
import io.stratum.runtime.kernels.encode.ColumnCategories;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.encode.OrdinalEncoderKernel;
import io.stratum.runtime.kernels.encode.OrdinalParams;
import io.stratum.runtime.kernels.parallel.RowChunks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kernel that sees a dictionary-encoded string column gives exactly the answer it gives on the same values
 * without codes (values, dtypes, nulls, row and group order), and the codes it passes on still encode its output:
 * row selections, head, sort, inner/left/right/outer merges on one and two keys (encoded on one side, both, or
 * neither), group-bys sorted and not, drop_duplicates, value_counts, isin, concat of frames with different
 * dictionaries, and the encoders' categories, counts and transforms. Frames span several row chunks.
 */
class DictionaryEncodedStringsTest {
    private static final String[] WORDS = {"ATL", "SFO", "", "Zürich", "東京", "a value longer than sixteen bytes",
        "sfo", "B", "b", "ATL ",
        // Java's String order (UTF-16 units) and Python's (code points) disagree on these two; sorts follow Python
        "\uD835\uDD18", "\uFB00"};

    @Test
    void everyOperationGivesThePlainAnswer() {
        Random random = new Random(11);
        try (MemoryContext ctx = MemoryContext.open()) {
            for (int n : new int[] {40, RowChunks.CHUNK + 123}) {
                Table plain = frame(ctx, random, n, 0);
                Table coded = encoded(plain);
                assertNotNull(((StringColumn) coded.column("k")).codes());
                Table plainRight = frame(ctx, random, 9, 3);
                Table codedRight = encoded(plainRight);

                boolean[] keep = new boolean[n];
                for (int i = 0; i < n; i++) {
                    keep[i] = random.nextInt(3) == 0;
                }
                Column m = io.stratum.runtime.data.BoolColumn.of(ctx, "m", keep);
                same(plain, coded, t -> RowSelection.filter(t, m));
                same(plain, coded, t -> RowSelection.head(t, 25));
                same(plain, coded, t -> SortValues.sort(t, List.of("k", "v"), List.of(true, false)));
                same(plain, coded, t -> DropDuplicates.dropDuplicates(t, List.of("k", "k2"), DropDuplicates.Keep.LAST));
                same(plain, coded, t -> ValueCounts.valueCounts(ctx, t, List.of("k"), false));
                List<GroupBy.Aggregation> aggs = List.of(new GroupBy.Aggregation("mean", "v", AggregateFunction.MEAN),
                        new GroupBy.Aggregation("n", null, AggregateFunction.SIZE),
                        new GroupBy.Aggregation("first", "k2", AggregateFunction.FIRST),
                        new GroupBy.Aggregation("distinct", "k2", AggregateFunction.NUNIQUE));
                for (boolean sort : new boolean[] {true, false}) {
                    same(plain, coded, t -> GroupBy.aggregate(ctx, t, List.of("k"), aggs, sort));
                    same(plain, coded, t -> GroupBy.aggregate(ctx, t, List.of("k", "k2"), aggs, sort));
                }
                for (Merge.How how : Merge.How.values()) {
                    for (List<String> on : List.of(List.of("k"), List.of("k", "k2"))) {
                        Merge.Spec spec = new Merge.Spec(how, on, on, "_x", "_y", Merge.BuildSide.RIGHT);
                        Table expected = Merge.merge(ctx, plain, plainRight, spec);
                        assertSameTable(expected, Merge.merge(ctx, coded, codedRight, spec), "merge " + how + on);
                        assertSameTable(expected, Merge.merge(ctx, coded, plainRight, spec), "merge coded-plain " + how + on);
                        assertSameTable(expected, Merge.merge(ctx, plain, codedRight, spec), "merge plain-coded " + how + on);
                    }
                }
                Column lookup = StringColumn.of(ctx, "l", new String[] {"SFO", "東京", null});
                assertEquals(List.of(render(Membership.isIn(ctx, plain.column("k"), lookup))),
                        List.of(render(Membership.isIn(ctx, coded.column("k"), lookup))));
                Table expected = Concat.rows(ctx, List.of(plain, plainRight));
                assertSameTable(expected, Concat.rows(ctx, List.of(coded, codedRight)), "concat");
                assertSameTable(expected, Concat.rows(ctx, List.of(coded, plainRight)), "concat coded-plain");
            }
        }
    }

    @Test
    void encodersReadTheCodesAndAgreeWithThePlainColumn() {
        Random random = new Random(5);
        try (MemoryContext ctx = MemoryContext.open()) {
            Table plain = frame(ctx, random, 5000, 0);
            Table coded = encoded(plain);
            boolean[] keep = new boolean[plain.rowCount()];
            for (int i = 0; i < keep.length; i++) {
                keep[i] = !"SFO".equals(((StringColumn) plain.column("k")).getString(i));
            }
            // After the filter the dictionary still holds "SFO", which no row uses: it is no category.
            Column mask = io.stratum.runtime.data.BoolColumn.of(ctx, "m", keep);
            Table plainFit = RowSelection.filter(plain, mask).select(List.of("k", "k2"));
            Table codedFit = RowSelection.filter(coded, mask).select(List.of("k", "k2"));
            assertNotNull(((StringColumn) codedFit.column("k")).codes());
            for (String c : List.of("k", "k2")) {
                ColumnCategories a = ColumnCategories.of(plainFit.column(c));
                ColumnCategories b = ColumnCategories.of(codedFit.column(c));
                assertEquals(a.labels(), b.labels(), c);
                assertEquals(CategoryCounts.of(plainFit.column(c)).categories().labels(),
                        CategoryCounts.of(codedFit.column(c)).categories().labels(), c);
            }
            OneHotParams ignore = new OneHotParams(OneHotParams.HandleUnknown.IGNORE, OneHotParams.Drop.NONE);
            Table plainAll = plain.select(List.of("k", "k2"));
            Table codedAll = coded.select(List.of("k", "k2"));
            assertSameTable(OneHotEncoderKernel.fit(plainFit, ignore).transform(ctx, plainAll),
                    OneHotEncoderKernel.fit(codedFit, ignore).transform(ctx, codedAll), "one-hot");
            OrdinalParams unknown = new OrdinalParams(true, -1, Double.NaN);
            assertSameTable(OrdinalEncoderKernel.fit(plainFit, unknown).transform(ctx, plainAll),
                    OrdinalEncoderKernel.fit(codedFit, unknown).transform(ctx, codedAll), "ordinal");
        }
    }

    @Test
    void theCsvReaderEncodesItsLowCardinalityStringColumns(@TempDir Path dir) throws Exception {
        String[] airports = {"ATL", "SFO", "Zürich", "東京"};
        StringBuilder csv = new StringBuilder("origin,id,delay\n");
        for (int i = 0; i < 1000; i++) {
            csv.append(i % 9 == 0 ? "" : airports[i % 4]).append(",id").append(i).append(',').append(i % 50).append('\n');
        }
        Path file = dir.resolve("flights.csv");
        Files.writeString(file, csv);
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = CsvReader.read(ctx, file);
            StringColumn origin = (StringColumn) t.column("origin");
            assertNotNull(origin.codes(), "4 distinct values in 1000 rows");
            assertCodesMatch(origin);
            assertEquals(112, origin.nullCount());
            assertNull(((StringColumn) t.column("id")).codes(), "1000 distinct values");
        }
    }

    @Test
    void onlyLowCardinalityColumnsAreEncoded() {
        try (MemoryContext ctx = MemoryContext.open()) {
            String[] few = new String[400];
            String[] many = new String[400];
            for (int i = 0; i < few.length; i++) {
                few[i] = i % 7 == 0 ? null : "v" + (i % 5);
                many[i] = "v" + (i % 150);
            }
            StringColumn encoded = DictionaryEncoding.ifLowCardinality(StringColumn.of(ctx, "few", few));
            assertCodesMatch(encoded);
            assertEquals(5, encoded.codes().values().length);
            assertNull(DictionaryEncoding.ifLowCardinality(StringColumn.of(ctx, "many", many)).codes());
            assertEquals(100, DictionaryEncoding.maxDistinct(400));
        }
    }

    @Test
    void timeStampsAsTextAreEncodedPastTheSmallBoundWhenEachRepeatsOverEnoughRows() {
        // 70,000 distinct minutes in order, each over 8 rows (one in 14 in the flights' dates): more values than the
        // small dictionaries' 65,536, few enough per row for the large bound. Five rows per value is not enough.
        try (MemoryContext ctx = MemoryContext.open()) {
            assertEquals(1 << 16, DictionaryEncoding.maxDistinct(400_000));
            assertEquals(70_000, DictionaryEncoding.maxDistinct(560_000));
            assertEquals(1 << 20, DictionaryEncoding.maxDistinct(Integer.MAX_VALUE));
            StringColumn minutes = DictionaryEncoding.ifLowCardinality(StringColumn.of(ctx, "date", stamps(70_000, 8)));
            assertCodesMatch(minutes);
            assertEquals(70_000, minutes.codes().values().length);
            assertNull(DictionaryEncoding.ifLowCardinality(StringColumn.of(ctx, "date", stamps(70_000, 5))).codes());
        }
    }

    @Test
    void aFilterThenGroupByOfEncodedTimeStampsCountsAsThePlainPathDoes() {
        // The flights' filter_read: time stamps in order (their dictionary is sorted, so the group-by finds its
        // groups in order without sorting them), filtered, then counted per value; and the same values shuffled.
        Random random = new Random(11);
        try (MemoryContext ctx = MemoryContext.open()) {
            for (boolean shuffled : new boolean[] {false, true}) {
                String[] date = stamps(70_000, 8);
                if (shuffled) {
                    for (int i = date.length - 1; i > 0; i--) {
                        int j = random.nextInt(i + 1);
                        String t = date[i];
                        date[i] = date[j];
                        date[j] = t;
                    }
                }
                for (int i = 0; i < date.length; i += 97) {
                    date[i] = null;
                }
                long[] delay = new long[date.length];
                boolean[] keep = new boolean[date.length];
                for (int i = 0; i < date.length; i++) {
                    delay[i] = random.nextInt(60) - 10;
                    keep[i] = delay[i] > 10;
                }
                StringColumn plain = StringColumn.of(ctx, "date", date);
                // In order, the reader's encoder codes them; shuffled, it gives up early (new values keep coming in
                // the first rows), so the codes are made here, in order of first appearance as the encoder's are.
                StringColumn coded = shuffled ? plain.withCodes(firstAppearanceCodes(date))
                        : DictionaryEncoding.ifLowCardinality(plain);
                assertNotNull(coded.codes());
                Column mask = io.stratum.runtime.data.BoolColumn.of(ctx, "m", keep);
                List<GroupBy.Aggregation> size = List.of(new GroupBy.Aggregation("n", null, AggregateFunction.SIZE));
                List<GroupBy.Aggregation> median = List.of(new GroupBy.Aggregation("d", "delay", AggregateFunction.MEDIAN));
                for (boolean sort : new boolean[] {true, false}) {
                    for (List<GroupBy.Aggregation> aggs : List.of(size, median)) {
                        Table expected = GroupBy.aggregate(ctx, RowSelection.filter(Table.of(List.of(plain,
                                Int64Column.of(ctx, "delay", delay))), mask), List.of("date"), aggs, sort);
                        Table actual = GroupBy.aggregate(ctx, RowSelection.filter(Table.of(List.of(coded,
                                Int64Column.of(ctx, "delay", delay))), mask), List.of("date"), aggs, sort);
                        assertSameTable(expected, actual, "group-by shuffled=" + shuffled + " sort=" + sort);
                    }
                }
                // Sorting by the coded column: its dictionary's order is found in one pass when already sorted.
                Table bySort = SortValues.sort(Table.of(List.of(coded)), List.of("date"), List.of(true));
                Table byPlainSort = SortValues.sort(Table.of(List.of(plain)), List.of("date"), List.of(true));
                assertSameTable(byPlainSort, bySort, "sort shuffled=" + shuffled);
            }
        }
    }

    private static StringCodes firstAppearanceCodes(String[] values) {
        java.util.Map<String, Integer> index = new java.util.LinkedHashMap<>();
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = values[i] == null ? StringCodes.NULL : index.computeIfAbsent(values[i], v -> index.size());
        }
        return new StringCodes(codes, index.keySet().toArray(new String[0]));
    }

    @Test
    void runsOfEqualValuesTakeTheCodeOfTheRowBefore() {
        // The encoder codes a row equal to the row before without hashing it: runs of values, runs broken by nulls,
        // neighbours equal in their first 8 bytes or in length only, empty values, a value returning after others.
        String[] distinct = {"2001-01-01 00:01:00", "2001-01-01 00:01:01", "2001-01-01 00:01:0", "2001-01-01",
            "abcdefgh", "abcdefghi", "", "é", "abcdefgh"};
        Random random = new Random(13);
        String[] values = new String[150_000];
        for (int i = 0; i < values.length; ) {
            String v = random.nextInt(20) == 0 ? null : distinct[random.nextInt(distinct.length)];
            for (int r = random.nextInt(30) + 1; r > 0 && i < values.length; r--) {
                values[i++] = v;
            }
        }
        try (MemoryContext ctx = MemoryContext.open()) {
            StringColumn encoded = DictionaryEncoding.ifLowCardinality(StringColumn.of(ctx, "v", values));
            assertCodesMatch(encoded);
            assertEquals(distinct.length - 1, encoded.codes().values().length);
        }
    }

    /** {@code values} distinct minutes as text, in order, each repeated over {@code rows} consecutive rows. */
    private static String[] stamps(int values, int rows) {
        String[] out = new String[values * rows];
        java.time.LocalDateTime start = java.time.LocalDateTime.of(2001, 1, 1, 0, 0);
        for (int v = 0; v < values; v++) {
            String s = start.plusMinutes(v).toString().replace('T', ' ') + ":00";
            for (int r = 0; r < rows; r++) {
                out[v * rows + r] = s;
            }
        }
        return out;
    }

    @Test
    void valuesThatShareTheirFirstEightBytesOrDifferOnlyInLengthGetTheirOwnCodes() {
        // The encoder compares a value's first 8 bytes as one word and its length: values equal there but not
        // after (dates, long names), values padded with NUL bytes, empty and multi-byte values, over several blocks.
        String[] distinct = {"", "a", "a\u0000", "a\u0000\u0000", "abcdefgh", "abcdefgh\u0000", "abcdefghi", "abcdefghj",
            "2001-01-01 00:01:00", "2001-01-01 00:02:00", "2001-01-01 00:01:00x", "é", "éé", "日本語テキスト", "LAS", "LAX",
            "abcdefghabcdefgh", "abcdefghabcdefgi", "abcdefghabcdefgh1"};
        Random random = new Random(7);
        String[] values = new String[200_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(50) == 0 ? null : distinct[random.nextInt(distinct.length)];
        }
        try (MemoryContext ctx = MemoryContext.open()) {
            StringColumn encoded = DictionaryEncoding.ifLowCardinality(StringColumn.of(ctx, "v", values));
            assertCodesMatch(encoded);
            assertEquals(distinct.length, encoded.codes().values().length);
        }
    }

    private static Table frame(MemoryContext ctx, Random random, int n, int shift) {
        String[] k = new String[n];
        String[] k2 = new String[n];
        double[] v = new double[n];
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            k[i] = random.nextInt(11) == 0 ? null : WORDS[(random.nextInt(6) + shift) % WORDS.length];
            k2[i] = random.nextInt(13) == 0 ? null : WORDS[random.nextInt(WORDS.length)];
            v[i] = random.nextInt(17) == 0 ? Double.NaN : random.nextGaussian();
            w[i] = random.nextInt(1000);
        }
        return Table.of(List.of(StringColumn.of(ctx, "k", k), StringColumn.of(ctx, "k2", k2),
                Float64Column.of(ctx, "v", v), Int64Column.of(ctx, "w", w)));
    }

    /** The same frame with its string columns dictionary-encoded (every one: the frames are small). */
    private static Table encoded(Table t) {
        List<Column> out = new ArrayList<>();
        for (Column c : t.columns()) {
            if (c instanceof StringColumn s) {
                StringCodes codes = encodeAll(s);
                out.add(s.withCodes(codes));
            } else {
                out.add(c);
            }
        }
        return Table.of(out);
    }

    private static StringCodes encodeAll(StringColumn s) {
        List<String> values = new ArrayList<>();
        int[] codes = new int[s.length()];
        // Reverse first appearance, so that code order matches neither row order nor sorted order.
        for (int i = s.length() - 1; i >= 0; i--) {
            String v = s.getString(i);
            if (v != null && !values.contains(v)) {
                values.add(v);
            }
        }
        values.add("never used");
        for (int i = 0; i < codes.length; i++) {
            String v = s.getString(i);
            codes[i] = v == null ? StringCodes.NULL : values.indexOf(v);
        }
        return new StringCodes(codes, values.toArray(new String[0]));
    }

    private static void same(Table plain, Table coded, Function<Table, Table> op) {
        assertSameTable(op.apply(plain), op.apply(coded), "operation");
    }

    private static void assertSameTable(Table expected, Table actual, String what) {
        assertEquals(expected.columnNames(), actual.columnNames(), what);
        for (String name : expected.columnNames()) {
            assertEquals(expected.column(name).type(), actual.column(name).type(), what + " " + name);
            assertEquals(render(expected.column(name)), render(actual.column(name)), what + " " + name);
            if (actual.column(name) instanceof StringColumn s && s.codes() != null) {
                assertCodesMatch(s);
            }
        }
    }

    private static void assertCodesMatch(StringColumn s) {
        StringCodes codes = s.codes();
        for (int i = 0; i < s.length(); i++) {
            int c = codes.codes()[i];
            assertEquals(s.getString(i), c < 0 ? null : codes.values()[c], "codes of '" + s.name() + "' row " + i);
        }
    }

    private static List<String> render(Column c) {
        List<String> out = new ArrayList<>(c.length());
        for (int i = 0; i < c.length(); i++) {
            out.add(c.isNull(i) ? "<null>" : c.format(i));
        }
        return out;
    }
}
