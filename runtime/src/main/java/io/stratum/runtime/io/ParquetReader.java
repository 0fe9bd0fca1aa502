package io.stratum.runtime.io;

import dev.hardwood.InputFile;
import dev.hardwood.metadata.CompressionCodec;
import dev.hardwood.metadata.LogicalType;
import dev.hardwood.metadata.RowGroup;
import dev.hardwood.reader.ColumnReader;
import dev.hardwood.reader.ColumnReaders;
import dev.hardwood.reader.ParquetFileReader;
import dev.hardwood.reader.Validity;
import dev.hardwood.schema.ColumnProjection;
import dev.hardwood.schema.ColumnSchema;
import dev.hardwood.schema.FileSchema;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.parquet.FlatColumnReader;
import io.stratum.runtime.io.parquet.ParquetFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Parquet file into a {@link Table} with the dtypes {@code pd.read_parquet} gives (pyarrow engine): 64-bit
 * integers stay int64 unless a value is missing (then float64, as pandas converts them), floating point becomes
 * float64, strings str, booleans bool. Only the requested columns are decoded (Parquet is columnar).
 *
 * <p>hardwood (a pure-Java Parquet reader, {@code docs/dependencies.md} says why) reads the footer and schema. Flat
 * columns in the layouts pandas and polars write are decoded by {@link FlatColumnReader}, page by page straight into
 * Arrow vectors, with a string column's Parquet dictionaries kept as its codes; the others (delta and
 * byte-stream-split encodings, a page that decoder does not read) through hardwood's column readers, batch by batch
 * into primitive arrays. Brotli and LZO are refused naming the column. Known differences from pandas: 8-, 16- and 32-bit integers and 32-bit floats
 * are widened to int64 and float64 (pandas keeps int8/int16/int32/float32); timestamps become datetime64[us]
 * of the file's unit (pandas keeps it), time-zone-aware ones (UTC instants) in the zone pyarrow stored with the file;
 * nested columns (lists, maps, structs) are refused.
 */
public final class ParquetReader {
    /** hardwood reports its SIMD set-up at INFO level on first use; the CLI prints only its own messages. */
    private static final java.util.logging.Logger HARDWOOD_LOG = java.util.logging.Logger.getLogger("dev.hardwood");

