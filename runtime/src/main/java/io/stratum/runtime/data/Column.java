package io.stratum.runtime.data;

/**
 * One immutable, named, Arrow-backed column of a {@link Table}; the permitted implementations fix the value type.
 *
 * <p>Nulls follow pandas: for float64 a null reads as NaN through the typed getter, and {@link #isMissing} is
 * true for both nulls and NaN values, as {@code isna()} is.
 */
public sealed interface Column permits Float64Column, Int64Column, StringColumn, BoolColumn, TimestampColumn,
        TimedeltaColumn {

    String name();

    DataType type();

    /** The dtype pandas prints for this column ({@code datetime64[ms]} carries the unit {@link #type()} does not). */
    default String dtypeName() {
        return type().pandasName();
    }

    int length();

    boolean isNull(int row);

    /** True where pandas' {@code isna()} would be: nulls, and NaN in float64 columns. */
    default boolean isMissing(int row) {
        return isNull(row);
    }

    int nullCount();

    /** The number of rows where {@link #isMissing} holds, pandas' {@code isna().sum()}. */
    default int missingCount() {
        int n = length();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (isMissing(i)) {
                count++;
            }
        }
        return count;
    }

    /** A new column holding the given rows, in the given order (rows may repeat). */
    Column take(int[] rows);

    /** The same values under another name; shares the Arrow vector, since columns never change. */
    Column rename(String newName);

    /** The context owning this column's memory; columns derived from this one are allocated there too. */
    MemoryContext context();

    /**
     * The values as doubles, as pandas' {@code to_numpy(dtype=float)} gives them: nulls become NaN, booleans
     * become 0 and 1. Strings are refused with a {@link DataException} naming the column.
     */
    double[] toDoubleArray();

    /**
     * Writes {@link #toDoubleArray()}'s values into {@code dst[offset, offset + length())}; columns that can copy
     * their buffer straight into the array override this to skip the intermediate array.
     */
    default void copyDoubles(double[] dst, int offset) {
        System.arraycopy(toDoubleArray(), 0, dst, offset, length());
    }

    /** One value as text for debugging output: floats as Python prints them, {@code null} for nulls. */
    String format(int row);
}
