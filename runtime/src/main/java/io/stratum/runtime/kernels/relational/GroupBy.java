package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * pandas' {@code groupby(keys, sort=..., dropna=True).agg(...)} followed by {@code reset_index()}: one row per
 * group (ascending keys by default), the key columns first, then one column per aggregation. Each group's values
 * are reduced in row order with pandas' own algorithms (Kahan-compensated sums and means, Welford variances), so
 * results match pandas to the last bits and do not depend on the thread count; aggregations run in parallel.
 */
public final class GroupBy {
    private GroupBy() {
    }

    /** One output column: {@code function} of input {@code column} ({@code null} for size). */
    public record Aggregation(String output, String column, AggregateFunction function) {
        public Aggregation {
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(function, "function");
            if (column == null && function != AggregateFunction.SIZE) {
                throw new IllegalArgumentException(function.pandasName() + " needs an input column");
            }
        }
    }

    public static Table aggregate(MemoryContext ctx, Table table, List<String> keys, List<Aggregation> aggregations,
                                  boolean sort) {
        List<Column> out = new ArrayList<>();
        KeyGroups groups;
        Column onlyKey = keys.size() == 1 ? TableColumns.require(table, keys.get(0), "groupby", "the frame") : null;
        if (onlyKey instanceof StringColumn s && s.codes() != null && aggregations.stream().allMatch(
                a -> a.column() == null || table.hasColumn(a.column()))
                && CodedKeyAggregates.handlesAll(aggregations, table::column)) {
            // One dictionary-encoded key and reductions of null-free numbers in row order: no per-row group array,
            // inputs read from their Arrow buffers.
            CodedKeyAggregates.Groups g = CodedKeyAggregates.groups(s.codes(), sort);
            out.add(keyFromCodes(ctx, keys.get(0), s, g.firstRow()));
            Column[] results = new Column[aggregations.size()];
            IntStream.range(0, aggregations.size()).parallel().forEach(a -> results[a] = CodedKeyAggregates.reduce(
                    ctx, aggregations.get(a), aggregations.get(a).column() == null ? null
                            : table.column(aggregations.get(a).column()), g));
            out.addAll(Arrays.asList(results));
            return Table.of(out);
        }
        if (onlyKey instanceof StringColumn s && s.codes() != null) {
            // One dictionary-encoded key: grouped by its codes, its values written from the dictionary; the
            // column's bytes are never read.
            groups = KeyGroups.ofCodes(s.codes(), table.rowCount(), true, sort);
            out.add(keyFromCodes(ctx, keys.get(0), s, groups.firstRow));
        } else if (onlyKey instanceof StringColumn s) {
            // One string key without codes (dates or identifiers as text): hashed from its Arrow bytes, a filter's
            // text read through its source without being gathered.
            TextKeyGroups.Result r = TextKeyGroups.of(ctx, keys.get(0), s, true, sort);
            groups = r.groups();
            out.add(r.key());
        } else {
            List<ColumnReader> keyReaders = TableColumns.readers(table, keys, "groupby", "the frame");
            groups = KeyGroups.of(keyReaders, table.rowCount(), true, sort);
            for (int j = 0; j < keys.size(); j++) {
                out.add(Gather.take(ctx, keys.get(j), keyReaders.get(j), groups.firstRow));
            }
        }
        // Each input column is read once however many aggregations use it; size reads none.
        ColumnReader[] inputs = new ColumnReader[aggregations.size()];
        Map<String, ColumnReader> read = new HashMap<>();
        for (int a = 0; a < aggregations.size(); a++) {
            String c = aggregations.get(a).column();
            if (c == null) {
                continue;
            }
            Column column = TableColumns.require(table, c, "groupby", "the frame");
            if (aggregations.get(a).function() != AggregateFunction.SIZE) {
                inputs[a] = read.computeIfAbsent(c, name -> ColumnReader.of(column));
            }
        }
        Column[] results = new Column[aggregations.size()];
        IntStream.range(0, aggregations.size()).parallel().forEach(a ->
                results[a] = reduce(ctx, aggregations.get(a), inputs[a], groups));
        out.addAll(Arrays.asList(results));
        return Table.of(out);
    }

    /**
     * The key column's value at each group's first row, held as codes as a gather of it is: its bytes are written
     * from the dictionary only if a kernel reads them (a count of groups never does).
     */
    private static StringColumn keyFromCodes(MemoryContext ctx, String name, StringColumn key, int[] firstRow) {
        return StringColumn.ofCodes(ctx, name, key.codes().take(firstRow), key.isCategorical());
    }

