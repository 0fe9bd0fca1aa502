package io.stratum.runtime.kernels.scale;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable state of a fitted per-feature scaler of the form {@code ((x - center) / divisor) * multiplier +
 * offset}, optionally clipped: MinMaxScaler ({@code x * scale_ + min_}), MaxAbsScaler ({@code x / scale_}) and
 * RobustScaler ({@code (x - center_) / scale_}). Absent terms are skipped rather than applied as 0 or 1, so every
 * output is computed with the same floating-point operations scikit-learn performs. NaN stays NaN.
 */
public final class FittedFeatureScaler implements io.stratum.runtime.cache.Persistable {
    private final String estimator;
    private final List<String> columns;
    private final double[] center;
    private final double[] divisor;
    private final double[] multiplier;
    private final double[] offset;
    private final double clipLow;
    private final double clipHigh;

    FittedFeatureScaler(String estimator, List<String> columns, double[] center, double[] divisor, double[] multiplier,
                        double[] offset, double clipLow, double clipHigh) {
        this.estimator = estimator;
        this.columns = List.copyOf(columns);
        this.center = center;
        this.divisor = divisor;
        this.multiplier = multiplier;
        this.offset = offset;
        this.clipLow = clipLow;
        this.clipHigh = clipHigh;
    }

    public List<String> columns() {
        return columns;
    }

    /** scikit-learn's {@code center_} (RobustScaler), or null. */
    public double[] center() {
        return center == null ? null : center.clone();
    }

    /** The per-feature factor: {@code scale_} of MinMaxScaler (a multiplier) or of MaxAbs/RobustScaler (a divisor). */
    public double[] scale() {
        double[] s = multiplier != null ? multiplier : divisor;
        return s == null ? null : s.clone();
    }

    /** MinMaxScaler's {@code min_}, or null. */
    public double[] offset() {
        return offset == null ? null : offset.clone();
    }

    /** Scales the fitted columns of {@code input}; outputs are float64 columns with the same names. */
    public Table transform(MemoryContext ctx, Table input) {
        List<Column> out = new ArrayList<>(columns.size());
        for (int j = 0; j < columns.size(); j++) {
            Column c = input.column(columns.get(j));
            double[] x = numeric(estimator, c);
            if (center != null) {
                double m = center[j];
                for (int i = 0; i < x.length; i++) {
                    x[i] -= m;
                }
            }
            if (divisor != null) {
                double d = divisor[j];
                for (int i = 0; i < x.length; i++) {
                    x[i] /= d;
                }
            }
            if (multiplier != null) {
                double f = multiplier[j];
                for (int i = 0; i < x.length; i++) {
                    x[i] *= f;
                }
            }
            if (offset != null) {
                double a = offset[j];
                for (int i = 0; i < x.length; i++) {
                    x[i] += a;
                }
            }
            if (clipLow <= clipHigh) {
                for (int i = 0; i < x.length; i++) {
                    // NaN compares false both ways and so stays NaN, as np.clip keeps it.
                    if (x[i] < clipLow) {
                        x[i] = clipLow;
                    } else if (x[i] > clipHigh) {
                        x[i] = clipHigh;
                    }
                }
            }
            out.add(Float64Column.of(ctx, c.name(), x));
        }
        return out.isEmpty() ? Table.empty(input.rowCount()) : Table.of(out);
    }

    /** The values of a numeric or boolean column as doubles; strings are refused naming the estimator. */
    static double[] numeric(String estimator, Column c) {
        if (!c.type().isNumeric() && c.type() != DataType.BOOL) {
            throw new DataException(estimator + " needs numeric columns, but column '" + c.name() + "' is "
                    + c.type().pandasName() + "; encode it first or leave it out of the scaler");
        }
        return c.toDoubleArray();
    }

    /**
     * scikit-learn's {@code _handle_zeros_in_scale} for arrays: a scale below ten machine epsilons means a (near)
     * constant feature, which is left unscaled (scale 1) instead of blown up.
     */
    static double handleZero(double scale) {
        return scale < 10 * Math.ulp(1.0) ? 1.0 : scale;
    }

    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedFeatureScaler/1";

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeUTF(estimator);
        out.writeInt(columns.size());
        for (String c : columns) {
            out.writeUTF(c);
        }
        io.stratum.runtime.cache.StoredArrays.writeDoubles(out, center);
        io.stratum.runtime.cache.StoredArrays.writeDoubles(out, divisor);
        io.stratum.runtime.cache.StoredArrays.writeDoubles(out, multiplier);
        io.stratum.runtime.cache.StoredArrays.writeDoubles(out, offset);
        out.writeLong(Double.doubleToRawLongBits(clipLow));
        out.writeLong(Double.doubleToRawLongBits(clipHigh));
    }

    /** Rebuilds a scaler written by {@link #writeTo}. */
    public static FittedFeatureScaler readFrom(java.io.DataInput in) throws java.io.IOException {
        String estimator = in.readUTF();
        int k = in.readInt();
        if (k < 0) {
            throw new java.io.IOException("negative column count");
        }
        List<String> columns = new java.util.ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            columns.add(in.readUTF());
        }
        double[] center = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
        double[] divisor = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
        double[] multiplier = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
        double[] offset = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
        double low = Double.longBitsToDouble(in.readLong());
        double high = Double.longBitsToDouble(in.readLong());
        return new FittedFeatureScaler(estimator, columns, center, divisor, multiplier, offset, low, high);
    }
}
