package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.encode.CategoryCounts;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.scale.FittedStandardScaler;
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
    void onlyFoldsWhoseTestSetsPartitionTheRowsAreUsed() {
        assertTrue(PlanExecutor.partitionsRows(folds(KFoldKernel.split(103, 5))));
        assertTrue(PlanExecutor.partitionsRows(folds(KFoldKernel.splitShuffled(103, 5, 3))));
        assertFalse(PlanExecutor.partitionsRows(folds(TimeSeriesSplitKernel.split(103, 5, 0, 0, 0))),
                "a time-series training set is a prefix, not the other test sets");
        assertFalse(PlanExecutor.partitionsRows(folds(ShuffleSplitKernel.split(103, 5,
                new ShuffleSplitKernel.Size.Fraction(0.2), new ShuffleSplitKernel.Size.Absent(), 0))),
                "shuffle-split test sets overlap");
        assertFalse(PlanExecutor.partitionsRows(folds(KFoldKernel.split(103, 5)).subList(0, 1)), "one fold");
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
}
