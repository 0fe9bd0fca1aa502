package io.stratum.optimizer.rules;

import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Removes a {@code StandardScaler} or {@code MinMaxScaler} applied to every column directly in front of a tree
 * learner ({@code X.skb.apply(StandardScaler()).skb.apply(DecisionTreeRegressor(), y=y)} fits the tree on {@code X}).
 *
 * <p>Proof conditions. (1) The scaler maps each feature by a strictly increasing affine function fitted on the
 * training rows: {@code StandardScaler} by {@code (x - mean) / scale} with {@code scale > 0} (scikit-learn uses 1 for
 * a constant feature, and {@code with_mean}/{@code with_std} only drop a term), {@code MinMaxScaler} by
 * {@code x * s + m} with {@code s > 0} ({@code feature_range} must be increasing; a constant feature gets
 * {@code s = 1}); missing values stay missing. With {@code clip=True} test values are clamped into the training
 * range, which moves none across a split threshold, since thresholds lie strictly inside it. (2) The scaler applies
 * to all columns ({@code cols} not given), so the tree sees the same columns in the same order: skrub moves the
 * transformed columns of a {@code cols=[...]} step to the end, and a tree's tie-breaks between equally good splits
 * follow the feature order, so a scaler on some columns is kept. (3) The learner is one whose splits depend only on
 * the order of each feature's training values: exact CART splitters put thresholds at midpoints of adjacent distinct
 * values and score partitions by the targets alone; ExtraTrees draws thresholds uniformly between a feature's
 * minimum and maximum, which an increasing affine map carries along with the same random draws; histogram
 * learners bin at midpoints or linearly interpolated quantiles of the values, also carried along, and number the
 * values of a categorical feature ({@code categorical_features}) by their sorted order, which the map keeps. Under (1)-(3)
 * every split separates the same training rows, and every test row goes the same way, so leaves and predictions
 * are the same in exact arithmetic. In floating point they can differ only at ties the scaling creates or removes:
 * two distinct training values of a feature that round together (scikit-learn's trees compare in float32, and treat
 * values within 1e-7 as equal) on one side of the map but not the other, or a test value within a rounding error of
 * a threshold. Those are the "up to floating-point rounding" cases the issue allows; gradient boosting in LightGBM
 * and XGBoost is not listed, since both treat values near zero specially, which an affine map does not preserve.
 */
final class RemoveScalingBeforeTrees implements Rule {

    /** The scalers that may be removed and the tree learners they may be removed in front of (qualified names). */
    record Config(Set<String> scalers, Set<String> trees) {
        Config {
            scalers = Set.copyOf(scalers);
            trees = Set.copyOf(trees);
        }

        static final Config DEFAULT = new Config(
                Set.of("sklearn.preprocessing.StandardScaler", "sklearn.preprocessing.MinMaxScaler"),
                Set.of("sklearn.tree.DecisionTreeRegressor", "sklearn.tree.DecisionTreeClassifier",
                        "sklearn.ensemble.RandomForestRegressor", "sklearn.ensemble.RandomForestClassifier",
                        "sklearn.ensemble.ExtraTreesRegressor", "sklearn.ensemble.ExtraTreesClassifier",
                        "sklearn.ensemble.GradientBoostingRegressor", "sklearn.ensemble.GradientBoostingClassifier",
                        "sklearn.ensemble.HistGradientBoostingRegressor",
                        "sklearn.ensemble.HistGradientBoostingClassifier"));
    }

    private final Config config;

    RemoveScalingBeforeTrees(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String name() {
        return "remove_scaling_before_trees";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof Apply learner) || learner.y() == null || !allTrees(learner.estimator())
                || !(learner.input() instanceof Apply scaler) || scaler.y() != null
                || !(scaler.cols() instanceof Const.NoneConst) || !isMonotoneScaler(scaler.estimator())) {
            return RuleResult.unchanged();
        }
        return RuleResult.rewrittenTo(learner.withInputs(replaceFirst(learner.inputs(), scaler.input())));
    }

    private static List<LogicalNode> replaceFirst(List<LogicalNode> inputs, LogicalNode first) {
        List<LogicalNode> out = new java.util.ArrayList<>(inputs);
        out.set(0, first);
        return out;
    }

    /** Every estimator the step may apply is a listed tree learner (a choice between trees counts). */
    private boolean allTrees(LogicalNode estimator) {
        return switch (estimator) {
            case Estimator e -> config.trees().contains(e.qualifiedName());
            case Choice c -> c.outcomes().stream().allMatch(this::allTrees);
            default -> false;
        };
    }

    /** A listed scaler whose map is strictly increasing for every fitted state (see the class doc). */
    private boolean isMonotoneScaler(LogicalNode estimator) {
        if (!(estimator instanceof Estimator e) || !e.isResolved() || !config.scalers().contains(e.qualifiedName())) {
            return false;
        }
        if (e.simpleName().equals("MinMaxScaler")) {
            Const range = e.constant("feature_range");
            if (!(range instanceof Const.ListConst l) || l.items().size() != 2) {
                return false;
            }
            Double low = number(l.items().get(0));
            Double high = number(l.items().get(1));
            return low != null && high != null && low < high;
        }
        return true;
    }

    private static Double number(Const c) {
        return switch (c) {
            case Const.IntConst i -> (double) i.value();
            case Const.FloatConst f -> f.value();
            default -> null;
        };
    }
}
