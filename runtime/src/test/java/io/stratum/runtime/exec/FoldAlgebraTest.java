package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.encode.CategoryCounts;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.impute.ColumnSums;
import io.stratum.runtime.kernels.impute.FillValue;
import io.stratum.runtime.kernels.impute.FittedSimpleImputer;
import io.stratum.runtime.kernels.impute.SimpleImputerKernel;
import io.stratum.runtime.kernels.scale.ColumnRanges;
import io.stratum.runtime.kernels.scale.FittedFeatureScaler;
import io.stratum.runtime.kernels.scale.FittedStandardScaler;
import io.stratum.runtime.kernels.scale.MaxAbsScalerKernel;
import io.stratum.runtime.kernels.scale.MinMaxScalerKernel;
import io.stratum.runtime.kernels.scale.ScalerMoments;
import io.stratum.runtime.kernels.scale.ScalerParams;
import io.stratum.runtime.kernels.scale.StandardScalerKernel;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.KFoldKernel;
import io.stratum.runtime.kernels.split.ShuffleSplitKernel;
import io.stratum.runtime.kernels.split.TimeSeriesSplitKernel;
import io.stratum.runtime.reference.Reference;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fold algebra for transformers: StandardScaler moments and encoder category counts computed once per partition (a
 * fold's test rows) and combined for each fold's training rows give what scikit-learn fits on those training rows
 * ({@code make_fold_algebra_reference.py}); each partition's statistics are computed once per transformer.
 */
class FoldAlgebraTest {
    /** Relative tolerance against scikit-learn: the sums are grouped by partition, not run over the rows in order. */
    private static final double RTOL = 1e-12;
    private static final int FOLDS = 5;

    private static List<Fold> kernelFolds(String splitter, int rows) {
        return splitter.equals("kfold5") ? KFoldKernel.split(rows, FOLDS) : KFoldKernel.splitShuffled(rows, FOLDS, 0);
    }

    private static List<FoldSplit> folds(List<Fold> kernelFolds) {
        List<FoldSplit> out = new ArrayList<>();
        for (Fold f : kernelFolds) {
            out.add(new FoldSplit(f.train(), f.test()));
        }
        return out;
    }

    private static void assertClose(double expected, double actual, double scale, String what) {
        double tol = RTOL * Math.max(Math.abs(expected), scale);
        assertTrue(Math.abs(expected - actual) <= tol, what + ": expected " + expected + " but was " + actual);
    }

    private static void assertScalerMatches(Map<String, String> r, FittedStandardScaler s, String what) {
        int j = s.columns().indexOf(r.get("column"));
        double mean = Reference.number(r.get("mean"));
        assertClose(mean, s.mean()[j], 0.0, what + " mean");
        // A variance is computed from squares of values of the mean's size: its rounding is relative to mean^2.
        assertClose(Reference.number(r.get("var")), s.var()[j], mean * mean, what + " var");
        assertClose(Reference.number(r.get("scale")), s.scale()[j], Math.abs(mean), what + " scale");
        assertEquals(Long.parseLong(r.get("n_samples_seen")), s.samplesSeen()[j], what + " n_samples_seen");
    }

    private static String joined(List<String> labels) {
        return String.join("|", labels);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kfold5", "kfold5_shuffled"})
    void theQuickStartsScalerAndEncoderAreFittedFromPartitionsAsScikitLearnFitsThem(String splitter) {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        ExecutionStats stats = new ExecutionStats();
        try (MemoryContext memory = MemoryContext.open()) {
            PlanExecutor before = new PlanExecutor(memory, OperatorKernels.standard(), stats);
            int rows = before.output(q.x(), LineageKey.NO_FOLD, Mode.FULL).rows();
            PlanExecutor executor = before.withFolds(folds(kernelFolds(splitter, rows)));
            assertTrue(executor.fitsFromPartitions(q.encoder()), "the encoder reads the split's rows row by row");
            assertTrue(executor.fitsFromPartitions(q.scaler()), "the scaler reads columns the encoder passes through");

            int checked = 0;
            for (Map<String, String> r : Reference.rows("fold_scaler_stats.csv")) {
                if (r.get("data").equals("seattle") && r.get("splitter").equals(splitter)) {
                    int fold = Integer.parseInt(r.get("fold"));
                    assertScalerMatches(r, (FittedStandardScaler) executor.fitted(q.scaler(), fold),
                            splitter + " fold " + fold + " " + r.get("column"));
                    checked++;
                }
            }
            for (Map<String, String> r : Reference.rows("fold_onehot_categories.csv")) {
                if (r.get("data").equals("seattle") && r.get("splitter").equals(splitter)) {
                    FittedOneHot encoder = (FittedOneHot) executor.fitted(q.encoder(), Integer.parseInt(r.get("fold")));
                    assertEquals(r.get("categories"), joined(encoder.categories().get(0).labels()));
                    checked++;
                }
            }
            assertEquals(FOLDS * 4 + FOLDS, checked);
            // Each transformer: one scan of each partition's rows, combined into five fits.
            assertEquals(2 * FOLDS, stats.count(ExecutionStats.PARTITION_STATISTICS));
            assertEquals(2 * FOLDS, stats.count("FitTransform.fit"));
            assertEquals(0, stats.countFor(q.encoder(), LineageKey.Product.OUTPUT),
                    "the scaler's statistics read the columns the encoder passes through from the encoder's input");
            assertEquals(q.assigned(), executor.statisticsSource(q.scaler()));
        }
    }

    /** Statistics of each fold's test rows of a committed table, combined for every training set as the executor does. */
    private static <T> List<List<T>> perFoldParts(List<Fold> folds, java.util.function.IntFunction<T> partition) {
        List<T> partitions = new ArrayList<>();
        for (int p = 0; p < folds.size(); p++) {
            partitions.add(partition.apply(p));
        }
        List<List<T>> out = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            List<T> parts = new ArrayList<>();
            for (int p = 0; p < folds.size(); p++) {
                if (p != f) {
                    parts.add(partitions.get(p));
                }
            }
            out.add(parts);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kfold5", "kfold5_shuffled"})
    void combinedScalerMomentsMatchScikitLearnWithMissingValuesAndHugeValues(String splitter) {
        List<String> columns = List.of("size", "level", "grade", "x1", "const");
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv")).select(columns);
            List<Fold> folds = kernelFolds(splitter, train.rowCount());
            List<List<ScalerMoments>> parts = perFoldParts(folds, p -> ScalerMoments.of(train.take(folds.get(p).test())));
            int checked = 0;
            for (Map<String, String> r : Reference.rows("fold_scaler_stats.csv")) {
                if (r.get("data").equals("small_train") && r.get("splitter").equals(splitter)) {
                    int fold = Integer.parseInt(r.get("fold"));
                    FittedStandardScaler combined = StandardScalerKernel.fromPartitions(parts.get(fold), ScalerParams.DEFAULT);
                    assertScalerMatches(r, combined, splitter + " fold " + fold + " " + r.get("column"));
                    checked++;
                }
            }
            assertEquals(FOLDS * columns.size(), checked);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kfold5", "kfold5_shuffled"})
    void combinedCategoryCountsGiveScikitLearnsCategoriesAndInfrequentGroups(String splitter) {
        List<String> columns = List.of("city", "size", "color");
        OneHotParams params = new OneHotParams(OneHotParams.HandleUnknown.INFREQUENT_IF_EXIST, OneHotParams.Drop.NONE,
                new OneHotParams.Infrequent(3, -1, -1));
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("onehot_train.csv")).select(columns);
            List<Fold> folds = kernelFolds(splitter, train.rowCount());
            List<List<List<CategoryCounts>>> parts = perFoldParts(folds, p -> {
                Table rows = train.take(folds.get(p).test());
                List<CategoryCounts> counts = new ArrayList<>();
                for (int j = 0; j < rows.columnCount(); j++) {
                    counts.add(CategoryCounts.of(rows.column(j)));
                }
                return counts;
            });
            int checked = 0;
            for (Map<String, String> r : Reference.rows("fold_onehot_categories.csv")) {
                if (r.get("data").equals("onehot_train") && r.get("splitter").equals(splitter)) {
                    int fold = Integer.parseInt(r.get("fold"));
                    int j = columns.indexOf(r.get("column"));
                    FittedOneHot combined = OneHotEncoderKernel.fromPartitions(parts.get(fold), params);
                    String what = splitter + " fold " + fold + " " + r.get("column");
                    assertEquals(r.get("categories"), joined(combined.categories().get(j).labels()), what);
                    assertEquals(r.get("infrequent"), joined(combined.infrequentCategories(j)), what + " infrequent");
                    // And the very encoder a direct fit on the training rows gives.
                    FittedOneHot direct = OneHotEncoderKernel.fit(train.take(folds.get(fold).train()), params);
                    assertEquals(direct.featureNames(), combined.featureNames(), what);
                    checked++;
                }
            }
            assertEquals(FOLDS * columns.size(), checked);
        }
    }

    @Test
    void trainingSetsAreUnionsOfCellsOfRowsWithTheSameFolds() {
        // KFold: the cells are the test sets, and a training set combines the other folds' in fold order.
        TrainingCells kfold = TrainingCells.of(folds(KFoldKernel.splitShuffled(103, 5, 3)));
        assertEquals(List.of(0, 1, 3, 4), kfold.trainingPartitions(2));
        assertEquals(0, kfold.extraPartitions());
        // TimeSeriesSplit(4) of 20 rows: rows 0-3 train every fold (a cell of its own, number 4), rows 4-7 (fold 0's
        // test set) folds 1-3, ...; rows 16-19 train none.
        TrainingCells series = TrainingCells.of(folds(TimeSeriesSplitKernel.split(20, 4, 0, 0, 0)));
        assertEquals(List.of(4), series.trainingPartitions(0));
        assertEquals(List.of(0, 1, 2, 4), series.trainingPartitions(3));
        assertEquals("[0, 1, 2, 3]", java.util.Arrays.toString(series.extraRows(4)));
        // ShuffleSplit: overlapping test sets; each training set is still exactly a union of cells.
        List<FoldSplit> shuffled = folds(ShuffleSplitKernel.split(103, 5, new ShuffleSplitKernel.Size.Fraction(0.2),
                new ShuffleSplitKernel.Size.Absent(), 0));
        TrainingCells cells = TrainingCells.of(shuffled);
        for (int f = 0; f < shuffled.size(); f++) {
            java.util.TreeSet<Integer> union = new java.util.TreeSet<>();
            for (int p : cells.trainingPartitions(f)) {
                int[] rows = p < shuffled.size() ? shuffled.get(p).test() : cells.extraRows(p);
                for (int r : rows) {
                    assertTrue(union.add(r), "cells are disjoint");
                }
            }
            assertEquals(java.util.Arrays.stream(shuffled.get(f).train()).boxed().collect(
                    java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), union, "fold " + f);
        }
        assertEquals(null, TrainingCells.of(folds(KFoldKernel.split(103, 5)).subList(0, 1)), "one fold saves nothing");
    }

    /** The row sets of every partition {@code cells} combines: a fold's test rows, or a further cell's rows. */
    private static int[] partitionRows(List<Fold> folds, TrainingCells cells, int partition) {
        return partition < folds.size() ? folds.get(partition).test() : cells.extraRows(partition);
    }

    private static List<Fold> referenceFolds(String splitter, int rows) {
        return switch (splitter) {
            case "kfold5", "kfold5_shuffled" -> kernelFolds(splitter, rows);
            case "shuffle5" -> ShuffleSplitKernel.split(rows, 5, new ShuffleSplitKernel.Size.Fraction(0.25),
                    new ShuffleSplitKernel.Size.Absent(), 0);
            case "shuffle4_partial" -> ShuffleSplitKernel.split(rows, 4, new ShuffleSplitKernel.Size.Fraction(0.2),
                    new ShuffleSplitKernel.Size.Fraction(0.5), 3);
            case "timeseries4" -> TimeSeriesSplitKernel.split(rows, 4, 0, 0, 0);
            case "timeseries3_gap" -> TimeSeriesSplitKernel.split(rows, 3, 0, 3, 1);
            default -> throw new IllegalArgumentException(splitter);
        };
    }

    /** Per fold, the statistics of the cells of its training rows, each cell's computed once, in combination order. */
    private static <T> List<List<T>> perCellParts(List<Fold> folds, java.util.function.Function<int[], T> statistics) {
        TrainingCells cells = TrainingCells.of(folds(folds));
        Map<Integer, T> computed = new java.util.HashMap<>();
        List<List<T>> out = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            List<T> parts = new ArrayList<>();
            for (int p : cells.trainingPartitions(f)) {
                parts.add(computed.computeIfAbsent(p, q -> statistics.apply(partitionRows(folds, cells, q))));
            }
            out.add(parts);
        }
        return out;
    }

    private static final String[] ALL_SPLITTERS = {"kfold5", "kfold5_shuffled", "shuffle5", "shuffle4_partial",
            "timeseries4", "timeseries3_gap"};

    private static Table numericInput(MemoryContext ctx, String data) {
        List<String> columns = data.equals("small_train") ? List.of("size", "level", "grade", "x1", "const")
                : List.of("a", "b", "c", "d");
        return CsvReader.read(ctx, Reference.input(data + ".csv")).select(columns);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kfold5", "kfold5_shuffled", "shuffle5", "shuffle4_partial", "timeseries4", "timeseries3_gap"})
    void combinedRangesGiveScikitLearnsMinMaxAndMaxAbsScalersExactly(String splitter) {
        int checked = 0;
        try (MemoryContext ctx = MemoryContext.open()) {
            for (String data : List.of("small_train", "fold_impute_train")) {
                Table train = numericInput(ctx, data);
                List<Fold> folds = referenceFolds(splitter, train.rowCount());
                List<List<ColumnRanges>> parts = perCellParts(folds, rows -> ColumnRanges.of(train.take(rows), "MinMaxScaler"));
                for (Map<String, String> r : Reference.rows("fold_minmax_stats.csv")) {
                    if (r.get("data").equals(data) && r.get("splitter").equals(splitter)) {
                        int fold = Integer.parseInt(r.get("fold"));
                        FittedFeatureScaler combined = MinMaxScalerKernel.fromRanges(ColumnRanges.union(parts.get(fold)),
                                0.0, 1.0, false);
                        int j = combined.columns().indexOf(r.get("column"));
                        String what = splitter + " fold " + fold + " " + r.get("column");
                        // Minima and maxima combine exactly: the same bits as scikit-learn.
                        assertEquals(Reference.number(r.get("scale")), combined.scale()[j], 0.0, what + " scale");
                        assertEquals(Reference.number(r.get("min")), combined.offset()[j], 0.0, what + " min");
                        FittedFeatureScaler direct = MinMaxScalerKernel.fit(train.take(folds.get(fold).train()), 0.0, 1.0, false);
                        assertEquals(direct.scale()[j], combined.scale()[j], 0.0, what + " against the direct fit");
                        assertEquals(direct.offset()[j], combined.offset()[j], 0.0, what + " against the direct fit");
                        FittedFeatureScaler maxAbs = MaxAbsScalerKernel.fromRanges(ColumnRanges.union(parts.get(fold)), false);
                        assertEquals(Reference.number(r.get("maxabs_scale")), maxAbs.scale()[j], 0.0, what + " MaxAbsScaler");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 9 * 3, "rows checked: " + checked);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kfold5", "kfold5_shuffled", "shuffle5", "shuffle4_partial", "timeseries4", "timeseries3_gap"})
    void combinedColumnSumsGiveScikitLearnsMeanImputer(String splitter) {
        int checked = 0;
        int dropped = 0;
        try (MemoryContext ctx = MemoryContext.open()) {
            for (String data : List.of("small_train", "fold_impute_train")) {
                Table train = numericInput(ctx, data);
                List<Fold> folds = referenceFolds(splitter, train.rowCount());
                List<List<ColumnSums>> parts = perCellParts(folds, rows -> ColumnSums.of(train.take(rows)));
                for (Map<String, String> r : Reference.rows("fold_imputer_stats.csv")) {
                    if (r.get("data").equals(data) && r.get("splitter").equals(splitter)) {
                        int fold = Integer.parseInt(r.get("fold"));
                        FittedSimpleImputer combined = SimpleImputerKernel.meanFromPartitions(parts.get(fold));
                        FillValue value = combined.statistics().get(combined.columns().indexOf(r.get("column")));
                        String what = splitter + " fold " + fold + " " + r.get("column");
                        if (r.get("statistic").equals("dropped")) {
                            assertTrue(value instanceof FillValue.Dropped, what + ": " + value);
                            dropped++;
                        } else {
                            double expected = Reference.number(r.get("statistic"));
                            assertClose(expected, ((FillValue.Number) value).value(), 0.0, what);
                        }
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 9 * 3, "rows checked: " + checked);
        if (splitter.equals("kfold5")) {
            assertTrue(dropped > 0, "a training set without any value of column c drops it, as scikit-learn does");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"shuffle5", "shuffle4_partial", "timeseries4", "timeseries3_gap"})
    void cellsGiveScikitLearnsScalerAndEncoderWhenTestSetsDoNotPartitionTheRows(String splitter) {
        int checked = 0;
        try (MemoryContext ctx = MemoryContext.open()) {
            Table small = numericInput(ctx, "small_train");
            List<Fold> folds = referenceFolds(splitter, small.rowCount());
            List<List<ScalerMoments>> moments = perCellParts(folds, rows -> ScalerMoments.of(small.take(rows)));
            for (Map<String, String> r : Reference.rows("fold_scaler_stats.csv")) {
                if (r.get("data").equals("small_train") && r.get("splitter").equals(splitter)) {
                    int fold = Integer.parseInt(r.get("fold"));
                    assertScalerMatches(r, StandardScalerKernel.fromPartitions(moments.get(fold), ScalerParams.DEFAULT),
                            splitter + " fold " + fold + " " + r.get("column"));
                    checked++;
                }
            }
            List<String> columns = List.of("city", "size", "color");
            OneHotParams params = new OneHotParams(OneHotParams.HandleUnknown.INFREQUENT_IF_EXIST, OneHotParams.Drop.NONE,
                    new OneHotParams.Infrequent(3, -1, -1));
            Table encoded = CsvReader.read(ctx, Reference.input("onehot_train.csv")).select(columns);
            List<Fold> encoderFolds = referenceFolds(splitter, encoded.rowCount());
            List<List<List<CategoryCounts>>> counts = perCellParts(encoderFolds, rows -> {
                Table t = encoded.take(rows);
                List<CategoryCounts> c = new ArrayList<>();
                for (int j = 0; j < t.columnCount(); j++) {
                    c.add(CategoryCounts.of(t.column(j)));
                }
                return c;
            });
            for (Map<String, String> r : Reference.rows("fold_onehot_categories.csv")) {
                if (r.get("data").equals("onehot_train") && r.get("splitter").equals(splitter)) {
                    int fold = Integer.parseInt(r.get("fold"));
                    int j = columns.indexOf(r.get("column"));
                    FittedOneHot combined = OneHotEncoderKernel.fromPartitions(counts.get(fold), params);
                    String what = splitter + " fold " + fold + " " + r.get("column");
                    assertEquals(r.get("categories"), joined(combined.categories().get(j).labels()), what);
                    assertEquals(r.get("infrequent"), joined(combined.infrequentCategories(j)), what + " infrequent");
                    checked++;
                }
            }
        }
        assertTrue(checked >= 3 * 8, "rows checked: " + checked);
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void aScalerOfEveryEncodedColumnIsFittedDirectlyWithTheSameScores(int threads) {
        // StandardScaler over the whole one-hot output reads the encoder's fold-dependent columns: no partitions.
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        FitTransform scaleAll = new FitTransform(q.encoder(), TestPlans.scaler(), null, "standard_scaler", TestPlans.line(17));
        FitPredict ridge = new FitPredict(scaleAll, q.y(), TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(19));
        SearchPlan plan = TestPlans.single(ridge, q.y(), FOLDS);
        ExecutionStats stats = SearchDriver.standard().run(plan, new SearchOptions(threads)).stats();
        assertEquals(FOLDS, stats.count(ExecutionStats.PARTITION_STATISTICS), "the encoder's only");
        assertEquals(2 * FOLDS, stats.count("FitTransform.fit"));
        assertEquals(0, stats.memory().recomputes(), "the task graph names what each fit reads");
    }

    @Test
    void partitionFitsEqualDirectFitsOnTheTrainingRowsToRounding() {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        try (MemoryContext memory = MemoryContext.open()) {
            PlanExecutor before = new PlanExecutor(memory, OperatorKernels.standard(), new ExecutionStats());
            int rows = before.output(q.x(), LineageKey.NO_FOLD, Mode.FULL).rows();
            PlanExecutor executor = before.withFolds(folds(KFoldKernel.splitShuffled(rows, FOLDS, 7)));
            for (int f = 0; f < FOLDS; f++) {
                Table train = OperatorKernels.frame(executor.output(q.encoder(), f, Mode.FIT)).select(q.scaler().columns());
                FittedStandardScaler expected = StandardScalerKernel.fit(train, ScalerParams.DEFAULT);
                FittedStandardScaler actual = (FittedStandardScaler) executor.fitted(q.scaler(), f);
                for (int j = 0; j < expected.columns().size(); j++) {
                    double m = expected.mean()[j];
                    assertClose(m, actual.mean()[j], 0.0, "fold " + f + " mean " + j);
                    assertClose(expected.var()[j], actual.var()[j], m * m, "fold " + f + " var " + j);
                    assertEquals(expected.samplesSeen()[j], actual.samplesSeen()[j]);
                }
            }
        }
    }

    /**
     * The quick start's features with a MinMaxScaler and a mean SimpleImputer on columns the encoder passes through
     * (each reads the split's rows column by column), as the executor runs them under {@code splitter}.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kfold5", "shuffle5", "timeseries4"})
    void minMaxScalerAndMeanImputerAreFittedOncePerCellAndEqualDirectFits(String splitter) {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        FitTransform minMax = new FitTransform(q.encoder(), TestPlans.estimator("sklearn.preprocessing.MinMaxScaler"),
                List.of("precipitation", "temp_min"), "min_max_scaler", TestPlans.line(17));
        FitTransform imputer = new FitTransform(minMax, TestPlans.estimator("sklearn.impute.SimpleImputer"),
                List.of("wind", "wet_wind"), "simple_imputer", TestPlans.line(18));
        FitTransform median = new FitTransform(imputer, TestPlans.estimator("sklearn.impute.SimpleImputer",
                "strategy", "median"), List.of("temp_min"), "simple_imputer", TestPlans.line(18));
        ExecutionStats stats = new ExecutionStats();
        try (MemoryContext memory = MemoryContext.open()) {
            PlanExecutor before = new PlanExecutor(memory, OperatorKernels.standard(), stats);
            int rows = before.output(q.x(), LineageKey.NO_FOLD, Mode.FULL).rows();
            List<Fold> kernelFolds = referenceFolds(splitter, rows);
            PlanExecutor executor = before.withFolds(folds(kernelFolds));
            assertTrue(executor.fitsFromPartitions(minMax) && executor.fitsFromPartitions(imputer), splitter);
            assertFalse(executor.fitsFromPartitions(median), "the median does not add up over partitions");
            java.util.Set<Integer> cells = new java.util.TreeSet<>();
            for (int f = 0; f < kernelFolds.size(); f++) {
                cells.addAll(executor.trainingPartitions(f));
                Table train = OperatorKernels.frame(executor.output(q.encoder(), f, Mode.FIT));
                FittedFeatureScaler direct = MinMaxScalerKernel.fit(train.select(minMax.columns()), 0.0, 1.0, false);
                FittedFeatureScaler shared = (FittedFeatureScaler) executor.fitted(minMax, f);
                assertEquals(java.util.Arrays.toString(direct.scale()), java.util.Arrays.toString(shared.scale()));
                assertEquals(java.util.Arrays.toString(direct.offset()), java.util.Arrays.toString(shared.offset()));
                FittedSimpleImputer directMean = SimpleImputerKernel.fit(train.select(imputer.columns()),
                        io.stratum.runtime.kernels.impute.ImputeStrategy.MEAN, null, false);
                FittedSimpleImputer sharedMean = (FittedSimpleImputer) executor.fitted(imputer, f);
                for (int j = 0; j < imputer.columns().size(); j++) {
                    assertClose(((FillValue.Number) directMean.statistics().get(j)).value(),
                            ((FillValue.Number) sharedMean.statistics().get(j)).value(), 0.0, splitter + " fold " + f);
                }
                executor.fitted(median, f);
            }
            int folds = kernelFolds.size();
            // Reuse: each of the three decomposable transformers scans each cell once and is fitted once per fold;
            // the median imputer is fitted directly, once per fold.
            assertEquals(3L * cells.size(), stats.count(ExecutionStats.PARTITION_STATISTICS), splitter + " cells " + cells);
            assertEquals(4L * folds, stats.count("FitTransform.fit"));
            assertTrue(cells.size() <= rows, "cells");
        }
    }

    /** What a selector transformer and a named one fit, per fold, on the quick start's features. */
    private static List<Object> fits(PlanExecutor executor, FitTransform t) {
        List<Object> out = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            out.add(executor.fitted(t, f));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cols", "cols_and_numeric", "numeric_rowwise"})
    void aSelectorInColsSharesPartitionStatisticsLikeNamedColumns(String which) {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        List<String> named = List.of("precipitation", "temp_min", "wind", "wet_wind");
        io.stratum.ir.value.ColumnSelector selector = switch (which) {
            case "cols" -> new io.stratum.ir.value.ColumnSelector.Cols(named);
            // Bounded by names the encoder passes through, whatever the types.
            case "cols_and_numeric" -> new io.stratum.ir.value.ColumnSelector.Combined(
                    io.stratum.ir.value.ColumnSelector.Operator.AND, new io.stratum.ir.value.ColumnSelector.Cols(
                            List.of("precipitation", "temp_min", "wind", "wet_wind")),
                    new io.stratum.ir.value.ColumnSelector.Numeric());
            default -> new io.stratum.ir.value.ColumnSelector.Numeric();
        };
        // "numeric_rowwise" reads the split's rows directly (every numeric column of the assigned frame).
        PhysicalOp input = which.equals("numeric_rowwise") ? q.assigned() : q.encoder();
        FitTransform bySelector = new FitTransform(input, TestPlans.scaler(), null, "standard_scaler",
                TestPlans.line(17), selector);
        ExecutionStats stats = new ExecutionStats();
        try (MemoryContext memory = MemoryContext.open()) {
            PlanExecutor before = new PlanExecutor(memory, OperatorKernels.standard(), stats);
            int rows = before.output(q.x(), LineageKey.NO_FOLD, Mode.FULL).rows();
            PlanExecutor executor = before.withFolds(folds(KFoldKernel.split(rows, FOLDS)));
            assertTrue(executor.fitsFromPartitions(bySelector), which);
            List<Object> shared = fits(executor, bySelector);
            for (int f = 0; f < FOLDS; f++) {
                Table train = OperatorKernels.frame(executor.output(input, f, Mode.FIT));
                List<String> columns = OperatorKernels.resolve(train, selector, TestPlans.line(17));
                FittedStandardScaler direct = StandardScalerKernel.fit(train.select(columns), ScalerParams.DEFAULT);
                FittedStandardScaler fromCells = (FittedStandardScaler) shared.get(f);
                assertEquals(direct.columns(), fromCells.columns());
                for (int j = 0; j < columns.size(); j++) {
                    assertClose(direct.mean()[j], fromCells.mean()[j], 0.0, which + " fold " + f);
                }
            }
            // One scan of each partition by the scaler (and by the encoder, when the scaler comes after it).
            assertEquals((input == q.encoder() ? 2 : 1) * FOLDS, stats.count(ExecutionStats.PARTITION_STATISTICS));
        }
    }

    @Test
    void aNamedColumnThatAnUpstreamStepMakesIsFittedDirectly() {
        // The encoder's output "weather_rain" is not among the columns it passes through: the scaler cannot take
        // its statistics from the encoder's input, so it is fitted on the encoder's output, as scikit-learn would.
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        FitTransform scaler = new FitTransform(q.encoder(), TestPlans.scaler(), List.of("weather_rain", "wind"),
                "standard_scaler", TestPlans.line(17));
        try (MemoryContext memory = MemoryContext.open()) {
            PlanExecutor before = new PlanExecutor(memory, OperatorKernels.standard(), new ExecutionStats());
            int rows = before.output(q.x(), LineageKey.NO_FOLD, Mode.FULL).rows();
            PlanExecutor executor = before.withFolds(folds(KFoldKernel.split(rows, FOLDS)));
            for (int f = 0; f < FOLDS; f++) {
                Table train = OperatorKernels.frame(executor.output(q.encoder(), f, Mode.FIT)).select(scaler.columns());
                FittedStandardScaler expected = StandardScalerKernel.fit(train, ScalerParams.DEFAULT);
                FittedStandardScaler actual = (FittedStandardScaler) executor.fitted(scaler, f);
                assertEquals(java.util.Arrays.toString(expected.mean()), java.util.Arrays.toString(actual.mean()));
            }
        }
    }
}
