package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.runtime.cache.CacheKey;
import io.stratum.runtime.cache.LineageCache;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.FittedClassifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every classifier (and the nearest-neighbours regressor) Stratum stores in the lineage cache comes back from it, through {@link PersistentResults}, with
 * its classes and answering the same probabilities (decision values for RidgeClassifier) and labels to the bit.
 */
class ClassifierPersistenceTest {
    private static final int ROWS = 240;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sklearn.linear_model.LogisticRegression", "sklearn.ensemble.HistGradientBoostingClassifier",
            "sklearn.ensemble.RandomForestClassifier", "lightgbm.LGBMClassifier", "xgboost.XGBClassifier",
            "sklearn.linear_model.RidgeClassifier", "sklearn.dummy.DummyClassifier",
            "sklearn.neighbors.KNeighborsClassifier"})
    void fittedClassifierComesBackFromTheCache(String estimator) throws IOException {
        Random r = new Random(5);
        double[] data = new double[ROWS * 2];
        String[] labels = new String[ROWS];
        for (int i = 0; i < ROWS; i++) {
            data[i] = r.nextGaussian();
            data[ROWS + i] = r.nextGaussian();
            double z = data[i] + 0.5 * data[ROWS + i] + 0.3 * r.nextGaussian();
            labels[i] = z > 0.6 ? "high" : z < -0.6 ? "low" : "mid";
        }
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(ROWS, List.of("a", "b"), data);
        try (MemoryContext memory = MemoryContext.open()) {
            Column y = StringColumn.of(memory, "y", labels);
            if (estimator.startsWith("xgboost.")) {
                // XGBClassifier takes only the classes 0..k-1: the labels' positions among the sorted classes.
                long[] codes = java.util.Arrays.stream(ClassLabels.of(y).encode(y)).asLongStream().toArray();
                y = Int64Column.of(memory, "y", codes);
            }
            ClassLabels classes = ClassLabels.of(y);
            EstimatorSpec spec = TestPlans.estimator(estimator);
            EstimatorKernels.Classifier kernel = (EstimatorKernels.Classifier) EstimatorKernels.standard()
                    .learner(spec, Origin.NONE);
            FittedClassifier fitted = kernel.fit(x, classes, classes.encode(y), spec);

            PersistentResults persistent = new PersistentResults(LineageCache.open(tmp, LineageCache.DEFAULT_CAPACITY));
            CacheKey key = CacheKey.builder("test").add(estimator).build();
            persistent.store(key, fitted);
            Object back = persistent.load(key, memory);
            assertNotNull(back, estimator + " was not stored or not read back");
            FittedClassifier restored = (FittedClassifier) back;
            assertEquals(fitted.getClass(), restored.getClass());
            assertArrayEquals(classes.displayNames(), restored.classes().displayNames());
            // RidgeClassifier has no probabilities (as scikit-learn's): its decision values are compared instead.
            boolean decisions = estimator.endsWith("RidgeClassifier");
            double[][] expected = decisions ? fitted.decisions(x) : fitted.probabilities(x);
            double[][] actual = decisions ? restored.decisions(x) : restored.probabilities(x);
            for (int k = 0; k < expected.length; k++) {
                assertArrayEquals(expected[k], actual[k], 0.0, estimator + " class " + k);
            }
            assertArrayEquals(fitted.predict(x), restored.predict(x));
        }
    }

    @org.junit.jupiter.api.Test
    void fittedNearestNeighboursRegressorComesBackFromTheCache() throws IOException {
        Random r = new Random(7);
        double[] data = new double[ROWS * 2];
        double[] y = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            data[i] = r.nextGaussian();
            data[ROWS + i] = Math.rint(4 * r.nextGaussian()); // repeated values: equal distances and exact matches
            y[i] = data[i] - data[ROWS + i] + r.nextGaussian();
        }
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(ROWS, List.of("a", "b"), data);
        EstimatorSpec spec = TestPlans.estimator("sklearn.neighbors.KNeighborsRegressor");
        EstimatorKernels.Learner kernel = EstimatorKernels.standard().learner(spec, Origin.NONE);
        Object fitted = kernel.fit(x, y, spec);
        try (MemoryContext memory = MemoryContext.open()) {
            PersistentResults persistent = new PersistentResults(LineageCache.open(tmp, LineageCache.DEFAULT_CAPACITY));
            CacheKey key = CacheKey.builder("test").add("knn").build();
            persistent.store(key, fitted);
            Object back = persistent.load(key, memory);
            assertNotNull(back, "KNeighborsRegressor was not stored or not read back");
            assertArrayEquals(kernel.predict(fitted, x), kernel.predict(back, x), 0.0);
        }
    }
}
