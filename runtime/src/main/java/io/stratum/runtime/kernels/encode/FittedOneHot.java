package io.stratum.runtime.kernels.encode;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.CsrMatrix;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable state of a fitted one-hot encoder: categories per input column, the dropped category of each
 * (or none), the infrequent categories grouped into one output ({@code <column>_infrequent_sklearn}, last of its
 * column), and the output feature names, {@code column_category} as scikit-learn's {@code get_feature_names_out}
 * gives them.
 */
public final class FittedOneHot implements io.stratum.runtime.cache.Persistable {
    private final List<ColumnCategories> categories;
    private final int[] dropIndex;
    private final OneHotParams params;
    private final List<boolean[]> infrequent;
    /** Per input column and category, its output column within the column's block, or -1 (dropped). */
    private final int[][] slots;
    /** Per input column, the output an unseen category goes to (the infrequent one), or -1 for none. */
    private final int[] unknownSlot;
    private final int[] blockWidth;
    /** Per input column, the output of its infrequent group, or -1 for none. */
    private final int[] rareSlot;
    /**
     * Built on first request: formatting every category label costs more than the fit itself for a numeric column
     * of thousands of distinct values, and callers that only need the categories (source statistics) never ask.
     */
    private volatile List<String> featureNames;

    FittedOneHot(List<ColumnCategories> categories, int[] dropIndex, OneHotParams params) {
        this(categories, dropIndex, params, noneInfrequent(categories));
    }

    FittedOneHot(List<ColumnCategories> categories, int[] dropIndex, OneHotParams params, List<boolean[]> infrequent) {
        this.categories = List.copyOf(categories);
        this.dropIndex = dropIndex.clone();
        this.params = params;
        this.infrequent = List.copyOf(infrequent);
        int p = this.categories.size();
        this.slots = new int[p][];
        this.unknownSlot = new int[p];
        this.blockWidth = new int[p];
        this.rareSlot = new int[p];
        for (int j = 0; j < p; j++) {
            ColumnCategories cats = this.categories.get(j);
            boolean[] rare = this.infrequent.get(j);
            int m = cats.size();
            int frequent = 0;
            int[] encoded = new int[m];
            for (int k = 0; k < m; k++) {
                encoded[k] = rare[k] ? -2 : frequent++;
            }
            boolean grouped = frequent < m;
            for (int k = 0; k < m; k++) {
                if (encoded[k] == -2) {
                    encoded[k] = frequent;
                }
            }
            // scikit-learn counts drop='first'/'if_binary' after grouping: output 0 is the first frequent category
            int dropped = dropIndex[j];
            int[] slot = new int[m];
            for (int k = 0; k < m; k++) {
                slot[k] = encoded[k] == dropped ? -1 : encoded[k] - (dropped >= 0 && encoded[k] > dropped ? 1 : 0);
            }
            slots[j] = slot;
            int width = frequent + (grouped ? 1 : 0) - (dropped >= 0 ? 1 : 0);
            blockWidth[j] = width;
            int rareSlot = !grouped || frequent == dropped ? -1 : frequent - (dropped >= 0 && frequent > dropped ? 1 : 0);
            unknownSlot[j] = params.handleUnknown() == OneHotParams.HandleUnknown.INFREQUENT_IF_EXIST ? rareSlot : -1;
            this.rareSlot[j] = rareSlot;
        }
    }

    private static List<boolean[]> noneInfrequent(List<ColumnCategories> categories) {
        List<boolean[]> out = new ArrayList<>(categories.size());
        for (ColumnCategories c : categories) {
            out.add(new boolean[c.size()]);
        }
        return out;
    }

    /** The number of outputs of a column before any drop: its frequent categories plus one for the infrequent group. */
    static int width(boolean[] rare) {
        int frequent = 0;
        for (boolean r : rare) {
            frequent += r ? 0 : 1;
        }
        return frequent + (frequent < rare.length ? 1 : 0);
    }

    /** scikit-learn's {@code infrequent_categories_} of input column {@code j}: the grouped labels, in order. */
    public List<String> infrequentCategories(int j) {
        List<String> out = new ArrayList<>();
        List<String> labels = categories.get(j).labels();
        for (int k = 0; k < labels.size(); k++) {
            if (infrequent.get(j)[k]) {
                out.add(labels.get(k));
            }
        }
        return out;
    }

    /** The input columns, in fit order. */
    public List<String> inputColumns() {
        List<String> out = new ArrayList<>(categories.size());
        for (ColumnCategories c : categories) {
            out.add(c.column());
        }
        return out;
    }

