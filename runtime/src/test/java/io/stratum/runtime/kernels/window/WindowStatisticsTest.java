package io.stratum.runtime.kernels.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.reference.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The window kernels against pandas 3 ({@code runtime/reference/make_window_reference.py}): every rolling, expanding
 * and cumulative statistic of series that reach pandas' special paths (magnitudes over 18 orders, runs of equal
 * values, a cancellation, ties, missing values at the start, middle and end, a window longer than the series). The
 * kernels follow pandas' arithmetic step for step, so the tolerance is 1e-12 relative (an absolute 1e-12 of the
 * window's largest magnitude for sums that cancel to near zero); in practice the values are pandas' bits.
 */
class WindowStatisticsTest {

    @Test
    void everyStatisticIsPandas() {
        Map<String, double[]> inputs = new HashMap<>();
        int checked = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> row : Reference.rows("window_statistics.csv")) {
                String[] name = row.get("case").split(" ");
                double[] values = parse(row.get("values"));
                if (name[0].equals("input")) {
                    inputs.put(name[1], values);
                    continue;
                }
                double[] x = inputs.get(name[0]);
                // Missing values as nulls, and as NaN values without nulls (the whole-column kernels stream those).
                for (Column column : List.of(Float64Column.of(memory, "x", x.clone(), nulls(x)),
                        Float64Column.of(memory, "x", x.clone()))) {
                    long window = name[1].equals("ewm") ? 0 : Long.parseLong(name[2]);
                    long minPeriods = Long.parseLong(name[3]);
                    String stat = name[4];
                    RowSequences whole = RowSequences.whole(x.length);
                    Column out = name[1].equals("ewm")
                            ? WindowColumns.ewmMean(memory, column, Double.parseDouble(name[2]), minPeriods,
                                    name[5].equals("1"), name[6].equals("1"), whole)
                            : name[1].equals("cumulative")
                            ? WindowColumns.cumulative(memory, column, Cumulative.Op.valueOf(stat.toUpperCase()), whole, false)
                            : WindowColumns.sliding(memory, column, WindowColumns.Statistic.valueOf(stat.toUpperCase()),
                                    name[1].equals("expanding") ? 0 : window, minPeriods, 1, name[1].equals("centered"), whole);
                    double scale = 0;
                    for (double v : x) {
                        scale = Double.isNaN(v) ? scale : Math.max(scale, Math.abs(v));
                    }
                    for (int i = 0; i < x.length; i++) {
                        double want = values[i];
                        double got = ((Float64Column) out).getDouble(i);
                        String where = row.get("case") + " row " + i;
                        if (Double.isNaN(want)) {
                            assertTrue(out.isMissing(i), where + ": expected NaN, got " + got);
                        } else {
                            assertTrue(!out.isMissing(i) && (want == got || Math.abs(want - got) <= 1e-12 * Math.max(Math.abs(want),
                                    stat.equals("sum") || stat.equals("mean") ? scale : 0)), where + ": expected " + want + ", got " + got);
                        }
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 640, "cases: " + checked);
    }

    @Test
    void cumulativeIntsStayIntsAndGroupsRestart() {
        try (MemoryContext memory = MemoryContext.open()) {
            Column n = Int64Column.of(memory, "n", new long[] {3, 1, 4, 1, 5, 9, 2, 6});
            // two groups, rows 0 2 4 6 and 1 3 5 7, and row 7 in none (a missing key)
            RowSequences groups = new RowSequences(8, new int[] {0, 2, 4, 6, 1, 3, 5}, new int[] {0, 4, 7});
            Column sum = WindowColumns.cumulative(memory, n, Cumulative.Op.SUM, RowSequences.whole(8), false);
            assertEquals(List.of(3L, 4L, 8L, 9L, 14L, 23L, 25L, 31L), longs((Int64Column) sum));
            Column grouped = WindowColumns.cumulative(memory, n, Cumulative.Op.MAX, groups, true);
            assertEquals("[3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 5.0, NaN]", java.util.Arrays.toString(grouped.toDoubleArray()));
            assertTrue(grouped.isMissing(7));
            Column positions = WindowColumns.positions(memory, "cumcount", new RowSequences(8,
                    new int[] {0, 2, 4, 6, 1, 3, 5, 7}, new int[] {0, 4, 8}));
            assertEquals(List.of(0L, 0L, 1L, 1L, 2L, 2L, 3L, 3L), longs((Int64Column) positions));
        }
    }

    @Test
    void streamedWholeColumnsEqualTheLaidOutKernels() {
        // Whole columns of int64 and float64 without nulls are computed a chunk of 65,536 rows at a time from the Arrow
        // buffer; the same statistics along the same rows given as a row list (the laid-out kernels over one array)
        // must agree bit for bit, with windows inside a chunk, across chunks, longer than a chunk, and expanding.
        int n = 200_003;
        java.util.Random random = new java.util.Random(16);
        long[] ints = new long[n];
        double[] floats = new double[n];
        for (int i = 0; i < n; i++) {
            ints[i] = random.nextInt(2000) - 1000;
            floats[i] = i % 977 == 5 ? Double.NaN : random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6);
        }
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        try (MemoryContext memory = MemoryContext.open()) {
            for (Column c : List.of(Int64Column.of(memory, "n", ints), Float64Column.of(memory, "x", floats))) {
                for (long window : new long[] {0, 2, 30, 1000, 65_536, 70_001}) {
                    for (WindowColumns.Statistic stat : List.of(WindowColumns.Statistic.SUM, WindowColumns.Statistic.MEAN,
                            WindowColumns.Statistic.MIN, WindowColumns.Statistic.MAX)) {
                        long minPeriods = window == 0 ? 1 : Math.max(1, window / 2);
                        Column streamed = WindowColumns.sliding(memory, c, stat, window, minPeriods, 1,
                                RowSequences.whole(n));
                        Column laid = WindowColumns.sliding(memory, c, stat, window, minPeriods, 1,
                                new RowSequences(n, rows, new int[] {0, n}));
                        double[] a = streamed.toDoubleArray();
                        double[] b = laid.toDoubleArray();
                        for (int i = 0; i < n; i++) {
                            String where = c.name() + " " + stat + " window " + window + " row " + i;
                            assertEquals(Double.doubleToLongBits(b[i]), Double.doubleToLongBits(a[i]), where);
                            assertEquals(laid.isMissing(i), streamed.isMissing(i), where);
                        }
                    }
                }
            }
        }
    }

