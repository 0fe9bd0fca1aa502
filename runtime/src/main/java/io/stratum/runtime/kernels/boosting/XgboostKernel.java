package io.stratum.runtime.kernels.boosting;

import io.stratum.ir.value.PyFormat;
import io.stratum.runtime.data.ScratchMemory;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.RejectedInput;
import io.stratum.runtime.kernels.classify.ClassLabels;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Fits XGBoost boosters as the {@code xgboost} package's scikit-learn estimators do: features as 32-bit floats
 * (XGBoost's own precision) with NaN as missing, the objective chosen from the estimator and the class count,
 * {@code n_estimators} rounds (100 when None); the model is kept in XGBoost's UBJSON format.
 */
public final class XgboostKernel {
    private XgboostKernel() {
    }

    /** XGBRegressor: objective {@code reg:squarederror} unless the script names another. */
    public static FittedXgboost fitRegressor(FeatureMatrix x, double[] y, XgboostParams params) {
        return fitRegressor(x, y, null, params);
    }

    /**
     * XGBRegressor fitted with {@code sample_weight} ({@code w}, or null for none): the wrapper hands the weights to
     * the training DMatrix as they are (float32), where they weigh each row's gradient and hessian and the
     * estimated {@code base_score}.
     */
    public static FittedXgboost fitRegressor(FeatureMatrix x, double[] y, double[] w, XgboostParams params) {
        float[] label = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            label[i] = (float) y[i];
        }
        TrainingCategories categories = categories("XGBRegressor", x, params);
        byte[] model = train("XGBRegressor", x, label, w, params.withObjective("reg:squarederror", 0),
                params.rounds());
        return new FittedXgboost(model, x.cols(), 1, categories);
    }

    /** XGBClassifier: {@code binary:logistic} for two classes, {@code multi:softprob} with {@code num_class} otherwise. */
    public static FittedXgboostClassifier fitClassifier(FeatureMatrix x, ClassLabels classes, int[] codes,
            XgboostParams params) {
        return fitClassifier(x, classes, codes, null, params);
    }

    /** XGBClassifier fitted with {@code sample_weight} ({@code w}, or null): the DMatrix's row weights, as above. */
    public static FittedXgboostClassifier fitClassifier(FeatureMatrix x, ClassLabels classes, int[] codes, double[] w,
            XgboostParams params) {
        String invalid = invalidClasses(classes);
        if (invalid != null) {
            throw new RejectedInput("XGBClassifier: " + invalid);
        }
        int k = classes.count();
        if (k < 2) {
            throw new DataException("XGBClassifier needs at least two classes in the training rows, got only "
                    + classes.displayName(0));
        }
        TrainingCategories categories = categories("XGBClassifier", x, params);
        float[] label = new float[codes.length];
        for (int i = 0; i < codes.length; i++) {
            label[i] = codes[i];
        }
        byte[] model = train("XGBClassifier", x, label, w,
                params.withObjective(k > 2 ? "multi:softprob" : "binary:logistic", k), params.rounds());
        return new FittedXgboostClassifier(classes, new FittedXgboost(model, x.cols(), k > 2 ? k : 1, categories));
    }

    /**
     * Why {@code XGBClassifier.fit} refuses a target with these classes, with what to do, or null when it takes them.
     * The wrapper compares {@code np.unique(y)} with {@code np.arange(k)} element by element and raises
     * {@code ValueError} unless all are equal, so it takes only the classes 0, 1, ..., k-1: ints, floats 0.0 to k-1.0
     * (a fraction is refused before, as a continuous target), or booleans, which numpy compares as 0 and 1 (False
     * alone, or False and True); strings never. It checks the rows it is fitted on, so a fold's training rows that
     * lack a class are refused too, as a search's cell.
     */
    public static String invalidClasses(ClassLabels classes) {
        int k = classes.count();
        boolean text = classes.type().isText();
        boolean range = !text;
        for (int c = 0; range && c < k; c++) {
            range = classes.numericValue(c) == c;
        }
        if (range) {
            return null;
        }
        String[] names = classes.displayNames();
        StringBuilder labels = new StringBuilder("[");
        StringBuilder map = new StringBuilder(".map({");
        for (int c = 0; c < k; c++) {
            String label = text ? PyFormat.strRepr(names[c]) : names[c];
            if (c < SHOWN_CLASSES || c == k - 1) {
                String sep = c == 0 ? "" : c == k - 1 && k > SHOWN_CLASSES + 1 ? ", ..., " : ", ";
                labels.append(sep).append(label);
                map.append(sep).append(label).append(": ").append(c);
            }
        }
        labels.append(']');
        map.append("})");
        boolean naturals = !text;
        for (int c = 0; naturals && c < k; c++) {
            naturals = classes.numericValue(c) >= 0;
        }
        String expected = k == 1 ? "0" : k == 2 ? "0 and 1" : "0 to " + (k - 1);
        return "the training rows of y have the classes " + labels + ", but xgboost's XGBClassifier takes only the"
                + " classes " + expected + " (its fit raises \"ValueError: Invalid classes inferred from unique values"
                + " of `y`\"); encode y as " + expected + " before mark_as_y, numbering the sorted classes as"
                + " scikit-learn's LabelEncoder does: " + map
                + (text ? " or .astype('category').cat.codes" : "")
                + (naturals ? " (if y has every class 0 to " + Math.round(classes.numericValue(k - 1)) + " and only"
                        + " these training rows lack some, split so that each fit sees every class)" : "");
    }

    /** How many classes a refusal lists before the last one. */
    private static final int SHOWN_CLASSES = 6;

    /**
     * The training frame's category columns; the wrapper refuses them unless {@code enable_categorical=True}, and refuses
     * str columns always.
     */
    private static TrainingCategories categories(String estimator, FeatureMatrix x, XgboostParams params) {
        TrainingCategories categories = TrainingCategories.of(x, estimator);
        if (categories != null && !params.enableCategorical()) {
            for (int j = 0; j < x.cols(); j++) {
                if (categories.isCategory(j)) {
                    throw new DataException(estimator + ": column '" + x.featureNames().get(j) + "' has pandas'"
                            + " category dtype, which xgboost refuses unless enable_categorical=True; pass"
                            + " enable_categorical=True to split on its categories, or encode it");
                }
            }
        }
        return categories;
    }

    private static byte[] train(String estimator, FeatureMatrix x, float[] label, double[] w,
            java.util.Map<String, Object> params, int rounds) {
        NativeLibraries.requireXgboost(estimator);
        DMatrix data = null;
        Booster booster = null;
        // The float32 row-major copy and XGBoost's own matrix built from it.
        try (ScratchMemory.Reservation scratch = ScratchMemory.reserve(8L * x.rows() * x.cols(),
                "XGBoost's float32 copies of X")) {
            data = matrix(x);
            data.setLabel(label);
            if (w != null) {
                data.setWeight(weights(estimator, w, label.length));
            }
            booster = XGBoost.train(data, params, rounds, java.util.Map.of(), null, null);
            return booster.toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new DataException(estimator + ": XGBoost refused the fit: " + e.getMessage(), e);
        } finally {
            if (booster != null) {
                booster.dispose();
            }
            if (data != null) {
                data.dispose();
            }
        }
    }

    /**
     * The sample weights in float32, as the wrapper's DMatrix holds them; a length other than the rows' is refused
     * with the wrapper's check.
     */
    private static float[] weights(String estimator, double[] w, int rows) {
        if (w.length != rows) {
            throw new DataException(estimator + ": X has " + rows + " rows but sample_weight has " + w.length);
        }
        float[] out = new float[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = (float) w[i];
        }
        return out;
    }

    /** Predictions of a saved model, {@code [row][output]} as 32-bit floats. */
    static float[][] predict(byte[] model, FeatureMatrix x) {
        NativeLibraries.requireXgboost("XGBoost");
        DMatrix data = null;
        Booster booster = null;
        try {
            booster = XGBoost.loadModel(model);
            if (io.stratum.runtime.kernels.parallel.CoreShare.oneCore()) {
                booster.setParam("nthread", 1); // rows are predicted independently: only the time changes
            }
            data = matrix(x);
            return booster.predict(data);
        } catch (XGBoostError | java.io.IOException e) {
            throw new DataException("XGBoost refused the prediction: " + e.getMessage(), e);
        } finally {
            if (booster != null) {
                booster.dispose();
            }
            if (data != null) {
                data.dispose();
            }
        }
    }

    /**
     * The features row-major in 32-bit floats, the representation XGBoost converts any input to; category columns
     * (codes) are typed {@code "c"}, as the wrapper types them with {@code enable_categorical=True}.
     */
    private static DMatrix matrix(FeatureMatrix x) throws XGBoostError {
        int n = x.rows();
        int p = x.cols();
        float[] rowMajor = new float[Math.multiplyExact(n, p)];
        for (int j = 0; j < p; j++) {
            double[] column = x.column(j);
            for (int i = 0; i < n; i++) {
                rowMajor[i * p + j] = (float) column[i];
            }
        }
        DMatrix matrix = new DMatrix(rowMajor, n, p, Float.NaN);
        if (x.categoryDtypes() != null) {
            String[] types = new String[p];
            for (int j = 0; j < p; j++) {
                types[j] = x.categoryLevels(j) != null ? "c" : "float";
            }
            matrix.setFeatureTypes(types);
        }
        return matrix;
    }
}
