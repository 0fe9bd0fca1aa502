package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Table;

/**
 * Row subsets: pandas' {@code df[mask]}, {@code head(n)} and {@code tail(n)}, which keep row order, and rows by position
 * ({@code df[::2]}, {@code .iloc[[...]]}, a random sample), in the order the positions give.
 */
public final class RowSelection {
    private RowSelection() {
    }

    /** The rows where {@code mask} is true; the mask must be a bool column as long as the table, without nulls. */
    public static Table filter(Table table, Column mask) {
        // A selection vector straight from the mask's bitmap words: count them, then list the set bits.
        long[] words = checked(table, mask).words();
        int[] rows = new int[bitCount(words)];
        int at = 0;
        for (int w = 0; w < words.length; w++) {
            long bits = words[w];
            while (bits != 0) {
                rows[at++] = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
            }
        }
        return Gather.filtered(table, rows);
    }

    /**
     * The number of rows {@link #filter} keeps, after the same checks, counted from the mask's bits without gathering
     * any column: pandas' {@code len(df[mask])}.
     */
    public static int count(Table table, Column mask) {
        return bitCount(checked(table, mask).words());
    }

    private static int bitCount(long[] words) {
        int count = 0;
        for (long w : words) {
            count += Long.bitCount(w);
        }
        return count;
    }

    private static BoolColumn checked(Table table, Column mask) {
        if (!(mask instanceof BoolColumn bools)) {
            throw new DataException("cannot select rows with column '" + mask.name() + "' of dtype "
                    + mask.type().pandasName() + "; a row mask must hold booleans, such as df[\"a\"] > 0");
        }
        if (mask.length() != table.rowCount()) {
            throw new DataException("the row mask '" + mask.name() + "' has " + mask.length()
                    + " rows but the frame has " + table.rowCount() + "; build the mask from the same frame");
        }
        if (mask.nullCount() > 0) {
            throw new DataException("cannot select rows with mask '" + mask.name()
                    + "', which has missing values; fill them first, e.g. mask.fillna(False)");
        }
        return bools;
    }

    /**
     * pandas' {@code reindex} of one column: the value at each of {@code rows}, missing where the row is -1 (an int64
     * column then becomes float64, as {@link Gather#take} does for an unmatched join side).
     */
    public static Column reindex(Column column, int[] rows) {
        return Gather.take(column.context(), column.name(), ColumnReader.of(column), rows);
    }

    /**
     * The rows at the positions {@code positions} resolves to against the row count; an out-of-range position throws
     * {@link IndexOutOfBoundsException} with pandas' message.
     */
    public static Table take(Table table, io.stratum.ir.value.RowPositions positions) {
        return Gather.rows(table, positions.resolve(table.rowCount()));
    }

    /** The first {@code n} rows; a negative {@code n} means all but the last {@code -n}, as in pandas. */
    public static Table head(Table table, long n) {
        int rows = table.rowCount();
        int keep = (int) (n >= 0 ? Math.min(n, rows) : Math.max(0, rows + n));
        return Gather.rows(table, KeyGroups.identity(keep));
    }

    /** The last {@code n} rows; a negative {@code n} means all but the first {@code -n}, as in pandas. */
    public static Table tail(Table table, long n) {
        int rows = table.rowCount();
        int keep = (int) (n >= 0 ? Math.min(n, rows) : Math.max(0, rows + n));
        int[] picked = new int[keep];
        for (int i = 0; i < keep; i++) {
            picked[i] = rows - keep + i;
        }
        return Gather.rows(table, picked);
    }
}
