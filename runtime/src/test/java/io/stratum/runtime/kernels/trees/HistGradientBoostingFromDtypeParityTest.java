package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.CategoryEncoding;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.SharedFeatureMatrix;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.reference.Reference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Histogram gradient boosting's default {@code categorical_features="from_dtype"} on columns of pandas' category
 * dtype against scikit-learn 1.9.1 ({@code make_hgb_from_dtype_reference.py}): the training and test frames are made
 * category separately (different category lists, categories seen only at predict time, a column missing only
 * there), so the model must map the test codes by their strings; the 5-fold scores use one category list whose
 * categories each fold observes only partly (scikit-learn encodes by the observed values).
 */
class HistGradientBoostingFromDtypeParityTest {
    private static final int CUT = 540;

    /** The frame's columns in order, the named str columns made category, the other str columns left out. */
    static Table asCategory(Table t, List<String> columns) {
        List<Column> out = new ArrayList<>();
        for (String name : List.of("color", "x0", "city", "size")) {
            if (name.equals("x0")) {
                out.add(t.column(name));
            } else if (columns.contains(name)) {
                out.add(CategoryEncoding.of((StringColumn) t.column(name)));
            }
        }
        return Table.of(out);
    }

    static FeatureMatrix matrix(Table t) {
        return SharedFeatureMatrix.of(t).forLearner(true, null);
    }

    @Test
    void categoryColumnsMatchScikitLearn() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("hgb_from_dtype_small.csv"));
            int[] train = TreeFixtures.range(0, CUT, 1);
            int[] test = TreeFixtures.range(CUT, all.rowCount(), 1);
            int cases = 0;
            for (Map<String, String> r : Reference.rows("trees_hgb_from_dtype_small.csv")) {
                TreeFixtures.Case c = TreeFixtures.Case.of(r);
                List<String> columns = List.of(r.get("columns").split("\\|"));
                HistGradientBoostingParams params = c.params().withCategoricalFeatures(CategoricalFeatures.FROM_DTYPE);
                Column target = all.column(switch (c.task()) {
                    case "regression" -> "y";
                    case "binary" -> "bin";
                    default -> "cls";
                });
                FeatureMatrix xTrain = matrix(asCategory(all.take(train), columns));
                FeatureMatrix xTest = matrix(asCategory(all.take(test), columns));
                HistGradientBoostingCategoricalParityTest.check(c, params, xTrain, target.take(train), xTest, true);
                FeatureMatrix x = matrix(asCategory(all, columns));
                HistGradientBoostingParityTest.close(TreeFixtures.numbers(r.get("cv_scores")),
                        HistGradientBoostingCategoricalParityTest.crossValidate(params, c.task(), x, target),
                        c.name() + "/" + c.task() + ": 5-fold scores");
                cases++;
            }
            assertEquals(12, cases);
        }
    }

    @Test
    void sameCodesThroughAnotherCategoryListGiveTheSamePredictions() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("hgb_from_dtype_small.csv"));
            List<String> text = List.of("color", "city", "size");
            int[] train = TreeFixtures.range(0, CUT, 1);
            HistGradientBoostingParams params = HistGradientBoostingParams.DEFAULTS.withMaxIter(10)
                    .withEarlyStopping(false);
            FittedBoosting fitted = HistGradientBoosting.fitRegressor(matrix(asCategory(all.take(train), text)),
                    all.column("y").take(train).toDoubleArray(), params, Parallel.sequential());
            // The training rows predicted through the whole frame's category list and through their own.
            double[] own = fitted.raw(matrix(asCategory(all.take(train), text)), Parallel.sequential())[0];
            double[] wide = fitted.raw(matrix(asCategory(all, text)).takeRows(train), Parallel.sequential())[0];
            assertArrayEquals(own, wide, 0.0);
        }
    }

    @Test
    void persistedModelKeepsTheCategoryStrings() throws IOException {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("hgb_from_dtype_small.csv"));
            List<String> text = List.of("color", "city", "size");
            int[] train = TreeFixtures.range(0, CUT, 1);
            int[] test = TreeFixtures.range(CUT, all.rowCount(), 1);
            FittedHistGradientBoostingRegressor fitted = FittedHistGradientBoostingRegressor.fit(
                    matrix(asCategory(all.take(train), text)), all.column("y").take(train).toDoubleArray(),
                    HistGradientBoostingParams.DEFAULTS.withMaxIter(10).withEarlyStopping(false));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fitted.writeTo(new DataOutputStream(bytes));
            FittedHistGradientBoostingRegressor back = FittedHistGradientBoostingRegressor.readFrom(
                    new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            FeatureMatrix xTest = matrix(asCategory(all.take(test), text));
            assertArrayEquals(fitted.predict(xTest), back.predict(xTest), 0.0);
        }
    }

    @Test
    void categoryColumnOutsideCategoricalFeaturesIsRefusedAsScikitLearnDoes() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("hgb_from_dtype_small.csv"));
            FeatureMatrix x = matrix(asCategory(all, List.of("color", "city")));
            double[] y = all.column("y").toDoubleArray();
            HistGradientBoostingParams base = HistGradientBoostingParams.DEFAULTS.withMaxIter(2).withEarlyStopping(false);
            for (CategoricalFeatures spec : List.of(CategoricalFeatures.NONE,
                    new CategoricalFeatures.Names(List.of("color")))) {
                DataException e = assertThrows(DataException.class, () -> HistGradientBoosting.fitRegressor(x, y,
                        base.withCategoricalFeatures(spec), Parallel.sequential()));
                assertTrue(e.getMessage().contains("'" + (spec instanceof CategoricalFeatures.None ? "color" : "city")
                        + "' has pandas' category dtype") && e.getMessage().contains("categorical_features"),
                        e.getMessage());
            }
            // Naming them all is the same model as from_dtype.
            FittedBoosting named = HistGradientBoosting.fitRegressor(x, y,
                    base.withCategoricalFeatures(new CategoricalFeatures.Indices(List.of(0L, 2L))), Parallel.sequential());
            FittedBoosting fromDtype = HistGradientBoosting.fitRegressor(x, y, base, Parallel.sequential());
            assertArrayEquals(fromDtype.raw(x, Parallel.sequential())[0], named.raw(x, Parallel.sequential())[0], 0.0);
        }
    }

    @Test
    void otherLearnersRefuseCategoryColumnsNamingTheColumn() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("hgb_from_dtype_small.csv"));
            SharedFeatureMatrix shared = SharedFeatureMatrix.of(asCategory(all, List.of("city")));
            DataException e = assertThrows(DataException.class, () -> shared.forLearner(false, "Ridge in scikit-learn"
                    + " fails converting its str categories to float"));
            assertTrue(e.getMessage().contains("column 'city' has pandas' category dtype")
                    && e.getMessage().contains("OneHotEncoder") && e.getMessage().contains("Ridge"), e.getMessage());
            assertThrows(DataException.class, () -> FeatureMatrix.fromTable(asCategory(all, List.of("city")), true));
            assertTrue(!shared.writable());
        }
    }
}
