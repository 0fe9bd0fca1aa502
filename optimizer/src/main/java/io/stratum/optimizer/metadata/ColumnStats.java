package io.stratum.optimizer.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What the plan knows about one column: its name and type, and where known the number of distinct non-missing
 * values, the fraction of missing values and the categories a {@code OneHotEncoder} would find (sorted in the
 * encoder's order, labelled as {@code get_feature_names_out} writes them, the missing value last as {@code nan}).
 */
public record ColumnStats(String name, ColumnType type, OptionalLong distinct, OptionalDouble nullFraction,
                          Optional<List<String>> categories) {

    public ColumnStats {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(distinct, "distinct");
        Objects.requireNonNull(nullFraction, "nullFraction");
        // Deferred labels are immutable already, and copying them would format them.
        categories = categories.map(c -> c instanceof DeferredLabels ? c : List.copyOf(c));
    }

    /** A column of which only the name and type are known. */
    public static ColumnStats of(String name, ColumnType type) {
        return new ColumnStats(name, type, OptionalLong.empty(), OptionalDouble.empty(), Optional.empty());
    }

    /** The same facts under another name (a column copied by {@code assign}). */
    public ColumnStats named(String newName) {
        return new ColumnStats(newName, type, distinct, nullFraction, categories);
    }

    /** {@code name:type}, then {@code distinct=n} and {@code nulls=f} where known. */
    public String describe() {
        StringBuilder b = new StringBuilder(name).append(':').append(type.label());
        distinct.ifPresent(d -> b.append(" distinct=").append(d));
        nullFraction.ifPresent(f -> b.append(" nulls=").append(f == 0 ? "0" : String.format(Locale.ROOT, "%.3f", f)));
        return b.toString();
    }
}
