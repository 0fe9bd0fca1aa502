package io.stratum.bench.kernels;

import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.impute.ColumnSums;
import io.stratum.runtime.kernels.impute.ImputeStrategy;
import io.stratum.runtime.kernels.impute.SimpleImputerKernel;
import io.stratum.runtime.kernels.scale.ColumnRanges;
import io.stratum.runtime.kernels.scale.MinMaxScalerKernel;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.ShuffleSplitKernel;
import io.stratum.runtime.kernels.split.TimeSeriesSplitKernel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fold algebra for splitters whose test sets do not partition the rows: the fits of a MinMaxScaler and a mean
 * SimpleImputer on every training set of a TimeSeriesSplit(5) or ShuffleSplit(5, test_size=0.2) over 400,000 rows of
 * 20 float columns (5% missing), either directly on each training set ({@code direct}, what the executor did for
 * these splitters before) or from statistics of each cell of rows that the same folds train on, each cell scanned
 * once and combined per fold ({@code cells}, the executor's {@code TrainingCells}). Both read tables already cut to
 * their rows, as the executor has them; the ratio is what docs/benchmarks.md reports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow", "-Xmx3g"})
public class TransformerCellsBenchmark {
    private static final int ROWS = 400_000;
    private static final int COLUMNS = 20;

    @Param({"timeseries5", "shuffle5"})
    public String splitter;

    private MemoryContext memory;
    private List<Table> trainingSets;
    private List<Table> cellTables;
    /** Per fold, the cells of its training rows. */
    private List<List<Integer>> cellsOfFold;

    @Setup(Level.Trial)
    public void load() {
        memory = MemoryContext.open();
        Random random = new Random(7);
        List<Float64Column> columns = new ArrayList<>();
        for (int j = 0; j < COLUMNS; j++) {
            double[] values = new double[ROWS];
            for (int i = 0; i < ROWS; i++) {
                values[i] = random.nextDouble() < 0.05 ? Double.NaN : random.nextGaussian() * (j + 1);
            }
            columns.add(Float64Column.of(memory, "x" + j, values));
        }
        Table all = Table.of(columns);
        List<Fold> folds = splitter.equals("timeseries5") ? TimeSeriesSplitKernel.split(ROWS, 5, 0, 0, 0)
                : ShuffleSplitKernel.split(ROWS, 5, new ShuffleSplitKernel.Size.Fraction(0.2),
                        new ShuffleSplitKernel.Size.Absent(), 0);
        trainingSets = new ArrayList<>();
        for (Fold f : folds) {
            trainingSets.add(all.take(f.train()));
        }
        // Cells as TrainingCells groups them: rows by the set of folds that train on them.
        Map<BitSet, List<Integer>> byPattern = new LinkedHashMap<>();
        BitSet[] patterns = new BitSet[ROWS];
        for (int f = 0; f < folds.size(); f++) {
            for (int r : folds.get(f).train()) {
                if (patterns[r] == null) {
                    patterns[r] = new BitSet();
                }
                patterns[r].set(f);
            }
        }
        for (int r = 0; r < ROWS; r++) {
            if (patterns[r] != null) {
                byPattern.computeIfAbsent(patterns[r], p -> new ArrayList<>()).add(r);
            }
        }
        cellTables = new ArrayList<>();
        cellsOfFold = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            cellsOfFold.add(new ArrayList<>());
        }
        int c = 0;
        for (Map.Entry<BitSet, List<Integer>> e : byPattern.entrySet()) {
            cellTables.add(all.take(e.getValue().stream().mapToInt(Integer::intValue).toArray()));
            for (int f = e.getKey().nextSetBit(0); f >= 0; f = e.getKey().nextSetBit(f + 1)) {
                cellsOfFold.get(f).add(c);
            }
            c++;
        }
        System.out.println("# " + splitter + ": " + folds.size() + " folds, " + cellTables.size() + " cells");
    }

    @TearDown(Level.Trial)
    public void close() {
        memory.close();
    }

    @Benchmark
    public Object direct() {
        List<Object> fits = new ArrayList<>();
        for (Table train : trainingSets) {
            fits.add(MinMaxScalerKernel.fit(train, 0.0, 1.0, false));
            fits.add(SimpleImputerKernel.fit(train, ImputeStrategy.MEAN, null, false));
        }
        return fits;
    }

    @Benchmark
    public Object cells() {
        List<ColumnRanges> ranges = new ArrayList<>();
        List<ColumnSums> sums = new ArrayList<>();
        for (Table cell : cellTables) {
            ranges.add(ColumnRanges.of(cell, "MinMaxScaler"));
            sums.add(ColumnSums.of(cell));
        }
        List<Object> fits = new ArrayList<>();
        for (List<Integer> cells : cellsOfFold) {
            List<ColumnRanges> r = new ArrayList<>();
            List<ColumnSums> s = new ArrayList<>();
            for (int c : cells) {
                r.add(ranges.get(c));
                s.add(sums.get(c));
            }
            fits.add(MinMaxScalerKernel.fromRanges(ColumnRanges.union(r), 0.0, 1.0, false));
            fits.add(SimpleImputerKernel.meanFromPartitions(s));
        }
        return fits;
    }
}
