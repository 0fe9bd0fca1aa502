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
                loadLightGbmPrivately();
                lightGbmLoaded = true;
            } catch (java.io.IOException | LinkageError e) {
                throw unavailable(estimator, "LightGBM", "lightgbm4j", e);
            }
        }
    }

    /**
     * lightgbm4j extracts its libraries to {@code java.io.tmpdir} under fixed names ({@code lib_lightgbm.so}), so a
     * second process starting LightGBM rewrites the file a first one has mapped, which then dies of SIGBUS (seen when
     * several test JVMs ran at once). Each process extracts into a directory of its own instead: the property points
     * there while the library loads, and the files are deleted when the process exits.
     */
    private static void loadLightGbmPrivately() throws java.io.IOException {
        String shared = System.getProperty("java.io.tmpdir");
        java.nio.file.Path own = java.nio.file.Files.createTempDirectory("stratum-lightgbm-");
        own.toFile().deleteOnExit();
        System.setProperty("java.io.tmpdir", own.toString());
        try {
            LGBMBooster.loadNative();
        } finally {
            System.setProperty("java.io.tmpdir", shared);
            try (var files = java.nio.file.Files.list(own)) {
                files.forEach(f -> f.toFile().deleteOnExit());
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
