package io.stratum.runtime.io.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardwood.InputFile;
import dev.hardwood.metadata.RowGroup;
import dev.hardwood.reader.ParquetFileReader;
import dev.hardwood.schema.ColumnSchema;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DictionaryEncoding;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.ParquetReader;
import io.stratum.runtime.reference.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page decoder against pandas' reading of one table written by pyarrow in every codec, data page version,
 * dictionary setting and value encoding of {@code make_reader_reference.py} (layout_files): values, nulls and
 * dtypes equal pandas' whichever reader decodes a column, the files pyarrow writes by default are decoded by our
 * own decoder, and a string column's Parquet dictionaries become the codes {@link DictionaryEncoding} would find.
 */
class ParquetLayoutsTest {
    private final MemoryContext ctx = MemoryContext.open();

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private static Path layout(String name) {
        return Reference.input("parquet_layouts/" + name);
    }

    /**
     * pandas' dtypes as Stratum reads them: narrower numbers are widened, timestamps keep their unit, and a bool
     * column with missing values, which pandas holds as object, is bool with nulls.
     */
    private static String stratumType(String pandasType) {
        return switch (pandasType) {
            case "object" -> "bool";
            case "int32", "uint32" -> "int64";
            case "float32" -> "float64";
            default -> pandasType;
        };
    }

    private static void assertCells(Table t, String file) {
        List<Map<String, String>> fixture = Reference.rows("reader_parquet_layouts.csv");
        List<String> columns = new ArrayList<>();
        for (Map<String, String> r : fixture) {
            Column c = t.column(r.get("column"));
            if (!columns.contains(c.name())) {
                columns.add(c.name());
            }
            String where = file + ": " + c.name() + "[" + r.get("row") + "]";
            assertEquals(stratumType(r.get("dtype")), c.dtypeName(), where + " dtype");
            Reference.assertCell(c, Integer.parseInt(r.get("row")), r, where);
        }
        assertEquals(columns, t.columnNames(), file + ": columns in pandas' order");
    }

    @Test
    void everyLayoutReadsAsPandas() {
        List<Map<String, String>> files = Reference.rows("reader_parquet_layout_files.csv");
        assertTrue(files.size() > 20, "rerun make_reader_reference.py");
        for (Map<String, String> f : files) {
            String file = f.get("file");
            assertCells(ParquetReader.read(ctx, layout(file), null), file);
        }
    }

    @Test
    void theCommonLayoutsAreDecodedByThePageDecoder() throws IOException {
        int direct = 0;
        for (Map<String, String> f : Reference.rows("reader_parquet_layout_files.csv")) {
            String file = f.get("file");
            boolean expected = Boolean.parseBoolean(f.get("direct").toLowerCase());
            try (ParquetFileReader reader = ParquetFileReader.open(InputFile.of(layout(file)))) {
                List<RowGroup> groups = reader.getFileMetaData().rowGroups();
                List<ColumnSchema> all = reader.getFileSchema().getColumns();
                boolean every = all.stream().allMatch(c -> FlatColumnReader.accepts(c, groups));
                assertEquals(expected, every, file + ": read by the page decoder");
                if (!every) {
                    continue;
                }
                direct++;
                // Straight through the decoder (no fallback to hardwood): a failure here is a decoder bug.
                List<Column> read = FlatColumnReader.read(ctx, layout(file), groups, all, kinds(all));
                assertCells(Table.of(read), file + " (page decoder)");
                for (Column c : read) {
                    if (c instanceof StringColumn s) {
                        assertCodesAsDictionaryEncodingFindsThem(s, file);
                    }
                }
            }
        }
        assertEquals(files(), direct, "layouts read by the page decoder");
    }

    private static int files() {
        return Reference.rows("reader_parquet_layout_files.csv").stream()
                .mapToInt(f -> Boolean.parseBoolean(f.get("direct").toLowerCase()) ? 1 : 0).sum();
    }

