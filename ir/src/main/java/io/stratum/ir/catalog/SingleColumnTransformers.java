package io.stratum.ir.catalog;

import java.util.Set;

/**
 * skrub's single-column transformers (those with {@code __single_column_transformer__}): applied to a frame, skrub
 * wraps them in {@code ApplyToEachCol}, which fits a clone on each selected column and puts its outputs where the
 * column was; any other transformer is wrapped in {@code ApplyToSubFrame}, whose output follows the untouched
 * columns ({@code wrap_transformer(columnwise="auto")}, what {@code .skb.apply(..., cols=...)} and
 * {@code ApplyToCols} do).
 */
public final class SingleColumnTransformers {
    /** The qualified names of the single-column transformers Stratum runs. */
    public static final Set<String> NAMES = Set.of("skrub.StringEncoder", "skrub.DatetimeEncoder", "skrub.ToDatetime",
            "skrub.MinHashEncoder", "skrub.ToCategorical");

    private SingleColumnTransformers() {
    }

    /** Whether skrub applies {@code qualifiedName} column by column, each output in its column's place. */
    public static boolean contains(String qualifiedName) {
        return NAMES.contains(qualifiedName);
    }
}
