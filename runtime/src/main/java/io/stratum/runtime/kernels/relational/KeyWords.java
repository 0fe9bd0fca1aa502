package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.kernels.parallel.RowChunks;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the key columns of one or two tables into fixed-width tuples of longs, so that equal keys have equal
 * words and a {@link TupleTable} can code them: int64 and bool values as themselves, float64 as canonical bit
 * patterns (all NaN alike, {@code -0.0} as {@code 0.0}; an int64 key paired with a float64 one is widened), strings
 * as codes of a dictionary shared by both tables. Missing keys get words of their own, so they match each other,
 * as pandas' {@code merge} matches NaN with NaN.
 */
final class KeyWords {
    /** The word of a null string. */
    private static final long NULL_STRING = -1;
    /** The word of a string the dictionary does not hold (only when probing without inserting). */
    private static final long UNSEEN = -2;
    private static final long CANONICAL_NAN = Double.doubleToLongBits(Double.NaN);

    private enum Kind { LONG, DOUBLE, STRING }

    private final Kind[] kinds;
    private final int[] firstWord;
    private final boolean[] nullWord;
    private final StringDictionary[] dictionaries;
    final int width;

    /**
     * Key words for key columns read pairwise from two tables ({@code right} may equal {@code left} for one
     * table); {@code leftNames}/{@code rightNames} name the columns in errors.
     */
    KeyWords(List<ColumnReader> left, List<ColumnReader> right) {
        int k = left.size();
        kinds = new Kind[k];
        firstWord = new int[k];
        nullWord = new boolean[k];
        dictionaries = new StringDictionary[k];
        int w = 0;
        for (int j = 0; j < k; j++) {
            ColumnReader a = left.get(j);
            ColumnReader b = right.get(j);
            if (a.isString() != b.isString()) {
                throw new DataException("cannot match key column '" + a.column.name() + "' (" + a.column.type().pandasName()
                        + ") with '" + b.column.name() + "' (" + b.column.type().pandasName()
                        + "): pandas refuses to merge strings with numbers; convert one of them with astype first");
            }
            if (a.isString()) {
                kinds[j] = Kind.STRING;
                dictionaries[j] = new StringDictionary();
            } else if (a.isFloat() || b.isFloat()) {
                kinds[j] = Kind.DOUBLE;
            } else {
                kinds[j] = Kind.LONG;
                nullWord[j] = a.nulls != null || b.nulls != null;
            }
            if (a.column.type() == DataType.BOOL ^ b.column.type() == DataType.BOOL) {
                kinds[j] = Kind.DOUBLE;
                nullWord[j] = false;
            }
            firstWord[j] = w;
            w += nullWord[j] ? 2 : 1;
        }
        width = w;
    }

    /**
     * The words of every row of {@code side}. With {@code insert}, new strings are added to the dictionaries
     * (sequentially); without, unseen strings get a word no inserted row has, and rows run in parallel chunks.
     */
    long[] words(List<ColumnReader> side, int rows, boolean insert) {
        long[] out = new long[rows * width];
        long[][] coded = codeWords(side, insert);
        if (insert) {
            fill(side, coded, out, 0, rows, true);
        } else {
            RowChunks.forEach(rows, (c, from, to) -> fill(side, coded, out, from, to, false));
        }
        return out;
    }

    /**
     * For each dictionary-encoded string key of {@code side}, the word of each of its values (looked up, or
     * inserted, once per value instead of once per row); {@code null} entries for the other keys.
     */
    private long[][] codeWords(List<ColumnReader> side, boolean insert) {
        long[][] coded = new long[kinds.length][];
        for (int j = 0; j < kinds.length; j++) {
            StringCodes codes = kinds[j] == Kind.STRING ? side.get(j).codes() : null;
            if (codes == null) {
                continue;
            }
            String[] values = codes.values();
            long[] words = new long[values.length];
            for (int v = 0; v < values.length; v++) {
                byte[] utf8 = values[v].getBytes(StandardCharsets.UTF_8);
                int code = insert ? dictionaries[j].insert(utf8, 0, utf8.length) : dictionaries[j].find(utf8, 0, utf8.length);
                words[v] = code < 0 ? UNSEEN : code;
            }
            coded[j] = words;
        }
        return coded;
    }

    private void fill(List<ColumnReader> side, long[][] coded, long[] out, int from, int to, boolean insert) {
        for (int j = 0; j < kinds.length; j++) {
            ColumnReader r = side.get(j);
            int at = firstWord[j];
            switch (kinds[j]) {
                case LONG -> {
                    for (int i = from; i < to; i++) {
                        boolean isNull = r.isNull(i);
                        out[i * width + at] = isNull ? 0 : r.longs[i];
                        if (nullWord[j]) {
                            out[i * width + at + 1] = isNull ? 1 : 0;
                        }
                    }
                }
                case DOUBLE -> {
                    for (int i = from; i < to; i++) {
                        double v = r.asDouble(i);
                        out[i * width + at] = Double.isNaN(v) ? CANONICAL_NAN : Double.doubleToLongBits(v == 0.0 ? 0.0 : v);
                    }
                }
                case STRING -> {
                    if (coded[j] != null) {
                        int[] codes = r.codes().codes();
                        long[] wordOf = coded[j];
                        for (int i = from; i < to; i++) {
                            int code = codes[i];
                            out[i * width + at] = code < 0 ? NULL_STRING : wordOf[code];
                        }
                        continue;
                    }
                    StringDictionary dict = dictionaries[j];
                    byte[] bytes = r.bytes();
                    int[] offsets = r.offsets();
                    for (int i = from; i < to; i++) {
                        long word;
                        if (r.isNull(i)) {
                            word = NULL_STRING;
                        } else if (insert) {
                            word = dict.insert(bytes, offsets[i], offsets[i + 1]);
                        } else {
                            int code = dict.find(bytes, offsets[i], offsets[i + 1]);
                            word = code < 0 ? UNSEEN : code;
                        }
                        out[i * width + at] = word;
                    }
                }
            }
        }
    }

    /** True when row {@code row} has a missing value in some key column (pandas' groupby drops such rows). */
    static boolean anyMissing(List<ColumnReader> side, int row) {
        for (ColumnReader r : side) {
            if (r.isMissing(row)) {
                return true;
            }
        }
        return false;
    }
}
