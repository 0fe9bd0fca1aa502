package io.stratum.runtime.kernels.scale;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable state of a fitted standard scaler: per-feature {@code mean_}, {@code var_}, {@code scale_} and
 * {@code n_samples_seen_} as scikit-learn stores them ({@code var_} and {@code scale_} are null without
 * {@code with_std}).
 */
public final class FittedStandardScaler implements io.stratum.runtime.cache.Persistable {
    private final List<String> columns;
    private final double[] mean;
    private final double[] var;
    private final double[] scale;
    private final long[] samplesSeen;
    private final ScalerParams params;

    FittedStandardScaler(List<String> columns, double[] mean, double[] var, double[] scale, long[] samplesSeen,
                         ScalerParams params) {
        this.columns = List.copyOf(columns);
        this.mean = mean;
        this.var = var;
        this.scale = scale;
        this.samplesSeen = samplesSeen;
        this.params = params;
    }

    public List<String> columns() {
        return columns;
    }

    /** scikit-learn's {@code mean_} (computed whenever centering or scaling is on). */
    public double[] mean() {
        return mean.clone();
    }

    /** scikit-learn's {@code var_}, population variance; null without {@code with_std}. */
    public double[] var() {
        return var == null ? null : var.clone();
    }

    /** scikit-learn's {@code scale_}: the standard deviation, 1 for (near) constant features; null without std. */
    public double[] scale() {
        return scale == null ? null : scale.clone();
    }

    /** The non-missing values seen per feature. */
    public long[] samplesSeen() {
        return samplesSeen.clone();
    }

    public ScalerParams params() {
        return params;
    }

    /** Scales the fitted columns of {@code input}; output columns are float64 with the same names, NaN kept. */
    public Table transform(MemoryContext ctx, Table input) {
        List<Column> out = new ArrayList<>(columns.size());
        for (int j = 0; j < columns.size(); j++) {
            Column c = input.column(columns.get(j));
            double[] x = numeric(c);
            transformInPlace(x, j);
            out.add(Float64Column.of(ctx, c.name(), x));
        }
        return out.isEmpty() ? Table.empty(input.rowCount()) : Table.of(out);
    }

    /** Scales a matrix whose columns are the fitted features, in order. */
    public FeatureMatrix transform(FeatureMatrix input) {
        if (!input.featureNames().equals(columns)) {
            throw new DataException("StandardScaler was fitted on features " + columns + " but is applied to "
                    + input.featureNames() + "; transform data with the same columns as the training data");
        }
        double[] data = input.toColumnMajorArray();
        int n = input.rows();
        double[] x = new double[n];
        for (int j = 0; j < columns.size(); j++) {
            System.arraycopy(data, j * n, x, 0, n);
            transformInPlace(x, j);
            System.arraycopy(x, 0, data, j * n, n);
        }
        return FeatureMatrix.ofColumnMajor(n, columns, data);
    }

    private void transformInPlace(double[] x, int j) {
        if (params.withMean()) {
            double m = mean[j];
            for (int i = 0; i < x.length; i++) {
                x[i] -= m;
            }
        }
        if (params.withStd()) {
            double s = scale[j];
            for (int i = 0; i < x.length; i++) {
                x[i] /= s;
            }
        }
    }

    static double[] numeric(Column c) {
        if (!c.type().isNumeric() && c.type() != io.stratum.runtime.data.DataType.BOOL) {
            throw new DataException("StandardScaler needs numeric columns, but column '" + c.name() + "' is "
                    + c.type().pandasName() + "; encode it first or leave it out of the scaler");
        }
        return c.toDoubleArray();
    }

    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedStandardScaler/1";

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeBoolean(params.withMean());
        out.writeBoolean(params.withStd());
        out.writeInt(columns.size());
        for (String c : columns) {
            out.writeUTF(c);
        }
        io.stratum.runtime.cache.StoredArrays.writeDoubles(out, mean);
        io.stratum.runtime.cache.StoredArrays.writeDoubles(out, var);
        io.stratum.runtime.cache.StoredArrays.writeDoubles(out, scale);
        out.writeInt(samplesSeen.length);
        for (long v : samplesSeen) {
            out.writeLong(v);
        }
    }

    /** Rebuilds a scaler written by {@link #writeTo}. */
    public static FittedStandardScaler readFrom(java.io.DataInput in) throws java.io.IOException {
        ScalerParams params = new ScalerParams(in.readBoolean(), in.readBoolean());
        int k = in.readInt();
        if (k < 0) {
            throw new java.io.IOException("negative column count");
        }
        List<String> columns = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            columns.add(in.readUTF());
        }
        double[] mean = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
        double[] var = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
        double[] scale = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
        int n = in.readInt();
        if (n < 0) {
            throw new java.io.IOException("negative count");
        }
        long[] seen = new long[n];
        for (int j = 0; j < n; j++) {
            seen[j] = in.readLong();
        }
        return new FittedStandardScaler(columns, mean, var, scale, seen, params);
    }
}