    /** Group {@code g}'s {@code agg} of {@code in} (null for size): one value per group, in group order. */
    static Column reduce(MemoryContext ctx, Aggregation agg, ColumnReader in, KeyGroups g) {
        int k = g.count();
        String name = agg.output();
        AggregateFunction f = agg.function();
        if (f == AggregateFunction.SIZE) {
            long[] v = new long[k];
            for (int i = 0; i < k; i++) {
                v[i] = g.size(i);
            }
            return Int64Column.of(ctx, name, v);
        }
        DataType type = in.column.type();
        if (type == DataType.TIMEDELTA && switch (f) {
            case MEAN, SUM, MEDIAN, STD, VAR -> true;
            default -> false;
        }) {
            throw new DataException("groupby: the " + f.pandasName() + " of the duration column '" + in.column.name()
                    + "' is not supported; aggregate numbers such as .dt.total_seconds(), or use count, nunique, min,"
                    + " max, first or last");
        }
        if (type == DataType.DATETIME && switch (f) {
            case MEAN, SUM, MEDIAN, STD, VAR -> true;
            default -> false;
        }) {
            throw new DataException("groupby: the " + f.pandasName() + " of the datetime column '" + in.column.name()
                    + "' is not supported; aggregate it with count, nunique, min, max, first or last, or a field such as"
                    + " .dt.year");
        }
        if (type == DataType.STRING && switch (f) {
            case MEAN, SUM, MEDIAN, STD, VAR -> true;
            default -> false;
        }) {
            throw new DataException("groupby: cannot take the " + f.pandasName() + " of column '" + in.column.name()
                    + "', which holds strings; aggregate it with count, nunique, min, max, first or last,"
                    + " or convert it with astype(float) if it holds numbers");
        }
        if (type == DataType.CATEGORY && switch (f) {
            case MEAN, SUM, MEDIAN, STD, VAR, MIN, MAX -> true;
            default -> false;
        }) {
            throw new DataException("groupby: cannot take the " + f.pandasName() + " of the category column '"
                    + in.column.name() + "' (pandas refuses it for unordered categories); aggregate it with count,"
                    + " nunique, first or last, or convert it first with .astype(str)");
        }
        return switch (f) {
            case COUNT -> {
                long[] v = new long[k];
                for (int r = 0; r < g.group.length; r++) {
                    if (g.group[r] >= 0 && !in.isMissing(r)) {
                        v[g.group[r]]++;
                    }
                }
                yield Int64Column.of(ctx, name, v);
            }
            case SUM -> type == DataType.FLOAT64 ? Float64Column.of(ctx, name, kahan(in, g, false)) : longSum(ctx, name, in, g);
            case MEAN -> Float64Column.of(ctx, name, kahan(in, g, true));
            case VAR, STD -> Float64Column.of(ctx, name, variance(in, g, f == AggregateFunction.STD));
            case MEDIAN -> Float64Column.of(ctx, name, median(in, g));
            case MIN, MAX -> Gather.take(ctx, name, in, type == DataType.INT64 && in.nulls == null
                    ? pickLong(in.longs, g, f == AggregateFunction.MAX) : pick(in, g, f));
            case FIRST, LAST -> Gather.take(ctx, name, in, pick(in, g, f));
            case NUNIQUE -> nunique(ctx, name, in, g);
            case SIZE -> throw new AssertionError();
        };
    }

    // The reductions below scan the rows once in row order, keeping one accumulator per group: each group still
    // sees its values in row order (so results are bit-identical to a group-by-group loop), and the column is read
    // sequentially instead of through the rows of one group at a time.

    private static Column longSum(MemoryContext ctx, String name, ColumnReader in, KeyGroups g) {
        long[] v = new long[g.count()];
        int[] group = g.group;
        for (int r = 0; r < group.length; r++) {
            if (group[r] >= 0 && !in.isNull(r)) {
                v[group[r]] += in.longs[r];
            }
        }
        return Int64Column.of(ctx, name, v);
    }