    static {
        HARDWOOD_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private ParquetReader() {
    }

    /** Reads {@code columns} of {@code file} (null: all), in file order, into memory owned by {@code ctx}. */
    public static Table read(MemoryContext ctx, Path file, List<String> columns) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("cannot read Parquet file '" + file + "': the file does not exist. Check the path.");
        }
        try (ParquetFileReader reader = ParquetFileReader.open(InputFile.of(file))) {
            FileSchema schema = reader.getFileSchema();
            List<ColumnSchema> wanted = select(file, schema, columns);
            long total = reader.getFileMetaData().numRows();
            if (total > Integer.MAX_VALUE) {
                throw new DataException(file + ": " + total + " rows are more than one table can hold (2^31 - 1)");
            }
            if (wanted.isEmpty()) {
                return Table.empty((int) total);
            }
            List<RowGroup> groups = reader.getFileMetaData().rowGroups();
            List<ColumnSchema> direct = new ArrayList<>();
            List<FlatColumnReader.Kind> directKinds = new ArrayList<>();
            List<ColumnSchema> viaHardwood = new ArrayList<>();
            for (ColumnSchema c : wanted) {
                ColumnAppender.Kind k = kind(file, c);
                refuseUnreadableCodec(file, c, groups);
                if (FlatColumnReader.accepts(c, groups)) {
                    direct.add(c);
                    directKinds.add(FlatColumnReader.Kind.valueOf(k.name()));
                } else {
                    viaHardwood.add(c);
                }
            }
            Map<String, Column> read = new HashMap<>();
            if (!direct.isEmpty()) {
                try {
                    List<Column> decoded = FlatColumnReader.read(ctx, file, groups, direct, directKinds);
                    for (Column c : decoded) {
                        read.put(c.name(), c);
                    }
                } catch (ParquetFormatException e) {
                    // A page outside the layouts the page decoder reads (or malformed): hardwood reads these columns
                    // instead, and reports a malformed file in its own words.
                    viaHardwood.addAll(direct);
                }
            }
            if (!viaHardwood.isEmpty()) {
                for (Column c : readWithHardwood(ctx, file, reader, viaHardwood, (int) total)) {
                    read.put(c.name(), c);
                }
            }
            Map<String, String> zones = null;
            for (ColumnSchema c : wanted) {
                if (c.logicalType() instanceof LogicalType.TimestampType ts && ts.isAdjustedToUTC()
                        && read.get(c.name()) instanceof io.stratum.runtime.data.TimestampColumn t) {
                    if (zones == null) {
                        zones = ArrowSchemaZones.of(reader.getFileMetaData().keyValueMetadata());
                    }
                    // UTC instants: pandas shows them in the zone pyarrow stored with the file, else in UTC.
                    read.put(c.name(), io.stratum.runtime.data.TimestampColumn.of(ctx, c.name(), t.toTicksArray(),
                            t.nullFlags(), t.unit(), zones.getOrDefault(c.name(), "UTC")));
                }
            }
            List<Column> built = new ArrayList<>(wanted.size());
            for (ColumnSchema c : wanted) {
                built.add(read.get(c.name()));
            }
            return Table.of(built);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataException d) {
                throw d;
            }
            throw new DataException("cannot read Parquet file '" + file + "': " + e.getMessage()
                    + ". Check that it is a valid Parquet file.", e);
        }
    }

    /** Brotli and LZO need native libraries that neither hardwood nor Stratum bundles. */
    private static void refuseUnreadableCodec(Path file, ColumnSchema c, List<RowGroup> groups) {
        for (RowGroup g : groups) {
            CompressionCodec codec = g.columns().get(c.columnIndex()).metaData().codec();
            if (codec == CompressionCodec.BROTLI || codec == CompressionCodec.LZO) {
                throw new DataException(file + ": column '" + c.name() + "' is compressed with " + codec
                        + ", which Stratum cannot read; write the file with compression='snappy', 'zstd', 'gzip' or"
                        + " 'lz4' (for example pd.read_parquet(path).to_parquet(path, compression='zstd'))");
            }
        }
    }

    /** Reads {@code columns} through hardwood's column readers (any encoding and codec hardwood knows). */
    private static List<Column> readWithHardwood(MemoryContext ctx, Path file, ParquetFileReader reader,
            List<ColumnSchema> columns, int total) {
        List<ColumnAppender> out = new ArrayList<>();
        String[] names = new String[columns.size()];
        for (int k = 0; k < names.length; k++) {
            names[k] = columns.get(k).name();
            out.add(new ColumnAppender(names[k], kind(file, columns.get(k)), FlatColumnReader.timestampUnit(columns.get(k).logicalType()), total));
        }
        try (ColumnReaders readers = reader.columnReaders(ColumnProjection.columns(names))) {
            while (readers.nextBatch()) {
                int n = readers.getRecordCount();
                for (int k = 0; k < names.length; k++) {
                    append(readers.getColumnReader(names[k]), out.get(k), n);
                }
            }
        }
        List<Column> built = new ArrayList<>(out.size());
        for (ColumnAppender a : out) {
            built.add(a.build(ctx));
        }
        return built;
    }

    /** The column names of {@code file} in order, without reading any data. */
    public static List<String> columnNames(Path file) {
        try (ParquetFileReader reader = ParquetFileReader.open(InputFile.of(file))) {
            List<String> names = new ArrayList<>();
            for (ColumnSchema c : reader.getFileSchema().getColumns()) {
                names.add(c.name());
            }
            return names;
        } catch (IOException e) {
            throw new DataException("cannot read Parquet file '" + file + "': " + e.getMessage(), e);
        }
    }

    private static List<ColumnSchema> select(Path file, FileSchema schema, List<String> columns) {
        List<ColumnSchema> all = schema.getColumns();
        List<String> names = new ArrayList<>();
        for (ColumnSchema c : all) {
            names.add(c.name());
        }
        List<ColumnSchema> out = new ArrayList<>();
        for (ColumnSchema c : all) {
            if (columns == null || columns.contains(c.name())) {
                if (c.maxRepetitionLevel() > 0 || !schema.isFlatSchema() && c.fieldPath().toString().contains(".")) {
                    throw new DataException(file + ": column '" + c.name() + "' is nested (a list, map or struct), which"
                            + " Stratum cannot read yet; read the other columns with columns=[...]");
                }
                out.add(c);
            }
        }
        return out;
    }

    private static ColumnAppender.Kind kind(Path file, ColumnSchema c) {
        LogicalType logical = c.logicalType();
        String unsupported = null;
        switch (c.type()) {
            case BOOLEAN -> {
                return ColumnAppender.Kind.BOOL;
            }
            case INT64 -> {
                if (logical instanceof LogicalType.TimestampType) {
                    return ColumnAppender.Kind.TIMESTAMP;
                } else if (logical == null || logical instanceof LogicalType.IntType) {
                    if (logical instanceof LogicalType.IntType it && !it.isSigned()) {
                        unsupported = "an unsigned 64-bit integer";
                    } else {
                        return ColumnAppender.Kind.INTEGER;
                    }
                } else {
                    unsupported = describe(logical);
                }
            }
            case INT32 -> {
                if (logical == null || logical instanceof LogicalType.IntType) {
                    if (logical instanceof LogicalType.IntType it && !it.isSigned() && it.bitWidth() == 64) {
                        unsupported = "an unsigned 64-bit integer";
                    } else {
                        return ColumnAppender.Kind.INTEGER;
                    }
                } else {
                    unsupported = describe(logical);
                }
            }
            case FLOAT, DOUBLE -> {
                return ColumnAppender.Kind.FLOAT;
            }
            case BYTE_ARRAY -> {
                if (logical instanceof LogicalType.StringType || logical instanceof LogicalType.EnumType
                        || logical instanceof LogicalType.JsonType) {
                    return ColumnAppender.Kind.STRING;
                }
                unsupported = logical == null ? "binary" : describe(logical);
            }
            default -> unsupported = c.type().toString().toLowerCase();
        }
        throw new DataException(file + ": column '" + c.name() + "' holds " + unsupported + " values, which Stratum"
                + " cannot read yet; read the other columns with columns=[...]");
    }

    private static String describe(LogicalType logical) {
        String s = logical.getClass().getSimpleName().replace("Type", "").toLowerCase();
        return s.equals("timestamp") ? "timestamp" : s;
    }

    private static void append(ColumnReader r, ColumnAppender a, int n) {
        Validity valid = r.getLeafValidity();
        boolean nulls = valid != null && valid.hasNulls();
        switch (r.getColumnSchema().type()) {
            case BOOLEAN -> {
                boolean[] v = r.getBooleans();
                for (int i = 0; i < n; i++) {
                    a.addBool(v[i], nulls && valid.isNull(i));
                }
            }
            case INT32 -> {
                int[] v = r.getInts();
                for (int i = 0; i < n; i++) {
                    a.addLong(v[i], nulls && valid.isNull(i));
                }
            }
            case INT64 -> {
                long[] v = r.getLongs();
                if (!nulls) {
                    a.addLongs(v, n);
                    return;
                }
                for (int i = 0; i < n; i++) {
                    a.addLong(v[i], valid.isNull(i));
                }
            }
            case FLOAT -> {
                float[] v = r.getFloats();
                for (int i = 0; i < n; i++) {
                    a.addDouble(v[i], nulls && valid.isNull(i));
                }
            }
            case DOUBLE -> {
                double[] v = r.getDoubles();
                if (!nulls) {
                    a.addDoubles(v, n);
                    return;
                }
                for (int i = 0; i < n; i++) {
                    a.addDouble(v[i], nulls && valid.isNull(i));
                }
            }
            case BYTE_ARRAY -> {
                byte[] bytes = r.getBinaryValues();
                int[] offsets = r.getBinaryOffsets();
                if (!nulls) {
                    a.addStrings(bytes, offsets, n);
                    return;
                }
                for (int i = 0; i < n; i++) {
                    boolean isNull = nulls && valid.isNull(i);
                    a.addString(bytes, offsets[i], isNull ? 0 : offsets[i + 1] - offsets[i], isNull);
                }
            }
            default -> throw new IllegalStateException("unexpected Parquet type " + r.getColumnSchema().type());
        }
    }
}
