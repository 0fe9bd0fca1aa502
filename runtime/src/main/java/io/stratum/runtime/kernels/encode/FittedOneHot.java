package io.stratum.runtime.kernels.encode;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable state of a fitted one-hot encoder: categories per input column, the dropped category of each
 * (or none), and the output feature names, {@code column_category} as scikit-learn's
 * {@code get_feature_names_out} gives them.
 */
public final class FittedOneHot implements io.stratum.runtime.cache.Persistable {
    private final List<ColumnCategories> categories;
    private final int[] dropIndex;
    private final OneHotParams params;
    private final List<String> featureNames;

    FittedOneHot(List<ColumnCategories> categories, int[] dropIndex, OneHotParams params) {
        this.categories = List.copyOf(categories);
        this.dropIndex = dropIndex.clone();
        this.params = params;
        List<String> names = new ArrayList<>();
        for (int j = 0; j < this.categories.size(); j++) {
            ColumnCategories cats = this.categories.get(j);
            List<String> labels = cats.labels();
            for (int k = 0; k < labels.size(); k++) {
                if (k != dropIndex[j]) {
                    names.add(cats.column() + "_" + labels.get(k));
                }
            }
        }
        this.featureNames = List.copyOf(names);
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

    /** The dropped category index of input column {@code j}, or -1 if none is dropped. */
    public int dropIndex(int j) {
        return dropIndex[j];
    }

    public OneHotParams params() {
        return params;
    }

    /** scikit-learn's {@code get_feature_names_out()}. */
    public List<String> featureNames() {
        return featureNames;
    }

    /** The encoded columns as a table of float64 0/1 columns named by {@link #featureNames()}. */
    public Table transform(MemoryContext ctx, Table input) {
        FeatureMatrix m = transformToMatrix(input);
        List<Column> out = new ArrayList<>(m.cols());
        for (int j = 0; j < m.cols(); j++) {
            out.add(Float64Column.of(ctx, featureNames.get(j), m.column(j)));
        }
        return out.isEmpty() ? Table.empty(input.rowCount()) : Table.of(out);
    }

    /** The encoded columns directly as a dense matrix, for a learner that follows the encoder. */
    public FeatureMatrix transformToMatrix(Table input) {
        int n = input.rowCount();
        double[] data = new double[Math.multiplyExact(n, featureNames.size())];
        int offset = 0; // first output column of the current input column
        for (int j = 0; j < categories.size(); j++) {
            ColumnCategories cats = categories.get(j);
            Column c = input.column(cats.column());
            if (c.type() != cats.type()) {
                throw new DataException("OneHotEncoder was fitted on column '" + cats.column() + "' of type "
                        + cats.type().pandasName() + " but is applied to one of type " + c.type().pandasName()
                        + "; transform data with the same columns and types as the training data");
            }
            int drop = dropIndex[j];
            for (int i = 0; i < n; i++) {
                int k = cats.indexOf(c, i);
                if (k < 0) {
                    if (params.handleUnknown() == OneHotParams.HandleUnknown.ERROR) {
                        throw new DataException("OneHotEncoder: column '" + cats.column() + "' has category '"
                                + c.format(i).replace("null", "nan") + "' at row " + i
                                + " that was not seen during fit; use handle_unknown='ignore' to encode unseen"
                                + " categories as all zeros");
                    }
                    continue;
                }
                if (k == drop) {
                    continue;
                }
                int col = offset + (drop >= 0 && k > drop ? k - 1 : k);
                data[col * n + i] = 1.0;
            }
            offset += cats.size() - (drop >= 0 ? 1 : 0);
        }
        return FeatureMatrix.ofColumnMajor(n, featureNames, data);
    }

    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedOneHot/1";

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeUTF(params.handleUnknown().name());
        out.writeUTF(params.drop().name());
        out.writeInt(categories.size());
        for (int j = 0; j < categories.size(); j++) {
            categories.get(j).writeTo(out);
            out.writeInt(dropIndex[j]);
        }
    }

    /** Rebuilds an encoder written by {@link #writeTo}. */
    public static FittedOneHot readFrom(java.io.DataInput in) throws java.io.IOException {
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