    /** scikit-learn's {@code categories_}: one entry per input column. */
    public List<ColumnCategories> categories() {
        return categories;
    }

    /**
     * The dropped output of input column {@code j} counted after infrequent grouping (the category index when nothing
     * is grouped), or -1 if none is dropped.
     */
    public int dropIndex(int j) {
        return dropIndex[j];
    }

    public OneHotParams params() {
        return params;
    }

    /** scikit-learn's {@code get_feature_names_out()}. */
    public List<String> featureNames() {
        List<String> names = featureNames;
        if (names == null) {
            List<String> out = new ArrayList<>();
            for (int j = 0; j < categories.size(); j++) {
                ColumnCategories cats = categories.get(j);
                boolean[] rare = infrequent.get(j);
                List<String> labels = cats.labels();
                for (int k = 0; k < labels.size(); k++) {
                    if (!rare[k] && slots[j][k] >= 0) {
                        out.add(cats.column() + "_" + labels.get(k));
                    }
                }
                if (rareSlot[j] >= 0) {
                    out.add(cats.column() + "_infrequent_sklearn");
                }
            }
            names = List.copyOf(out);
            featureNames = names;
        }
        return names;
    }

    /**
     * The encoded columns as a table of float64 0/1 columns named by {@link #featureNames()}. Each output column is
     * built from the list of rows where it is 1 (Arrow hands out zeroed buffers), so no dense rows x features
     * array is formed on the way.
     */
    public Table transform(MemoryContext ctx, Table input) {
        int n = input.rowCount();
        int width = featureNames().size();
        if (width == 0) {
            return Table.empty(n);
        }
        // Counting sort of (row, output column) pairs by column: rows stay increasing within each column.
        int[][] hot = new int[categories.size()][];
        int[] start = new int[width + 1];
        int offset = 0;
        for (int j = 0; j < categories.size(); j++) {
            hot[j] = hotColumns(input, j, offset);
            for (int col : hot[j]) {
                if (col >= 0) {
                    start[col + 1]++;
                }
            }
            offset += blockWidth[j];
        }
        for (int col = 0; col < width; col++) {
            start[col + 1] += start[col];
        }
        int[] rows = new int[start[width]];
        int[] fill = start.clone();
        for (int[] columnOfRow : hot) {
            for (int i = 0; i < n; i++) {
                int col = columnOfRow[i];
                if (col >= 0) {
                    rows[fill[col]++] = i;
                }
            }
        }
        List<Column> out = new ArrayList<>(width);
        for (int col = 0; col < width; col++) {
            out.add(Float64Column.indicator(ctx, featureNames().get(col), n, rows, start[col], start[col + 1]));
        }
        return Table.of(out);
    }

    /** The encoded columns directly as a dense matrix, for a learner that follows the encoder. */
    public FeatureMatrix transformToMatrix(Table input) {
        int n = input.rowCount();
        double[] data = new double[Math.multiplyExact(n, featureNames().size())];
        int offset = 0;
        for (int j = 0; j < categories.size(); j++) {
            int[] columnOfRow = hotColumns(input, j, offset);
            for (int i = 0; i < n; i++) {
                int col = columnOfRow[i];
                if (col >= 0) {
                    data[col * n + i] = 1.0;
                }
            }
            offset += blockWidth[j];
        }
        return FeatureMatrix.ofColumnMajor(n, featureNames(), data);
    }

    /**
     * The encoded columns as a sparse matrix (scikit-learn's {@code sparse_output=True} layout): row i holds a 1 in
     * each output column its categories set, at most one per input column, so the matrix has at most
     * {@code rows x input columns} entries however many categories there are. Same values as {@link #transform}.
     */
    public CsrMatrix transformToCsr(Table input) {
        int n = input.rowCount();
        int width = featureNames().size();
        int[][] hot = new int[categories.size()][];
        int offset = 0;
        int[] indptr = new int[n + 1];
        for (int j = 0; j < categories.size(); j++) {
            hot[j] = hotColumns(input, j, offset);
            for (int i = 0; i < n; i++) {
                if (hot[j][i] >= 0) {
                    indptr[i + 1]++;
                }
            }
            offset += blockWidth[j];
        }
        for (int i = 0; i < n; i++) {
            indptr[i + 1] += indptr[i];
        }
        int[] indices = new int[indptr[n]];
        int[] fill = java.util.Arrays.copyOf(indptr, n);
        // Input columns in order: their output blocks are in increasing order, so each row's indices are sorted.
        for (int[] columnOfRow : hot) {
            for (int i = 0; i < n; i++) {
                int col = columnOfRow[i];
                if (col >= 0) {
                    indices[fill[i]++] = col;
                }
            }
        }
        double[] ones = new double[indices.length];
        java.util.Arrays.fill(ones, 1.0);
        return new CsrMatrix(n, width, indptr, indices, ones);
    }

