package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.ArrowBuffers;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.ColumnStorage;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;

/**
 * pandas' {@code groupby(keys)[cols].transform(f)} for an aggregation {@code f}: each row gets its group's {@code f},
 * in the input's row order. The rows are hashed into groups once ({@link KeyGroups}, which numbers every row's
 * group), each aggregation is {@link GroupBy}'s own reduction over those groups — so the values are the group-by's to
 * the last bit, as pandas' transform takes its cythonized aggregation — and is then gathered back to the rows through
 * the row's group number: no join, no second hash. A row whose key is missing gets a missing value with
 * {@code dropMissing} (pandas' {@code dropna=True}; an int64 result then becomes float64, as in pandas), and otherwise
 * belongs to the group of missing keys.
 */
public final class GroupTransform {
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private GroupTransform() {
    }

    /** One column per aggregation, each with the table's rows in order; the caller keeps the table's row labels. */
    public static List<Column> transform(MemoryContext ctx, Table table, List<String> keys,
                                         List<GroupBy.Aggregation> aggregations, boolean dropMissing) {
        Column onlyKey = keys.size() == 1 ? TableColumns.require(table, keys.getFirst(), "groupby", "the frame") : null;
        if (dropMissing && onlyKey instanceof StringColumn s && s.codes() != null
                && aggregations.stream().allMatch(a -> a.column() == null || table.hasColumn(a.column()))
                && CodedKeyAggregates.handlesAll(aggregations, table::column)) {
            return fromCodes(ctx, table, s, aggregations);
        }
        List<ColumnReader> keyReaders = TableColumns.readers(table, keys, "groupby", "the frame");
        KeyGroups groups = KeyGroups.of(keyReaders, table.rowCount(), dropMissing, false);
        ColumnReader[] inputs = new ColumnReader[aggregations.size()];
        Map<String, ColumnReader> read = new HashMap<>();
        for (int a = 0; a < aggregations.size(); a++) {
            String c = aggregations.get(a).column();
            if (c != null) {
                Column column = TableColumns.require(table, c, "groupby", "the frame");
                inputs[a] = read.computeIfAbsent(c, name -> ColumnReader.of(column));
            }
        }
        Column[] out = new Column[aggregations.size()];
        IntStream.range(0, aggregations.size()).parallel().forEach(a -> {
            GroupBy.Aggregation agg = aggregations.get(a);
            Column perGroup = GroupBy.reduce(ctx, agg, inputs[a], groups);
            out[a] = Gather.take(ctx, agg.output(), ColumnReader.of(perGroup), groups.group);
            // One value per group, read only by the gather: freed now rather than with the query (a key of many
            // groups, an id, would otherwise hold a second copy of the column until the end).
            ColumnStorage.release(ColumnStorage.of(perGroup));
        });
        return Arrays.asList(out);
    }

    /**
     * One dictionary-encoded key whose missing values are dropped, and reductions {@link CodedKeyAggregates} computes
     * (sizes; counts, sums and means of null-free int64/float64; int64 min and max): the codes are the groups, each
     * aggregate is computed per dictionary value straight from the input's Arrow buffer, and each row's value is
     * written straight into the output's buffer through the row's code — no per-row group array, no heap copy of the
     * input column (which on millions of rows cost more than the arithmetic, see {@link CodedKeyAggregates}), and no
     * ordering of the groups, which a transform never shows. Two passes over the rows; the same values, bit for bit.
     */
    private static List<Column> fromCodes(MemoryContext ctx, Table table, StringColumn key,
                                          List<GroupBy.Aggregation> aggregations) {
        int[] c = key.codes().codes();
        int n = c.length;
        boolean missing = key.nullCount() > 0;
        Column[] out = new Column[aggregations.size()];
        IntStream.range(0, aggregations.size()).parallel().forEach(a -> {
            GroupBy.Aggregation agg = aggregations.get(a);
            CodedKeyAggregates.PerValue v = CodedKeyAggregates.perValue(agg,
                    agg.column() == null ? null : table.column(agg.column()), key.codes());
            double[] doubles = v.doubles();
            if (doubles == null) {
                doubles = new double[v.longs().length];
                for (int i = 0; i < doubles.length; i++) {
                    doubles[i] = v.longs()[i];
                }
            }
            if (missing) {
                // pandas: a missing value where the key is missing, so an int64 result becomes float64.
                double[] values = new double[n];
                boolean[] nulls = new boolean[n];
                for (int r = 0; r < n; r++) {
                    int code = c[r];
                    if (code < 0) {
                        nulls[r] = true;
                        values[r] = Double.NaN;
                    } else {
                        values[r] = doubles[code];
                    }
                }
                out[a] = Float64Column.of(ctx, agg.output(), values, nulls);
            } else if (v.longs() != null) {
                BigIntVector vector = ctx.track(new BigIntVector(agg.output(), ctx.allocator()));
                vector.allocateNew(n);
                ArrowBuffers.putValidity(vector.getValidityBuffer(), null, n);
                MemorySegment data = ArrowBuffers.segment(vector.getDataBuffer(), 8L * n);
                for (int from = 0; from < n; from += CHUNK) {
                    writeLongs(data, c, v.longs(), from, Math.min(n, from + CHUNK));
                }
                vector.setValueCount(n);
                out[a] = Int64Column.wrap(ctx, agg.output(), vector);
            } else {
                Float8Vector vector = ctx.track(new Float8Vector(agg.output(), ctx.allocator()));
                vector.allocateNew(n);
                ArrowBuffers.putValidity(vector.getValidityBuffer(), null, n);
                MemorySegment data = ArrowBuffers.segment(vector.getDataBuffer(), 8L * n);
                for (int from = 0; from < n; from += CHUNK) {
                    writeDoubles(data, c, doubles, from, Math.min(n, from + CHUNK));
                }
                vector.setValueCount(n);
                out[a] = Float64Column.wrap(ctx, agg.output(), vector);
            }
        });
        return Arrays.asList(out);
    }

    /** Rows written a chunk per call (a small method the JIT compiles whole, see {@link CodedKeyAggregates}). */
    private static final int CHUNK = 1 << 16;

    private static void writeLongs(MemorySegment data, int[] c, long[] perValue, int from, int to) {
        for (int r = from; r < to; r++) {
            data.setAtIndex(LONG, r, perValue[c[r]]);
        }
    }

    private static void writeDoubles(MemorySegment data, int[] c, double[] perValue, int from, int to) {
        for (int r = from; r < to; r++) {
            data.setAtIndex(DOUBLE, r, perValue[c[r]]);
        }
    }

    /** Fails, as pandas does, when a selected column is missing (the group sizes read none). */
    public static void requireColumn(Table table, String name) {
        TableColumns.require(table, name, "groupby", "the frame");
    }
}
