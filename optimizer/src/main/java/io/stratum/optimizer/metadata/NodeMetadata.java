package io.stratum.optimizer.metadata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The facts derived for one logical node: what it produces, its columns (a frame's, or the single column of a
 * column), its estimated rows, whether its value depends on the train/test split, and the estimated cost of
 * computing it once from its inputs ({@link CostModel}). Anything not known is empty, never guessed.
 *
 * <p>The schema lists every column the value can have. Where an encoder is fitted per fold its output columns come
 * from the categories of the whole source, so a fold whose training rows lack a category has one column fewer:
 * a name missing from the schema is certainly missing, a name present may still be absent in some fold.
 */
public record NodeMetadata(OutputKind kind, Optional<List<ColumnStats>> schema, OptionalLong rows,
                           boolean splitDependent, OptionalDouble cost) {

    public NodeMetadata {
        Objects.requireNonNull(kind, "kind");
        schema = schema.map(List::copyOf);
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(cost, "cost");
    }

    /** Nothing known except the kind and the split dependence. */
    public static NodeMetadata unknown(OutputKind kind, boolean splitDependent) {
        return new NodeMetadata(kind, Optional.empty(), OptionalLong.empty(), splitDependent, OptionalDouble.empty());
    }

    /** The column names, or empty when the schema is unknown. */
    public Optional<List<String>> columnNames() {
        return schema.map(cols -> {
            List<String> names = new java.util.ArrayList<>(cols.size());
            for (ColumnStats c : cols) {
                names.add(c.name());
            }
            return names;
        });
    }

    /** The facts as EXPLAIN annotates a node with them: {@code {frame, rows=.., cost=.., split} [col:type ...]}. */
    public String describe() {
        StringBuilder b = new StringBuilder("{").append(kind.name().toLowerCase(java.util.Locale.ROOT));
        // Constants and estimators have no rows and cost nothing to compute; saying so on every line is noise.
        boolean data = kind != OutputKind.CONSTANT && kind != OutputKind.ESTIMATOR;
        if (data) {
            b.append(", rows=").append(rows.isPresent() ? Long.toString(rows.getAsLong()) : "?");
            b.append(", cost=").append(cost.isPresent() ? CostModel.format(cost.getAsDouble()) : "?");
        }
        if (splitDependent) {
            b.append(", per fold");
        }
        b.append('}');
        if (kind == OutputKind.FRAME || kind == OutputKind.COLUMN) {
            if (schema.isEmpty()) {
                b.append(" [?]");
            } else {
                b.append(" [");
                List<ColumnStats> cols = schema.get();
                for (int i = 0; i < cols.size(); i++) {
                    b.append(i == 0 ? "" : ", ").append(cols.get(i).describe());
                }
                b.append(']');
            }
        }
        return b.toString();
    }
}
