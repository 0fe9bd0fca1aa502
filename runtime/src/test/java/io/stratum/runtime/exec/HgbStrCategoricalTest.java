package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.SharedFeatureMatrix;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Histogram gradient boosting with a str column named in {@code categorical_features} (by name or index), as
 * scikit-learn 1.9 ordinal-encodes it (the training column's sorted values; an unseen value missing): predictions on
 * held-out Seattle weather rows equal scikit-learn's ({@code make_hgb_str_reference.py}), and a str column it does not
 * name is refused as scikit-learn fails on it.
 */
class HgbStrCategoricalTest {
    private static final EstimatorKernels KERNELS = EstimatorKernels.standard();
    private static final List<String> FEATURES = List.of("precipitation", "weather", "wind", "temp_min");

    private static Table rows(Table all, boolean firstThousand, boolean noSnow) {
        List<Integer> keep = new ArrayList<>();
        io.stratum.runtime.data.StringColumn weather = (io.stratum.runtime.data.StringColumn) all.column("weather");
        for (int i = 0; i < all.rowCount(); i++) {
            boolean first = i < 1000;
            if (first == firstThousand && !(noSnow && first && "snow".equals(weather.getString(i)))) {
                keep.add(i);
            }
        }
        return all.take(keep.stream().mapToInt(Integer::intValue).toArray());
    }

    private static FeatureMatrix matrix(Table t) {
        return SharedFeatureMatrix.of(t.select(FEATURES)).forLearner(true, null, true);
    }

    @Test
    void strColumnsNamedInCategoricalFeaturesGiveScikitLearnsPredictions() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table all = CsvReader.read(ctx, TestPlans.seattleWeather());
            int checked = 0;
            for (Map<String, String> r : Reference.rows("trees_hgb_str_categorical.csv")) {
                String name = r.get("case");
                Table train = rows(all, true, name.endsWith("no_snow"));
                Table test = rows(all, false, false);
                Const categorical = name.contains("index") ? new Const.ListConst(List.of(Const.of(1L)), false)
                        : Const.ofStrings(List.of("weather"));
                double[] expected = Reference.numbers(r.get("values"));
                double[] actual;
                if (name.startsWith("classifier")) {
                    EstimatorSpec spec = TestPlans.estimator("sklearn.ensemble.HistGradientBoostingClassifier",
                            "categorical_features", categorical, "max_iter", 20);
                    double[] temp = train.column("temp_max").toDoubleArray();
                    long[] hot = new long[temp.length];
                    for (int i = 0; i < hot.length; i++) {
                        hot[i] = temp[i] > 15 ? 1 : 0;
                    }
                    Column y = Int64Column.of(ctx, "hot", hot);
                    ClassLabels classes = ClassLabels.of(y);
                    EstimatorKernels.Classifier kernel = (EstimatorKernels.Classifier) KERNELS.learner(spec, Origin.NONE);
                    var fitted = kernel.fit(matrix(train), classes, classes.encode(y), spec);
                    actual = fitted.probabilities(matrix(test))[1];
                } else {
                    EstimatorSpec spec = name.contains("max_iter=30")
                            ? TestPlans.estimator("sklearn.ensemble.HistGradientBoostingRegressor",
                            "categorical_features", categorical, "max_iter", 30)
                            : TestPlans.estimator("sklearn.ensemble.HistGradientBoostingRegressor",
                            "categorical_features", categorical);
                    EstimatorKernels.Learner kernel = KERNELS.learner(spec, Origin.NONE);
                    Object fitted = kernel.fit(matrix(train), train.column("temp_max").toDoubleArray(), spec);
                    actual = kernel.predict(fitted, matrix(test));
                }
                assertEquals(expected.length, actual.length, name);
                for (int i = 0; i < expected.length; i++) {
                    double scale = Math.max(1.0, Math.abs(expected[i]));
                    assertTrue(Math.abs(expected[i] - actual[i]) <= 1e-12 * scale,
                            name + " row " + i + ": expected " + expected[i] + ", got " + actual[i]);
                }
                checked++;
            }
            assertEquals(4, checked);
        }
    }

    @Test
    void aStrColumnNotNamedIsRefusedAsScikitLearnFailsOnIt() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = rows(CsvReader.read(ctx, TestPlans.seattleWeather()), true, false);
            EstimatorSpec spec = TestPlans.estimator("sklearn.ensemble.HistGradientBoostingRegressor");
            EstimatorKernels.Learner kernel = KERNELS.learner(spec, Origin.NONE);
            DataException e = assertThrows(DataException.class,
                    () -> kernel.fit(matrix(train), train.column("temp_max").toDoubleArray(), spec));
            assertTrue(e.getMessage().contains("column 'weather' holds strings (such as 'drizzle') but is not among"
                    + " categorical_features"), e.getMessage());
            // Other learners still refuse the str column before fitting.
            DataException ridge = assertThrows(DataException.class,
                    () -> SharedFeatureMatrix.of(train.select(FEATURES)).forLearner(false, ""));
            assertTrue(ridge.getMessage().contains("column 'weather' holds strings (first value 'drizzle')"),
                    ridge.getMessage());
        }
    }
}
