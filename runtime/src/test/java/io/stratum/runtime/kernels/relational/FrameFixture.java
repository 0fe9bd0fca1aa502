package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.reference.Reference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A frame pandas produced, as written by {@code runtime/reference/make_relational_reference.py}: names, dtypes,
 * then rows with {@code <NA>} for missing values; and the comparison of a Stratum table against it.
 */
record FrameFixture(List<String> names, List<String> dtypes, List<List<String>> rows) {
    static final String MISSING = "<NA>";

    static FrameFixture load(String caseName) {
        return load("relational", caseName);
    }

    /** The fixture {@code caseName} under {@code reference/<dir>/}. */
    static FrameFixture load(String dir, String caseName) {
        List<List<String>> all = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Reference.fixture(dir + "/" + caseName + ".csv"))) {
            for (CsvRecord r : reader) {
                all.add(r.getFields());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FrameFixture(all.get(0), all.get(1), all.subList(2, all.size()));
    }

    /**
     * Asserts that {@code actual} has pandas' column names, dtypes (pandas' {@code object} for a bool column that
     * gained missing values is Stratum's nullable bool), row count and values: integers and strings exactly,
     * floats to {@code rtol} relative, missing where pandas has NaN or None.
     */
    void assertMatches(Table actual, double rtol, String what) {
        assertEquals(names, actual.columnNames(), what + ": column names");
        for (int j = 0; j < names.size(); j++) {
            Column c = actual.column(j);
            String expected = dtypes.get(j);
            boolean objectBool = expected.equals("object") && c.type() == DataType.BOOL;
            assertTrue(objectBool || expected.equals(c.dtypeName()),
                    what + ": dtype of '" + names.get(j) + "' is " + c.dtypeName() + ", pandas has " + expected);
        }
        assertEquals(rows.size(), actual.rowCount(), what + ": row count");
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < names.size(); j++) {
                String e = rows.get(i).get(j);
                Column c = actual.column(j);
                String where = what + ": row " + i + ", column '" + names.get(j) + "'";
                if (e.equals(MISSING)) {
                    assertTrue(c.isMissing(i), where + ": expected missing, got " + c.format(i));
                    continue;
                }
                if (c.isMissing(i)) {
                    fail(where + ": expected " + e + ", got missing");
                }
                switch (c) {
                    case Int64Column x -> assertEquals(Long.parseLong(e), x.getLong(i), where);
                    case Float64Column x -> {
                        double want = Double.parseDouble(e);
                        double got = x.getDouble(i);
                        assertTrue(want == got || Math.abs(want - got) <= rtol * Math.abs(want),
                                where + ": expected " + want + ", got " + got);
                    }
                    case StringColumn x -> assertEquals(e, x.getString(i), where);
                    case BoolColumn x -> assertEquals(e, x.getBoolean(i) ? "True" : "False", where);
                    case io.stratum.runtime.data.TimestampColumn x -> assertEquals(e, x.format(i), where);
                    case io.stratum.runtime.data.TimedeltaColumn x -> assertEquals(e, x.format(i), where);
                }
            }
        }
    }
}