    @Test
    void brotliIsRefusedNamingTheColumnTheCodecAndWhatToDo() {
        DataException e = assertThrows(DataException.class,
                () -> ParquetReader.read(ctx, layout("brotli.parquet"), null));
        assertTrue(e.getMessage().contains("column 'id'") && e.getMessage().contains("BROTLI")
                && e.getMessage().contains("compression='zstd'"), e.getMessage());
    }

    /** A string column's codes are those {@link DictionaryEncoding} finds, including none for a high-cardinality one. */
    private void assertCodesAsDictionaryEncodingFindsThem(StringColumn s, String file) {
        String[] values = s.toStringArray();
        StringColumn fresh = DictionaryEncoding.ifLowCardinality(StringColumn.of(ctx, s.name(), values));
        String where = file + ": " + s.name() + " codes";
        if (fresh.codes() == null) {
            assertNull(s.codes(), where);
            return;
        }
        assertNotNull(s.codes(), where);
        assertArrayEquals(fresh.codes().values(), s.codes().values(), where);
        assertArrayEquals(fresh.codes().codes(), s.codes().codes(), where);
    }

    private static List<FlatColumnReader.Kind> kinds(List<ColumnSchema> columns) {
        List<FlatColumnReader.Kind> out = new ArrayList<>();
        for (ColumnSchema c : columns) {
            out.add(switch (c.type()) {
                case BOOLEAN -> FlatColumnReader.Kind.BOOL;
                case FLOAT, DOUBLE -> FlatColumnReader.Kind.FLOAT;
                case BYTE_ARRAY -> FlatColumnReader.Kind.STRING;
                default -> c.logicalType() instanceof dev.hardwood.metadata.LogicalType.TimestampType
                        ? FlatColumnReader.Kind.TIMESTAMP : FlatColumnReader.Kind.INTEGER;
            });
        }
        return out;
    }

    @Test
    void theFlightsFileIsDecodedByThePageDecoderWithItsDictionariesAsCodes() throws IOException {
        Path flights = Reference.sharedData("flights-3m.parquet");
        try (ParquetFileReader reader = ParquetFileReader.open(InputFile.of(flights))) {
            List<RowGroup> groups = reader.getFileMetaData().rowGroups();
            for (ColumnSchema c : reader.getFileSchema().getColumns()) {
                assertTrue(FlatColumnReader.accepts(c, groups), c.name());
            }
        }
        StringColumn origin = (StringColumn) ParquetReader.read(ctx, flights, List.of("origin")).column("origin");
        assertNotNull(origin.codes());
        StringColumn again = DictionaryEncoding.ifLowCardinality(StringColumn.of(ctx, "o", origin.toStringArray()));
        assertArrayEquals(again.codes().values(), origin.codes().values());
        assertArrayEquals(again.codes().codes(), origin.codes().codes());
    }

    @Test
    void aCorruptPageIsReportedNamingTheFile(@TempDir Path dir) throws IOException {
        // Garble the first data page's bytes of an uncompressed file (past the 4-byte magic), keeping the footer.
        byte[] bytes = Files.readAllBytes(layout("none_v1_plain.parquet"));
        for (int i = 4; i < 64; i++) {
            bytes[i] = (byte) 0xff;
        }
        Path bad = dir.resolve("bad.parquet");
        Files.write(bad, bytes);
        try (ParquetFileReader reader = ParquetFileReader.open(InputFile.of(bad))) {
            List<RowGroup> groups = reader.getFileMetaData().rowGroups();
            List<ColumnSchema> all = reader.getFileSchema().getColumns();
            ParquetFormatException e = assertThrows(ParquetFormatException.class,
                    () -> FlatColumnReader.read(ctx, bad, groups, all, kinds(all)));
            assertTrue(e.getMessage().contains("column 'id'"), e.getMessage());
        }
        DataException e = assertThrows(DataException.class, () -> ParquetReader.read(ctx, bad, null));
        assertTrue(e.getMessage().contains("bad.parquet"), e.getMessage());
        assertFalse(ctx.allocatedBytes() < 0);
    }
}
