package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.cache.StoredArrays;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The preprocessing scikit-learn's histogram gradient boosting applies when some features are categorical: a
 * {@code ColumnTransformer} that ordinal-encodes the categorical features ({@code OrdinalEncoder}: codes are the
 * positions of the sorted distinct values seen in fit, a missing or unknown value becomes NaN) and puts them first,
 * followed by the numeric features unchanged. The categorical features of the output are its first
 * {@link #categoricalCount()} columns, each with codes {@code 0..categories-1}. A feature of pandas' category dtype
 * (scikit-learn's {@code "from_dtype"}) reaches it as codes into its column's categories; its categories here are the
 * observed ones, sorted (the category list is sorted, so the observed codes sort as the strings do), and they are
 * kept as strings, so that a matrix built over another category list (another fold's) is mapped by the strings.
 */
final class CategoricalEncoding {
    /** The input feature of each output column. */
    private final int[] order;
    /** The sorted distinct values of each categorical output column. */
    private final double[][] categories;
    /** For a feature of pandas' category dtype, the strings of its observed categories (else null). */
    private final String[][] levels;
    private final int inputFeatures;

    private CategoricalEncoding(int[] order, double[][] categories, String[][] levels, int inputFeatures) {
        this.order = order;
        this.categories = categories;
        this.levels = levels;
        this.inputFeatures = inputFeatures;
    }

    /**
     * Learns the categories of the flagged features of {@code x}, refusing (as scikit-learn's
     * {@code _check_categories}) a feature with more than {@code maxBins} categories, after refusing an infinite value
     * in any of them (its {@code OrdinalEncoder} encodes them all first, and refuses infinity).
     */
    static CategoricalEncoding fit(FeatureMatrix x, boolean[] categorical, int maxBins) {
        int p = x.cols();
        int[] order = new int[p];
        int k = 0;
        for (int j = 0; j < p; j++) {
            if (categorical[j]) {
                order[k++] = j;
            }
        }
        double[][] categories = new double[k][];
        String[][] levels = new String[k][];
        int next = k;
        for (int j = 0; j < p; j++) {
            if (!categorical[j]) {
                order[next++] = j;
            }
        }
        double[] values = new double[x.rows()];
        for (int c = 0; c < k; c++) {
            x.copyColumn(order[c], values);
            refuseInfinity(x, order[c], values);
        }
        for (int c = 0; c < k; c++) {
            x.copyColumn(order[c], values);
            categories[c] = distinctSorted(values);
            String[] dtypeLevels = x.categoryLevels(order[c]);
            if (dtypeLevels != null) {
                levels[c] = new String[categories[c].length];
                for (int v = 0; v < levels[c].length; v++) {
                    levels[c][v] = dtypeLevels[(int) categories[c][v]];
                }
            }
            if (categories[c].length > maxBins) {
                throw new DataException("categorical feature '" + x.featureNames().get(order[c]) + "' is expected to"
                        + " have a cardinality <= " + maxBins + " (max_bins) but actually has a cardinality of "
                        + categories[c].length + "; group its rare values, raise max_bins (at most 255) or leave it"
                        + " out of categorical_features");
            }
        }
        return new CategoricalEncoding(order, categories, levels, p);
    }

    /**
     * Refuses an infinite value of a numeric categorical feature, where scikit-learn's {@code OrdinalEncoder} (its
     * {@code check_array} that allows only NaN) raises "Input contains infinity or a value too large for
     * dtype('float64')", in fit and in predict alike.
     */
    private static void refuseInfinity(FeatureMatrix x, int feature, double[] values) {
        if (x.categoryLevels(feature) != null) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                throw new DataException("categorical feature '" + x.featureNames().get(feature) + "' has an infinite"
                        + " value (" + values[i] + " at row " + i + "): scikit-learn's OrdinalEncoder refuses it (\"Input"
                        + " contains infinity or a value too large for dtype('float64')\"); replace it, by NaN to make"
                        + " it missing, or leave the feature out of categorical_features");
            }
        }
    }

    /** The distinct non-missing values in increasing order, -0.0 counted as 0.0 (numpy's {@code unique}). */
    private static double[] distinctSorted(double[] values) {
        double[] sorted = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sorted[n++] = v == 0.0 ? 0.0 : v;
            }
        }
        Arrays.sort(sorted, 0, n);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m == 0 || sorted[i] != sorted[m - 1]) {
                sorted[m++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, m);
    }

    /** The categorical columns first (as codes), then the numeric ones. */
    FeatureMatrix apply(FeatureMatrix x) {
        if (x.cols() != inputFeatures) {
            throw new DataException("X has " + x.cols() + " features, but the model was fitted with " + inputFeatures
                    + " features");
        }
        int n = x.rows();
        double[] out = new double[Math.multiplyExact(n, order.length)];
        List<String> names = new ArrayList<>(order.length);
        double[] values = new double[n];
        for (int c = 0; c < order.length; c++) {
            names.add(x.featureNames().get(order[c]));
            x.copyColumn(order[c], values);
            int base = c * n;
            if (c < categories.length && levels[c] != null) {
                mapByStrings(x, c, values, out, base);
            } else if (c < categories.length) {
                String feature = x.featureNames().get(order[c]);
                if (x.categoryLevels(order[c]) != null) {
                    throw new DataException("column '" + feature + "' has pandas' category dtype here but had numbers"
                            + " when the model was fitted; give it the same dtype in both");
                }
                refuseInfinity(x, order[c], values);
                double[] known = categories[c];
                for (int i = 0; i < n; i++) {
                    double v = values[i];
                    int at = Double.isNaN(v) ? -1 : Arrays.binarySearch(known, v == 0.0 ? 0.0 : v);
                    out[base + i] = at < 0 ? Double.NaN : at;
                }
            } else {
                System.arraycopy(values, 0, out, base, n);
            }
        }
        return FeatureMatrix.ofColumnMajor(n, names, out);
    }

    /**
     * Output column {@code c}, a category-dtype feature: {@code values} are codes into the matrix's own category
     * list, mapped through the strings to the positions of the fitted categories (an unseen one is missing).
     */
    private void mapByStrings(FeatureMatrix x, int c, double[] values, double[] out, int base) {
        String[] own = x.categoryLevels(order[c]);
        if (own == null) {
            throw new DataException("column '" + x.featureNames().get(order[c]) + "' had pandas' category dtype when"
                    + " the model was fitted but has numbers here; give it the same dtype in both");
        }
        java.util.Map<String, Integer> fitted = new java.util.HashMap<>();
        for (int v = 0; v < levels[c].length; v++) {
            fitted.put(levels[c][v], v);
        }
        double[] remap = new double[own.length];
        for (int v = 0; v < own.length; v++) {
            Integer at = fitted.get(own[v]);
            remap[v] = at == null ? Double.NaN : at;
        }
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            out[base + i] = Double.isNaN(v) ? Double.NaN : remap[(int) v];
        }
    }

    int categoricalCount() {
        return categories.length;
    }

    /** The number of categories of each categorical output column. */
    int[] categoryCounts() {
        int[] counts = new int[categories.length];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = categories[c].length;
        }
        return counts;
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeInt(inputFeatures);
        out.writeInt(categories.length);
        for (int j : order) {
            out.writeInt(j);
        }
        for (double[] c : categories) {
            StoredArrays.writeDoubles(out, c);
        }
        for (String[] l : levels) {
            out.writeBoolean(l != null);
            if (l != null) {
                out.writeInt(l.length);
                for (String v : l) {
                    out.writeUTF(v);
                }
            }
        }
    }

    static CategoricalEncoding readFrom(DataInput in) throws IOException {
        int p = in.readInt();
        int k = in.readInt();
        if (p < 0 || k < 0 || k > p) {
            throw new IOException("bad categorical encoding header");
        }
        int[] order = new int[p];
        boolean[] seen = new boolean[p];
        for (int c = 0; c < p; c++) {
            order[c] = in.readInt();
            if (order[c] < 0 || order[c] >= p || seen[order[c]]) {
                throw new IOException("bad categorical encoding order");
            }
            seen[order[c]] = true;
        }
        double[][] categories = new double[k][];
        for (int c = 0; c < k; c++) {
            categories[c] = StoredArrays.readDoubles(in);
            if (categories[c] == null) {
                throw new IOException("missing categories of feature " + order[c]);
            }
        }
        String[][] levels = new String[k][];
        for (int c = 0; c < k; c++) {
            if (in.readBoolean()) {
                int m = in.readInt();
                if (m != categories[c].length) {
                    throw new IOException("category strings of feature " + order[c] + " do not match its codes");
                }
                levels[c] = new String[m];
                for (int v = 0; v < m; v++) {
                    levels[c][v] = in.readUTF();
                }
            }
        }
        return new CategoricalEncoding(order, categories, levels, p);
    }
}
