package io.stratum.runtime.kernels.element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.stratum.ir.logical.DatetimePart;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.StringFunction;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormat;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.reference.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Assumptions;

/**
 * Every element kernel against pandas: {@code runtime/reference/make_element_reference.py} applies each case to
 * columns of a small committed CSV, the Seattle weather data and (when present) the shared employee salaries, bike
 * sharing and bird strikes data, and records the dtype, the missing count and a digest of every value. The same case
 * ids map here to {@link ElementOp} chains run on the columns Stratum's CSV reader gives.
 *
 * <p>Two known differences are asserted as such: pandas types {@code .dt} fields int32 (Stratum has int64, the same
 * values) and {@code .str.split(...).str[i]} object (Stratum keeps str, the same values).
 */
class ElementKernelsTest {
    private static final Map<String, List<ElementOp>> CASES = cases();

    private static Map<String, List<ElementOp>> cases() {
        Map<String, List<ElementOp>> m = new LinkedHashMap<>();
        m.put("fillna_0", List.of(new ElementOp.FillNa(Const.of(0L))));
        m.put("fillna_neg_half", List.of(new ElementOp.FillNa(Const.of(-1.5))));
        m.put("fillna_str", List.of(new ElementOp.FillNa(Const.of("none"))));
        m.put("isna", List.of(new ElementOp.IsNa(false)));
        m.put("notna", List.of(new ElementOp.IsNa(true)));
        m.put("isin_num", List.of(new ElementOp.IsIn(List.of(Const.of(1.5), Const.of(0L), Const.of(Double.NaN)))));
        m.put("isin_int", List.of(new ElementOp.IsIn(List.of(Const.of(0L), Const.of(2L), Const.of(1990L), Const.of(2000L)))));
        m.put("isin_true", List.of(new ElementOp.IsIn(List.of(Const.of(true)))));
        m.put("isin_str", List.of(new ElementOp.IsIn(List.of(Const.of("apple"), Const.of("F"), Const.of("rain"),
                Const.of("sun"), Const.none()))));
        m.put("clip_both", List.of(new ElementOp.Clip(Const.of(-1L), Const.of(2L))));
        m.put("clip_upper_float", List.of(new ElementOp.Clip(Const.none(), Const.of(1.0))));
        m.put("clip_int", List.of(new ElementOp.Clip(Const.of(0L), Const.of(2L))));
        m.put("clip_lower_float", List.of(new ElementOp.Clip(Const.of(0.5), Const.none())));
        m.put("clip_years", List.of(new ElementOp.Clip(Const.of(1990L), Const.of(2010L))));
        m.put("clip_range", List.of(new ElementOp.Clip(Const.of(50L), Const.of(300L))));
        for (long d : new long[] {0, 1, 2, -1, -3}) {
            m.put("round_" + (d < 0 ? "neg" + -d : d), List.of(new ElementOp.Round(d)));
        }
        m.put("astype_int", List.of(new ElementOp.Cast("int64")));
        m.put("astype_float", List.of(new ElementOp.Cast("float64")));
        m.put("astype_str", List.of(new ElementOp.Cast("str")));
        m.put("astype_bool", List.of(new ElementOp.Cast("bool")));
        m.put("lower", str(StringFunction.LOWER));
        m.put("upper", str(StringFunction.UPPER));
        m.put("len", str(StringFunction.LEN));
        m.put("contains_an", str(StringFunction.CONTAINS, Const.of("an"), Const.of(true), Const.of(true)));
        m.put("contains_ci", str(StringFunction.CONTAINS, Const.of("B"), Const.of(false), Const.of(true)));
        m.put("contains_literal", str(StringFunction.CONTAINS, Const.of("-"), Const.of(true), Const.of(false)));
        m.put("contains_gull", str(StringFunction.CONTAINS, Const.of("gull"), Const.of(false), Const.of(true)));
        m.put("contains_regex", str(StringFunction.CONTAINS, Const.of("^[A-Z][a-z]+ [a-z]"), Const.of(true), Const.of(true)));
        m.put("startswith", str(StringFunction.STARTSWITH, Const.of("ch")));
        m.put("endswith", str(StringFunction.ENDSWITH, Const.of("x")));
        m.put("replace_literal", str(StringFunction.REPLACE, Const.of("-"), Const.of("_"), Const.of(false)));
        m.put("replace_space", str(StringFunction.REPLACE, Const.of(" "), Const.of("_"), Const.of(false)));
        m.put("replace_regex", str(StringFunction.REPLACE, Const.of("([aeiou])"), Const.of("<\\1>"), Const.of(true)));
        m.put("strip", str(StringFunction.STRIP, Const.none()));
        m.put("strip_chars", str(StringFunction.STRIP, Const.of("x-a")));
        m.put("split_dash_0", str(StringFunction.SPLIT_GET, Const.of("-"), Const.of(0L)));
        m.put("split_dash_1", str(StringFunction.SPLIT_GET, Const.of("-"), Const.of(1L)));
        m.put("split_ws_last", str(StringFunction.SPLIT_GET, Const.none(), Const.of(-1L)));
        m.put("split_space_0", str(StringFunction.SPLIT_GET, Const.of(" "), Const.of(0L)));
        m.put("slice_0_3", str(StringFunction.SLICE, Const.of(0L), Const.of(3L), Const.none()));
        m.put("slice_reverse", str(StringFunction.SLICE, Const.none(), Const.none(), Const.of(-1L)));
        m.put("slice_1_step2", str(StringFunction.SLICE, Const.of(1L), Const.none(), Const.of(2L)));
        m.put("slice_neg", str(StringFunction.SLICE, Const.of(-4L), Const.of(-1L), Const.none()));
        Map<String, ElementOp> parses = Map.of(
                "to_datetime_coerce", new ElementOp.ToDatetime(null, "coerce"),
                "to_datetime", new ElementOp.ToDatetime(null, "raise"),
                "to_datetime_mdy_coerce", new ElementOp.ToDatetime("%m/%d/%Y", "coerce"),
                "to_datetime_mdy", new ElementOp.ToDatetime("%m/%d/%Y", "raise"));
        for (Map.Entry<String, ElementOp> p : parses.entrySet()) {
            m.put(p.getKey(), List.of(p.getValue()));
            for (DatetimePart part : DatetimePart.values()) {
                if (!part.ofDuration()) { // the calendar fields; durations have their own (timedelta frame-ops cases)
                    m.put(p.getKey() + "|" + part.pandasName(), List.of(p.getValue(), new ElementOp.DatetimeField(part)));
                }
            }
        }
        return m;
    }

