package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The binning gives the bits of a straightforward implementation kept here (sort all values, midpoints or numpy's
 * percentiles of the sorted array, a binary search per value, the layouts filled one after the other) on randomized
 * columns of every kind the fast paths treat apart: NaN, -0.0 and 0.0, infinities, ties, a few distinct values on
 * either side of the bin count, many (percentiles), ranges too wide or too narrow for buckets, skewed values, one
 * value, no value, categorical codes and sample weights; on one thread and on two.
 */
class BinMapperTest {
    private static ForkJoinPool pool;

    @BeforeAll
    static void openPool() {
        pool = new ForkJoinPool(2);
    }

    @AfterAll
    static void closePool() {
        pool.close();
    }

    @Test
    void thresholdsMatchTheSortedReferenceOnEveryKindOfColumn() {
        Random random = new Random(23);
        int checked = 0;
        int percentiles = 0;
        int bucketed = 0;
        for (int round = 0; round < 400; round++) {
            int maxBins = round % 5 == 0 ? 2 + random.nextInt(254) : 255;
            double[] column = column(random, round);
            double[] expected = referenceThresholds(column, maxBins);
            assertArrayEquals(expected, BinMapper.thresholds(column, maxBins), 0.0,
                    "round " + round + ", " + column.length + " rows, " + maxBins + " bins");
            checked++;
            int distinct = distinct(column);
            percentiles += expected.length > 0 && distinct > maxBins ? 1 : 0;
            // past 4,096 distinct values the percentiles come from buckets, below from a tally of the values
            bucketed += distinct > 4_096 ? 1 : 0;
        }
        assertEquals(400, checked);
        assertTrue(percentiles > 100, percentiles + " columns took the percentiles");
        assertTrue(bucketed > 50 && bucketed < percentiles - 50, bucketed + " of " + percentiles + " from buckets");
    }

    /**
     * The weighted thresholds are those of the rows sorted stably by value (a boxed sort of row numbers with a
     * comparator, as they were computed before): equal values keep their rows' order, so that the cumulative weights
     * inside a run of ties, on which a percentile may fall, are the same.
     */
    @Test
    void weightedThresholdsMatchAStableSortOfTheRows() {
        Random random = new Random(31);
        int percentiles = 0;
        for (int round = 0; round < 300; round++) {
            int maxBins = round % 5 == 0 ? 2 + random.nextInt(254) : 255;
            double[] column = column(random, round);
            double[] w = new double[column.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = switch (round % 4) {
                    case 0 -> 1 + random.nextInt(4);
                    case 1 -> random.nextInt(3) == 0 ? 0 : random.nextDouble() * 10;
                    case 2 -> 1.0;
                    default -> random.nextInt(5) * 0.1;
                };
            }
            double[] expected = referenceWeightedThresholds(column, maxBins, w);
            assertArrayEquals(expected, BinMapper.thresholds(column, maxBins, w), 0.0,
                    "round " + round + ", " + column.length + " rows, " + maxBins + " bins");
            percentiles += distinct(column) > maxBins ? 1 : 0;
        }
        assertTrue(percentiles > 100, percentiles + " columns took the percentiles");
    }

