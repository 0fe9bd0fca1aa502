package io.stratum.runtime.io.parquet;

import dev.hardwood.metadata.ColumnChunk;
import dev.hardwood.metadata.ColumnMetaData;
import dev.hardwood.metadata.CompressionCodec;
import dev.hardwood.metadata.Encoding;
import dev.hardwood.metadata.LogicalType;
import dev.hardwood.metadata.PhysicalType;
import dev.hardwood.metadata.RowGroup;
import dev.hardwood.schema.ColumnSchema;
import io.stratum.runtime.data.ArrowBuffers;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DictionaryEncoding;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.io.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * Reads flat Parquet columns page by page with a decoder of our own instead of hardwood's value API, for the
 * layouts pandas' and polars' writers produce: BOOLEAN, INT32, INT64, FLOAT, DOUBLE and BYTE_ARRAY columns, required
 * or optional, PLAIN or dictionary-encoded values (RLE booleans too) in version-1 or version-2 data pages,
 * uncompressed, Snappy, ZSTD or GZIP. hardwood still reads the file's metadata and every other column (see
 * {@link #accepts}). Two things make this cheaper than hardwood's decoded values: dictionary indices are looked up
 * straight into the output, and a string column's Parquet dictionaries become its {@link StringCodes} (merged
 * over the row groups), where the decoded values would have to be hashed again row by row. Column chunks are
 * decoded in parallel.
 */
public final class FlatColumnReader {
    /** What the column becomes (pandas' dtype before the int64-with-nulls rule). */
    public enum Kind { INTEGER, FLOAT, BOOL, STRING, TIMESTAMP }

    private static final Set<Encoding> ENCODINGS = EnumSet.of(Encoding.PLAIN, Encoding.PLAIN_DICTIONARY,
            Encoding.RLE_DICTIONARY, Encoding.RLE);

    private static final ValueLayout.OfLong LONG_LE_LAYOUT = ValueLayout.JAVA_LONG_UNALIGNED
            .withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT_LE_LAYOUT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle POOL_WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private FlatColumnReader() {
    }

    /**
     * True when every chunk of {@code column} is in a layout this decoder reads (physical type, at most one
     * definition level, encodings and codec as listed in the metadata); the others are read through hardwood.
     */
    public static boolean accepts(ColumnSchema column, List<RowGroup> rowGroups) {
        PhysicalType t = column.type();
        if (t == PhysicalType.INT96 || t == PhysicalType.FIXED_LEN_BYTE_ARRAY || column.maxRepetitionLevel() != 0
                || column.maxDefinitionLevel() > 1) {
            return false;
        }
        for (RowGroup g : rowGroups) {
            ColumnMetaData m = chunk(g, column).metaData();
            if (!Codecs.accepts(m.codec()) || !ENCODINGS.containsAll(m.encodings()) || m.type() != t) {
                return false;
            }
        }
        return true;
    }

    private static ColumnChunk chunk(RowGroup g, ColumnSchema column) {
        return g.columns().get(column.columnIndex());
    }

