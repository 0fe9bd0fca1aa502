package io.stratum.runtime.io;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.VarCharVector;

/**
 * Whole files read at compile time (to collect source statistics), kept until the first scan of the same file
 * version takes them, so that a search parses each file once instead of twice. The scan copies the columns it
 * needs into its own query's memory (a memory copy, far cheaper than parsing, dictionary codes included) and the
 * parked table is released.
 *
 * <p>A file is known by format, absolute path, size and modification time, so an edited file is never served
 * stale. At most {@link #CAPACITY_BYTES} are parked; older tables are released first (a plan compiled but never
 * run, as by {@code explain}, does not keep its tables forever).
 */
public final class ParkedTables {
    /** The most memory parked tables may hold. */
    public static final long CAPACITY_BYTES = 1L << 30;

    private record Key(String format, String path, long size, long modifiedMillis) {
    }

    private record Parked(Table table, MemoryContext owner) {
    }

    private static final Map<Key, Parked> PARKED = new LinkedHashMap<>();
    private static long heldBytes;
    private static int taken;

    private ParkedTables() {
    }

    private static Key key(String format, Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Key(format, file.toAbsolutePath().normalize().toString(), a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The format name under which a CSV reading with the script's {@code options} is parked: the options but
     * {@code usecols} (the reading keeps every column; a scan takes the ones it needs), {@code "csv"} when none.
     */
    public static String csvFormat(io.stratum.ir.value.Const.DictConst options) {
        io.stratum.ir.value.Const.DictConst rest = options.without("usecols");
        return rest.keys().isEmpty() ? "csv" : "csv" + rest.repr();
    }

    /** Parks {@code table} (whose memory {@code owner} holds and now belongs here) as the reading of {@code file}. */
    public static synchronized void park(String format, Path file, Table table, MemoryContext owner) {
        Key k = key(format, file);
        if (k == null || owner.allocatedBytes() > CAPACITY_BYTES) {
            owner.close();
            return;
        }
        Parked old = PARKED.remove(k);
        if (old != null) {
            release(old);
        }
        PARKED.put(k, new Parked(table, owner));
        heldBytes += owner.allocatedBytes();
        Iterator<Map.Entry<Key, Parked>> oldest = PARKED.entrySet().iterator();
        while (heldBytes > CAPACITY_BYTES && oldest.hasNext()) {
            Parked p = oldest.next().getValue();
            oldest.remove();
            release(p);
        }
    }

    /**
     * The parked reading of {@code file} restricted to {@code columns} (null: all; the names must exist), copied
     * into {@code ctx}; null when none is parked, in which case the caller reads the file.
     */
    public static Table take(MemoryContext ctx, String format, Path file, List<String> columns) {
        Parked p;
        synchronized (ParkedTables.class) {
            Key k = key(format, file);
            p = k == null ? null : PARKED.remove(k);
            if (p == null) {
                return null;
            }
            heldBytes -= p.owner().allocatedBytes();
            taken++;
        }
        try {
            for (String c : columns == null ? List.<String>of() : columns) {
                if (!p.table().hasColumn(c)) {
                    return null; // the reader reports the missing column with its own message
                }
            }
            List<Column> out = new ArrayList<>();
            for (Column c : p.table().columns()) {
                if (columns == null || columns.contains(c.name())) {
                    Column copy = copy(ctx, c);
                    if (copy == null) {
                        return null;
                    }
                    out.add(copy);
                }
            }
            return out.isEmpty() ? Table.empty(p.table().rowCount()) : Table.of(out);
        } finally {
            p.owner().close();
        }
    }

    /** How many parked tables scans have taken so far in this process (for tests). */
    public static synchronized int taken() {
        return taken;
    }

    /** Releases every parked table. */
    public static synchronized void clear() {
        for (Parked p : PARKED.values()) {
            release(p);
        }
        PARKED.clear();
        heldBytes = 0;
    }

    private static void release(Parked p) {
        heldBytes -= p.owner().allocatedBytes();
        p.owner().close();
    }

    /** A copy of {@code c} in {@code ctx}; null for a column type this does not know (the file is then re-read). */
    private static Column copy(MemoryContext ctx, Column c) {
        int n = c.length();
        boolean[] nulls = new boolean[n];
        boolean anyNull = c.nullCount() > 0;
        if (anyNull) {
            for (int i = 0; i < n; i++) {
                nulls[i] = c.isNull(i);
            }
        }
        return switch (c) {
            case Float64Column f -> Float64Column.of(ctx, f.name(), f.toDoubleArray(), anyNull ? nulls : null);
            case Int64Column l -> {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = l.getLong(i);
                }
                yield Int64Column.of(ctx, l.name(), v, anyNull ? nulls : null);
            }
            case BoolColumn b -> {
                boolean[] v = new boolean[n];
                for (int i = 0; i < n; i++) {
                    v[i] = b.getBoolean(i);
                }
                yield BoolColumn.of(ctx, b.name(), v, anyNull ? nulls : null);
            }
            case StringColumn s -> {
                VarCharVector src = s.vector();
                int[] offsets = new int[n + 1];
                for (int i = 0; i <= n; i++) {
                    offsets[i] = src.getOffsetBuffer().getInt((long) i * 4);
                }
                byte[] data = new byte[offsets[n]];
                src.getDataBuffer().getBytes(0, data, 0, data.length);
                StringColumn copy = StringColumn.ofUtf8(ctx, s.name(), data, offsets, anyNull ? nulls : null);
                // The reader's dictionary codes (plain Java arrays, immutable) come along: without them every
                // encoder, join and group-by downstream decoded a Java string per row instead of reading codes.
                // A category column (read_csv dtype="category") stays one.
                yield s.codes() == null ? copy : s.isCategorical() ? copy.asCategorical(s.codes())
                        : copy.withCodes(s.codes());
            }
            case TimestampColumn t -> TimestampColumn.of(ctx, t.name(), t.toTicksArray(), anyNull ? nulls : null, t.unit(), t.zone());
            case TimedeltaColumn t -> TimedeltaColumn.of(ctx, t.name(), t.toTicksArray(), anyNull ? nulls : null, t.unit());
            default -> null;
        };
    }
}
