package io.stratum.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.value.Const;
import io.stratum.ir.value.FileFormat;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.reference.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** read_parquet, read_feather and read_json against pandas' readings (make_reader_reference.py). */
class TableFilesTest {
    private static final Const.DictConst NO_OPTIONS = new Const.DictConst(List.of(), List.of());
    private final MemoryContext ctx = MemoryContext.open();

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private static FileFormat formatOf(String file) {
        if (file.endsWith(".parquet")) {
            return FileFormat.PARQUET;
        }
        return file.endsWith(".json") ? FileFormat.JSON : FileFormat.FEATHER;
    }

    /** Compares the fixture's cells of {@code file} with {@code t}: dtypes, missing flags, values, column order. */
    private static void assertCells(List<Map<String, String>> fixture, String file, Table t, boolean allColumns) {
        List<String> columns = new ArrayList<>();
        int checked = 0;
        for (Map<String, String> r : fixture) {
            if (!r.get("file").equals(file) || !allColumns && !t.hasColumn(r.get("column"))) {
                continue;
            }
            if (!columns.contains(r.get("column"))) {
                columns.add(r.get("column"));
            }
            Column c = t.column(r.get("column"));
            int row = Integer.parseInt(r.get("row"));
            String where = file + ": " + c.name() + "[" + row + "]";
            String dtype = r.get("dtype");
            // Documented differences: pandas keeps int16/float32, Stratum widens them to int64/float64; a
            // dictionary-encoded string column is pandas' category of strings, read as one from Arrow files whose
            // dictionary is in Python's str order (Stratum's categories) and as str from Parquet.
            String expectedType = switch (dtype) {
                case "int16" -> "int64";
                case "float32" -> "float64";
                case "category" -> file.endsWith(".parquet") ? "str" : "category";
                default -> dtype;
            };
            assertEquals(expectedType, c.dtypeName(), where + " dtype");
            Reference.assertCell(c, row, r, where);
            checked++;
        }
        assertTrue(checked > 0, "no reference cells for " + file + "; rerun make_reader_reference.py");
        if (allColumns) {
            assertEquals(columns, t.columnNames(), file + " columns in pandas' order");
        }
    }

    @Test
    void aFeatherCategoryOfNumbersIsRefusedNamingTheColumn() {
        // frontend/reference/make_frame_ops_reference.py wrote it: pandas reads 'n' as a category of int64.
        Path file = Path.of("..", "frontend", "src", "test", "resources", "frame_ops_inputs", "categories_int.feather");
        DataException e = assertThrows(DataException.class, () -> TableFiles.read(ctx, FileFormat.FEATHER, file,
                NO_OPTIONS, null));
        assertTrue(e.getMessage().contains("column 'n'") && e.getMessage().contains("non-str categories"), e.getMessage());
        assertEquals(2, TableFiles.read(ctx, FileFormat.FEATHER, file, NO_OPTIONS, List.of("k")).rowCount());
    }

    @Test
    void committedFilesReadAsPandas() {
        List<Map<String, String>> fixture = Reference.rows("reader_files.csv");
        for (String file : List.of("table_snappy.parquet", "table_zstd.parquet", "table.feather", "table.arrows",
                "records.json")) {
            Table t = TableFiles.read(ctx, formatOf(file), Reference.input(file), NO_OPTIONS, null);
            assertCells(fixture, file, t, true);
        }
    }

