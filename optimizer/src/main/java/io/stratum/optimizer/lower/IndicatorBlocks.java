package io.stratum.optimizer.lower;

import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.optimizer.metadata.ColumnStats;
import io.stratum.optimizer.metadata.NodeMetadata;
import io.stratum.optimizer.metadata.PlanMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one-hot indicator blocks that reach a learner's features as the encoder wrote them (0/1, not scaled or
 * otherwise transformed): per encoded column, how many of its indicators are among the features. Indicators of one
 * column never share a row, which is what lets a Ridge fit eliminate them ahead of a small dense solve.
 *
 * <p>Found by walking down from the features through steps that keep other columns as they are (column selections,
 * drop, assign, {@code mark_as_X}, a transformer of other named columns) to a {@code OneHotEncoder}. A transformer of
 * every column (a scaler centers indicators, so they are no longer sparse) ends the walk: no block below it reaches
 * the learner as indicators. A {@code TableVectorizer}, or an encoder whose categories the metadata lacks, makes the
 * blocks unknown.
 */
final class IndicatorBlocks {
    /** The indicators of one encoded column that reach the learner. */
    record Block(String column, int indicators) {
    }

    /** How a candidate resolves its choices and estimators, as the lowering does. */
    interface Candidate {
        /** The outcome this candidate takes at {@code choice}, or null when it takes none. */
        LogicalNode outcome(Choice choice);

        /** The estimator the node resolves to, or empty when the step is skipped ({@code None}, "passthrough"). */
        Optional<EstimatorSpec> estimator(LogicalNode estimator);

        /** True when {@code spec} is a transformer (fitted without a target, keeps the other columns). */
        boolean isTransformer(EstimatorSpec spec);
    }

    private IndicatorBlocks() {
    }

    /**
     * The blocks among {@code featureNames} (the learner's input columns), found below {@code features}; empty when
     * they cannot be known from the metadata.
     */
    static Optional<List<Block>> find(LogicalNode features, List<String> featureNames, PlanMetadata metadata,
                                      Candidate candidate) {
        Set<String> present = new HashSet<>(featureNames);
        Set<String> transformedAbove = new HashSet<>();
        List<Block> blocks = new ArrayList<>();
        LogicalNode node = features;
        while (node != null) {
            switch (node) {
                case Choice c -> node = candidate.outcome(c);
                case MarkX m -> node = m.input();
                case GetItem g -> node = g.input();
                case Drop d -> node = d.input();
                case Assign a -> node = a.input();
                case Apply a -> {
                    Optional<EstimatorSpec> resolved = a.y() == null ? candidate.estimator(a.estimator()) : Optional.empty();
                    if (a.y() != null || (resolved.isPresent() && !candidate.isTransformer(resolved.get()))) {
                        return Optional.of(blocks); // a learner's output: no indicators pass through it
                    }
                    if (resolved.isEmpty()) {
                        node = a.input();
                        continue;
                    }
                    EstimatorSpec spec = resolved.get();
                    if (spec.qualifiedName().equals("skrub.TableVectorizer")) {
                        return Optional.empty(); // its encoders are decided per fold
                    }
                    List<String> cols = a.columnList();
                    if (!spec.qualifiedName().equals("sklearn.preprocessing.OneHotEncoder")) {
                        if (cols == null) {
                            return Optional.of(blocks);
                        }
                        transformedAbove.addAll(cols);
                        node = a.input();
                        continue;
                    }
                    Optional<List<ColumnStats>> input = metadata.find(a.input()).flatMap(NodeMetadata::schema);
                    if (input.isEmpty() || (cols == null && a.selector() != null)) {
                        return Optional.empty();
                    }
                    for (ColumnStats column : input.get()) {
                        if (cols != null && !cols.contains(column.name())) {
                            continue;
                        }
                        if (column.categories().isEmpty()) {
                            return Optional.empty();
                        }
                        int reaching = 0;
                        for (String label : column.categories().get()) {
                            String name = column.name() + "_" + label;
                            if (present.contains(name) && !transformedAbove.contains(name)) {
                                reaching++;
                            }
                        }
                        if (reaching > 0) {
                            blocks.add(new Block(column.name(), reaching));
                        }
                    }
                    if (cols == null) {
                        return Optional.of(blocks); // it encoded every column: nothing below reaches the learner
                    }
                    node = a.input();
                }
                default -> node = null;
            }
        }
        return Optional.of(blocks);
    }
}