    @Test
    void runningValuesInRowOrderEqualTheLaidOutOnes() {
        // The same two groups given by each row's group (a group-by's) and as laid-out row lists: every cumulative
        // method and cumcount agree, ints and floats (with a missing value), and a row in no group is missing.
        int[] rows = {0, 2, 4, 6, 1, 3, 5};
        int[] starts = {0, 4, 7};
        int[] group = {0, 1, 0, 1, 0, 1, 0, -1};
        try (MemoryContext memory = MemoryContext.open()) {
            Column ints = Int64Column.of(memory, "n", new long[] {3, 1, 4, 1, 5, 9, 2, 6});
            Column floats = Float64Column.of(memory, "x", new double[] {0.1, 2.5, Double.NaN, -1e16, 0.2, 1e16, 0.3, 7},
                    new boolean[] {false, false, true, false, false, false, false, false});
            for (Column c : List.of(ints, floats)) {
                for (Cumulative.Op op : Cumulative.Op.values()) {
                    Column laid = WindowColumns.cumulative(memory, c, op, new RowSequences(8, rows, starts), true);
                    Column byRow = WindowColumns.cumulative(memory, c, op,
                            RowSequences.grouped(8, group, 2, 7, () -> new int[][] {rows, starts}), true);
                    assertEquals(java.util.Arrays.toString(laid.toDoubleArray()), java.util.Arrays.toString(byRow.toDoubleArray()),
                            c.name() + " " + op);
                    assertTrue(byRow.isMissing(7));
                }
            }
            Column laid = WindowColumns.positions(memory, "cumcount", new RowSequences(8, rows, starts));
            Column byRow = WindowColumns.positions(memory, "cumcount",
                    RowSequences.grouped(8, group, 2, 7, () -> new int[][] {rows, starts}));
            assertEquals("[0.0, 0.0, 1.0, 1.0, 2.0, 2.0, 3.0, NaN]", java.util.Arrays.toString(byRow.toDoubleArray()));
            assertEquals(java.util.Arrays.toString(laid.toDoubleArray()), java.util.Arrays.toString(byRow.toDoubleArray()));
        }
    }

    @Test
    void rollingExtremesAreLinearInTheRows() {
        // A monotonic deque: a window of 100,000 rows over 400,000 rows is a few passes, not 4e10 comparisons.
        int n = 400_000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = n - i;
        }
        int[] starts = {0, n};
        long t0 = System.nanoTime();
        double[] max = SlidingStatistics.extreme(x, starts, 100_000, 1, true);
        double[] min = SlidingStatistics.extreme(x, starts, 100_000, 1, false);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(100_000.0, max[n - 1]);
        assertEquals(1.0, min[n - 1]);
        assertTrue(ms < 5_000, ms + " ms");
    }

    @Test
    void textIsRefusedNamingTheColumn() {
        try (MemoryContext memory = MemoryContext.open()) {
            Column s = StringColumn.of(memory, "city", new String[] {"a", "b"});
            DataException e = assertThrows(DataException.class, () -> WindowColumns.sliding(memory, s,
                    WindowColumns.Statistic.MEAN, 2, 2, 1, RowSequences.whole(2)));
            assertTrue(e.getMessage().contains("rolling().mean() of the str column 'city'"), e.getMessage());
            DataException c = assertThrows(DataException.class, () -> WindowColumns.cumulative(memory, s,
                    Cumulative.Op.SUM, RowSequences.whole(2), false));
            assertTrue(c.getMessage().contains("cumsum() of the str column 'city'"), c.getMessage());
        }
    }

    private static List<Long> longs(Int64Column c) {
        List<Long> out = new java.util.ArrayList<>();
        for (long v : c.toLongArray()) {
            out.add(v);
        }
        return out;
    }

    private static boolean[] nulls(double[] x) {
        boolean[] nulls = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            nulls[i] = Double.isNaN(x[i]);
        }
        return nulls;
    }

    private static double[] parse(String text) {
        String[] parts = text.split(" ");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = switch (parts[i]) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(parts[i]);
            };
        }
        return out;
    }
}
