package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.kernels.parallel.RowChunks;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a column from chosen rows of another, where row {@code -1} means "no row" (an unmatched side of a join,
 * a column absent from one input of a concat) and becomes a missing value with pandas' dtype change: int64
 * becomes float64 when a missing value appears, as pandas cannot hold NaN in int64.
 */
final class Gather {
    private Gather() {
    }

    /**
     * The given rows of every column (all must exist), with each column's own memory context; strings are copied
     * as bytes, which is much cheaper than {@link Table#take}'s decode and re-encode on large frames.
     */
    static Table rows(Table table, int[] rows) {
        // pandas' row selections keep each row's label (its index), which printing shows.
        return unlabelled(table, rows, false).selectedFrom(table, rows);
    }

    /**
     * {@link #rows} for a filter (rows in order, none missing): text without codes is gathered only when first read
     * ({@link StringColumn#ofGather}), so a filter whose text nothing reads, as {@code len(df[mask])}, copies none.
     */
    static Table filtered(Table table, int[] rows) {
        return unlabelled(table, rows, true).selectedFrom(table, rows);
    }

    private static Table unlabelled(Table table, int[] rows, boolean deferText) {
        if (table.columnCount() == 0 || rows.length < 1024) {
            // Few rows (head, tail): reading whole columns into arrays would cost more than it saves.
            return table.take(rows);
        }
        if (BufferGather.isIdentity(rows, table.rowCount())) {
            return table.withLabels(null);
        }
        // A selective gather (a filter) reads the Arrow buffers only at the rows it keeps; a gather of most rows in
        // another order (a sort) was measured faster through whole-column Java copies, whose random reads the JIT
        // compiles tighter than reads from native memory.
        boolean selective = rows.length <= table.rowCount() / 2;
        BufferGather.Rows scanned = selective ? BufferGather.Rows.of(rows) : null;
        List<Column> in = table.columns();
        Column[] out = new Column[in.size()];
        for (int j = 0; j < out.length; j++) {
            Column c = in.get(j);
            if (c instanceof StringColumn s && s.codes() != null) {
                out[j] = codes(c.context(), c.name(), s, rows);
                continue;
            }
            out[j] = selective ? BufferGather.take(c.context(), c.name(), c, scanned, deferText)
                    : take(c.context(), c.name(), ColumnReader.of(c), rows);
        }
        return Table.of(java.util.Arrays.asList(out));
    }

    /**
     * The gather of a dictionary-encoded string column: its codes at the rows (row {@code -1} missing), held as codes
     * only, the dtype kept; the bytes are built only if a kernel reads them ({@link StringColumn#vector()}). Through
     * the bytes, a filter wrote every kept row's value, and a sort's random reads cost two cache misses per row.
     */
    static StringColumn codes(MemoryContext ctx, String name, StringColumn src, int[] rows) {
        return StringColumn.ofCodes(ctx, name, src.codes().take(rows), src.isCategorical());
    }