    /**
     * For each row, the output column that input column {@code j} sets to 1 (its first output column is
     * {@code offset}), or -1 when it sets none (an ignored unknown category, or the dropped one).
     */
    private int[] hotColumns(Table input, int j, int offset) {
        int n = input.rowCount();
        ColumnCategories cats = categories.get(j);
        Column c = input.column(cats.column());
        if ((c.type() == DataType.CATEGORY ? DataType.STRING : c.type()) != cats.type()) {
            throw new DataException("OneHotEncoder was fitted on column '" + cats.column() + "' of type "
                    + cats.type().pandasName() + " but is applied to one of type " + c.type().pandasName()
                    + "; transform data with the same columns and types as the training data");
        }
        int[] slot = slots[j];
        int[] out = new int[n];
        int[] index = cats.indices(c);
        for (int i = 0; i < n; i++) {
            int k = index[i];
            int col;
            if (k < 0) {
                if (params.handleUnknown() == OneHotParams.HandleUnknown.ERROR) {
                    throw new DataException("OneHotEncoder: column '" + cats.column() + "' has category '"
                            + c.format(i).replace("null", "nan") + "' at row " + i
                            + " that was not seen during fit; use handle_unknown='ignore' to encode unseen"
                            + " categories as all zeros");
                }
                col = unknownSlot[j];
            } else {
                col = slot[k];
            }
            out[i] = col >= 0 ? offset + col : -1;
        }
        return out;
    }

    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedOneHot/2";

    /** The tag of entries written before infrequent categories were stored; they have none. */
    public static final String PERSIST_TAG_V1 = "FittedOneHot/1";

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeUTF(params.handleUnknown().name());
        out.writeUTF(params.drop().name());
        OneHotParams.Infrequent inf = params.infrequent();
        out.writeLong(inf.minCount());
        out.writeLong(Double.doubleToRawLongBits(inf.minFraction()));
        out.writeInt(inf.maxCategories());
        out.writeInt(categories.size());
        for (int j = 0; j < categories.size(); j++) {
            categories.get(j).writeTo(out);
            out.writeInt(dropIndex[j]);
            boolean[] rare = infrequent.get(j);
            out.writeInt(rare.length);
            for (boolean r : rare) {
                out.writeBoolean(r);
            }
        }
    }

    /** Rebuilds an encoder written by {@link #writeTo}. */
    public static FittedOneHot readFrom(java.io.DataInput in) throws java.io.IOException {
        OneHotParams.HandleUnknown handleUnknown = OneHotParams.HandleUnknown.valueOf(in.readUTF());
        OneHotParams.Drop drop = OneHotParams.Drop.valueOf(in.readUTF());
        OneHotParams params = new OneHotParams(handleUnknown, drop, new OneHotParams.Infrequent(in.readLong(),
                Double.longBitsToDouble(in.readLong()), in.readInt()));
        int k = in.readInt();
        if (k < 0) {
            throw new java.io.IOException("negative column count");
        }
        List<ColumnCategories> cats = new ArrayList<>(k);
        int[] dropIndex = new int[k];
        List<boolean[]> rare = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            cats.add(ColumnCategories.readFrom(in));
            dropIndex[j] = in.readInt();
            int m = in.readInt();
            if (m != cats.get(j).size()) {
                throw new java.io.IOException("infrequent mask of " + m + " categories for " + cats.get(j).size());
            }
            boolean[] mask = new boolean[m];
            for (int c = 0; c < m; c++) {
                mask[c] = in.readBoolean();
            }
            rare.add(mask);
        }
        return new FittedOneHot(cats, dropIndex, params, rare);
    }

    /** Rebuilds an encoder stored under {@link #PERSIST_TAG_V1} (no infrequent categories). */
    public static FittedOneHot readFromV1(java.io.DataInput in) throws java.io.IOException {
        OneHotParams params = new OneHotParams(OneHotParams.HandleUnknown.valueOf(in.readUTF()),
                OneHotParams.Drop.valueOf(in.readUTF()));
        int k = in.readInt();
        if (k < 0) {
            throw new java.io.IOException("negative column count");
        }
        List<ColumnCategories> cats = new ArrayList<>(k);
        int[] drop = new int[k];
        for (int j = 0; j < k; j++) {
            cats.add(ColumnCategories.readFrom(in));
            drop[j] = in.readInt();
        }
        return new FittedOneHot(cats, drop, params);
    }
}
