package io.stratum.runtime.kernels.boosting;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The categories of each column of pandas' category dtype in the frame a booster was fitted on, as the Python
 * wrappers keep them (LightGBM's {@code pandas_categorical}, XGBoost's stored categories): a feature matrix holds
 * such a column as codes into its own frame's categories, so before a prediction the codes are re-read against the
 * training categories by value. Null entries are the numeric columns.
 */
public final class TrainingCategories {
    private final String[][] levels;

    private TrainingCategories(String[][] levels) {
        this.levels = levels;
    }

    /**
     * The category columns of {@code x}, or null when it has none. A str column is refused: both wrappers refuse an
     * object column ({@code estimator}'s message says what to do).
     */
    static TrainingCategories of(FeatureMatrix x, String estimator) {
        String[][] out = null;
        for (int j = 0; j < x.cols(); j++) {
            if (x.isTextColumn(j)) {
                throw new DataException(estimator + ": column '" + x.featureNames().get(j) + "' holds str values, and"
                        + " the library's scikit-learn API takes only numbers, bools and category columns; make it a"
                        + " category column (.astype(\"category\")) or encode it");
            }
            if (x.categoryLevels(j) != null) {
                out = out == null ? new String[x.cols()][] : out;
                out[j] = x.categoryLevels(j).clone();
            }
        }
        return out == null ? null : new TrainingCategories(out);
    }

    /** Whether column {@code j} was a category column. */
    boolean isCategory(int j) {
        return levels[j] != null;
    }

    /**
     * {@code x} with each category column's codes into the training categories. A category the training frame does
     * not list becomes missing when {@code unseenIsMissing} (LightGBM), else is refused naming it (XGBoost). A column
     * whose dtype changed since the fit is refused; {@code fitted} may be null (no category column then).
     */
    static FeatureMatrix recode(TrainingCategories fitted, FeatureMatrix x, boolean unseenIsMissing, String library) {
        boolean same = true;
        for (int j = 0; j < x.cols(); j++) {
            String[] train = fitted == null ? null : fitted.levels[j];
            String[] given = x.categoryLevels(j);
            if ((train == null) != (given == null)) {
                throw new DataException("column '" + x.featureNames().get(j) + "' is " + (train == null
                        ? "a category column, but was not one" : "not a category column, but was one")
                        + " when the " + library + " model was fitted (the training and test data's categorical"
                        + " features do not match); give it the same dtype in both");
            }
            same &= train == null || Arrays.equals(train, given);
        }
        if (same) {
            return x;
        }
        int n = x.rows();
        double[] values = x.toColumnMajorArray();
        for (int j = 0; j < x.cols(); j++) {
            String[] train = fitted.levels[j];
            String[] given = x.categoryLevels(j);
            if (train == null || Arrays.equals(train, given)) {
                continue;
            }
            Map<String, Integer> position = new HashMap<>();
            for (int c = 0; c < train.length; c++) {
                position.put(train[c], c);
            }
            for (int i = 0; i < n; i++) {
                double code = values[j * n + i];
                if (Double.isNaN(code)) {
                    continue;
                }
                Integer at = position.get(given[(int) code]);
                if (at == null && !unseenIsMissing) {
                    throw new DataException("column '" + x.featureNames().get(j) + "' holds the category '"
                            + given[(int) code] + "' (row " + i + "), which the frame the " + library + " model was"
                            + " fitted on does not list (" + library + ": found a category not in the training set);"
                            + " give both frames the same categories, e.g. make the column category before splitting");
                }
                values[j * n + i] = at == null ? Double.NaN : at;
            }
        }
        return FeatureMatrix.ofColumnMajor(n, x.featureNames(), values).withCategoryLevels(fitted.levels);
    }

    void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(levels.length);
        for (String[] column : levels) {
            out.writeInt(column == null ? -1 : column.length);
            if (column != null) {
                for (String level : column) {
                    BoostingWeights.writeBytes(out, level.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
    }

    static TrainingCategories readFrom(java.io.DataInput in) throws java.io.IOException {
        String[][] levels = new String[in.readInt()][];
        for (int j = 0; j < levels.length; j++) {
            int count = in.readInt();
            if (count >= 0) {
                levels[j] = new String[count];
                for (int c = 0; c < count; c++) {
                    levels[j][c] = new String(BoostingWeights.readBytes(in), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        return new TrainingCategories(levels);
    }

    /** Writes {@code categories}, which may be null. */
    static void writeOptional(TrainingCategories categories, java.io.DataOutput out) throws java.io.IOException {
        out.writeBoolean(categories != null);
        if (categories != null) {
            categories.writeTo(out);
        }
    }

    static TrainingCategories readOptional(java.io.DataInput in) throws java.io.IOException {
        return in.readBoolean() ? readFrom(in) : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingCategories other && Arrays.deepEquals(levels, other.levels);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(levels);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(levels);
    }
}