    /** The radix sort's order is a stable sort's: by value (Double.compare), equal values in their positions' order. */
    @Test
    void stableOrderIsAStableSortByValue() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            double[] values = Arrays.stream(column(random, round)).filter(v -> !Double.isNaN(v))
                    .map(v -> v == 0.0 ? 0.0 : v).toArray();
            Integer[] expected = new Integer[values.length];
            for (int k = 0; k < expected.length; k++) {
                expected[k] = k;
            }
            Arrays.sort(expected, (a, b) -> Double.compare(values[a], values[b]));
            assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(),
                    BinMapper.stableOrder(values), "round " + round + ", " + values.length + " values");
        }
    }

    /** The weighted thresholds from a stable sort of the rows (weight 0 and NaN left out) by value. */
    private static double[] referenceWeightedThresholds(double[] column, int maxBins, double[] w) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < column.length; i++) {
            if (!Double.isNaN(column[i]) && w[i] != 0) {
                rows.add(i);
            }
        }
        rows.sort((a, b) -> Double.compare(column[a] == 0.0 ? 0.0 : column[a], column[b] == 0.0 ? 0.0 : column[b]));
        int n = rows.size();
        double[] sorted = new double[n];
        double[] cdf = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            sorted[k] = column[rows.get(k)] == 0.0 ? 0.0 : column[rows.get(k)];
            total += w[rows.get(k)];
            cdf[k] = total;
        }
        return referenceFromSorted(sorted, maxBins, q -> BinMapper.weightedPercentile(sorted, cdf, q));
    }

    /**
     * The thresholds of the sorted non-missing values: midpoints of the distinct values when there are at most
     * {@code maxBins}, else the percentiles {@code i * 100 / maxBins} ({@code percentile}, of a percentage), then
     * np.unique's step and the clip to {@link BinMapper#ALMOST_INF}.
     */
    private static double[] referenceFromSorted(double[] sorted, int maxBins, DoubleUnaryOperator percentile) {
        double[] unique = Arrays.stream(sorted).distinct().toArray();
        double[] out;
        if (unique.length <= 1) {
            out = new double[0];
        } else if (unique.length <= maxBins) {
            out = new double[unique.length - 1];
            for (int i = 0; i < out.length; i++) {
                out[i] = (unique[i] + unique[i + 1]) / 2;
            }
        } else {
            out = new double[maxBins - 1];
            double step = 100.0 / maxBins;
            for (int i = 1; i < maxBins; i++) {
                out[i - 1] = percentile.applyAsDouble(i * step + 0.0);
            }
        }
        out = referenceUnique(out);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(out[i], BinMapper.ALMOST_INF);
        }
        return out;
    }

    @Test
    void binnedSamplesMatchTheReferenceOnOneAndTwoThreads() {
        Random random = new Random(7);
        for (int round = 0; round < 60; round++) {
            int rows = round % 4 == 0 ? 1 + random.nextInt(40) : 1_000 + random.nextInt(20_000);
            int features = 1 + random.nextInt(9);
            int categorical = round % 3 == 0 ? Math.min(features, 1 + random.nextInt(2)) : 0;
            int maxBins = round % 5 == 0 ? 2 + random.nextInt(254) : 255;
            int[] categoryCounts = new int[categorical];
            double[] data = new double[rows * features];
            List<String> names = new ArrayList<>();
            for (int j = 0; j < features; j++) {
                names.add("x" + j);
                double[] values;
                if (j < categorical) {
                    categoryCounts[j] = 1 + random.nextInt(maxBins);
                    values = new double[rows];
                    for (int i = 0; i < rows; i++) {
                        values[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(categoryCounts[j]);
                    }
                } else {
                    values = resized(column(random, random.nextInt(1_000)), rows, random);
                }
                System.arraycopy(values, 0, data, j * rows, rows);
            }
            double[] w = null;
            if (round % 4 == 1) {
                w = new double[rows];
                for (int i = 0; i < rows; i++) {
                    w[i] = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(4);
                }
            }
            FeatureMatrix x = FeatureMatrix.ofColumnMajor(rows, names, data);
            double[][] thresholds = new double[features][];
            for (int j = 0; j < features; j++) {
                if (j < categorical) {
                    thresholds[j] = new double[categoryCounts[j]];
                    for (int c = 0; c < categoryCounts[j]; c++) {
                        thresholds[j][c] = c;
                    }
                } else {
                    thresholds[j] = w == null ? referenceThresholds(x.column(j), maxBins)
                            : BinMapper.thresholds(x.column(j), maxBins, w);
                }
            }
            Layouts expected = reference(thresholds, x, maxBins);
            for (Parallel parallel : List.of(Parallel.sequential(), Parallel.on(pool))) {
                BinMapper mapper = BinMapper.fit(x, maxBins, categoryCounts, w, parallel);
                String where = "round " + round + ", " + rows + " rows, " + features + " features, "
                        + parallel.threads() + " threads";
                for (int j = 0; j < features; j++) {
                    assertArrayEquals(thresholds[j], mapper.thresholds(j), 0.0, where + ", feature " + j);
                }
                BinnedSamples binned = BinnedSamples.of(mapper, x, maxBins + 1, parallel);
                assertArrayEquals(expected.byRow, binned.byRow(), where);
                assertArrayEquals(expected.byColumn, binned.byColumn(), where);
                assertArrayEquals(expected.rootCounts, binned.rootCounts(), where);
                assertArrayEquals(expected.rowsByBin, binned.rowsByBin(), where);
                assertArrayEquals(expected.hasMissing, binned.hasMissing(), where);
            }
        }
    }

    /**
     * Thresholds that are out of order or NaN, as the midpoint of -inf and +inf is, and values on or next to every
     * threshold, bin as scikit-learn's binary search puts them.
     */
    @Test
    void valuesOnAndNextToThresholdsBinAsTheSearchDoes() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int m = 1 + random.nextInt(254);
            double[] t = new double[m];
            for (int k = 0; k < m; k++) {
                t[k] = random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3);
            }
            Arrays.sort(t);
            if (round % 10 == 1) {
                t[random.nextInt(m)] = Double.NaN;
            } else if (round % 10 == 2) {
                t[0] = Double.NEGATIVE_INFINITY;
            } else if (round % 10 == 3 && m > 1) {
                t[m - 1] = t[m - 2];
            } else if (round % 10 == 4) {
                t[random.nextInt(m)] = random.nextGaussian();
            } else if (round % 10 == 5) {
                t[m - 1] = BinMapper.ALMOST_INF;
                t[0] = -Double.MAX_VALUE;
            } else if (round % 10 == 6) {
                t[0] = Double.NaN;
            } else if (round % 10 == 7) {
                t[m - 1] = Double.NaN;
            }
            List<Double> values = new ArrayList<>(List.of(Double.NaN, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY, 0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE));
            for (double threshold : t) {
                values.add(threshold);
                values.add(Math.nextUp(threshold));
                values.add(Math.nextDown(threshold));
            }
            for (int i = 0; i < 200; i++) {
                values.add(random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3));
            }
            double[] column = values.stream().mapToDouble(Double::doubleValue).toArray();
            int maxBins = Math.max(m + 1, 2 + random.nextInt(254));
            BinMapper mapper = BinMapper.of(new double[][] {t}, maxBins);
            byte[] out = new byte[column.length];
            int[] counts = new int[maxBins + 1];
            mapper.binner(0).bin(column, column.length, out, 0, counts, 0);
            int[] expectedCounts = new int[maxBins + 1];
            for (int i = 0; i < column.length; i++) {
                int expected = referenceBin(t, column[i], maxBins);
                expectedCounts[expected]++;
                assertEquals(expected, out[i] & 0xFF, "round " + round + ", value " + column[i]);
            }
            assertArrayEquals(expectedCounts, counts);
        }
    }

    /**
     * scikit-learn's thresholds and bins of columns with infinities ({@code make_trees_reference.py}): a percentile
     * read at +inf, or at -inf with gamma 1, is NaN (inf - inf in numpy's lerp), the repeated ones collapse to one
     * NaN last, a lone one stays where it is (first with -inf: bin 0 is then empty), and a value meets a NaN threshold
     * as larger than it; with and without weights, on the tally's and the buckets' paths.
     */
    @Test
    void infiniteValuesGetScikitLearnsThresholdsAndBins() {
        int cases = 0;
        int nan = 0;
        for (Map<String, String> r : Reference.rows("trees_hgb_inf_binning.csv")) {
            double[] column = infColumn(r.get("kind"), Integer.parseInt(r.get("rows")), r.get("extras"));
            int maxBins = Integer.parseInt(r.get("max_bins"));
            double[] w = null;
            if (r.get("weighted").equals("True")) {
                w = new double[column.length];
                for (int i = 0; i < w.length; i++) {
                    w[i] = i % 7 == 3 ? 0 : 1 + i % 5;
                }
            }
            String what = r.get("case") + (w == null ? "" : " weighted");
            double[] expected = Reference.numbers(r.get("thresholds"));
            double[] actual = w == null ? BinMapper.thresholds(column, maxBins) : BinMapper.thresholds(column, maxBins, w);
            assertArrayEquals(expected, actual, 0.0, what + ": thresholds");
            FeatureMatrix x = FeatureMatrix.ofColumnMajor(column.length, List.of("x"), column);
            for (Parallel parallel : List.of(Parallel.sequential(), Parallel.on(pool))) {
                BinMapper mapper = BinMapper.fit(x, maxBins, new int[0], w, parallel);
                assertArrayEquals(expected, mapper.thresholds(0), 0.0, what + ": fitted thresholds");
                assertEquals(Integer.parseInt(r.get("n_bins_non_missing")), mapper.nonMissingBins(0), what);
                byte[] bins = BinnedSamples.of(mapper, x, maxBins + 1, parallel).byColumn();
                int[] expectedBins = Reference.ints(r.get("bins"));
                for (int i = 0; i < column.length; i++) {
                    assertEquals(expectedBins[i], bins[i] & 0xFF, what + ": bin of row " + i + ", " + column[i]);
                }
            }
            nan += Arrays.stream(expected).anyMatch(Double::isNaN) ? 1 : 0;
            cases++;
        }
        assertEquals(32, cases);
        assertEquals(13, nan);
    }

    /** {@code inf_column} of {@code make_trees_reference.py}: a formula's {@code n} values, then the extras repeated. */
    private static double[] infColumn(String kind, int n, String extras) {
        List<Double> values = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            values.add(kind.equals("spread") ? (i * 7919 % 100003) / 100003.0 * 10 - 5 : 1.0 + i * Math.ulp(1.0));
        }
        for (String extra : Reference.words(extras)) {
            int star = extra.indexOf('*');
            double v = Reference.number(extra.substring(0, star));
            for (int c = Integer.parseInt(extra.substring(star + 1)); c > 0; c--) {
                values.add(v);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A column of one of the kinds the thresholds treat apart, chosen by {@code kind}. */
    private static double[] column(Random random, int kind) {
        int n = switch (kind % 7) {
            case 0 -> random.nextInt(12);
            case 1 -> 200 + random.nextInt(400);
            case 2 -> 4_000 + random.nextInt(300);
            default -> 5_000 + random.nextInt(25_000);
        };
        double[] values = new double[n];
        int shape = (kind / 7) % 12;
        int few = random.nextInt(4) == 0 ? 250 + random.nextInt(10) : 1 + random.nextInt(300);
        double[] pool = new double[few];
        for (int k = 0; k < few; k++) {
            pool[k] = random.nextGaussian() * 100;
        }
        for (int i = 0; i < n; i++) {
            values[i] = switch (shape) {
                case 0 -> random.nextGaussian();
                case 1 -> pool[random.nextInt(few)];
                case 2 -> Math.round(random.nextGaussian() * 100) / 100.0;
                case 3 -> Math.exp(random.nextGaussian() * 6);
                case 4 -> random.nextBoolean() ? 0.0 : -0.0;
                case 5 -> random.nextInt(3) == 0 ? -0.0 : random.nextGaussian();
                case 6 -> random.nextGaussian() * 1e307;
                case 7 -> Double.MIN_VALUE * random.nextInt(2_000);
                case 8 -> random.nextInt(1 + random.nextInt(600));
                case 9 -> 1e300 + random.nextInt(1000) * Math.ulp(1e300);
                case 10 -> 42.0;
                default -> random.nextGaussian() * Math.pow(10, random.nextInt(30) - 15);
            };
        }
        // sprinkle the special values at a rate the column's kind chooses
        int specials = kind % 3 == 0 ? 0 : 1 + random.nextInt(Math.max(1, n / 20 + 1));
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
                Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int s = 0; s < specials && n > 0; s++) {
            values[random.nextInt(n)] = special[random.nextInt(kind % 2 == 0 ? 1 : special.length)];
        }
        if (kind % 11 == 4 && n > 0) {
            Arrays.fill(values, Double.NaN);
        }
        if (kind % 13 == 6 && n > 1) {
            values[0] = Double.NEGATIVE_INFINITY;
            for (int i = 1; i < n; i++) {
                values[i] = Double.POSITIVE_INFINITY;
            }
        }
        return values;
    }

    /** {@code values} cut or repeated (with a shuffle) to {@code rows} values. */
    private static double[] resized(double[] values, int rows, Random random) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = values.length == 0 ? Double.NaN : values[random.nextInt(values.length)];
        }
        return out;
    }

    private static int distinct(double[] column) {
        return (int) Arrays.stream(column).filter(v -> !Double.isNaN(v)).map(v -> v == 0.0 ? 0.0 : v).distinct().count();
    }

    /** {@code _find_binning_thresholds} the plain way: all non-missing values sorted. */
    private static double[] referenceThresholds(double[] column, int maxBins) {
        double[] sorted = Arrays.stream(column).filter(v -> !Double.isNaN(v)).map(v -> v == 0.0 ? 0.0 : v).sorted()
                .toArray();
        return referenceFromSorted(sorted, maxBins, q -> referencePercentile(sorted, q / 100));
    }

    /**
     * scikit-learn's {@code np.unique(thresholds)} when it is shorter: sorted with NaN last, equal values and all NaN
     * (between two infinities) counted once; the thresholds as they are when nothing repeats.
     */
    private static double[] referenceUnique(double[] thresholds) {
        double[] sorted = Arrays.stream(thresholds).sorted().toArray();
        List<Double> unique = new ArrayList<>();
        for (double v : sorted) {
            if (unique.isEmpty() || !(v == unique.getLast() || Double.isNaN(v) && Double.isNaN(unique.getLast()))) {
                unique.add(v);
            }
        }
        return unique.size() == thresholds.length ? thresholds
                : unique.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** numpy's {@code quantile(sorted, q, method="averaged_inverted_cdf")}. */
    private static double referencePercentile(double[] sorted, double q) {
        int n = sorted.length;
        double virtual = n * q - 1;
        double previousIndex = Math.floor(virtual);
        int previous;
        int next;
        if (virtual >= n - 1) {
            previous = n - 1;
            next = n - 1;
            previousIndex = -1;
        } else if (virtual < 0) {
            previous = 0;
            next = 0;
            previousIndex = 0;
        } else {
            previous = (int) previousIndex;
            next = previous + 1;
        }
        double gamma = virtual - previousIndex == 0 ? 0.5 : 1.0;
        return sorted[next] - (sorted[next] - sorted[previous]) * (1 - gamma);
    }

    /** The bin of {@code v}: scikit-learn's {@code _map_col_to_bins}, its binary search as written there. */
    private static int referenceBin(double[] t, double v, int missingBin) {
        if (Double.isNaN(v)) {
            return missingBin;
        }
        int left = 0;
        int right = t.length;
        while (left < right) {
            int middle = left + (right - left - 1) / 2;
            if (v <= t[middle]) {
                right = middle;
            } else {
                left = middle + 1;
            }
        }
        return left;
    }

    private record Layouts(byte[] byRow, byte[] byColumn, int[] rootCounts, int[] rowsByBin,
                             boolean[] hasMissing) {
    }

    private static Layouts reference(double[][] thresholds, FeatureMatrix x, int maxBins) {
        int rows = x.rows();
        int features = x.cols();
        int bins = maxBins + 1;
        byte[] byRow = new byte[rows * features];
        byte[] byColumn = new byte[rows * features];
        int[] rootCounts = new int[features * bins];
        int[] rowsByBin = new int[rows * features];
        boolean[] hasMissing = new boolean[features];
        for (int j = 0; j < features; j++) {
            int[] bin = new int[rows];
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                bin[i] = referenceBin(thresholds[j], x.get(i, j), maxBins);
                byRow[i * features + j] = (byte) bin[i];
                byColumn[j * rows + i] = (byte) bin[i];
                rootCounts[j * bins + bin[i]]++;
                hasMissing[j] |= bin[i] == maxBins;
                order.add(i);
            }
            order.sort((a, b) -> Integer.compare(bin[a], bin[b]));
            for (int k = 0; k < rows; k++) {
                rowsByBin[j * rows + k] = order.get(k);
            }
        }
        return new Layouts(byRow, byColumn, rootCounts, rowsByBin, hasMissing);
    }
}