    private static List<ElementOp> str(StringFunction f, Const... args) {
        return List.of(new ElementOp.StringMethod(f, List.of(args)));
    }

    private static Path dataset(String name) {
        return switch (name) {
            case "small" -> Reference.input("element_small.csv");
            case "seattle" -> Path.of("..", "examples", "data", "seattle-weather.csv");
            case "employee" -> Reference.sharedData("employee_salaries.csv");
            case "bike" -> Reference.sharedData("bike_sharing.csv");
            case "birdstrikes" -> Reference.sharedData("birdstrikes.csv");
            default -> throw new IllegalArgumentException(name);
        };
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesPandas() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> row : Reference.rows("element_ops.csv")) {
            String name = row.get("dataset") + "." + row.get("column") + " " + row.get("case");
            tests.add(DynamicTest.dynamicTest(name, () -> check(row)));
        }
        return tests.stream();
    }

    private static final Map<String, Table> TABLES = new HashMap<>();
    private static final MemoryContext MEMORY = MemoryContext.open();

    private static synchronized Table table(String dataset) {
        Path path = dataset(dataset);
        return TABLES.computeIfAbsent(dataset, d -> CsvReader.read(MEMORY, path));
    }

    private static void check(Map<String, String> row) throws Exception {
        Table t = table(row.get("dataset"));
        String caseId = row.get("case");
        List<ElementOp> ops = caseId.endsWith("|weekend") ? null : CASES.get(caseId);
        Column c = t.column(row.get("column"));
        if (!row.get("error").isEmpty()) {
            Column input = c;
            assertThrows(DataException.class, () -> run(ops, input), "pandas raised " + row.get("error"));
            return;
        }
        Column out = caseId.endsWith("|weekend") ? weekend(c, caseId.substring(0, caseId.indexOf('|'))) : run(ops, c);
        String expectedType = switch (row.get("dtype")) {
            case "int32" -> "int64";     // .dt fields: pandas' int32, the same values
            case "object" -> "str";      // .str.split(...).str[i]: pandas' object, the same strings
            default -> row.get("dtype");
        };
        assertEquals(expectedType, out.dtypeName(), "dtype");
        assertEquals(c.name(), out.name(), "a pandas Series keeps its name");
        assertEquals(Integer.parseInt(row.get("rows")), out.length(), "rows");
        assertEquals(Integer.parseInt(row.get("nulls")), out.missingCount(), "missing values");
        List<String> texts = new ArrayList<>(out.length());
        for (int i = 0; i < out.length(); i++) {
            texts.add(text(out, i));
        }
        String head = String.join(" | ", texts.subList(0, Math.min(6, texts.size())));
        assertEquals(row.get("head"), head, "first values");
        assertEquals(row.get("sha256"), sha256(String.join("\n", texts)), "digest of every value (first: " + head + ")");
    }

    /** {@code (to_datetime(s).dt.weekday >= 5).astype(int)}, with the comparison done as the frame kernel does. */
    private static Column weekend(Column c, String parse) {
        Column weekday = run(CASES.get(parse + "|weekday"), c);
        int n = weekday.length();
        long[] out = new long[n];
        double[] v = weekday.toDoubleArray();
        for (int i = 0; i < n; i++) {
            out[i] = v[i] >= 5 ? 1 : 0;
        }
        return Int64Column.of(MEMORY, c.name(), out);
    }

    private static Column run(List<ElementOp> ops, Column c) {
        if (ops == null) {
            fail("no Java case for this id; add it to ElementKernelsTest.CASES");
        }
        Column out = c;
        for (ElementOp op : ops) {
            out = ElementKernels.apply(MEMORY, op, out);
        }
        return out;
    }

    private static String text(Column c, int i) {
        return switch (c) {
            case Float64Column f -> f.isMissing(i) ? "nan" : PyFormat.floatRepr(f.getDouble(i));
            case Int64Column l -> l.isNull(i) ? "nan" : Long.toString(l.getLong(i));
            case BoolColumn b -> b.getBoolean(i) ? "True" : "False";
            case StringColumn s -> s.isNull(i) ? "<NA>" : s.getString(i);
            case TimestampColumn t -> t.isNull(i) ? "NaT" : TimestampColumn.formatMicros(t.getMicros(i));
            case io.stratum.runtime.data.TimedeltaColumn d -> d.format(i);
        };
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void whereWithAConstantGivesPandasValuesAndDtypes() throws Exception {
        Table t = table("small");
        Map<String, Const> others = Map.of("nan", Const.of(Double.NaN), "int0", Const.of(0L), "half", Const.of(0.5),
                "str", Const.of("z"));
        Map<String, Column> conditions = Map.of("b", t.column("b"),
                "i_notna", ElementKernels.apply(MEMORY, new ElementOp.IsNa(true), t.column("i")));
        for (Map<String, String> row : Reference.rows("element_where.csv")) {
            Column value = t.column(row.get("column"));
            Column cond = conditions.get(row.get("cond"));
            Const other = others.get(row.get("other"));
            String label = row.get("column") + ".where(" + row.get("cond") + ", " + other.repr() + ")";
            if (row.get("dtype").equals("object")) {
                DataException e = assertThrows(DataException.class, () -> Conditionals.where(MEMORY, value, cond, other), label);
                assertTrue(e.getMessage().contains("object dtype"), e.getMessage());
                continue;
            }
            Column out = Conditionals.where(MEMORY, value, cond, other);
            assertEquals(row.get("dtype"), out.dtypeName(), label);
            assertEquals(Integer.parseInt(row.get("nulls")), out.missingCount(), label);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < out.length(); i++) {
                texts.add(text(out, i));
            }
            assertEquals(row.get("head"), String.join(" | ", texts.subList(0, Math.min(6, texts.size()))), label);
            assertEquals(row.get("sha256"), sha256(String.join("\n", texts)), label);
        }
    }

    @Test
    void dropnaKeepsTheRowsPandasKeeps() throws Exception {
        for (Map<String, String> row : Reference.rows("element_dropna.csv")) {
            Path path = dataset(row.get("dataset"));
            Table t = table(row.get("dataset"));
            List<String> subset = row.get("subset").isEmpty() ? List.of() : List.of(row.get("subset").split(","));
            int[] kept = MissingValues.keptRows(t, subset, row.get("how").equals("all"));
            List<String> idx = new ArrayList<>();
            for (int r : kept) {
                idx.add(Integer.toString(r));
            }
            String label = row.get("dataset") + " subset=" + subset + " how=" + row.get("how") + " (" + path + ")";
            assertEquals(Integer.parseInt(row.get("kept")), kept.length, label);
            assertEquals(row.get("sha256"), sha256(String.join(" ", idx)), label);
        }
    }

    @Test
    void wrongTypesAndBadValuesSayWhatTheColumnIsAndHowToConvertIt() {
        Table t = table("small");
        DataException dt = assertThrows(DataException.class,
                () -> ElementKernels.apply(MEMORY, new ElementOp.DatetimeField(DatetimePart.HOUR), t.column("s")));
        assertTrue(dt.getMessage().contains("'s' is str") && dt.getMessage().contains("pd.to_datetime"), dt.getMessage());
        DataException str = assertThrows(DataException.class, () -> ElementKernels.apply(MEMORY,
                new ElementOp.StringMethod(StringFunction.LOWER, List.of()), t.column("f")));
        assertTrue(str.getMessage().contains("'f' is float64") && str.getMessage().contains("astype(str)"), str.getMessage());
        DataException nanToInt = assertThrows(DataException.class,
                () -> ElementKernels.apply(MEMORY, new ElementOp.Cast("int64"), t.column("f")));
        assertTrue(nanToInt.getMessage().contains("row 1") && nanToInt.getMessage().contains("fillna"), nanToInt.getMessage());
        DataException parse = assertThrows(DataException.class,
                () -> ElementKernels.apply(MEMORY, new ElementOp.ToDatetime(null, "raise"), t.column("d")));
        assertTrue(parse.getMessage().contains("'not a date' in row 3") && parse.getMessage().contains("format="), parse.getMessage());
        DataException fill = assertThrows(DataException.class,
                () -> ElementKernels.apply(MEMORY, new ElementOp.FillNa(Const.of("x")), t.column("f")));
        assertTrue(fill.getMessage().contains("object dtype") && fill.getMessage().contains("a number"), fill.getMessage());
    }

    @Test
    void epochNumbersAndNanosecondTextAreReadAsPandasOrRefused() {
        // pandas: to_datetime(ints, unit='ms') is datetime64[ms] of the same ticks, without a unit datetime64[ns].
        Column ms = ElementKernels.apply(MEMORY, new ElementOp.ToDatetime(null, "raise", "ms"),
                Int64Column.of(MEMORY, "t", new long[] {1_600_000_000_123L, -5}));
        assertEquals("datetime64[ms]", ms.dtypeName());
        assertEquals("2020-09-13 12:26:40.123000", ms.format(0));
        assertEquals("1969-12-31 23:59:59.995000", ms.format(1));
        Column ns = ElementKernels.apply(MEMORY, new ElementOp.ToDatetime(null, "raise"),
                Int64Column.of(MEMORY, "t", new long[] {1_600_000_000_123_456_789L}));
        assertEquals("datetime64[ns]", ns.dtypeName());
        assertEquals("2020-09-13 12:26:40.123456789", ns.format(0));
        Column withNaN = ElementKernels.apply(MEMORY, new ElementOp.ToDatetime(null, "coerce", "s"),
                Float64Column.of(MEMORY, "t", new double[] {1_600_000_000, Double.NaN}, null));
        assertEquals("datetime64[s]", withNaN.dtypeName());
        assertTrue(withNaN.isNull(1));
        DataException fraction = assertThrows(DataException.class, () -> ElementKernels.apply(MEMORY,
                new ElementOp.ToDatetime(null, "coerce", "s"), Float64Column.of(MEMORY, "t", new double[] {1.5}, null)));
        assertTrue(fraction.getMessage().contains("row 0") && fraction.getMessage().contains("not a whole number"),
                fraction.getMessage());
        DataException beyond = assertThrows(DataException.class, () -> ElementKernels.apply(MEMORY,
                new ElementOp.ToDatetime(null, "raise", "s"), Int64Column.of(MEMORY, "t", new long[] {0, Long.MAX_VALUE / 10})));
        assertTrue(beyond.getMessage().contains("row 1"), beyond.getMessage());
        // Text with nanoseconds: pandas gives datetime64[ns]; Stratum refuses it rather than cut the digits.
        StringColumn text = StringColumn.of(MEMORY, "d", new String[] {"2020-01-01 00:00:00.123456789"});
        for (String errors : List.of("raise", "coerce")) {
            DataException nanos = assertThrows(DataException.class,
                    () -> ElementKernels.apply(MEMORY, new ElementOp.ToDatetime(null, errors), text));
            assertTrue(nanos.getMessage().contains("more than six digits"), nanos.getMessage());
        }
    }

    @Test
    void timeZonesFollowPandasAroundDaylightSavingChanges() {
        StringColumn text = StringColumn.of(MEMORY, "d", new String[] {"2020-03-29T00:30:00+01:00", "2020-03-29T03:30:00Z"});
        // Without utc=True pandas makes a fixed-offset zone the plan cannot name: refused, saying what to write.
        DataException offset = assertThrows(DataException.class,
                () -> ElementKernels.apply(MEMORY, new ElementOp.ToDatetime(null, "raise"), text));
        assertTrue(offset.getMessage().contains("row 0") && offset.getMessage().contains("utc=True"), offset.getMessage());
        Column utc = ElementKernels.apply(MEMORY, new ElementOp.ToDatetime(null, "raise", null, true), text);
        assertEquals("datetime64[us, UTC]", utc.dtypeName());
        assertEquals("2020-03-28 23:30:00+00:00", utc.format(0));
        Column paris = ElementKernels.apply(MEMORY, new ElementOp.TzConvert("Europe/Paris"), utc);
        assertEquals("2020-03-29 00:30:00+01:00", paris.format(0));
        assertEquals("2020-03-29 05:30:00+02:00", paris.format(1));
        assertEquals(List.of(0L, 5L), List.of(((Int64Column) ElementKernels.apply(MEMORY,
                new ElementOp.DatetimeField(DatetimePart.HOUR), paris)).getLong(0), ((Int64Column) ElementKernels.apply(
                MEMORY, new ElementOp.DatetimeField(DatetimePart.HOUR), paris)).getLong(1)));
        // pandas' tz_localize raises on a time the clocks skip (nonexistent) or pass twice (ambiguous).
        for (String[] c : new String[][] {{"2020-03-29 02:30:00", "nonexistent"}, {"2020-10-25 02:30:00", "cannot infer dst"}}) {
            Column naive = ElementKernels.apply(MEMORY, new ElementOp.ToDatetime(null, "raise"),
                    StringColumn.of(MEMORY, "d", new String[] {"2020-01-01 00:00:00", c[0]}));
            DataException e = assertThrows(DataException.class,
                    () -> ElementKernels.apply(MEMORY, new ElementOp.TzLocalize("Europe/Paris"), naive));
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains("row 1"), e.getMessage());
        }
    }

    @Test
    void timestampsFromTheReaderPathSurviveRenameAndTake() {
        Column parsed = ElementKernels.apply(MEMORY, new ElementOp.ToDatetime(null, "coerce"), table("small").column("d"));
        Column taken = parsed.take(new int[] {2, 0}).rename("when");
        assertEquals("when", taken.name());
        assertEquals("2012-02-29 12:30:00", taken.format(0));
        assertEquals("2011-01-01 00:00:00", taken.format(1));
        Assumptions.assumeTrue(Files.exists(dataset("small")));
    }
}
