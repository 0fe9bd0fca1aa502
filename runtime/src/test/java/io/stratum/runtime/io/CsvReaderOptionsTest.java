package io.stratum.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.value.Const;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** read_csv's options against pandas' reading of the same committed files (reader_csv_options.csv). */
class CsvReaderOptionsTest {
    private final MemoryContext ctx = MemoryContext.open();

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private static Const.DictConst dict(Object... keyValues) {
        List<Const> keys = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            keys.add(Const.of((String) keyValues[i]));
            values.add((Const) keyValues[i + 1]);
        }
        return new Const.DictConst(keys, values);
    }

    private static Const strs(String... s) {
        return Const.ofStrings(List.of(s));
    }

    /** The cases of make_reader_reference.py, as the DataOps API passes them to the scan. */
    private static final Map<String, Object[]> CASES = new LinkedHashMap<>();

    static {
        CASES.put("defaults", new Object[] {"csv_options.csv", dict(), null});
        CASES.put("usecols", new Object[] {"csv_options.csv", dict("usecols", strs("note", "id", "n")), null});
        CASES.put("dtype_str", new Object[] {"csv_options.csv",
                dict("dtype", dict("zip", Const.of("str"), "id", Const.of("float64"))), null});
        CASES.put("dtype_all_str", new Object[] {"csv_options.csv", dict("dtype", Const.of("str")), null});
        CASES.put("na_values_list", new Object[] {"csv_options.csv", dict("na_values", strs("-", "missing")), null});
        CASES.put("na_values_dict", new Object[] {"csv_options.csv",
                dict("na_values", dict("s", strs("x"), "n", strs("-"))), null});
        CASES.put("no_default_na", new Object[] {"csv_options.csv", dict("keep_default_na", Const.of(false)), null});
        CASES.put("no_default_na_with_values", new Object[] {"csv_options.csv",
                dict("keep_default_na", Const.of(false), "na_values", strs("x", "-")), null});
        CASES.put("semicolon", new Object[] {"csv_semicolon.csv", dict("sep", Const.of(";")), null});
        CASES.put("quote_none", new Object[] {"csv_quote_none.csv", dict("quoting", Const.of(3L)), null});
        CASES.put("parse_dates", new Object[] {"csv_dates.csv", dict("parse_dates", strs("d", "mixed")), null});
        CASES.put("parse_dates_ns", new Object[] {"csv_dates_ns.csv", dict("parse_dates", strs("t", "u")), null});
        CASES.put("parse_dates_offsets", new Object[] {"csv_dates_offsets.csv", dict("parse_dates", strs("z", "o", "m")),
                null});
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCaseReadsAsPandas() {
        List<Map<String, String>> rows = Reference.rows("reader_csv_options.csv");
        Set<String> seen = new LinkedHashSet<>();
        for (Map<String, String> r : rows) {
            seen.add(r.get("case"));
        }
        assertEquals(CASES.keySet(), seen, "the Java cases and the reference script's cases differ");
        for (Map.Entry<String, Object[]> c : CASES.entrySet()) {
            Object[] def = c.getValue();
            CsvOptions options = CsvOptions.fromConst((Const.DictConst) def[1], (List<String>) def[2]);
            Table t = CsvReader.read(ctx, Reference.input((String) def[0]), options);
            List<String> columns = new ArrayList<>();
            for (Map<String, String> r : rows) {
                if (!r.get("case").equals(c.getKey())) {
                    continue;
                }
                if (!columns.contains(r.get("column"))) {
                    columns.add(r.get("column"));
                }
                Column col = t.column(r.get("column"));
                int row = Integer.parseInt(r.get("row"));
                String where = c.getKey() + ": " + col.name() + "[" + row + "]";
                assertEquals(r.get("dtype"), col.dtypeName(), where + " dtype");
                Reference.assertCell(col, row, r, where);
            }
            assertEquals(columns, t.columnNames(), c.getKey() + " columns and their order");
        }
    }

    @Test
    void resultsDoNotDependOnChunking() {
        // Many small chunks (by repeating rows past the chunk size) must give what one chunk gives.
        StringBuilder big = new StringBuilder("a,b,c\n");
        int n = 120_000;
        for (int i = 0; i < n; i++) {
            big.append(i).append(',').append(i % 7 == 0 ? "NA" : Double.toString(i * 0.25)).append(",\"s")
                    .append(i % 13).append(",x\"\n");
        }
        Table t = CsvReader.readString(ctx, "big.csv", big.toString());
        assertTrue(big.length() > 2 * CsvReader.CHUNK_BYTES, "the input must span several chunks");
        assertEquals(n, t.rowCount());
        assertEquals(DataType.INT64, t.column("a").type());
        assertEquals(DataType.FLOAT64, t.column("b").type());
        for (int i = 0; i < n; i += 997) {
            assertEquals(i, t.column("a").toDoubleArray()[i]);
            assertEquals(i % 7 == 0, t.column("b").isMissing(i));
            assertEquals("s" + (i % 13) + ",x", ((StringColumn) t.column("c")).getString(i));
        }
    }

    @Test
    void forcedTypesNameFileLineAndColumn() {
        CsvOptions ints = CsvOptions.fromConst(dict("dtype", dict("n", Const.of("int64"))), null);
        DataException e = assertThrows(DataException.class,
                () -> CsvReader.read(ctx, Reference.input("csv_options.csv"), ints));
        assertTrue(e.getMessage().contains("csv_options.csv: line 2, column 'n' holds '1.5', which is not an int64"),
                e.getMessage());
        CsvOptions floats = CsvOptions.fromConst(dict("dtype", dict("s", Const.of("float64"))), null);
        e = assertThrows(DataException.class, () -> CsvReader.read(ctx, Reference.input("csv_options.csv"), floats));
        assertTrue(e.getMessage().contains("line 2, column 's' holds 'alpha', which is not a number"), e.getMessage());
        // The quoted field with a newline makes row 4 start on line 5, and the last row on line 8.
        CsvOptions bools = CsvOptions.fromConst(dict("dtype", dict("note", Const.of("bool"))), null);
        e = assertThrows(DataException.class, () -> CsvReader.read(ctx, Reference.input("csv_options.csv"), bools));
        assertTrue(e.getMessage().contains("line 2, column 'note' holds 'plain'"), e.getMessage());
        CsvOptions idInts = CsvOptions.fromConst(dict("dtype", dict("zip", Const.of("int64"))), null);
        e = assertThrows(DataException.class, () -> CsvReader.read(ctx, Reference.input("csv_options.csv"), idInts));
        assertTrue(e.getMessage().contains("line 4, column 'zip' is missing"), e.getMessage());
    }

    @Test
    void unknownUsecolsAndBadOptionsAreRefused() {
        DataException e = assertThrows(DataException.class, () -> CsvReader.read(ctx,
                Reference.input("csv_options.csv"), CsvOptions.fromConst(dict("usecols", strs("id", "nope")), null)));
        assertTrue(e.getMessage().contains("columns expected but not found: ['nope']"), e.getMessage());
        assertThrows(DataException.class, () -> CsvOptions.fromConst(dict("sep", Const.of("::")), null));
        assertThrows(DataException.class, () -> CsvOptions.fromConst(dict("dtype", Const.of("datetime64[ns]")), null));
        // The optimizer's pruned list ignores names the file lacks, and combines with usecols.
        Table pruned = CsvReader.read(ctx, Reference.input("csv_options.csv"),
                CsvOptions.fromConst(dict("usecols", strs("id", "s", "n")), List.of("s", "id", "assigned_later")));
        assertEquals(List.of("id", "s"), pruned.columnNames());
        assertFalse(CsvOptions.fromConst(dict("keep_default_na", Const.of(false)), null).keepDefaultNa());
    }
}
