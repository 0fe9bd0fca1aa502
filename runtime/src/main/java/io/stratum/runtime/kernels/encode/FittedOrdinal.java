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
 * {@code unknown_value} or an error. Infrequent categories (scikit-learn's {@code infrequent_categories_}) share the
 * code after the frequent ones, which are numbered in their sorted order.
 */
public final class FittedOrdinal implements io.stratum.runtime.cache.Persistable {
    private final List<ColumnCategories> categories;
    private final OrdinalParams params;
    /** Per column, the infrequent flag of each category (the missing value, if any, last and never infrequent). */
    private final List<boolean[]> infrequent;
    /** Per column, the code of each category: frequent ones in order, then the infrequent group's code. */
    private final List<int[]> codes;

    FittedOrdinal(List<ColumnCategories> categories, OrdinalParams params, List<boolean[]> infrequent) {
        this.categories = List.copyOf(categories);
        this.params = params;
        this.infrequent = List.copyOf(infrequent);
        this.codes = new ArrayList<>(categories.size());
        for (int j = 0; j < categories.size(); j++) {
            boolean[] rare = infrequent.get(j);
            int known = rare.length - (categories.get(j).hasMissing() ? 1 : 0);
            int frequent = 0;
            for (int k = 0; k < known; k++) {
                frequent += rare[k] ? 0 : 1;
            }
            int[] code = new int[rare.length];
            int next = 0;
            for (int k = 0; k < rare.length; k++) {
                code[k] = rare[k] ? frequent : next++;
            }
            codes.add(code);
        }
    }

    /** scikit-learn's {@code infrequent_categories_} of column {@code j}: the grouped labels, in order. */
    public List<String> infrequentCategories(int j) {
        List<String> out = new ArrayList<>();
        boolean[] rare = infrequent.get(j);
        List<String> labels = categories.get(j).labels();
        for (int k = 0; k < rare.length; k++) {
            if (rare[k]) {
                out.add(labels.get(k));
            }
        }
        return out;
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
            int[] code = this.codes.get(j);
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
                    codes[i] = code[k];
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
    public static final String PERSIST_TAG = "FittedOrdinal/2";

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeBoolean(params.useEncodedValue());
        out.writeLong(Double.doubleToRawLongBits(params.unknownValue()));
        out.writeLong(Double.doubleToRawLongBits(params.encodedMissingValue()));
        OneHotParams.Infrequent inf = params.infrequent();
        out.writeLong(inf.minCount());
        out.writeDouble(inf.minFraction());
        out.writeInt(inf.maxCategories());
        out.writeInt(categories.size());
        for (int j = 0; j < categories.size(); j++) {
            categories.get(j).writeTo(out);
            for (boolean r : infrequent.get(j)) {
                out.writeBoolean(r);
            }
        }
    }

    /** Rebuilds an encoder written by {@link #writeTo}. */
    public static FittedOrdinal readFrom(java.io.DataInput in) throws java.io.IOException {
        boolean useEncoded = in.readBoolean();
        double unknown = Double.longBitsToDouble(in.readLong());
        double missing = Double.longBitsToDouble(in.readLong());
        OneHotParams.Infrequent inf = new OneHotParams.Infrequent(in.readLong(), in.readDouble(), in.readInt());
        OrdinalParams params = new OrdinalParams(useEncoded, unknown, missing, inf);
        int k = in.readInt();
        if (k < 0) {
            throw new java.io.IOException("negative column count");
        }
        List<ColumnCategories> cats = new java.util.ArrayList<>(k);
        List<boolean[]> infrequent = new java.util.ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            ColumnCategories c = ColumnCategories.readFrom(in);
            cats.add(c);
            boolean[] rare = new boolean[c.size()];
            for (int m = 0; m < rare.length; m++) {
                rare[m] = in.readBoolean();
            }
            infrequent.add(rare);
        }
        return new FittedOrdinal(cats, params, infrequent);
    }
}
