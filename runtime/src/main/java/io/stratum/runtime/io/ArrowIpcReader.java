package io.stratum.runtime.io;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Reads an Arrow IPC file (Feather v2, {@code pd.read_feather}) or an Arrow IPC stream into a {@link Table}, with
 * pandas' dtypes: integers int64 (float64 when a value is missing), floating point float64, strings str, booleans
 * bool. The file format is recognized by its {@code ARROW1} magic bytes;
 * anything else is read as a stream.
 *
 * <p>Known differences from pandas: narrower integers and 32-bit floats are widened to int64 and float64 (pandas
 * keeps int16, float32, ...); a dictionary-encoded str column is pandas' category when its dictionary is in Python's
 * str order, else str (pandas keeps the dictionary's order), and a dictionary of numbers is refused; timestamps
 * keep their unit and time zone, as pandas does; nested types are refused.
 */
public final class ArrowIpcReader {
    private static final byte[] MAGIC = {'A', 'R', 'R', 'O', 'W', '1'};

    private ArrowIpcReader() {
    }

    /** Reads {@code columns} (null: all) of {@code file}, in file order, into memory owned by {@code ctx}. */
    public static Table read(MemoryContext ctx, Path file, List<String> columns) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("cannot read Arrow file '" + file + "': the file does not exist. Check the path.");
        }
        try (BufferAllocator scratch = new RootAllocator();
             ArrowReader reader = open(file, scratch)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            List<Field> fields = root.getSchema().getFields();
            List<String> names = new ArrayList<>();
            for (Field f : fields) {
                names.add(f.getName());
            }
            List<Integer> keep = new ArrayList<>();
            List<ColumnAppender> out = new ArrayList<>();
            for (int k = 0; k < fields.size(); k++) {
                Field f = fields.get(k);
                if (columns == null || columns.contains(f.getName())) {
                    keep.add(k);
                    ArrowType.Timestamp ts = f.getDictionary() == null && f.getType() instanceof ArrowType.Timestamp t
                            ? t : null;
                    out.add(new ColumnAppender(f.getName(), kind(file, f), ts == null ? DatetimeUnit.US
                            : DatetimeUnit.of(ts.getUnit()), ts == null ? null : ArrowSchemaZones.pandasZone(ts.getTimezone()),
                            1024));
                }
            }
            int rows = 0;
            // Each dictionary column's categories (its Arrow dictionary), while every batch has the same one.
            String[][] categories = new String[keep.size()][];
            boolean[] oneDictionary = new boolean[keep.size()];
            java.util.Arrays.fill(oneDictionary, true);
            while (reader.loadNextBatch()) {
                int n = root.getRowCount();
                rows += n;
                for (int j = 0; j < keep.size(); j++) {
                    FieldVector v = root.getVector(keep.get(j));
                    FieldVector dictionary = decode(v, reader);
                    if (dictionary != null && !(dictionary instanceof org.apache.arrow.vector.VarCharVector)
                            && !(dictionary instanceof org.apache.arrow.vector.LargeVarCharVector)) {
                        throw unsupported(file, fields.get(keep.get(j)), "dictionary-encoded "
                                + dictionary.getField().getType().toString().toLowerCase() + " (pandas' category dtype with"
                                + " non-str categories, which Stratum does not hold yet)");
                    }
                    if (dictionary != null && oneDictionary[j]) {
                        String[] values = new String[dictionary.getValueCount()];
                        for (int i = 0; i < values.length; i++) {
                            Object o = dictionary.getObject(i);
                            values[i] = o == null ? null : o.toString();
                        }
                        oneDictionary[j] = categories[j] == null || java.util.Arrays.equals(categories[j], values);
                        categories[j] = values;
                    }
                    append(v, dictionary, out.get(j), n);
                }
            }
            if (out.isEmpty()) {
                return Table.empty(rows);
            }
            List<Column> built = new ArrayList<>(out.size());
            for (int j = 0; j < out.size(); j++) {
                Column c = out.get(j).build(ctx);
                built.add(c instanceof StringColumn s && categories[j] != null && oneDictionary[j]
                        ? asCategory(s, categories[j]) : c);
            }
            return Table.of(built);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataException d) {
                throw d;
            }
            throw new DataException("cannot read Arrow file '" + file + "': " + e.getMessage()
                    + ". Check that it is an Arrow IPC file or stream (Feather v2).", e);
        }
    }

    private static ArrowReader open(Path file, BufferAllocator allocator) throws IOException {
        byte[] head = new byte[MAGIC.length];
        int got;
        try (InputStream in = Files.newInputStream(file)) {
            got = in.readNBytes(head, 0, head.length);
        }
        if (got == MAGIC.length && java.util.Arrays.equals(head, MAGIC)) {
            return new ArrowFileReader(FileChannel.open(file, StandardOpenOption.READ), allocator,
                    CommonsCompressionFactory.INSTANCE);
        }
        return new ArrowStreamReader(Files.newInputStream(file), allocator, CommonsCompressionFactory.INSTANCE);
    }

    private static ColumnAppender.Kind kind(Path file, Field f) {
        if (f.getDictionary() != null) {
            return ColumnAppender.Kind.STRING; // pandas' category: made one below when Stratum can hold its categories
        }
        ArrowType t = f.getType();
        return switch (t) {
            case ArrowType.Int i -> {
                if (i.getBitWidth() == 64 && !i.getIsSigned()) {
                    throw unsupported(file, f, "unsigned 64-bit integer");
                }
                yield ColumnAppender.Kind.INTEGER;
            }
            case ArrowType.FloatingPoint fp -> ColumnAppender.Kind.FLOAT;
            case ArrowType.Bool b -> ColumnAppender.Kind.BOOL;
            case ArrowType.Timestamp ts -> ColumnAppender.Kind.TIMESTAMP;
            case ArrowType.Utf8 u -> ColumnAppender.Kind.STRING;
            case ArrowType.LargeUtf8 u -> ColumnAppender.Kind.STRING;
            default -> throw unsupported(file, f, t.toString().toLowerCase());
        };
    }

    private static DataException unsupported(Path file, Field f, String what) {
        return new DataException(file + ": column '" + f.getName() + "' holds " + what + " values, which Stratum cannot"
                + " read yet; read the other columns with columns=[...]");
    }

    /** The dictionary's values of a dictionary-encoded vector, or null for a plain one. */
    private static FieldVector decode(FieldVector v, DictionaryProvider provider) {
        DictionaryEncoding encoding = v.getField().getDictionary();
        if (encoding == null) {
            return null;
        }
        Dictionary dictionary = provider.lookup(encoding.getId());
        return dictionary.getVector();
    }

    private static void append(FieldVector v, FieldVector dictionary, ColumnAppender a, int n) {
        if (dictionary != null) {
            BaseIntVector indices = (BaseIntVector) v;
            for (int i = 0; i < n; i++) {
                if (v.isNull(i)) {
                    a.addString(null, 0, 0, true);
                } else {
                    appendString(dictionary, (int) indices.getValueAsLong(i), a);
                }
            }
            return;
        }
        switch (v) {
            case TimeStampVector ts -> {
                // pandas keeps the file's unit (datetime64[s|ms|us|ns]): the ticks go in as they are.
                for (int i = 0; i < n; i++) {
                    boolean isNull = ts.isNull(i);
                    a.addLong(isNull ? 0 : ts.get(i), isNull);
                }
            }
            case BaseIntVector ints -> {
                for (int i = 0; i < n; i++) {
                    boolean isNull = v.isNull(i);
                    a.addLong(isNull ? 0 : ints.getValueAsLong(i), isNull);
                }
            }
            case Float8Vector d -> {
                for (int i = 0; i < n; i++) {
                    boolean isNull = d.isNull(i);
                    a.addDouble(isNull ? Double.NaN : d.get(i), isNull);
                }
            }
            case Float4Vector f -> {
                for (int i = 0; i < n; i++) {
                    boolean isNull = f.isNull(i);
                    a.addDouble(isNull ? Double.NaN : f.get(i), isNull);
                }
            }
            case BitVector b -> {
                for (int i = 0; i < n; i++) {
                    boolean isNull = b.isNull(i);
                    a.addBool(!isNull && b.get(i) != 0, isNull);
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    if (v.isNull(i)) {
                        a.addString(null, 0, 0, true);
                    } else {
                        appendString(v, i, a);
                    }
                }
            }
        }
    }

    private static void appendString(FieldVector v, int i, ColumnAppender a) {
        byte[] b = switch (v) {
            case VarCharVector s -> s.get(i);
            case LargeVarCharVector s -> s.get(i);
            default -> throw new IllegalStateException("not a string vector: " + v.getField());
        };
        a.addString(b, 0, b.length, false);
    }

    /**
     * A dictionary column as pandas reads it, a category whose categories are the dictionary's values in their order:
     * Stratum's category dtype holds categories in Python's str order, so a dictionary already in that order (what
     * pandas' {@code astype("category")} writes) becomes one, and another stays str (a documented difference).
     */
    private static Column asCategory(StringColumn column, String[] dictionary) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < dictionary.length; i++) {
            if (dictionary[i] == null || (i > 0 && io.stratum.runtime.data.PythonOrder.compareStrings(dictionary[i - 1],
                    dictionary[i]) >= 0)) {
                return column;
            }
            index.put(dictionary[i], i);
        }
        int n = column.length();
        int[] codes = new int[n];
        for (int r = 0; r < n; r++) {
            codes[r] = column.isNull(r) ? io.stratum.runtime.data.StringCodes.NULL : index.get(column.getString(r));
        }
        return column.asCategorical(new io.stratum.runtime.data.StringCodes(codes, dictionary.clone()));
    }
}
