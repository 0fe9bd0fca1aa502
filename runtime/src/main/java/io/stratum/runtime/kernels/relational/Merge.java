package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.parallel.RowChunks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * pandas' {@code DataFrame.merge} as a hash join. Keys are coded by a {@link TupleTable} built from the build
 * side's rows only; the probe side looks its keys up read-only in parallel row chunks (for an outer join both
 * sides insert, since every key appears in the output). Rows come out in pandas' order: inner and left joins
 * follow the left rows, right joins the right rows, each row followed by its matches in the other side's order;
 * outer joins sort the keys (missing keys last) and pair, per key, every left row with every right row. Missing
 * keys match each other, as in pandas. Shared key columns ({@code on}) appear once, at the left position, holding
 * the left key (the right one for right joins, either for outer joins); other overlapping names get the suffixes.
 * An int64 column that gains missing values becomes float64.
 */
public final class Merge {
    private Merge() {
    }

    public enum How { INNER, LEFT, RIGHT, OUTER }

    /** Which side's keys fill the hash table; the other side probes it. */
    public enum BuildSide { LEFT, RIGHT }

    /** What to merge: pandas' {@code how}, {@code left_on}, {@code right_on} and {@code suffixes}. */
    public record Spec(How how, List<String> leftOn, List<String> rightOn, String leftSuffix, String rightSuffix,
                       BuildSide build) {
        public Spec {
            Objects.requireNonNull(how, "how");
            leftOn = List.copyOf(leftOn);
            rightOn = List.copyOf(rightOn);
            if (leftOn.isEmpty() || leftOn.size() != rightOn.size()) {
                throw new IllegalArgumentException("merge needs as many left keys as right keys, and at least one");
            }
            Objects.requireNonNull(build, "build");
        }
    }

    public static Table merge(MemoryContext ctx, Table left, Table right, Spec spec) {
        List<ColumnReader> lk = TableColumns.readers(left, spec.leftOn(), "merge", "the left frame");
        List<ColumnReader> rk = TableColumns.readers(right, spec.rightOn(), "merge", "the right frame");
        for (int j = 0; j < lk.size(); j++) {
            if (lk.get(j).column.type() == DataType.STRING && rk.get(j).column.type() == DataType.CATEGORY) {
                throw new DataException("merge: the str key '" + lk.get(j).column.name() + "' of the left frame with the"
                        + " category key '" + rk.get(j).column.name() + "' of the right one gives pandas' object dtype,"
                        + " which Stratum does not have; convert the right key first with .astype(str)");
            }
        }
        for (int j = 0; j < lk.size(); j++) {
            if (lk.get(j).column instanceof TimestampColumn a && rk.get(j).column instanceof TimestampColumn b
                    && !java.util.Objects.equals(a.zone(), b.zone())) {
                throw new DataException(a.zone() == null || b.zone() == null
                        ? "merge: you are trying to merge on " + a.dtypeName() + " and " + b.dtypeName() + " columns for"
                                + " key '" + a.name() + "', which pandas refuses; give both keys one time zone"
                                + " (.dt.tz_localize / .dt.tz_convert) first"
                        : "merge: the key '" + a.name() + "' is " + a.dtypeName() + " in the left frame and '" + b.name()
                                + "' is " + b.dtypeName() + " in the right one, which pandas merges into an object"
                                + " column; convert both to one time zone first (.dt.tz_convert)");
            }
            // Keys of two units match by their instants (or lengths): both are read in the finer unit.
            if (lk.get(j).column instanceof TimestampColumn a && rk.get(j).column instanceof TimestampColumn b
                    && a.unit() != b.unit()) {
                DatetimeUnit unit = DatetimeUnit.finer(a.unit(), b.unit());
                lk.set(j, ColumnReader.of(a.toUnit(unit)));
                rk.set(j, ColumnReader.of(b.toUnit(unit)));
            }
            if (lk.get(j).column instanceof TimedeltaColumn a && rk.get(j).column instanceof TimedeltaColumn b
                    && a.unit() != b.unit()) {
                throw new DataException("merge: the key '" + a.name() + "' is " + a.dtypeName() + " in the left frame and '"
                        + b.name() + "' is " + b.dtypeName() + " in the right one, which pandas merges into an object"
                        + " column; convert one to the other's unit first (astype)");
            }
            if (lk.get(j).column.type().isTemporal() != rk.get(j).column.type().isTemporal()
                    || lk.get(j).column.type() != rk.get(j).column.type() && lk.get(j).column.type().isTemporal()) {
                throw new DataException("merge: the key '" + lk.get(j).column.name() + "' is "
                        + lk.get(j).column.dtypeName() + " in the left frame and '" + rk.get(j).column.name() + "' is "
                        + rk.get(j).column.dtypeName() + " in the right one, which pandas refuses to merge; convert one"
                        + " of them first");
            }
        }
        KeyWords words = new KeyWords(lk, rk);
        int nl = left.rowCount();
        int nr = right.rowCount();
        int[] lcode;
        int[] rcode;
        int keys;
        if (spec.how() == How.OUTER) {
            TupleTable table = new TupleTable(words.width, Math.max(nl, nr));
            lcode = insertAll(table, words.words(lk, nl, true), nl);
            rcode = insertAll(table, words.words(rk, nr, true), nr);
            keys = table.size();
        } else {
            boolean buildRight = spec.build() == BuildSide.RIGHT;
            List<ColumnReader> bk = buildRight ? rk : lk;
            List<ColumnReader> pk = buildRight ? lk : rk;
            int nb = buildRight ? nr : nl;
            int np = buildRight ? nl : nr;
            TupleTable table = new TupleTable(words.width, nb);
            int[] bcode = insertAll(table, words.words(bk, nb, true), nb);
            long[] pw = words.words(pk, np, false);
            int[] pcode = new int[np];
            RowChunks.forEach(np, (c, from, to) -> {
                for (int i = from; i < to; i++) {
                    pcode[i] = table.find(pw, i);
                }
            });
            lcode = buildRight ? pcode : bcode;
            rcode = buildRight ? bcode : pcode;
            keys = table.size();
        }
        int[][] pairs = switch (spec.how()) {
            case INNER -> follow(lcode, byCode(rcode, keys), false);
            case LEFT -> follow(lcode, byCode(rcode, keys), true);
            case RIGHT -> swap(follow(rcode, byCode(lcode, keys), true));
            case OUTER -> outer(lk, rk, lcode, rcode, keys);
        };
        return assemble(ctx, left, right, spec, pairs[0], pairs[1]);
    }

