package io.stratum.runtime.kernels.boosting;

import io.github.metarank.lightgbm4j.LGBMBooster;
import io.stratum.runtime.data.DataException;
import java.util.Locale;

/**
 * Loads the LightGBM and XGBoost native libraries that their Maven artifacts bundle, once per process, turning a
 * machine they do not support into a message that says so instead of a linkage stack trace.
 */
final class NativeLibraries {
    private static volatile boolean lightGbmLoaded;
    private static volatile boolean xgboostLoaded;

    private NativeLibraries() {
    }

    /** Makes sure LightGBM's library is loaded; the estimator name goes into the error. */
    static void requireLightGbm(String estimator) {
        if (lightGbmLoaded) {
            return;
        }
        synchronized (NativeLibraries.class) {
            if (lightGbmLoaded) {
                return;
            }
            try {
                LGBMBooster.loadNative();
                lightGbmLoaded = true;
            } catch (java.io.IOException | LinkageError e) {
                throw unavailable(estimator, "LightGBM", "lightgbm4j", e);
            }
        }
    }

    /** Makes sure XGBoost's library is loaded; the estimator name goes into the error. */
    static void requireXgboost(String estimator) {
        if (xgboostLoaded) {
            return;
        }
        synchronized (NativeLibraries.class) {
            if (xgboostLoaded) {
                return;
            }
            try {
                // Any call into the native API loads the library; this one has no side effect.
                ml.dmlc.xgboost4j.java.XGBoost.class.getName();
                try (var ignored = new ProbeMatrix()) {
                    xgboostLoaded = true;
                }
            } catch (ml.dmlc.xgboost4j.java.XGBoostError | LinkageError e) {
                throw unavailable(estimator, "XGBoost", "xgboost4j", e);
            }
        }
    }

    private static DataException unavailable(String estimator, String library, String artifact, Throwable e) {
        String platform = System.getProperty("os.name") + "/" + System.getProperty("os.arch");
        return new DataException(estimator + " needs the " + library + " native library, which could not be loaded on"
                + " this machine (" + platform + "): " + e.getMessage() + ". The " + artifact + " jar ships it for"
                + " Linux, macOS and Windows on x86_64 (Linux and macOS also aarch64)"
                + (platform.toLowerCase(Locale.ROOT).contains("linux") ? " and it needs the OpenMP runtime"
                        + " (libgomp1 on Debian/Ubuntu)" : "")
                + "; use another learner, such as HistGradientBoostingRegressor/Classifier, on other machines", e);
    }

    /** A one-row matrix whose creation forces XGBoost's library to load. */
    private static final class ProbeMatrix implements AutoCloseable {
        private final ml.dmlc.xgboost4j.java.DMatrix matrix;

        ProbeMatrix() throws ml.dmlc.xgboost4j.java.XGBoostError {
            matrix = new ml.dmlc.xgboost4j.java.DMatrix(new float[] {0f}, 1, 1, Float.NaN);
        }

        @Override
        public void close() {
            matrix.dispose();
        }
    }
}