    static Column take(MemoryContext ctx, String name, ColumnReader src, int[] rows) {
        int n = rows.length;
        boolean anyMissing = false;
        for (int i = 0; i < n; i++) {
            if (rows[i] < 0) {
                anyMissing = true;
                break;
            }
        }
        DataType type = src.column.type();
        if (type == DataType.INT64 && (anyMissing || src.nulls != null)) {
            type = DataType.FLOAT64;
        }
        return switch (type) {
            case INT64 -> {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = src.longs[rows[i]];
                }
                yield Int64Column.of(ctx, name, v);
            }
            case FLOAT64 -> {
                double[] v = new double[n];
                boolean[] nulls = null;
                for (int i = 0; i < n; i++) {
                    int r = rows[i];
                    if (r < 0 || src.isNull(r)) {
                        if (nulls == null) {
                            nulls = new boolean[n];
                        }
                        nulls[i] = true;
                        v[i] = Double.NaN;
                    } else {
                        v[i] = src.doubles != null ? src.doubles[r] : (double) src.longs[r];
                    }
                }
                yield Float64Column.of(ctx, name, v, nulls);
            }
            case BOOL -> {
                boolean[] v = new boolean[n];
                boolean[] nulls = null;
                for (int i = 0; i < n; i++) {
                    int r = rows[i];
                    if (r < 0 || src.isNull(r)) {
                        if (nulls == null) {
                            nulls = new boolean[n];
                        }
                        nulls[i] = true;
                    } else {
                        v[i] = src.longs[r] != 0;
                    }
                }
                yield BoolColumn.of(ctx, name, v, nulls);
            }
            case STRING, CATEGORY -> strings(ctx, name, new ColumnReader[] {src}, null, rows);
            case DATETIME -> timestamps(ctx, name, new ColumnReader[] {src}, null, rows);
            case TIMEDELTA -> timedeltas(ctx, name, new ColumnReader[] {src}, null, rows);
        };
    }

    /** The ticks of datetime or duration rows: row {@code i} is {@code rows[i]} of {@code sources[which[i]]}. */
    private static long[] ticks(ColumnReader[] sources, int[] which, int[] rows, boolean[] nulls) {
        long[] v = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            ColumnReader s = sources[which == null ? 0 : which[i]];
            if (r < 0 || s == null || s.isNull(r)) {
                nulls[i] = true;
            } else {
                v[i] = s.longs[r];
            }
        }
        return v;
    }

    /**
     * Durations from several sources of one unit (callers convert them to one first), as {@link #strings} takes them;
     * a missing row is NaT.
     */
    static io.stratum.runtime.data.TimedeltaColumn timedeltas(MemoryContext ctx, String name, ColumnReader[] sources,
                                                             int[] which, int[] rows) {
        DatetimeUnit unit = null;
        for (ColumnReader s : sources) {
            if (s != null && s.column instanceof io.stratum.runtime.data.TimedeltaColumn t) {
                if (unit != null && unit != t.unit()) {
                    throw new IllegalStateException("durations of " + t.dtypeName() + " and another unit gathered together");
                }
                unit = t.unit();
            }
        }
        boolean[] nulls = new boolean[rows.length];
        long[] v = ticks(sources, which, rows, nulls);
        return io.stratum.runtime.data.TimedeltaColumn.of(ctx, name, v, nulls, unit == null ? DatetimeUnit.US : unit);
    }

    /** Datetimes from several sources of one unit and zone (callers convert them first); a missing row is NaT. */
    static TimestampColumn timestamps(MemoryContext ctx, String name, ColumnReader[] sources, int[] which, int[] rows) {
        DatetimeUnit unit = null;
        String zone = null;
        for (ColumnReader s : sources) {
            if (s != null && s.column instanceof TimestampColumn t) {
                if (unit != null && (unit != t.unit() || !java.util.Objects.equals(zone, t.zone()))) {
                    throw new IllegalStateException("datetimes of " + t.dtypeName() + " and another dtype gathered together");
                }
                unit = t.unit();
                zone = t.zone();
            }
        }
        boolean[] nulls = new boolean[rows.length];
        long[] v = ticks(sources, which, rows, nulls);
        return TimestampColumn.of(ctx, name, v, nulls, unit == null ? DatetimeUnit.US : unit, zone);
    }

    /**
     * Strings from several sources: row {@code i} is {@code rows[i]} of {@code sources[which[i]]} ({@code which}
     * may be {@code null} for a single source); bytes are copied, never decoded.
     */
    /** The longest value {@link #strings} copies as 8-byte words. */
    private static final int WORD_COPY = 64;
    private static final java.lang.invoke.VarHandle WORDS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    static StringColumn strings(MemoryContext ctx, String name, ColumnReader[] sources, int[] which, int[] rows) {
        StringCodes codes = codes(sources, which, rows);
        if (codes != null) {
            // Every source carries codes (a concat or a join of coded columns): the result is held as codes only.
            return StringColumn.ofCodes(ctx, name, codes, sameCategories(sources));
        }
        int n = rows.length;
        int[] offsets = new int[n + 1];
        boolean[] nulls = null;
        long total = 0;
        // Each source's bytes, read once (a source with codes copies them here: another source has none).
        byte[][] sourceBytes = new byte[sources.length][];
        int[][] sourceOffsets = new int[sources.length][];
        for (int k = 0; k < sources.length; k++) {
            if (sources[k] != null) {
                sourceBytes[k] = sources[k].bytes();
                sourceOffsets[k] = sources[k].offsets();
            }
        }
        for (int i = 0; i < n; i++) {
            int r = rows[i];
            int k = which == null ? 0 : which[i];
            ColumnReader s = sources[k];
            if (r < 0 || s.isNull(r)) {
                if (nulls == null) {
                    nulls = new boolean[n];
                }
                nulls[i] = true;
            } else {
                total += sourceOffsets[k][r + 1] - sourceOffsets[k][r];
            }
            offsets[i + 1] = (int) total;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new io.stratum.runtime.data.DataException("column '" + name + "' would hold more than 2 GiB of text");
        }
        // Values up to 64 bytes move as 8-byte words, the bytes past one overwritten by the next value (an arraycopy
        // call per value cost more than the 19 bytes of a date as text); never past the chunk's own bytes, which
        // another thread writes.
        byte[] data = new byte[(int) total];
        RowChunks.forEach(n, (c, lo, hi) -> {
            int chunkEnd = offsets[hi];
            for (int i = lo; i < hi; i++) {
                int r = rows[i];
                int len = offsets[i + 1] - offsets[i];
                if (len > 0) {
                    int k = which == null ? 0 : which[i];
                    byte[] src = sourceBytes[k];
                    int from = sourceOffsets[k][r];
                    int to = offsets[i];
                    int words = (len + 7) & ~7;
                    if (len <= WORD_COPY && from + words <= src.length && to + words <= chunkEnd) {
                        for (int b = 0; b < len; b += 8) {
                            WORDS.set(data, to + b, (long) WORDS.get(src, from + b));
                        }
                    } else if (len <= 16) {
                        for (int b = 0; b < len; b++) {
                            data[to + b] = src[from + b];
                        }
                    } else {
                        System.arraycopy(src, from, data, to, len);
                    }
                }
            }
        });
        return StringColumn.ofUtf8(ctx, name, data, offsets, nulls);
    }

    /**
     * True when every source is a category column over the same categories: pandas keeps the category dtype then
     * (their union, the shared sorted categories, is the gathered codes' values), and gives str otherwise.
     */
    private static boolean sameCategories(ColumnReader[] sources) {
        String[] first = null;
        for (ColumnReader s : sources) {
            if (s == null) {
                continue;
            }
            if (!(s.column instanceof StringColumn sc) || !sc.isCategorical()) {
                return false;
            }
            if (first == null) {
                first = sc.codes().values();
            } else if (!java.util.Arrays.equals(first, sc.codes().values())) {
                return false;
            }
        }
        return first != null;
    }

    /**
     * The codes of the gathered rows when every source carries codes (several sources, as in a concat or an outer
     * join's key, share the union of their values), else {@code null}.
     */
    private static StringCodes codes(ColumnReader[] sources, int[] which, int[] rows) {
        List<StringCodes> parts = new ArrayList<>(sources.length);
        for (ColumnReader s : sources) {
            StringCodes c = s != null && s.column instanceof StringColumn sc ? sc.codes() : null;
            if (s != null && c == null) {
                return null;
            }
            parts.add(c);
        }
        if (which == null) {
            return parts.get(0).take(rows);
        }
        StringCodes.Union union = StringCodes.union(parts);
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            StringCodes part = parts.get(which[i]);
            int code = r < 0 || part == null ? StringCodes.NULL : part.codes()[r];
            out[i] = code < 0 ? StringCodes.NULL : union.remaps()[which[i]][code];
        }
        return new StringCodes(out, union.values());
    }
}
