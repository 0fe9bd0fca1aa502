package io.stratum.runtime.kernels.element;

import io.stratum.runtime.data.CategoryEncoding;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;

/**
 * pandas' {@code .cat} accessor on a category column: {@code codes} (each row's position among the categories,
 * {@code -1} where missing; int64 here where pandas picks the smallest integer type, int8 below 128 categories) and
 * {@code remove_unused_categories()}.
 */
final class CategoryMethods {
    private CategoryMethods() {
    }

    static Column codes(MemoryContext ctx, Column column) {
        int[] codes = category(column, "codes").codes().codes();
        long[] out = new long[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = codes[i];
        }
        return Int64Column.of(ctx, column.name(), out);
    }

    static Column removeUnusedCategories(Column column) {
        return CategoryEncoding.removeUnused(category(column, "remove_unused_categories()"));
    }

    private static StringColumn category(Column column, String member) {
        if (column instanceof StringColumn s && s.isCategorical()) {
            return s;
        }
        throw new DataException(".cat." + member + " needs a category column, but column '" + column.name() + "' is "
                + column.type().pandasName() + "; convert it first with .astype(\"category\")");
    }
}