    @Test
    void onlyTheRequestedColumnsAreRead() {
        for (String file : List.of("table_zstd.parquet", "table.feather", "records.json")) {
            Table t = TableFiles.read(ctx, formatOf(file), Reference.input(file), NO_OPTIONS, List.of("s", "i_null", "n")
                    .stream().filter(n -> file.endsWith(".json") ? !n.equals("i_null") : !n.equals("n")).toList());
            // File order, whatever the order of the list.
            assertEquals(file.endsWith(".json") ? List.of("n", "s") : List.of("i_null", "s"), t.columnNames(), file);
            assertCells(Reference.rows("reader_files.csv"), file, t, false);
            // The pruned list ignores names the file lacks; the script's columns= must all exist.
            assertEquals(0, TableFiles.read(ctx, formatOf(file), Reference.input(file), NO_OPTIONS, List.of("nope"))
                    .columnCount());
            DataException e = assertThrows(DataException.class, () -> TableFiles.read(ctx, formatOf(file),
                    Reference.input(file), new Const.DictConst(List.of(Const.of("columns")),
                            List.of(Const.ofStrings(List.of("s", "nope")))), null));
            assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
        }
    }

    @Test
    void sharedFilesReadAsPandas() {
        List<Map<String, String>> summary = Reference.rows("reader_shared_summary.csv");
        List<Map<String, String>> cells = Reference.rows("reader_shared_cells.csv");
        for (String file : List.of("flights-3m.parquet", "flights-200k.arrow", "cars.json", "movies.json", "penguins.json")) {
            Path path = Reference.sharedData(file);
            Table t = TableFiles.read(ctx, formatOf(file), path, NO_OPTIONS, null);
            for (Map<String, String> r : summary) {
                if (!r.get("file").equals(file)) {
                    continue;
                }
                Column c = t.column(r.get("column"));
                assertEquals(Integer.parseInt(r.get("rows")), c.length(), file + " rows");
                assertEquals(Integer.parseInt(r.get("missing")), c.missingCount(), file + " " + c.name() + " missing");
                if (!r.get("sum").isEmpty()) {
                    double sum = 0;
                    if (c instanceof TimestampColumn ts) {
                        for (long v : ts.toMicrosArray()) {
                            sum += v;
                        }
                    } else {
                        for (double v : c.toDoubleArray()) {
                            sum += Double.isNaN(v) ? 0 : v;
                        }
                    }
                    Reference.assertClose(Reference.number(r.get("sum")), sum, file + " " + c.name() + " sum");
                }
            }
            assertCells(cells, file, t, true);
        }
    }

    @Test
    void unsupportedContentIsRefusedWithTheColumnAndWhatToDo() {
        DataException dates = assertThrows(DataException.class, () -> JsonRecordsReader.readString(ctx, "d.json",
                "[{\"date\": \"1/2/2020\", \"x\": 1}]", null, JsonDates.PANDAS_DEFAULT));
        assertTrue(dates.getMessage().contains("column 'date'") && dates.getMessage().contains("convert_dates=False"),
                dates.getMessage());
        Table kept = JsonRecordsReader.readString(ctx, "d.json", "[{\"date\": \"2020-01-01\", \"x\": 1}]", null,
                JsonDates.NONE);
        assertEquals("2020-01-01", ((StringColumn) kept.column("date")).getString(0));
        DataException nested = assertThrows(DataException.class, () -> JsonRecordsReader.readString(ctx, "n.json",
                "[{\"a\": 1},\n {\"a\": [1, 2]}]", null, JsonDates.PANDAS_DEFAULT));
        assertTrue(nested.getMessage().contains("n.json: line 2, column 'a': nested values"), nested.getMessage());
        DataException notRecords = assertThrows(DataException.class,
                () -> JsonRecordsReader.readString(ctx, "o.json", "{\"a\": {\"0\": 1}}", null, JsonDates.PANDAS_DEFAULT));
        assertTrue(notRecords.getMessage().contains("expected a JSON list of records"), notRecords.getMessage());
        assertThrows(DataException.class, () -> TableFiles.read(ctx, FileFormat.JSON, Reference.input("records.json"),
                new Const.DictConst(List.of(Const.of("orient")), List.of(Const.of("split"))), null));
        assertFalse(JsonDates.isDateName("Release Date"));
        assertTrue(JsonDates.isDateName("created_at"));
    }
}
