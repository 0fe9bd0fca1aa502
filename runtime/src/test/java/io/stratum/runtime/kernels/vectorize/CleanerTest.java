package io.stratum.runtime.kernels.vectorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * skrub's Cleaner and ToDatetime against skrub itself (runtime/reference/make_skrub_reference.py, skrub_cleaner.csv)
 * on committed data: the kept columns and their order, each column's kind (text, datetime, float32, float64, int,
 * bool) and every value — text exactly, datetimes to the microsecond, numbers within 1e-9 relative (float32
 * results are compared with skrub's float32 values, so the rounding is checked too).
 */
public class CleanerTest {

    private static CleanerKernel.Params params(String name) {
        List<String> nulls = TableVectorizerParams.SKRUB_NULL_STRINGS;
        return switch (name) {
            case "Cleaner()" -> new CleanerKernel.Params(1.0, false, false, null, nulls, false, false, false);
            case "Cleaner(parse_numbers=True)" -> new CleanerKernel.Params(1.0, false, false, null, nulls, true, false, false);
            case "Cleaner(parse_numbers=True, cast_to_float32=True)" ->
                    new CleanerKernel.Params(1.0, false, false, null, nulls, true, true, false);
            case "Cleaner(drop_if_constant=True, drop_if_unique=True, drop_null_fraction=0.5)" ->
                    new CleanerKernel.Params(0.5, true, true, null, nulls, false, false, false);
            case "Cleaner(datetime_format='%Y-%m-%d %H:%M:%S', null_strings=['?'])" -> {
                List<String> more = new ArrayList<>(nulls);
                more.add("?");
                yield new CleanerKernel.Params(1.0, false, false, "%Y-%m-%d %H:%M:%S", more, false, false, false);
            }
            case "Cleaner(cast_to_str=True)" -> new CleanerKernel.Params(1.0, false, false, null, nulls, false, false, true);
            case "Cleaner(parse_numbers=True, cast_to_str=True)" ->
                    new CleanerKernel.Params(1.0, false, false, null, nulls, true, false, true);
            // the deprecated numeric_dtype='float32', as SkrubEstimators translates it
            case "Cleaner(numeric_dtype='float32')" -> new CleanerKernel.Params(1.0, false, false, null, nulls, true, true,
                    false);
            default -> throw new AssertionError("no case " + name);
        };
    }

    @Test
    void matchesSkrub() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table all = CsvReader.read(ctx, Reference.input("skrub_clean.csv"));
            Table train = all.take(IntStream.range(0, 120).toArray());
            Table test = all.take(IntStream.range(120, all.rowCount()).toArray());
            // case -> split -> expected column rows, in fixture order
            Map<String, Map<String, List<Map<String, String>>>> cases = new LinkedHashMap<>();
            for (Map<String, String> r : Reference.rows("skrub_cleaner.csv")) {
                cases.computeIfAbsent(r.get("case") + "\u0000" + (r.get("case").startsWith("ToDatetime")
                        ? r.get("column") : ""), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.get("split"), k -> new ArrayList<>()).add(r);
            }
            int checked = 0;
            for (var e : cases.entrySet()) {
                String name = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
                String only = e.getKey().substring(e.getKey().indexOf('\u0000') + 1);
                CleanerKernel.Fitted fitted;
                Table fitOn = only.isEmpty() ? train : train.select(List.of(only));
                if (name.startsWith("ToDatetime")) {
                    fitted = CleanerKernel.fitToDatetime(fitOn, name.contains("format=") ? "%m/%d/%Y" : null);
                } else {
                    fitted = CleanerKernel.fit(ctx, fitOn, params(name));
                }
                for (var split : e.getValue().entrySet()) {
                    Table in = split.getKey().equals("train") ? fitOn : (only.isEmpty() ? test : test.select(List.of(only)));
                    Table out = fitted.transform(ctx, in);
                    List<String> names = split.getValue().stream().map(r -> r.get("column")).toList();
                    assertEquals(names, out.columnNames(), name + " " + split.getKey() + " columns");
                    for (Map<String, String> r : split.getValue()) {
                        checkColumn(out.column(r.get("column")), r.get("dtype"),
                                r.get("values").split(" \\| ", -1), name + " " + split.getKey());
                        checked++;
                    }
                }
            }
            assertTrue(checked >= 100, "columns checked: " + checked);
        }
    }

    /** One fixture column (kind and values, as make_skrub_reference.py's column_rows writes it) against {@code c}. */
    public static void checkColumn(Column c, String dtype, String[] expected, String what) {
        String where = what + " column " + c.name();
        assertEquals(expected.length, c.length(), where + " rows");
        switch (dtype) {
            case "str", "object" -> {
                assertTrue(c instanceof StringColumn, where + " should be text, is " + c.type());
                StringColumn s = (StringColumn) c;
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], s.isNull(i) ? "NA" : s.getString(i), where + " row " + i);
                }
            }
            case "datetime64[us]", "datetime64[ns]" -> {
                assertTrue(c instanceof TimestampColumn, where + " should be datetimes, is " + c.type());
                TimestampColumn t = (TimestampColumn) c;
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], t.isNull(i) ? "NA" : String.valueOf(t.getMicros(i)), where + " row " + i);
                }
            }
            case "bool" -> {
                assertTrue(c instanceof BoolColumn, where + " should be bool, is " + c.type());
                double[] v = c.toDoubleArray();
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], v[i] == 1.0 ? "True" : "False", where + " row " + i);
                }
            }
            case "float32", "float64", "int64" -> {
                assertTrue(c.type().isNumeric(), where + " should be numeric, is " + c.type());
                if (dtype.equals("int64")) {
                    assertEquals(io.stratum.runtime.data.DataType.INT64, c.type(), where);
                }
                double[] v = c.toDoubleArray();
                for (int i = 0; i < expected.length; i++) {
                    if (expected[i].equals("NA")) {
                        assertTrue(Double.isNaN(v[i]), where + " row " + i + ": expected missing, got " + v[i]);
                    } else {
                        Reference.assertClose(Reference.number(expected[i]), v[i], where + " row " + i);
                    }
                }
            }
            default -> throw new AssertionError(where + ": unexpected dtype " + dtype);
        }
    }

    @Test
    void toDatetimeRefusesColumnsItCannotParse() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = CsvReader.read(ctx, Reference.input("skrub_clean.csv"));
            DataException text = assertThrows(DataException.class,
                    () -> CleanerKernel.fitToDatetime(t.select(List.of("title")), null));
            assertTrue(text.getMessage().contains("'title'"), text.getMessage());
            DataException numbers = assertThrows(DataException.class,
                    () -> CleanerKernel.fitToDatetime(t.select(List.of("year")), null));
            assertTrue(numbers.getMessage().contains("does not contain strings"), numbers.getMessage());
            DataException format = assertThrows(DataException.class,
                    () -> CleanerKernel.fitToDatetime(t.select(List.of("stamp")), "%m/%d/%Y"));
            assertTrue(format.getMessage().contains("%m/%d/%Y"), format.getMessage());
        }
    }
}
