package io.stratum.runtime.kernels.vectorize;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.split.LegacyRandomState;
import io.stratum.runtime.kernels.text.MurmurHash3;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * skrub's {@code MinHashEncoder}: each string becomes {@code n_components} min-hashes of its n-grams, as float32 values
 * named {@code <column>_00, <column>_01, ...}. Nothing is learned from the training rows.
 *
 * <p>{@code hashing="fast"} is skrub's {@code ngram_min_hash}: the first {@code len(string)} bytes of the UTF-8 text
 * (as signed int8, so multi-byte characters are cut as skrub cuts them) correlated, in int32 arithmetic, with an
 * "atom" of {@code RandomState(seed).randint(-2**31+1, 2**31-1, n, dtype=int32)} for every n-gram length n, the
 * minimum over all windows and lengths (and with {@code minmax_hash} the maximum too) for seeds {@code 0..}.
 * {@code hashing="murmur"} lower-cases the text, collapses blanks, pads it with one space on each side, and takes for
 * every seed {@code d} the minimum of scikit-learn's {@code murmurhash3_32(gram, seed=d, positive=True)} over its
 * distinct character n-grams, divided by {@code 2**32 - 1}. Missing values and empty strings encode as zeros.
 */
public final class MinHashEncoderKernel {
    private static final int MAXINT32 = Integer.MAX_VALUE;
    private static final int MININT32 = Integer.MIN_VALUE;
    /** Atoms by (length, seed), as skrub's {@code lru_cache} keeps them. */
    private static final Map<Long, int[]> ATOMS = new ConcurrentHashMap<>();

    private MinHashEncoderKernel() {
    }

    /** skrub's parameters: {@code n_components=30}, {@code ngram_range=(2, 4)}, {@code hashing="fast"}, minmax off. */
    public record Params(int nComponents, int ngramMin, int ngramMax, boolean murmur, boolean minmaxHash) {
        public Params {
            if (nComponents < 1) {
                throw new DataException("MinHashEncoder: n_components must be at least 1, got " + nComponents);
            }
            if (ngramMin < 1 || ngramMax < ngramMin) {
                throw new DataException("MinHashEncoder: ngram_range must be (min_n, max_n) with 1 <= min_n <= max_n,"
                        + " got (" + ngramMin + ", " + ngramMax + ")");
            }
            if (minmaxHash && nComponents % 2 != 0) {
                throw new DataException("MinHashEncoder: n_components should be even when using minmax_hash encoding,"
                        + " got " + nComponents);
            }
            if (murmur && minmaxHash) {
                throw new DataException("MinHashEncoder: minmax_hash encoding is not supported with the murmur hashing"
                        + " function");
            }
        }
    }

    /** The fitted encoder of one column: its name (for the outputs' names) and the parameters. */
    public record Fitted(String column, Params params) {
        public List<String> outputNames() {
            int digits = String.valueOf(params.nComponents() - 1).length();
            List<String> out = new ArrayList<>(params.nComponents());
            for (int i = 0; i < params.nComponents(); i++) {
                String index = String.valueOf(i);
                out.add(column + "_" + "0".repeat(Math.max(0, digits - index.length())) + index);
            }
            return out;
        }

        public Table transform(MemoryContext memory, Column input) {
            StringColumn text = requireText(input);
            int n = text.length();
            int k = params.nComponents();
            double[][] out = new double[k][n];
            Map<String, double[]> seen = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String s = text.isNull(i) ? "" : text.getString(i);
                double[] h = seen.computeIfAbsent(s, this::hash);
                for (int c = 0; c < k; c++) {
                    out[c][i] = h[c];
                }
            }
            List<String> names = outputNames();
            List<Column> columns = new ArrayList<>(k);
            for (int c = 0; c < k; c++) {
                columns.add(Float64Column.of(memory, names.get(c), out[c]));
            }
            return Table.of(columns);
        }

