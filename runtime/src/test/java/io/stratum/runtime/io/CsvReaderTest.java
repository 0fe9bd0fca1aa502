package io.stratum.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.reference.Reference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private final MemoryContext ctx = MemoryContext.open();

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    /** Checks dtypes, missing counts and row counts of one file against what pandas.read_csv reported. */
    private void assertSchemaMatchesPandas(String label, Path file) {
        List<Map<String, String>> expected = Reference.rows("csv_schema.csv").stream()
                .filter(r -> r.get("file").equals(label)).toList();
        assertFalse(expected.isEmpty(), "no pandas schema recorded for " + label + "; rerun the reference script");
        Table t = CsvReader.read(ctx, file);
        assertEquals(expected.stream().map(r -> r.get("column")).toList(), t.columnNames(), label + " columns");
        for (Map<String, String> r : expected) {
            Column c = t.column(r.get("column"));
            String where = label + " column " + c.name();
            assertEquals(r.get("dtype"), c.dtypeName(), where + " dtype");
            assertEquals(Integer.parseInt(r.get("missing")), c.missingCount(), where + " missing values");
            assertEquals(Integer.parseInt(r.get("rows")), c.length(), where + " rows");
        }
    }

    @Test
    void infersTypesAsPandasOnCommittedInputs() {
        for (String name : List.of("csv_inference.csv", "small_train.csv", "small_test.csv", "arith_operands.csv",
                "csv_short_row.csv")) {
            assertSchemaMatchesPandas("inputs/" + name, Reference.input(name));
        }
    }

    @Test
    void readsValuesAsPandas() {
        Table t = CsvReader.read(ctx, Reference.input("csv_inference.csv"));
        for (Map<String, String> r : Reference.rows("csv_inference_values.csv")) {
            Column c = t.column(r.get("column"));
            int row = Integer.parseInt(r.get("row"));
            String expected = r.get("value");
            String where = c.name() + "[" + row + "]";
            if (expected.equals("nan")) {
                assertTrue(c.isMissing(row), where + " should be missing");
            } else if (c.type() == DataType.FLOAT64) {
                assertEquals(Reference.number(expected), c.toDoubleArray()[row], where);
            } else {
                assertEquals(expected, c.format(row), where);
            }
        }
    }

    @Test
    void keepingColumnsReadsThemInFileOrderTypedAsInAFullRead() {
        Table full = CsvReader.read(ctx, Reference.input("csv_inference.csv"));
        List<String> names = full.columnNames();
        // Asked in reverse order, plus a name the file lacks (ignored): the file's order is kept, as pandas' usecols.
        java.util.Set<String> keep = new java.util.HashSet<>(List.of(names.get(names.size() - 1), names.get(0), "absent"));
        Table some = CsvReader.read(ctx, Reference.input("csv_inference.csv"), keep);
        assertEquals(List.of(names.get(0), names.get(names.size() - 1)), some.columnNames());
        assertEquals(full.rowCount(), some.rowCount());
        for (String c : some.columnNames()) {
            assertEquals(full.column(c).type(), some.column(c).type(), c);
            for (int row = 0; row < full.rowCount(); row++) {
                assertEquals(full.column(c).isNull(row), some.column(c).isNull(row), c + "[" + row + "]");
            }
        }
        assertEquals(full.select(some.columnNames()).format(full.rowCount()), some.format(full.rowCount()));
        Table none = CsvReader.read(ctx, Reference.input("csv_inference.csv"), java.util.Set.of());
        assertEquals(0, none.columnCount());
        assertEquals(full.rowCount(), none.rowCount());
    }

    @Test
    void employeeSalariesMatchesPandas() {
        assertSchemaMatchesPandas("shared/employee_salaries.csv", Reference.sharedData("employee_salaries.csv"));
    }

    @Test
    void seattleWeatherMatchesPandas() {
        assertSchemaMatchesPandas("shared/seattle-weather.csv", Reference.sharedData("seattle-weather.csv"));
    }

    @Test
    void everyDefaultNaStringIsMissing() {
        for (String na : CsvReader.DEFAULT_NA_VALUES) {
            String field = na.isEmpty() ? "" : "\"" + na + "\"";
            Table t = CsvReader.readString(ctx, "na.csv", "s,n\nabc,1.5\n" + field + "," + field + "\n");
            assertTrue(t.column("s").isNull(1), "'" + na + "' in a string column");
            assertEquals(DataType.STRING, t.column("s").type());
            assertTrue(t.column("n").isMissing(1), "'" + na + "' in a number column");
            assertEquals(DataType.FLOAT64, t.column("n").type(), "'" + na + "' in a number column");
        }
        // Near misses stay values, as in pandas (matching is exact and case-sensitive).
        Table t = CsvReader.readString(ctx, "na.csv", "s\nNAN\n na\nNone \n");
        assertEquals(DataType.STRING, t.column("s").type());
        assertEquals(0, t.column("s").nullCount());
        assertEquals(" na", ((StringColumn) t.column("s")).getString(1));
    }

    @Test
    void missingFileNamesThePath() {
        Path missing = Path.of("no-such-dir", "nothing.csv");
        DataException e = assertThrows(DataException.class, () -> CsvReader.read(ctx, missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void raggedRowNamesFileLineAndColumn() {
        Path file = Reference.input("csv_ragged.csv");
        DataException e = assertThrows(DataException.class, () -> CsvReader.read(ctx, file));
        String m = e.getMessage();
        assertTrue(m.startsWith(file.toString() + ": line 3, column 4:"), m);
        assertTrue(m.contains("expected 3 fields") && m.contains("saw 4"), m);
    }

    @Test
    void emptyInputAndHeaderOnly() {
        assertThrows(DataException.class, () -> CsvReader.readString(ctx, "empty.csv", ""));
        Table t = CsvReader.readString(ctx, "h.csv", "a,,a\n");
        assertEquals(List.of("a", "Unnamed: 1", "a.1"), t.columnNames());
        assertEquals(0, t.rowCount());
    }
}