    private static int[] insertAll(TupleTable table, long[] words, int rows) {
        int[] codes = new int[rows];
        for (int i = 0; i < rows; i++) {
            codes[i] = table.insert(words, i);
        }
        return codes;
    }

    /** Rows grouped by code, each group in row order: rows of code c are {@code rows[start[c], start[c + 1])}. */
    private record Groups(int[] start, int[] rows) {
        int count(int code) {
            return code < 0 ? 0 : start[code + 1] - start[code];
        }
    }

    private static Groups byCode(int[] codes, int keys) {
        int[] start = new int[keys + 1];
        for (int c : codes) {
            if (c >= 0) {
                start[c + 1]++;
            }
        }
        for (int k = 0; k < keys; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = Arrays.copyOf(start, keys);
        int[] rows = new int[start[keys]];
        for (int i = 0; i < codes.length; i++) {
            int c = codes[i];
            if (c >= 0) {
                rows[fill[c]++] = i;
            }
        }
        return new Groups(start, rows);
    }

    /**
     * Each row of the driving side in order, followed by its matches in the other side (row order); with
     * {@code keepUnmatched} a row without match appears once paired with -1. Counted, then filled, per row chunk.
     */
    private static int[][] follow(int[] codes, Groups other, boolean keepUnmatched) {
        int n = codes.length;
        int chunks = RowChunks.count(n);
        long[] sizes = new long[chunks + 1];
        RowChunks.forEach(n, (c, from, to) -> {
            long s = 0;
            for (int i = from; i < to; i++) {
                int m = other.count(codes[i]);
                s += m == 0 && keepUnmatched ? 1 : m;
            }
            sizes[c + 1] = s;
        });
        for (int c = 0; c < chunks; c++) {
            sizes[c + 1] += sizes[c];
        }
        if (sizes[chunks] > Integer.MAX_VALUE - 16) {
            throw new DataException("merge would produce " + sizes[chunks] + " rows, more than a frame can hold;"
                    + " check that the keys are the ones meant (duplicated keys multiply rows)");
        }
        int total = (int) sizes[chunks];
        int[] mine = new int[total];
        int[] theirs = new int[total];
        RowChunks.forEach(n, (c, from, to) -> {
            int at = (int) sizes[c];
            for (int i = from; i < to; i++) {
                int code = codes[i];
                int m = other.count(code);
                if (m == 0) {
                    if (keepUnmatched) {
                        mine[at] = i;
                        theirs[at++] = -1;
                    }
                    continue;
                }
                for (int k = other.start[code]; k < other.start[code + 1]; k++) {
                    mine[at] = i;
                    theirs[at++] = other.rows[k];
                }
            }
        });
        return new int[][] {mine, theirs};
    }

    private static int[][] swap(int[][] pairs) {
        return new int[][] {pairs[1], pairs[0]};
    }

    private static int[][] outer(List<ColumnReader> lk, List<ColumnReader> rk, int[] lcode, int[] rcode, int keys) {
        Groups lg = byCode(lcode, keys);
        Groups rg = byCode(rcode, keys);
        // A row holding each key, to compare keys by value: the first left row, else the first right row.
        int[] repRow = new int[keys];
        boolean[] repLeft = new boolean[keys];
        for (int c = 0; c < keys; c++) {
            repLeft[c] = lg.count(c) > 0;
            repRow[c] = repLeft[c] ? lg.rows[lg.start[c]] : rg.rows[rg.start[c]];
        }
        Integer[] order = new Integer[keys];
        for (int c = 0; c < keys; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> {
            for (int j = 0; j < lk.size(); j++) {
                ColumnReader ra = repLeft[a] ? lk.get(j) : rk.get(j);
                ColumnReader rb = repLeft[b] ? lk.get(j) : rk.get(j);
                boolean ma = ra.isMissing(repRow[a]);
                boolean mb = rb.isMissing(repRow[b]);
                if (ma || mb) {
                    if (ma != mb) {
                        // pandas sorts datetime and duration keys by their int64 view, where NaT is the smallest
                        boolean natFirst = ra.column.type().isTemporal();
                        return ma == natFirst ? -1 : 1;
                    }
                    continue;
                }
                int cmp = ra.compareWith(repRow[a], rb, repRow[b]);
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        });
        long total = 0;
        for (int c = 0; c < keys; c++) {
            total += (long) Math.max(1, lg.count(c)) * Math.max(1, rg.count(c));
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new DataException("merge would produce " + total + " rows, more than a frame can hold");
        }
        int[] lo = new int[(int) total];
        int[] ro = new int[(int) total];
        int at = 0;
        for (Integer boxed : order) {
            int c = boxed;
            int nlc = lg.count(c);
            int nrc = rg.count(c);
            for (int a = 0; a < Math.max(1, nlc); a++) {
                for (int b = 0; b < Math.max(1, nrc); b++) {
                    lo[at] = nlc == 0 ? -1 : lg.rows[lg.start[c] + a];
                    ro[at++] = nrc == 0 ? -1 : rg.rows[rg.start[c] + b];
                }
            }
        }
        return new int[][] {lo, ro};
    }

    private static Table assemble(MemoryContext ctx, Table left, Table right, Spec spec, int[] lrows, int[] rrows) {
        Set<String> shared = new HashSet<>();
        for (int j = 0; j < spec.leftOn().size(); j++) {
            if (spec.leftOn().get(j).equals(spec.rightOn().get(j))) {
                shared.add(spec.leftOn().get(j));
            }
        }
        Set<String> leftNames = new HashSet<>();
        for (String n : left.columnNames()) {
            if (!shared.contains(n)) {
                leftNames.add(n);
            }
        }
        Set<String> rightNames = new HashSet<>();
        for (String n : right.columnNames()) {
            if (!shared.contains(n)) {
                rightNames.add(n);
            }
        }
        // Each output column is one gather straight between Arrow buffers (parallel over row chunks inside). When
        // the left rows come out as they went in (an inner or left join where every row matches at most once), the
        // left columns are the input's columns: columns never change, so they are shared, not copied.
        boolean leftAsIs = BufferGather.isIdentity(lrows, left.rowCount());
        boolean rightAsIs = BufferGather.isIdentity(rrows, right.rowCount());
        BufferGather.Rows leftRows = BufferGather.Rows.of(lrows);
        BufferGather.Rows rightRows = BufferGather.Rows.of(rrows);
        List<java.util.function.Supplier<Column>> builds = new ArrayList<>();
        for (Column c : left.columns()) {
            String name = c.name();
            if (shared.contains(name)) {
                Column partner = right.column(name);
                if (spec.how() != How.RIGHT && !leftRows.absent() && sameKeyType(c, partner)) {
                    // Every row takes the left key, so the key is a gather of the left column.
                    builds.add(() -> leftAsIs ? c : BufferGather.take(ctx, name, c, leftRows));
                } else {
                    builds.add(() -> sharedKey(ctx, name, ColumnReader.of(c), ColumnReader.of(partner), lrows, rrows,
                            spec.how()));
                }
                continue;
            }
            String outName = rightNames.contains(name) ? suffixed(name, spec.leftSuffix()) : name;
            builds.add(() -> leftAsIs ? c.rename(outName) : BufferGather.take(ctx, outName, c, leftRows));
        }
        for (Column c : right.columns()) {
            String name = c.name();
            if (shared.contains(name)) {
                continue;
            }
            String outName = leftNames.contains(name) ? suffixed(name, spec.rightSuffix()) : name;
            builds.add(() -> rightAsIs ? c.rename(outName) : BufferGather.take(ctx, outName, c, rightRows));
        }
        Column[] built = new Column[builds.size()];
        for (int j = 0; j < built.length; j++) {
            built[j] = builds.get(j).get();
        }
        List<Column> out = Arrays.asList(built);
        Set<String> seen = new HashSet<>();
        for (Column c : out) {
            if (!seen.add(c.name())) {
                throw new DataException("merge: the result would have two columns named '" + c.name()
                        + "'; pass suffixes that keep the overlapping column names apart");
            }
        }
        return out.isEmpty() ? Table.empty(lrows.length) : Table.of(out);
    }

    /**
     * True when a shared key taken wholly from the left keeps the left column's dtype in {@link #sharedKey}: both
     * sides of one type, and for int64 no nulls on either side (else the key becomes float64).
     */
    private static boolean sameKeyType(Column left, Column right) {
        if (left.type() != right.type()) {
            return false;
        }
        if (left.type() == DataType.CATEGORY) {
            return java.util.Arrays.equals(((StringColumn) left).categories(), ((StringColumn) right).categories());
        }
        return left.type() != DataType.INT64 || (left.nullCount() == 0 && right.nullCount() == 0);
    }

    private static DatetimeUnit unit(Column c) {
        return c instanceof TimestampColumn t ? t.unit() : ((TimedeltaColumn) c).unit();
    }

    /** A datetime or duration key read in the finer of its unit and {@code other}. */
    private static ColumnReader finer(Column c, DatetimeUnit other) {
        DatetimeUnit unit = DatetimeUnit.finer(unit(c), other);
        return ColumnReader.of(c instanceof TimestampColumn t ? t.toUnit(unit) : ((TimedeltaColumn) c).toUnit(unit));
    }

    private static String suffixed(String name, String suffix) {
        return suffix == null ? name : name + suffix;
    }

    /** A key both sides share by name: the left value, or the right one where the row has no left side. */
    private static Column sharedKey(MemoryContext ctx, String name, ColumnReader l, ColumnReader r, int[] lrows,
                                    int[] rrows, How how) {
        int n = lrows.length;
        boolean fromRight = how == How.RIGHT;
        int[] which = new int[n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            boolean right = fromRight ? rrows[i] >= 0 : lrows[i] < 0;
            which[i] = right ? 1 : 0;
            rows[i] = right ? rrows[i] : lrows[i];
        }
        DataType lt = l.column.type();
        DataType rt = r.column.type();
        if (lt.isText()) {
            // Category keys stay category when both sides share the categories, else they become str.
            return Gather.strings(ctx, name, new ColumnReader[] {l, r}, which, rows);
        }
        if (lt.isTemporal()) {
            // pandas' unit for a key of two units: the left one's (inner, left: every value is a left row's), the
            // right one's (right), the finer one (outer, where both sides give values).
            ColumnReader[] sources = {l, r};
            if (unit(l.column) != unit(r.column)) {
                sources = switch (how) {
                    case INNER, LEFT -> new ColumnReader[] {l, null};
                    case RIGHT -> new ColumnReader[] {null, r};
                    case OUTER -> new ColumnReader[] {finer(l.column, unit(r.column)), finer(r.column, unit(l.column))};
                };
            }
            return lt == DataType.DATETIME ? Gather.timestamps(ctx, name, sources, which, rows)
                    : Gather.timedeltas(ctx, name, sources, which, rows);
        }
        if (lt == DataType.INT64 && rt == DataType.INT64 && l.nulls == null && r.nulls == null) {
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                v[i] = (which[i] == 0 ? l : r).longs[rows[i]];
            }
            return Int64Column.of(ctx, name, v);
        }
        if (lt == DataType.BOOL && rt == DataType.BOOL) {
            boolean[] v = new boolean[n];
            boolean[] nulls = new boolean[n];
            for (int i = 0; i < n; i++) {
                ColumnReader s = which[i] == 0 ? l : r;
                nulls[i] = s.isNull(rows[i]);
                v[i] = !nulls[i] && s.longs[rows[i]] != 0;
            }
            return BoolColumn.of(ctx, name, v, nulls);
        }
        double[] v = new double[n];
        boolean[] nulls = new boolean[n];
        for (int i = 0; i < n; i++) {
            ColumnReader s = which[i] == 0 ? l : r;
            nulls[i] = s.isNull(rows[i]);
            v[i] = s.asDouble(rows[i]);
        }
        return Float64Column.of(ctx, name, v, nulls);
    }
}