        /** The encoding of one string, rounded to float32 as skrub's output is. */
        double[] hash(String s) {
            double[] h = params.murmur() ? murmurHash(s, params) : fastHash(s, params);
            for (int c = 0; c < h.length; c++) {
                h[c] = (float) h[c];
            }
            return h;
        }
    }

    public static Fitted fit(Column column, Params params) {
        requireText(column);
        return new Fitted(column.name() == null || column.name().isEmpty() ? "minhash" : column.name(), params);
    }

    private static StringColumn requireText(Column column) {
        if (!(column instanceof StringColumn s)) {
            throw new DataException("MinHashEncoder: column '" + column.name() + "' does not contain strings (it is "
                    + column.type().pandasName() + "); apply it to text columns only");
        }
        return s;
    }

    static double[] fastHash(String s, Params params) {
        double[] out = new double[params.nComponents()];
        if (s.isEmpty()) {
            return out;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        // numpy's frombuffer(count=len(string)): as many bytes as the string has characters
        int length = Math.min(s.codePointCount(0, s.length()), utf8.length);
        int seeds = params.minmaxHash() ? params.nComponents() / 2 : params.nComponents();
        for (int seed = 0; seed < seeds; seed++) {
            int min = MAXINT32;
            int max = MININT32;
            for (int atomLength = params.ngramMin(); atomLength <= params.ngramMax(); atomLength++) {
                int[] atom = atom(atomLength, seed);
                // np.correlate in "valid" mode swaps its inputs when the first is the shorter one
                int shortLength = Math.min(length, atomLength);
                int windows = Math.abs(length - atomLength) + 1;
                for (int w = 0; w < windows; w++) {
                    int h = 0;
                    for (int j = 0; j < shortLength; j++) {
                        h += length >= atomLength ? utf8[w + j] * atom[j] : utf8[j] * atom[w + j];
                    }
                    min = Math.min(min, h);
                    max = Math.max(max, h);
                }
            }
            if (params.minmaxHash()) {
                out[2 * seed] = min;
                out[2 * seed + 1] = max;
            } else {
                out[seed] = min;
            }
        }
        return out;
    }

    /** skrub's {@code gen_atom}: {@code RandomState(seed).randint(-MAXINT32, MAXINT32, size=n, dtype=int32)}. */
    static int[] atom(int length, int seed) {
        return ATOMS.computeIfAbsent(((long) length << 32) | seed, key -> {
            LegacyRandomState random = new LegacyRandomState(seed);
            // numpy's masked rejection sampling of a 32-bit draw for the range [0, 2**32 - 3]
            long range = (long) MAXINT32 - 1 - (-(long) MAXINT32);
            int[] atom = new int[length];
            for (int i = 0; i < length; i++) {
                long v;
                do {
                    v = random.nextUint32();
                } while (v > range);
                atom[i] = (int) (-(long) MAXINT32 + v);
            }
            return atom;
        });
    }

    static double[] murmurHash(String s, Params params) {
        double[] out = new double[params.nComponents()];
        if (s.isEmpty()) {
            return out;
        }
        int[] text = (" " + String.join(" ", pythonSplit(s.toLowerCase(java.util.Locale.ROOT))) + " ").codePoints()
                .toArray();
        Set<String> grams = new LinkedHashSet<>();
        for (int n = params.ngramMin(); n <= params.ngramMax(); n++) {
            for (int i = 0; i + n <= text.length; i++) {
                grams.add(new String(text, i, n));
            }
        }
        if (grams.isEmpty()) {
            return out;
        }
        long[] min = new long[params.nComponents()];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (String gram : grams) {
            byte[] bytes = gram.getBytes(StandardCharsets.UTF_8);
            for (int d = 0; d < min.length; d++) {
                min[d] = Math.min(min[d], Integer.toUnsignedLong(MurmurHash3.hash32(bytes, d)));
            }
        }
        for (int d = 0; d < min.length; d++) {
            out[d] = min[d] / 4294967295.0;
        }
        return out;
    }

    /** Python's {@code str.split()}: runs of whitespace separate words; leading and trailing blanks give none. */
    static List<String> pythonSplit(String s) {
        List<String> words = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
            if (space && start >= 0) {
                words.add(s.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(s.substring(start));
        }
        return words;
    }
}
