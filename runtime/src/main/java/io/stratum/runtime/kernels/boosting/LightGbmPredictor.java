package io.stratum.runtime.kernels.boosting;

import com.microsoft.ml.lightgbm.PredictionType;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_double;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_int;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_long_long;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;
import com.microsoft.ml.lightgbm.lightgbmlib;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;

/**
 * Predicts with a LightGBM text model through the C API directly: lightgbm4j 4.3.0-1's {@code predictForMat} sizes
 * its output for at most two values per row and so overruns native memory for three or more classes.
 */
final class LightGbmPredictor {
    private LightGbmPredictor() {
    }

    /** {@code [row * outputs + output]}: the target, or each class's probability, as LightGBM lays them out. */
    static double[] predict(String model, FeatureMatrix x) {
        NativeLibraries.requireLightGbm("LightGBM");
        SWIGTYPE_p_p_void handleOut = lightgbmlib.new_voidpp();
        SWIGTYPE_p_int intOut = lightgbmlib.new_intp();
        SWIGTYPE_p_long_long lengthOut = lightgbmlib.new_int64_tp();
        SWIGTYPE_p_double input = null;
        SWIGTYPE_p_double output = null;
        SWIGTYPE_p_void booster = null;
        try {
            check(lightgbmlib.LGBM_BoosterLoadModelFromString(model, intOut, handleOut));
            booster = lightgbmlib.voidpp_value(handleOut);
            check(lightgbmlib.LGBM_BoosterGetNumClasses(booster, intOut));
            int outputs = lightgbmlib.intp_value(intOut);
            int n = x.rows();
            int p = x.cols();
            double[] columnMajor = x.toColumnMajorArray();
            input = lightgbmlib.new_doubleArray(columnMajor.length);
            for (int i = 0; i < columnMajor.length; i++) {
                lightgbmlib.doubleArray_setitem(input, i, columnMajor[i]);
            }
            long size = (long) n * outputs;
            output = lightgbmlib.new_doubleArray(size);
            // start_iteration 0, num_iteration -1 (every tree), as the Python package predicts without early stopping.
            check(lightgbmlib.LGBM_BoosterPredictForMat(booster, lightgbmlib.double_to_voidp_ptr(input),
                    lightgbmlib.C_API_DTYPE_FLOAT64, n, p, 0, PredictionType.C_API_PREDICT_NORMAL.getType(), 0, -1,
                    // rows are predicted independently: the thread count changes only the time
                    io.stratum.runtime.kernels.parallel.CoreShare.oneCore() ? "num_threads=1" : "",
                    lengthOut, output));
            long length = lightgbmlib.int64_tp_value(lengthOut);
            if (length != size) {
                throw new IllegalStateException("LightGBM returned " + length + " predictions, expected " + size);
            }
            double[] out = new double[(int) size];
            for (int i = 0; i < out.length; i++) {
                out[i] = lightgbmlib.doubleArray_getitem(output, i);
            }
            return out;
        } finally {
            if (booster != null) {
                lightgbmlib.LGBM_BoosterFree(booster);
            }
            if (input != null) {
                lightgbmlib.delete_doubleArray(input);
            }
            if (output != null) {
                lightgbmlib.delete_doubleArray(output);
            }
            lightgbmlib.delete_voidpp(handleOut);
            lightgbmlib.delete_intp(intOut);
            lightgbmlib.delete_int64_tp(lengthOut);
        }
    }

    private static void check(int status) {
        if (status < 0) {
            throw new DataException("LightGBM refused the prediction: " + lightgbmlib.LGBM_GetLastError());
        }
    }
}
