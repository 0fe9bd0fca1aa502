package io.stratum.runtime.kernels.boosting;

import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.ClassWeights;

/**
 * What the LightGBM and XGBoost kernels share: class weights as sample weights, probability columns, and the
 * length-prefixed model bytes their fitted states persist.
 */
final class BoostingWeights {
    private BoostingWeights() {
    }

    /** The weight of each row from its class, as scikit-learn's {@code compute_sample_weight}; null if uniform. */
    static float[] sampleWeights(ClassWeights weights, ClassLabels classes, int[] codes) {
        return rowWeights(null, classSampleWeights(weights, classes, codes));
    }

    /** {@link #sampleWeights} in float64, as the wrappers compute them before handing them over; null if uniform. */
    static double[] classSampleWeights(ClassWeights weights, ClassLabels classes, int[] codes) {
        if (weights instanceof ClassWeights.Uniform) {
            return null;
        }
        double[] perClass = weights.perClass(classes, codes);
        double[] out = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = perClass[codes[i]];
        }
        return out;
    }

    /**
     * The float32 weights a booster's dataset gets: the sample weights times the class weights in float64 (either may
     * be null), as the Python wrappers multiply them before the library converts to float32; null when both are null.
     */
    static float[] rowWeights(double[] sample, double[] byClass) {
        if (sample == null && byClass == null) {
            return null;
        }
        int n = sample != null ? sample.length : byClass.length;
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double w = sample == null ? 1.0 : sample[i];
            out[i] = (float) (byClass == null ? w : w * byClass[i]);
        }
        return out;
    }

    /**
     * One column per class from a booster's row-major output: with two classes the output is the second class's
     * probability and the first column is {@code 1 - p}.
     */
    static double[][] probabilityColumns(double[] raw, int rows, int classes) {
        double[][] out = new double[classes][rows];
        if (classes == 2) {
            for (int i = 0; i < rows; i++) {
                out[1][i] = raw[i];
                out[0][i] = 1.0 - raw[i];
            }
            return out;
        }
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < classes; k++) {
                out[k][i] = raw[i * classes + k];
            }
        }
        return out;
    }

    static void writeBytes(java.io.DataOutput out, byte[] bytes) throws java.io.IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static byte[] readBytes(java.io.DataInput in) throws java.io.IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new java.io.IOException("bad model length " + n);
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return bytes;
    }
}
