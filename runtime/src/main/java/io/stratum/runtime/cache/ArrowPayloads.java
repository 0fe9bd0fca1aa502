package io.stratum.runtime.cache;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Tables as Arrow IPC streams, the cache's form of intermediate frames and columns. The stream is preceded by
 * the row count, which a table without columns still has. Reading copies the values into columns of the run's
 * memory context, bit for bit (NaN payloads and null slots included).
 */
public final class ArrowPayloads {
    private ArrowPayloads() {
    }

    /** The Arrow IPC bytes of {@code table}; the table's vectors are read, never changed or closed. */
    public static byte[] write(Table table) throws IOException {
        List<Field> fields = new ArrayList<>(table.columnCount());
        List<FieldVector> vectors = new ArrayList<>(table.columnCount());
        for (Column c : table.columns()) {
            FieldVector v = vector(c);
            fields.add(new Field(c.name(), v.getField().getFieldType(), null));
            vectors.add(v);
        }
        // The root only borrows the columns' vectors; closing it would free them, so it is deliberately not closed.
        VectorSchemaRoot root = new VectorSchemaRoot(fields, vectors, table.rowCount());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(ByteBuffer.allocate(4).putInt(table.rowCount()).array());
        ArrowStreamWriter writer = new ArrowStreamWriter(root, null, Channels.newChannel(bytes));
        writer.start();
        writer.writeBatch();
        writer.end();
        return bytes.toByteArray();
    }

    /** Reads what {@link #write} wrote into new columns owned by {@code memory}. */
    public static Table read(byte[] payload, MemoryContext memory) throws IOException {
        if (payload.length < 4) {
            throw new IOException("truncated table payload");
        }
        int rows = ByteBuffer.wrap(payload, 0, 4).getInt();
        List<Column> columns = new ArrayList<>();
        try (ArrowStreamReader reader = new ArrowStreamReader(
                new ByteArrayInputStream(payload, 4, payload.length - 4), memory.allocator())) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            if (!reader.loadNextBatch()) {
                throw new IOException("table payload has no record batch");
            }
            List<Field> fields = root.getSchema().getFields();
            for (int j = 0; j < fields.size(); j++) {
                columns.add(column(memory, fields.get(j).getName(), root.getVector(j)));
            }
        }
        if (columns.isEmpty()) {
            return Table.empty(rows);
        }
        Table t = Table.of(columns);
        if (t.rowCount() != rows) {
            throw new IOException("table payload says " + rows + " rows but holds " + t.rowCount());
        }
        return t;
    }

    /**
     * The bytes of the Arrow buffers behind {@code table}'s columns (data, validity and offsets; a string column held
     * as codes only counts its codes and is not built).
     */
    public static long bufferBytes(Table table) {
        long total = 0;
        for (Column c : table.columns()) {
            total += io.stratum.runtime.data.ColumnStorage.bytes(io.stratum.runtime.data.ColumnStorage.of(c));
        }
        return total;
    }

    private static FieldVector vector(Column c) {
        return switch (c) {
            case Float64Column f -> f.vector();
            case Int64Column l -> l.vector();
            case StringColumn s -> s.vector();
            case BoolColumn b -> b.vector();
            case TimestampColumn t -> t.vector();
            case TimedeltaColumn t -> t.vector();
        };
    }

    private static Column column(MemoryContext memory, String name, FieldVector v) throws IOException {
        int n = v.getValueCount();
        boolean[] nulls = new boolean[n];
        for (int i = 0; i < n; i++) {
            nulls[i] = v.isNull(i);
        }
        return switch (v) {
            case Float8Vector f -> {
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    values[i] = f.getDataBuffer().getDouble((long) i * Float8Vector.TYPE_WIDTH);
                }
                yield Float64Column.of(memory, name, values, nulls);
            }
            case BigIntVector l -> {
                long[] values = new long[n];
                for (int i = 0; i < n; i++) {
                    values[i] = l.getDataBuffer().getLong((long) i * BigIntVector.TYPE_WIDTH);
                }
                yield Int64Column.of(memory, name, values, nulls);
            }
            case BitVector b -> {
                boolean[] values = new boolean[n];
                for (int i = 0; i < n; i++) {
                    values[i] = !nulls[i] && b.get(i) != 0;
                }
                yield BoolColumn.of(memory, name, values, nulls);
            }
            case TimeStampVector t -> {
                long[] values = new long[n];
                for (int i = 0; i < n; i++) {
                    values[i] = t.getDataBuffer().getLong((long) i * TimeStampVector.TYPE_WIDTH);
                }
                yield TimestampColumn.of(memory, name, values, nulls, DatetimeUnit.of(t), DatetimeUnit.zoneOf(t));
            }
            case org.apache.arrow.vector.DurationVector d -> {
                long[] values = new long[n];
                for (int i = 0; i < n; i++) {
                    values[i] = d.getDataBuffer().getLong((long) i * org.apache.arrow.vector.DurationVector.TYPE_WIDTH);
                }
                yield TimedeltaColumn.of(memory, name, values, nulls, DatetimeUnit.of(
                        ((org.apache.arrow.vector.types.pojo.ArrowType.Duration) d.getField().getType()).getUnit()));
            }
            case VarCharVector s -> {
                String[] values = new String[n];
                for (int i = 0; i < n; i++) {
                    values[i] = nulls[i] ? null : new String(s.get(i), java.nio.charset.StandardCharsets.UTF_8);
                }
                yield StringColumn.of(memory, name, values);
            }
            default -> throw new IOException("unexpected Arrow vector " + v.getClass().getSimpleName() + " in a table payload");
        };
    }
}
