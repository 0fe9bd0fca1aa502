package io.stratum.runtime.exec;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.ClassWeights;
import io.stratum.runtime.kernels.classify.FittedClassifier;
import io.stratum.runtime.kernels.forest.FittedRandomForestClassifier;
import io.stratum.runtime.kernels.forest.FittedRandomForestRegressor;
import io.stratum.runtime.kernels.forest.ForestParams;
import io.stratum.runtime.kernels.trees.CategoricalFeatures;
import io.stratum.runtime.kernels.trees.FittedHistGradientBoostingClassifier;
import io.stratum.runtime.kernels.trees.FittedHistGradientBoostingRegressor;
import io.stratum.runtime.kernels.trees.HistGradientBoostingParams;

/** Binds scikit-learn's tree ensembles to Stratum's own tree kernels (issue 7, trees). */
final class TreeEstimators {
    private TreeEstimators() {
    }

    static void register(EstimatorKernels kernels) {
        kernels.register("sklearn.ensemble.HistGradientBoostingRegressor", new EstimatorKernels.Learner() {
            @Override
            public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                return FittedHistGradientBoostingRegressor.fit(x, y, histGradientBoosting(spec));
            }

            @Override
            public Object fitWeighted(FeatureMatrix x, double[] y, double[] w, EstimatorSpec spec) {
                return FittedHistGradientBoostingRegressor.fit(x, y, w, histGradientBoosting(spec));
            }

            @Override
            public double[] predict(Object fitted, FeatureMatrix x) {
                return ((FittedHistGradientBoostingRegressor) fitted).predict(x);
            }

            @Override
            public boolean acceptsMissing() {
                return true;
            }

            @Override
            public boolean acceptsCategoryColumns() {
                return true;
            }
        });
        kernels.register("sklearn.ensemble.HistGradientBoostingClassifier", new EstimatorKernels.WeightedClassifier() {
            @Override
            public FittedClassifier fitWeighted(FeatureMatrix x, ClassLabels classes, int[] codes, double[] w,
                                                EstimatorSpec spec) {
                return FittedHistGradientBoostingClassifier.fit(x, classes, codes,
                        histGradientBoostingClassWeights(spec, classes, codes), w, histGradientBoosting(spec));
            }

            @Override
            public boolean acceptsMissing() {
                return true;
            }

            @Override
            public boolean acceptsCategoryColumns() {
                return true;
            }
        });
        registerForests(kernels);
    }

    private static void registerForests(EstimatorKernels kernels) {
        kernels.register("sklearn.ensemble.RandomForestRegressor", new EstimatorKernels.Learner() {
            @Override
            public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                return FittedRandomForestRegressor.fit(x, y, randomForest(spec, x.rows()));
            }

            @Override
            public Object fitWeighted(FeatureMatrix x, double[] y, double[] w, EstimatorSpec spec) {
                return FittedRandomForestRegressor.fit(x, y, randomForest(spec, x.rows()), w);
            }

            @Override
            public double[] predict(Object fitted, FeatureMatrix x) {
                return ((FittedRandomForestRegressor) fitted).predict(x);
            }

            /** scikit-learn 1.9's forests route NaN with every criterion Stratum runs. */
            @Override
            public boolean acceptsMissing() {
                return true;
            }
        });
        kernels.register("sklearn.ensemble.RandomForestClassifier", new EstimatorKernels.WeightedClassifier() {
            @Override
            public FittedClassifier fitWeighted(FeatureMatrix x, ClassLabels classes, int[] codes, double[] w,
                                                EstimatorSpec spec) {
                return FittedRandomForestClassifier.fit(x, classes, codes, randomForest(spec, x.rows()), w);
            }

            @Override
            public boolean acceptsMissing() {
                return true;
            }
        });
    }

    /**
     * A forest's parameters for a fit on {@code rows} rows, with scikit-learn's checks of the values whose type the
     * catalog leaves open (counts or fractions).
     */
    static ForestParams randomForest(EstimatorSpec spec, int rows) {
        String name = spec.simpleName();
        Number split = countOrFraction(spec, "min_samples_split", 2, true);
        Number leaf = countOrFraction(spec, "min_samples_leaf", 1, false);
        double weightFraction = spec.doubleParam("min_weight_fraction_leaf");
        if (weightFraction > 0.5) {
            throw new DataException(name + ": min_weight_fraction_leaf must be in [0.0, 0.5], got " + weightFraction);
        }
        Object maxFeatures = switch (spec.param("max_features")) {
            case Const.NoneConst n -> null;
            case Const.StrConst s when s.value().equals("sqrt") || s.value().equals("log2") -> s.value();
            case Const.IntConst i when i.value() >= 1 -> i.value();
            case Const.FloatConst f when f.value() > 0 && f.value() <= 1 -> f.value();
            default -> throw new DataException(name + ": max_features must be 'sqrt', 'log2', None, an int >= 1 or a "
                    + "float in (0.0, 1.0], got " + spec.param("max_features").repr());
        };
        boolean bootstrap = spec.boolParam("bootstrap");
        Number maxSamples = switch (spec.param("max_samples")) {
            case Const.NoneConst n -> null;
            case Const.IntConst i when i.value() >= 1 -> {
                if (i.value() > rows) {
                    throw new DataException(name + ": max_samples=" + i.value() + " is more than the " + rows
                            + " training rows; pass at most " + rows + " or a fraction such as 0.5");
                }
                yield i.value();
            }
            case Const.FloatConst f when f.value() > 0 && f.value() <= 1 -> f.value();
            default -> throw new DataException(name + ": max_samples must be None, an int >= 1 or a float in "
                    + "(0.0, 1.0], got " + spec.param("max_samples").repr());
        };
        if (!bootstrap && maxSamples != null) {
            throw new DataException(name + ": max_samples cannot be set when bootstrap=False; "
                    + "set bootstrap=True or leave max_samples=None");
        }
        io.stratum.runtime.kernels.forest.OutOfBag.Scoring oob = switch (spec.param("oob_score")) {
            case Const.BoolConst b when !b.value() -> null;
            case Const.BoolConst b -> new io.stratum.runtime.kernels.forest.OutOfBag.DefaultScoring();
            default -> throw new DataException(name + ": oob_score must be True or False in a script, got "
                    + spec.param("oob_score").repr() + " (scikit-learn also takes a callable scorer(y, oob_predictions),"
                    + " which Stratum's Java API takes: ForestParams.withOobScore)");
        };
        if (oob != null && !bootstrap) {
            throw new DataException(name + ": Out of bag estimation only available if bootstrap=True (scikit-learn's"
                    + " words); set bootstrap=True or oob_score=False");
        }
        int maxDepth = spec.param("max_depth") instanceof Const.IntConst i ? (int) i.value() : 0;
        int maxLeafNodes = spec.param("max_leaf_nodes") instanceof Const.IntConst i ? (int) i.value() : 0;
        ClassWeights classWeight = new ClassWeights.Uniform();
        boolean subsample = false;
        if (spec.names().contains("class_weight")) {
            Const weights = spec.param("class_weight");
            subsample = weights instanceof Const.StrConst str && str.value().equals("balanced_subsample");
            classWeight = subsample ? new ClassWeights.Balanced() : StandardEstimators.classWeights(weights);
        }
        return new ForestParams((int) spec.doubleParam("n_estimators"), maxDepth, split, leaf, weightFraction,
                maxFeatures, spec.doubleParam("min_impurity_decrease"), bootstrap, randomState(spec), maxSamples,
                maxLeafNodes, classWeight, subsample, spec.param("criterion") instanceof Const.StrConst c ? c.value() : null,
                oob);
    }

    /** An int count of at least {@code min}, or a float fraction in (0, 1] ({@code closed}) or (0, 1). */
    private static Number countOrFraction(EstimatorSpec spec, String param, int min, boolean closed) {
        return switch (spec.param(param)) {
            case Const.IntConst i when i.value() >= min -> i.value();
            case Const.FloatConst f when f.value() > 0 && (closed ? f.value() <= 1 : f.value() < 1) -> f.value();
            default -> throw new DataException(spec.simpleName() + ": " + param + " must be an int >= " + min
                    + " or a float in (0.0, 1.0" + (closed ? "]" : ")") + ", got " + spec.param(param).repr());
        };
    }

    private static Long randomState(EstimatorSpec spec) {
        return switch (spec.param("random_state")) {
            case Const.NoneConst n -> null;
            case Const.IntConst i when i.value() >= 0 && i.value() <= 0xFFFFFFFFL -> i.value();
            default -> throw new DataException(spec.simpleName() + ": random_state must be None or an integer in "
                    + "[0, 2**32 - 1], got " + spec.param("random_state").repr());
        };
    }

    /**
     * {@code HistGradientBoostingClassifier}'s class weights by class position, or null for none. scikit-learn 1.9
     * encodes y before it weighs the classes, so a dict's keys are looked up among the positions 0..k-1 (the sorted
     * classes), not among the labels: {@code {'high': 2.0}} fails there, and is refused here with the keys to write.
     */
    static double[] histGradientBoostingClassWeights(EstimatorSpec spec, ClassLabels classes, int[] codes) {
        String name = spec.simpleName();
        Const value = spec.param("class_weight");
        int k = classes.count();
        switch (value) {
            case Const.NoneConst n -> {
                return null;
            }
            case Const.StrConst s when s.value().equals("balanced") -> {
                return new ClassWeights.Balanced().perClass(classes, codes);
            }
            case Const.DictConst d -> {
                double[] w = new double[k];
                java.util.Arrays.fill(w, 1.0);
                boolean[] weighted = new boolean[k];
                for (int i = 0; i < d.keys().size(); i++) {
                    Long position = switch (d.keys().get(i)) {
                        case Const.IntConst c -> c.value();
                        case Const.BoolConst b -> b.value() ? 1L : 0L;
                        case Const.FloatConst f when f.value() == Math.rint(f.value()) -> (long) f.value();
                        default -> null;
                    };
                    if (position != null && position >= 0 && position < k) {
                        w[position.intValue()] = switch (d.values().get(i)) {
                            case Const.IntConst c -> c.value();
                            case Const.FloatConst f -> f.value();
                            default -> throw new DataException(name + ": a class_weight value must be a number, got "
                                    + d.values().get(i).repr());
                        };
                        weighted[position.intValue()] = true;
                    }
                }
                java.util.List<Integer> unweighted = new java.util.ArrayList<>();
                int weightedCount = 0;
                for (int c = 0; c < k; c++) {
                    if (weighted[c]) {
                        weightedCount++;
                    } else {
                        unweighted.add(c);
                    }
                }
                if (!unweighted.isEmpty() && weightedCount != d.keys().size()) {
                    StringBuilder positions = new StringBuilder();
                    for (int c = 0; c < k; c++) {
                        positions.append(c == 0 ? "" : ", ").append(c).append(" for ").append(classes.displayName(c));
                    }
                    throw new DataException(name + ": class_weight=" + value.repr() + " names no class scikit-learn"
                            + " looks for: HistGradientBoostingClassifier encodes y before weighing it, so the keys are"
                            + " the class positions 0.." + (k - 1) + " of the sorted classes, and scikit-learn fails"
                            + " (The classes, " + unweighted + ", are not in class_weight); key the weights by"
                            + " position (" + positions + "), or write class_weight='balanced'");
                }
                return w;
            }
            default -> throw new DataException(name + ": class_weight must be None, 'balanced' or a dict from class"
                    + " position to weight, got " + value.repr());
        }
    }

    /** The spec's parameters, with scikit-learn's checks of the values the catalog cannot express. */
    static HistGradientBoostingParams histGradientBoosting(EstimatorSpec spec) {
        String name = spec.simpleName();
        int maxBins = (int) spec.doubleParam("max_bins");
        if (maxBins > 255) {
            throw new DataException(name + ": max_bins must be in [2, 255], got " + maxBins);
        }
        Boolean earlyStopping = switch (spec.param("early_stopping")) {
            case Const.BoolConst b -> b.value();
            default -> null;
        };
        double validationFraction = switch (spec.param("validation_fraction")) {
            case Const.NoneConst n -> Double.NaN;
            case Const.FloatConst f when f.value() > 0 && f.value() < 1 -> f.value();
            case Const.IntConst i -> throw new DataException(name + ": validation_fraction=" + i.value()
                    + " (a number of rows) is valid but not supported by Stratum yet; pass a fraction such as 0.1");
            default -> throw new DataException(name + ": validation_fraction must be a float in (0, 1) or None, got "
                    + spec.param("validation_fraction").repr());
        };
        Long randomState = switch (spec.param("random_state")) {
            case Const.NoneConst n -> null;
            case Const.IntConst i when i.value() >= 0 && i.value() <= 0xFFFFFFFFL -> i.value();
            default -> throw new DataException(name + ": random_state must be None or an integer in [0, 2**32 - 1], got "
                    + spec.param("random_state").repr());
        };
        return new HistGradientBoostingParams(spec.doubleParam("learning_rate"), (int) spec.doubleParam("max_iter"),
                optionalInt(spec.param("max_leaf_nodes")), optionalInt(spec.param("max_depth")),
                (int) spec.doubleParam("min_samples_leaf"), spec.doubleParam("l2_regularization"), maxBins, earlyStopping,
                validationFraction, (int) spec.doubleParam("n_iter_no_change"), spec.doubleParam("tol"), randomState,
                categoricalFeatures(spec), switch (spec.param("scoring")) {
                    case Const.NoneConst n -> null;
                    case Const.StrConst s -> s.value();
                    default -> throw new DataException(name + ": scoring must be 'loss', a scorer name or None, got "
                            + spec.param("scoring").repr());
                });
    }

    /**
     * {@code categorical_features}: None, "from_dtype", or a list of ints, of strs or of bools (one kind), as
     * scikit-learn's {@code _check_categorical_features} accepts; names and indices are checked against the
     * training features at fit time.
     */
    static CategoricalFeatures categoricalFeatures(EstimatorSpec spec) {
        Const value = spec.param("categorical_features");
        String bad = spec.simpleName() + ": categorical_features must be None, \"from_dtype\" or a list of column"
                + " indices, of column names or of booleans (one per column), got " + value.repr();
        return switch (value) {
            case Const.NoneConst n -> CategoricalFeatures.NONE;
            case Const.StrConst s when s.value().equals("from_dtype") -> CategoricalFeatures.FROM_DTYPE;
            case Const.ListConst list when list.items().isEmpty() -> CategoricalFeatures.NONE;
            case Const.ListConst list -> {
                Const first = list.items().getFirst();
                for (Const item : list.items()) {
                    if (item.getClass() != first.getClass()) {
                        throw new DataException(bad + " (mixed kinds)");
                    }
                }
                yield switch (first) {
                    case Const.IntConst i -> new CategoricalFeatures.Indices(list.items().stream()
                            .map(c -> ((Const.IntConst) c).value()).toList());
                    case Const.StrConst s -> new CategoricalFeatures.Names(list.items().stream()
                            .map(c -> ((Const.StrConst) c).value()).toList());
                    case Const.BoolConst b -> new CategoricalFeatures.Mask(list.items().stream()
                            .map(c -> ((Const.BoolConst) c).value()).toList());
                    default -> throw new DataException(bad);
                };
            }
            default -> throw new DataException(bad);
        };
    }

    private static int optionalInt(Const value) {
        return value instanceof Const.IntConst i ? (int) i.value() : 0;
    }
}