    /**
     * Decodes {@code columns} (each {@linkplain #accepts accepted}) of {@code file} into columns owned by
     * {@code ctx}, as {@code kinds} say. Throws {@link ParquetFormatException} (naming the column) when a page turns
     * out to be in a layout this decoder does not read or is malformed; nothing is left allocated then.
     */
    public static List<Column> read(MemoryContext ctx, Path file, List<RowGroup> rowGroups, List<ColumnSchema> columns,
            List<Kind> kinds) {
        int groups = rowGroups.size();
        int[] starts = new int[groups + 1];
        for (int g = 0; g < groups; g++) {
            long n = starts[g] + rowGroups.get(g).numRows();
            if (n > Integer.MAX_VALUE) {
                throw new ParquetFormatException("more than 2^31 - 1 rows");
            }
            starts[g + 1] = (int) n;
        }
        int rows = starts[groups];
        DecodedColumn[] decoded = new DecodedColumn[columns.size()];
        for (int c = 0; c < decoded.length; c++) {
            decoded[c] = new DecodedColumn(ctx, columns.get(c).name(), kinds.get(c),
                    timestampUnit(columns.get(c).logicalType()), rows, groups);
        }
        boolean done = false;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Parallel.forEach(columns.size() * groups, task -> {
                int c = task / groups;
                int g = task % groups;
                ColumnSchema schema = columns.get(c);
                ColumnChunk chunk = chunk(rowGroups.get(g), schema);
                ColumnMetaData meta = chunk.metaData();
                byte[] bytes = readChunk(channel, chunk.chunkStartOffset(), meta.totalCompressedSize());
                int first = starts[g];
                int n = starts[g + 1] - first;
                boolean unsigned32 = schema.logicalType() instanceof LogicalType.IntType it && !it.isSigned()
                        && schema.type() == PhysicalType.INT32;
                try {
                    new ChunkDecoder(schema.type(), meta.codec(), schema.maxDefinitionLevel(), unsigned32, decoded[c], g,
                            first, n).decode(bytes, (int) meta.totalCompressedSize());
                } catch (ParquetFormatException | IndexOutOfBoundsException e) {
                    throw new ParquetFormatException("column '" + schema.name() + "', row group " + g + ": "
                            + e.getMessage());
                }
            });
            List<Column> out = new ArrayList<>(decoded.length);
            for (int c = 0; c < decoded.length; c++) {
                out.add(build(ctx, columns.get(c).name(), decoded[c], starts));
            }
            done = true;
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!done) {
                for (DecodedColumn d : decoded) {
                    d.release();
                }
            }
        }
    }

    private static byte[] readChunk(FileChannel channel, long offset, long length) {
        if (length < 0 || length > Integer.MAX_VALUE - 16) {
            throw new ParquetFormatException("a column chunk of " + length + " bytes");
        }
        byte[] bytes = new byte[(int) length + 8];
        ByteBuffer b = ByteBuffer.wrap(bytes, 0, (int) length);
        try {
            long at = offset;
            while (b.hasRemaining()) {
                int got = channel.read(b, at);
                if (got < 0) {
                    throw new ParquetFormatException("a column chunk runs past the end of the file");
                }
                at += got;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /**
     * The resolution pandas gives a timestamp column: the file's (Parquet has no seconds; pyarrow writes them as
     * milliseconds, which pandas keeps); microseconds for other columns (unused).
     */
    public static DatetimeUnit timestampUnit(LogicalType logical) {
        if (!(logical instanceof LogicalType.TimestampType ts)) {
            return DatetimeUnit.US;
        }
        return switch (ts.unit()) {
            case MILLIS -> DatetimeUnit.MS;
            case MICROS -> DatetimeUnit.US;
            case NANOS -> DatetimeUnit.NS;
        };
    }

    private static Column build(MemoryContext ctx, String name, DecodedColumn d, int[] starts) {
        boolean[] nulls = d.allNulls(starts);
        int rows = d.rows;
        if (d.vector != null) {
            if (d.kind == Kind.INTEGER && nulls != null) {
                // pandas makes an integer column with missing values float64.
                double[] v = new double[rows];
                for (int i = 0; i < rows; i++) {
                    v[i] = nulls[i] ? Double.NaN : (double) d.values.getAtIndex(DecodedColumn.LONG, i);
                }
                d.release();
                return Float64Column.of(ctx, name, v, nulls);
            }
            ArrowBuffers.putValidity(d.vector.getValidityBuffer(), nulls, rows);
            d.vector.setValueCount(rows);
            return switch (d.kind) {
                case INTEGER -> Int64Column.wrap(ctx, name, (BigIntVector) d.vector);
                case TIMESTAMP -> TimestampColumn.wrap(ctx, name, (TimeStampVector) d.vector);
                default -> Float64Column.wrap(ctx, name, (Float8Vector) d.vector);
            };
        }
        return d.kind == Kind.BOOL ? BoolColumn.of(ctx, name, d.bools, nulls) : strings(ctx, name, d, starts, nulls);
    }

    /**
     * A string column from its chunks' codes and entries, written straight into the Arrow vector chunk by chunk in
     * parallel. The entries of all chunks are merged into one list of distinct values, numbered in order of first
     * appearance as {@link DictionaryEncoding} numbers them, and the column keeps these codes when it has at most
     * {@link DictionaryEncoding#maxDistinct} values.
     */
    private static Column strings(MemoryContext ctx, String name, DecodedColumn d, int[] starts, boolean[] nulls) {
        int rows = d.rows;
        StringChunk[] chunks = d.strings;
        // Per chunk: the bytes its rows hold and the chunk row where each entry first appears.
        long[] chunkBytes = new long[chunks.length];
        int[][] firstRow = new int[chunks.length][];
        int[] rowCodes = d.codes;
        Parallel.forEach(chunks.length, c -> {
            StringChunk s = chunks[c];
            int[] first = new int[s.entries];
            Arrays.fill(first, Integer.MAX_VALUE);
            int[] entryStarts = s.starts;
            long bytes = 0;
            for (int i = starts[c]; i < starts[c + 1]; i++) {
                int e = rowCodes[i];
                if (e >= 0) {
                    bytes += entryStarts[e + 1] - entryStarts[e];
                    if (first[e] == Integer.MAX_VALUE) {
                        first[e] = i;
                    }
                }
            }
            chunkBytes[c] = bytes;
            firstRow[c] = first;
        });
        long total = 0;
        long[] byteStarts = new long[chunks.length + 1];
        for (int c = 0; c < chunks.length; c++) {
            total += chunkBytes[c];
            byteStarts[c + 1] = total;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new ParquetFormatException("column '" + name + "' holds more than 2 GiB of text");
        }
        int[][] finalCodes = unionOfEntries(chunks, firstRow, DictionaryEncoding.maxDistinct(rows));
        String[] distinct = finalCodes == null ? null : distinctValues(chunks, finalCodes);
        // The final codes replace each chunk's codes in place.
        int[] codes = finalCodes == null ? null : rowCodes;
        if (codes != null) {
            // A dictionary-encoded column is held as its codes only: its Arrow bytes are built from the dictionary
            // if a kernel asks for them (StringColumn.ofCodes); group-bys, joins, filters and encoders read the codes.
            Parallel.forEach(chunks.length, c -> {
                int[] toFinal = finalCodes[c];
                for (int row = starts[c]; row < starts[c + 1]; row++) {
                    int e = rowCodes[row];
                    codes[row] = e >= 0 ? toFinal[e] : StringCodes.NULL;
                }
            });
            return StringColumn.ofCodes(ctx, name, new StringCodes(codes, distinct), false);
        }
        VarCharVector v = ctx.track(new VarCharVector(name, ctx.allocator()));
        long capacity = total + 8;
        v.allocateNew(capacity, rows);
        while (v.getDataBuffer().capacity() < capacity) {
            v.reallocDataBuffer();
        }
        MemorySegment data = ArrowBuffers.segment(v.getDataBuffer(), capacity);
        MemorySegment offsets = ArrowBuffers.segment(v.getOffsetBuffer(), 4L * (rows + 1));
        Parallel.forEach(chunks.length, c -> {
            StringChunk s = chunks[c];
            byte[] pool = s.pool;
            int[] entryStarts = s.starts;
            int[] toFinal = finalCodes == null ? null : finalCodes[c];
            long at = byteStarts[c];
            long end = byteStarts[c + 1];
            for (int row = starts[c]; row < starts[c + 1]; row++) {
                int e = rowCodes[row];
                if (e >= 0) {
                    int from = entryStarts[e];
                    int length = entryStarts[e + 1] - from;
                    // Whole 8-byte words (the pool has eight bytes of slack, and the next value overwrites what a
                    // word wrote past this one), bytes near the chunk's end, which another thread's chunk follows.
                    int k = 0;
                    for (; k < length && at + k + 8 <= end; k += 8) {
                        data.set(LONG_LE_LAYOUT, at + k, (long) POOL_WORD.get(pool, from + k));
                    }
                    for (; k < length; k++) {
                        data.set(ValueLayout.JAVA_BYTE, at + k, pool[from + k]);
                    }
                    at += length;
                    if (codes != null) {
                        codes[row] = toFinal[e];
                    }
                } else if (codes != null) {
                    codes[row] = StringCodes.NULL;
                }
                offsets.set(INT_LE_LAYOUT, 4L * (row + 1), (int) at);
            }
        });
        offsets.set(INT_LE_LAYOUT, 0, 0);
        ArrowBuffers.putValidity(v.getValidityBuffer(), nulls, rows);
        v.setLastSet(rows - 1);
        v.setValueCount(rows);
        return StringColumn.wrap(ctx, name, v, codes == null ? null : new StringCodes(codes, distinct));
    }

    /**
     * Each chunk's entries mapped to codes over the distinct values of all chunks, numbered in order of first
     * appearance (chunks in row order, entries by their first row); {@code null} when there are more than
     * {@code limit} distinct values.
     */
    private static int[][] unionOfEntries(StringChunk[] chunks, int[][] firstRow, int limit) {
        Map<String, Integer> union = new HashMap<>();
        int[][] out = new int[chunks.length][];
        for (int c = 0; c < chunks.length; c++) {
            StringChunk s = chunks[c];
            int[] first = firstRow[c];
            Integer[] byFirst = new Integer[s.entries];
            for (int e = 0; e < byFirst.length; e++) {
                byFirst[e] = e;
            }
            Arrays.sort(byFirst, (a, b) -> Integer.compare(first[a], first[b]));
            int[] codes = new int[s.entries];
            for (int e : byFirst) {
                if (first[e] == Integer.MAX_VALUE) {
                    codes[e] = -1;
                    continue;
                }
                String value = s.value(e);
                Integer code = union.get(value);
                if (code == null) {
                    if (union.size() == limit) {
                        return null;
                    }
                    code = union.size();
                    union.put(value, code);
                }
                codes[e] = code;
            }
            out[c] = codes;
        }
        return out;
    }

    private static String[] distinctValues(StringChunk[] chunks, int[][] finalCodes) {
        int n = 0;
        for (int[] codes : finalCodes) {
            for (int code : codes) {
                n = Math.max(n, code + 1);
            }
        }
        String[] out = new String[n];
        for (int c = 0; c < chunks.length; c++) {
            for (int e = 0; e < finalCodes[c].length; e++) {
                int code = finalCodes[c][e];
                if (code >= 0 && out[code] == null) {
                    out[code] = chunks[c].value(e);
                }
            }
        }
        return out;
    }
}
