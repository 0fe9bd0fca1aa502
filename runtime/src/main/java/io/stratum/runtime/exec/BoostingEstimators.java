package io.stratum.runtime.exec;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.boosting.FittedLightGbm;
import io.stratum.runtime.kernels.boosting.FittedXgboost;
import io.stratum.runtime.kernels.boosting.LightGbmKernel;
import io.stratum.runtime.kernels.boosting.LightGbmParams;
import io.stratum.runtime.kernels.boosting.XgboostKernel;
import io.stratum.runtime.kernels.boosting.XgboostParams;
import io.stratum.runtime.kernels.classify.ClassWeights;
import io.stratum.runtime.kernels.parallel.CoreShare;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Binds the {@code lightgbm} and {@code xgboost} scikit-learn estimators to the native boosting kernels,
 * translating their wrapper parameters to the native ones as the Python wrappers do.
 */
final class BoostingEstimators {
    private BoostingEstimators() {
    }

    static void register(EstimatorKernels kernels) {
        kernels.register("lightgbm.LGBMRegressor", new EstimatorKernels.Learner() {
            @Override
            public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                return LightGbmKernel.fitRegressor(x, y, lightGbm(spec, new ClassWeights.Uniform()));
            }

            @Override
            public Object fitWeighted(FeatureMatrix x, double[] y, double[] w, EstimatorSpec spec) {
                return LightGbmKernel.fitRegressor(x, y, w, lightGbm(spec, new ClassWeights.Uniform()));
            }

            @Override
            public double[] predict(Object fitted, FeatureMatrix x) {
                return ((FittedLightGbm) fitted).predict(x);
            }

            @Override
            public boolean acceptsMissing() {
                return true;
            }

            @Override
            public boolean acceptsCategoryColumns() {
                return true; // split on natively, as categorical_feature='auto' does; str columns refused at fit
            }
        });
        kernels.register("lightgbm.LGBMClassifier", (LightGbmClassifier) (x, classes, codes, w, spec) ->
                LightGbmKernel.fitClassifier(x, classes, codes, w,
                        lightGbm(spec, StandardEstimators.classWeights(spec.param("class_weight")))));
        kernels.register("xgboost.XGBRegressor", new EstimatorKernels.Learner() {
            @Override
            public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                return XgboostKernel.fitRegressor(x, y, xgboost(spec));
            }

            @Override
            public Object fitWeighted(FeatureMatrix x, double[] y, double[] w, EstimatorSpec spec) {
                return XgboostKernel.fitRegressor(x, y, w, xgboost(spec));
            }

            @Override
            public double[] predict(Object fitted, FeatureMatrix x) {
                return ((FittedXgboost) fitted).predictTargets(x);
            }

            @Override
            public boolean acceptsMissing() {
                return true;
            }

            @Override
            public boolean acceptsCategoryColumns(EstimatorSpec spec) {
                return enableCategorical(spec);
            }
        });
        kernels.register("xgboost.XGBClassifier", new BoostedClassifier() {
            @Override
            public io.stratum.runtime.kernels.classify.FittedClassifier fitWeighted(FeatureMatrix x,
                    io.stratum.runtime.kernels.classify.ClassLabels classes, int[] codes, double[] w, EstimatorSpec spec) {
                return XgboostKernel.fitClassifier(x, classes, codes, w, xgboost(spec));
            }

            @Override
            public boolean acceptsCategoryColumns(EstimatorSpec spec) {
                return enableCategorical(spec);
            }
        });
    }

    /** XGBoost's {@code enable_categorical=True}: category columns are categorical features. */
    private static boolean enableCategorical(EstimatorSpec spec) {
        return spec.param("enable_categorical") instanceof Const.BoolConst b && b.value();
    }

    /** A boosting classifier: like the regressors, it takes missing feature values. */
    private interface BoostedClassifier extends EstimatorKernels.WeightedClassifier {
        @Override
        default boolean acceptsMissing() {
            return true;
        }
    }

    /** LGBMClassifier: it also takes category columns, as LGBMRegressor does. */
    private interface LightGbmClassifier extends BoostedClassifier {
        @Override
        default boolean acceptsCategoryColumns() {
            return true;
        }
    }

    /** The wrapper's parameters under LightGBM's native names, as {@code LGBMModel._process_params} passes them. */
    static LightGbmParams lightGbm(EstimatorSpec spec, ClassWeights classWeights) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("boosting_type", spec.stringParam("boosting_type"));
        for (String name : new String[] {"num_leaves", "max_depth", "learning_rate", "subsample_for_bin",
                "min_split_gain", "min_child_weight", "min_child_samples", "subsample", "subsample_freq",
                "colsample_bytree", "reg_alpha", "reg_lambda", "max_bin"}) {
            p.put(name, spec.param(name).repr());
        }
        if (spec.param("random_state") instanceof Const.IntConst seed) {
            p.put("seed", Long.toString(seed.value()));
        }
        p.put("num_threads", Integer.toString(threads(spec.param("n_jobs"))));
        // Training output would interleave with Stratum's own; the wrapper's verbose only controls logging.
        p.put("verbose", "-1");
        Const objective = spec.param("objective");
        if (objective instanceof Const.StrConst custom && spec.qualifiedName().endsWith("Regressor")) {
            p.put("objective", custom.value());
        }
        return new LightGbmParams(p, (int) spec.doubleParam("n_estimators"), classWeights);
    }

    /** The parameters the script set (the wrapper drops None ones), under XGBoost's native names. */
    static XgboostParams xgboost(EstimatorSpec spec) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < spec.names().size(); i++) {
            String name = spec.names().get(i);
            Const value = spec.values().get(i);
            if (value instanceof Const.NoneConst || WRAPPER_ONLY.contains(name)) {
                continue;
            }
            String nativeName = switch (name) {
                case "learning_rate" -> "eta";
                case "reg_alpha" -> "alpha";
                case "reg_lambda" -> "lambda";
                case "random_state" -> "seed";
                case "n_jobs" -> "nthread";
                default -> name;
            };
            p.put(nativeName, switch (value) {
                case Const.IntConst n -> n.value();
                case Const.FloatConst f -> f.value();
                case Const.StrConst str -> str.value();
                case Const.BoolConst b -> b.value();
                default -> throw new DataException(spec.simpleName() + ": " + name + " must be a number or a string,"
                        + " got " + value.repr());
            });
        }
        if (!p.containsKey("nthread")) {
            p.put("nthread", threads(Const.none()));
        }
        p.putIfAbsent("verbosity", 0L);
        Const rounds = spec.param("n_estimators");
        return new XgboostParams(p, rounds instanceof Const.IntConst n ? (int) n.value() : 100,
                spec.param("enable_categorical") instanceof Const.BoolConst b && b.value());
    }

    private static final java.util.Set<String> WRAPPER_ONLY = java.util.Set.of("n_estimators", "missing",
            "importance_type", "enable_categorical", "early_stopping_rounds", "eval_metric", "validate_parameters",
            "device");

    /**
     * joblib's reading of {@code n_jobs}: None is every core, -1 too, -2 all but one. Left at None, a fit inside a
     * search cell that has one core ({@link CoreShare}: cells run side by side, or {@code --threads 1}) gets one
     * thread, as joblib's workers in a parallel scikit-learn/skrub search get OpenMP's thread count set to their
     * share of the cores: two cells each running LightGBM's two-thread team on two cores spent most of their time in
     * OpenMP barriers. A count the script wrote is kept.
     */
    static int threads(Const nJobs) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (!(nJobs instanceof Const.IntConst n)) {
            return CoreShare.oneCore() ? 1 : cores;
        }
        if (n.value() > 0) {
            return (int) n.value();
        }
        if (n.value() == 0) {
            throw new DataException("n_jobs=0 is not a number of threads; use None, a positive count or -1 (all cores)");
        }
        return Math.max(1, cores + 1 + (int) n.value());
    }
}
