package io.stratum.runtime.kernels.encode;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable state of a fitted ordinal encoder: per column its sorted categories ({@code categories_}); a value
 * becomes its category's position as a float, a missing value {@code encoded_missing_value}, and an unseen value
 * {@code unknown_value} or an error.
 */
public final class FittedOrdinal implements io.stratum.runtime.cache.Persistable {
    private final List<ColumnCategories> categories;
    private final OrdinalParams params;

    FittedOrdinal(List<ColumnCategories> categories, OrdinalParams params) {
        this.categories = List.copyOf(categories);
        this.params = params;
    }

    /** scikit-learn's {@code categories_}: one entry per fitted column, in column order. */
    public List<ColumnCategories> categories() {
        return categories;
    }

    /** Encodes the fitted columns of {@code input}; outputs are float64 columns with the same names. */
    public Table transform(MemoryContext ctx, Table input) {
        List<Column> out = new ArrayList<>(categories.size());
        for (int j = 0; j < categories.size(); j++) {
            ColumnCategories cats = categories.get(j);
            Column c = input.column(cats.column());
            int n = c.length();
            double[] codes = new double[n];
            List<String> unknown = new ArrayList<>();
            int[] index = cats.indices(c);
            for (int i = 0; i < n; i++) {
                int k = index[i];
                if (k < 0) {
                    if (params.useEncodedValue()) {
                        codes[i] = params.unknownValue();
                    } else if (!unknown.contains(c.format(i))) {
                        unknown.add(c.format(i));
                    }
                } else if (cats.hasMissing() && k == cats.size() - 1 && c.isMissing(i)) {
                    codes[i] = params.encodedMissingValue();
                } else {
                    codes[i] = k;
                }
            }
            if (!unknown.isEmpty()) {
                throw new DataException("Found unknown categories " + unknown + " in column " + j + " ('" + c.name()
                        + "') during transform; pass handle_unknown='use_encoded_value' with an unknown_value to"
                        + " encode them");
            }
            out.add(Float64Column.of(ctx, c.name(), codes));
        }
        return out.isEmpty() ? Table.empty(input.rowCount()) : Table.of(out);
    }

    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedOrdinal/1";

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeBoolean(params.useEncodedValue());
        out.writeLong(Double.doubleToRawLongBits(params.unknownValue()));
        out.writeLong(Double.doubleToRawLongBits(params.encodedMissingValue()));
        out.writeInt(categories.size());
        for (ColumnCategories c : categories) {
            c.writeTo(out);
        }
    }

    /** Rebuilds an encoder written by {@link #writeTo}. */
    public static FittedOrdinal readFrom(java.io.DataInput in) throws java.io.IOException {
        OrdinalParams params = new OrdinalParams(in.readBoolean(), Double.longBitsToDouble(in.readLong()),
                Double.longBitsToDouble(in.readLong()));
        int k = in.readInt();
        if (k < 0) {
            throw new java.io.IOException("negative column count");
        }
        List<ColumnCategories> cats = new java.util.ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            cats.add(ColumnCategories.readFrom(in));
        }
        return new FittedOrdinal(cats, params);
    }
}