    /** pandas' group_sum/group_mean: Kahan summation over non-missing values; an empty mean is NaN, an empty sum 0. */
    private static double[] kahan(ColumnReader in, KeyGroups g, boolean mean) {
        int k = g.count();
        double[] sum = new double[k];
        double[] compensation = new double[k];
        long[] count = new long[k];
        int[] group = g.group;
        for (int r = 0; r < group.length; r++) {
            int i = group[r];
            if (i < 0) {
                continue;
            }
            double x = in.asDouble(r);
            if (Double.isNaN(x)) {
                continue;
            }
            count[i]++;
            double y = x - compensation[i];
            double t = sum[i] + y;
            double c = t - sum[i] - y;
            compensation[i] = Double.isNaN(c) ? 0 : c;
            sum[i] = t;
        }
        if (mean) {
            for (int i = 0; i < k; i++) {
                sum[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
            }
        }
        return sum;
    }

    /** pandas' group_var: Welford's update, ddof=1; fewer than two values give NaN. */
    private static double[] variance(ColumnReader in, KeyGroups g, boolean sqrt) {
        int[] start = g.start();
        int[] rows = g.rows();
        double[] v = new double[g.count()];
        for (int i = 0; i < v.length; i++) {
            long n = 0;
            double mean = 0;
            double m2 = 0;
            for (int p = start[i]; p < start[i + 1]; p++) {
                double x = in.asDouble(rows[p]);
                if (Double.isNaN(x)) {
                    continue;
                }
                n++;
                double old = mean;
                mean += (x - old) / n;
                m2 += (x - mean) * (x - old);
            }
            double var = n > 1 ? m2 / (n - 1) : Double.NaN;
            v[i] = sqrt ? Math.sqrt(var) : var;
        }
        return v;
    }

    private static double[] median(ColumnReader in, KeyGroups g) {
        int[] start = g.start();
        int[] rows = g.rows();
        double[] v = new double[g.count()];
        double[] buf = new double[16];
        for (int i = 0; i < v.length; i++) {
            int m = 0;
            for (int p = start[i]; p < start[i + 1]; p++) {
                double x = in.asDouble(rows[p]);
                if (!Double.isNaN(x)) {
                    if (m == buf.length) {
                        buf = Arrays.copyOf(buf, buf.length * 2);
                    }
                    buf[m++] = x;
                }
            }
            if (m == 0) {
                v[i] = Double.NaN;
                continue;
            }
            Arrays.sort(buf, 0, m);
            v[i] = m % 2 == 1 ? buf[m / 2] : (buf[m / 2 - 1] + buf[m / 2]) / 2;
        }
        return v;
    }

    /** The row each group shows for min, max, first or last (skipping missing values); -1 when all are missing. */
    private static int[] pick(ColumnReader in, KeyGroups g, AggregateFunction f) {
        int[] best = new int[g.count()];
        Arrays.fill(best, -1);
        int[] group = g.group;
        for (int r = 0; r < group.length; r++) {
            int i = group[r];
            if (i < 0 || in.isMissing(r)) {
                continue;
            }
            int b = best[i];
            if (b < 0) {
                best[i] = r;
                continue;
            }
            switch (f) {
                case FIRST -> {
                }
                case LAST -> best[i] = r;
                case MIN -> best[i] = in.compare(r, b) < 0 ? r : b;
                case MAX -> best[i] = in.compare(r, b) > 0 ? r : b;
                default -> throw new AssertionError(f);
            }
        }
        return best;
    }

    /**
     * {@link #pick}'s min or max of an int64 column without nulls: a plain comparison of the values, each group's
     * best value kept beside its row (the first of equal values, as {@link #pick} keeps).
     */
    private static int[] pickLong(long[] v, KeyGroups g, boolean max) {
        int k = g.count();
        int[] best = new int[k];
        Arrays.fill(best, -1);
        long[] value = new long[k];
        int[] group = g.group;
        for (int r = 0; r < group.length; r++) {
            int i = group[r];
            if (i < 0) {
                continue;
            }
            long x = v[r];
            if (best[i] < 0 || (max ? x > value[i] : x < value[i])) {
                best[i] = r;
                value[i] = x;
            }
        }
        return best;
    }

    private static Column nunique(MemoryContext ctx, String name, ColumnReader in, KeyGroups g) {
        int[] start = g.start();
        int[] rows = g.rows();
        List<ColumnReader> one = List.of(in);
        KeyWords kw = new KeyWords(one, one);
        long[] words = kw.words(one, in.column.length(), true);
        TupleTable values = new TupleTable(kw.width, 1024);
        int[] code = new int[in.column.length()];
        for (int r = 0; r < code.length; r++) {
            code[r] = in.isMissing(r) ? -1 : values.insert(words, r);
        }
        int[] lastGroup = new int[values.size()];
        Arrays.fill(lastGroup, -1);
        long[] v = new long[g.count()];
        for (int i = 0; i < v.length; i++) {
            long distinct = 0;
            for (int p = start[i]; p < start[i + 1]; p++) {
                int c = code[rows[p]];
                if (c >= 0 && lastGroup[c] != i) {
                    lastGroup[c] = i;
                    distinct++;
                }
            }
            v[i] = distinct;
        }
        return Int64Column.of(ctx, name, v);
    }

}
