package io.stratum.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.value.Const;
import io.stratum.ir.value.FileFormat;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code pd.read_json}'s date conversion ({@code convert_dates} as a bool or a column list, {@code keep_default_dates})
 * against pandas' readings of committed records ({@code make_reader_reference.py}, reader_json_dates.csv): which
 * columns become {@code datetime64[us]}, their values and NaT, and which stay text, numbers or booleans; epoch numbers
 * keep the unit pandas reads them in ({@code datetime64[s]}, {@code [ms]}, {@code [ns]}). Inputs pandas converts in a
 * way Stratum cannot hold (fractional epochs, other layouts, time zones) are refused naming the column, and read as
 * written with {@code convert_dates=False}.
 */
class JsonDatesTest {
    private final MemoryContext ctx = MemoryContext.open();

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    /** The keyword arguments of each case, as make_reader_reference.py's DATE_CASES. */
    private static Map<String, Const.DictConst> cases() {
        Map<String, Const.DictConst> cases = new LinkedHashMap<>();
        cases.put("defaults", options());
        cases.put("no_dates", options("convert_dates", Const.of(false)));
        cases.put("listed", options("convert_dates", Const.ofStrings(List.of("when"))));
        cases.put("no_default_names", options("keep_default_dates", Const.of(false)));
        cases.put("listed_only", options("convert_dates", Const.ofStrings(List.of("when")), "keep_default_dates",
                Const.of(false)));
        cases.put("unit_us", options("date_unit", Const.of("us"), "keep_default_dates", Const.of(false),
                "convert_dates", Const.ofStrings(List.of("paid_at", "seen", "when"))));
        return cases;
    }

    private static Const.DictConst options(Object... keyValues) {
        List<Const> keys = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            keys.add(Const.of((String) keyValues[i]));
            values.add((Const) keyValues[i + 1]);
        }
        return new Const.DictConst(keys, values);
    }

    @Test
    void dateColumnsAreConvertedAsPandasConvertsThem() {
        List<Map<String, String>> fixture = Reference.rows("reader_json_dates.csv");
        for (Map.Entry<String, Const.DictConst> e : cases().entrySet()) {
            Table t = TableFiles.read(ctx, FileFormat.JSON, Reference.input("records_dates.json"), e.getValue(), null);
            List<String> columns = new ArrayList<>();
            int checked = 0;
            for (Map<String, String> r : fixture) {
                if (!r.get("case").equals(e.getKey())) {
                    continue;
                }
                if (!columns.contains(r.get("column"))) {
                    columns.add(r.get("column"));
                }
                Column c = t.column(r.get("column"));
                int row = Integer.parseInt(r.get("row"));
                String where = e.getKey() + ": " + c.name() + "[" + row + "]";
                assertEquals(r.get("dtype"), c.dtypeName(), where + " dtype");
                Reference.assertCell(c, row, r, where);
                checked++;
            }
            assertTrue(checked > 0, "no reference cells for " + e.getKey() + "; rerun make_reader_reference.py");
            assertEquals(columns, t.columnNames(), e.getKey() + " columns in pandas' order");
        }
    }

    @Test
    void epochNumbersKeepTheUnitPandasReadsThemIn() {
        List<Map<String, String>> fixture = Reference.rows("reader_json_dates.csv");
        List<String> files = new ArrayList<>();
        for (Map<String, String> r : fixture) {
            if (r.get("case").startsWith("units_") && !files.contains(r.get("case"))) {
                files.add(r.get("case"));
            }
        }
        assertEquals(10, files.size(), "unit and time zone inputs in the fixture");
        List<String> dtypes = new ArrayList<>();
        for (String file : files) {
            Table t = TableFiles.read(ctx, FileFormat.JSON, Reference.input(file), options(), null);
            for (Map<String, String> r : fixture) {
                if (r.get("case").equals(file)) {
                    Column c = t.column(r.get("column"));
                    int row = Integer.parseInt(r.get("row"));
                    assertEquals(r.get("dtype"), c.dtypeName(), file + " dtype");
                    Reference.assertCell(c, row, r, file + "[" + row + "]");
                    if (row == 0) {
                        dtypes.add(c.dtypeName());
                    }
                }
            }
        }
        assertTrue(dtypes.containsAll(List.of("datetime64[s]", "datetime64[ms]", "datetime64[ns]", "int64",
                "datetime64[us, UTC]", "datetime64[us, UTC+02:00]", "str")), dtypes.toString());
    }

    @Test
    void conversionsStratumCannotHoldAreRefusedNamingTheColumn() {
        List<Map<String, String>> fixture = Reference.rows("reader_json_dates.csv");
        List<String> files = new ArrayList<>();
        for (Map<String, String> r : fixture) {
            if (r.get("case").startsWith("refused_") && !files.contains(r.get("case"))) {
                // pandas did convert it: that is why Stratum must not read it as text silently.
                assertTrue(r.get("dtype").startsWith("datetime64"), r.toString());
                files.add(r.get("case"));
            }
        }
        assertEquals(4, files.size(), "refused inputs in the fixture");
        for (String file : files) {
            DataException e = assertThrows(DataException.class, () -> TableFiles.read(ctx, FileFormat.JSON,
                    Reference.input(file), options(), null), file);
            assertTrue(e.getMessage().contains("column 'date'") && e.getMessage().contains("convert_dates=False"),
                    file + ": " + e.getMessage());
            Table asWritten = TableFiles.read(ctx, FileFormat.JSON, Reference.input(file),
                    options("convert_dates", Const.of(false)), null);
            assertEquals(2, asWritten.rowCount(), file);
            // Naming the column in a list converts it too, so it is refused the same way.
            assertThrows(DataException.class, () -> TableFiles.read(ctx, FileFormat.JSON, Reference.input(file),
                    options("convert_dates", Const.ofStrings(List.of("date")), "keep_default_dates", Const.of(false)),
                    null), file);
        }
    }
}
