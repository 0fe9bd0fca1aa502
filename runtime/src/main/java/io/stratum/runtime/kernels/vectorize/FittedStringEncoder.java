package io.stratum.runtime.kernels.vectorize;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.kernels.decompose.TruncatedSvdKernel;
import io.stratum.runtime.data.CsrMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A fitted {@link StringEncoderKernel}: the vectorizer, the SVD (null when skrub kept TF-IDF columns) and the scale. */
public final class FittedStringEncoder {
    private final String column;
    private final Function<String[], CsrMatrix> vectorize;
    private final TruncatedSvdKernel.Fitted svd;
    private final int width;
    private final double scale;

    FittedStringEncoder(String column, Function<String[], CsrMatrix> vectorize, TruncatedSvdKernel.Fitted svd,
                        int width, double scale) {
        this.column = column;
        this.vectorize = vectorize;
        this.svd = svd;
        this.width = width;
        this.scale = scale;
    }

    /** {@code column_00 ... column_29}: skrub pads the component number to the width of the last one. */
    public List<String> featureNames() {
        int digits = String.valueOf(width - 1).length();
        List<String> names = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            String n = String.valueOf(i);
            names.add(column + "_" + "0".repeat(digits - n.length()) + n);
        }
        return names;
    }

    /** The scale the outputs are divided by (skrub's {@code scaling_factor_}). */
    public double scalingFactor() {
        return scale;
    }

    /** The encoded column as float32-valued columns (row-major values, rows x width). */
    public double[] transformValues(Column input) {
        CsrMatrix x = vectorize.apply(StringEncoderKernel.documents(input));
        double[] out = svd != null ? svd.transform(x) : StringEncoderKernel.firstColumns(x, width);
        StringEncoderKernel.roundToFloat32(out);
        StringEncoderKernel.divide(out, scale);
        return out;
    }

    public List<Column> transform(MemoryContext memory, Column input) {
        double[] values = transformValues(input);
        int rows = input.length();
        List<String> names = featureNames();
        List<Column> out = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            double[] col = new double[rows];
            for (int i = 0; i < rows; i++) {
                col[i] = values[i * width + c];
            }
            out.add(Float64Column.of(memory, names.get(c), col));
        }
        return out;
    }
}
