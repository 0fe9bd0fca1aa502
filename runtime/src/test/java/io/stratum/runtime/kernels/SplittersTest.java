package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.KFoldKernel;
import io.stratum.runtime.kernels.split.LegacyRandomState;
import io.stratum.runtime.kernels.split.ShuffleSplitKernel;
import io.stratum.runtime.kernels.split.ShuffleSplitKernel.Size;
import io.stratum.runtime.kernels.split.TimeSeriesSplitKernel;
import io.stratum.runtime.reference.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** numpy's legacy RandomState and scikit-learn's shuffled KFold, ShuffleSplit and TimeSeriesSplit, index for index. */
class SplittersTest {

    @Test
    void randomStateMatchesNumpy() {
        int checked = 0;
        for (Map<String, String> r : Reference.rows("regression_permutations.csv")) {
            long seed = Long.parseLong(r.get("seed"));
            int n = Integer.parseInt(r.get("n"));
            LegacyRandomState rng = new LegacyRandomState(seed);
            if (n < 0) {
                String[] words = r.get("values").split(" ");
                for (String w : words) {
                    assertEquals(Long.parseLong(w), rng.nextUint32(), "seed " + seed + " raw words");
                }
            } else {
                assertArrayEquals(Reference.ints(r.get("values")), rng.permutation(n), "seed " + seed + " permutation(" + n + ")");
            }
            checked++;
        }
        assertEquals(30, checked);
    }

    @Test
    void seedsOutsideNumpysRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LegacyRandomState(-1));
        assertThrows(IllegalArgumentException.class, () -> new LegacyRandomState(1L << 32));
    }

    @Test
    void splittersMatchScikitLearn() {
        Map<String, Integer> perSplitter = new HashMap<>();
        Map<String, List<Fold>> cache = new HashMap<>();
        for (Map<String, String> r : Reference.rows("regression_splitters.csv")) {
            String splitter = r.get("splitter");
            int n = Integer.parseInt(r.get("n_samples"));
            Map<String, String> p = params(r.get("params"));
            String key = splitter + n + r.get("params");
            List<Fold> folds = cache.computeIfAbsent(key, k -> switch (splitter) {
                case "KFold" -> KFoldKernel.splitShuffled(n, Integer.parseInt(p.get("n_splits")),
                        Long.parseLong(p.get("random_state")));
                case "ShuffleSplit" -> ShuffleSplitKernel.split(n, Integer.parseInt(p.get("n_splits")),
                        size(p.get("test_size")), size(p.get("train_size")), Long.parseLong(p.get("random_state")));
                case "TimeSeriesSplit" -> TimeSeriesSplitKernel.split(n, Integer.parseInt(p.get("n_splits")),
                        intOrZero(p.get("max_train_size")), intOrZero(p.get("test_size")), Integer.parseInt(p.get("gap")));
                default -> throw new AssertionError(splitter);
            });
            int f = Integer.parseInt(r.get("fold"));
            String what = key + " fold " + f;
            assertArrayEquals(Reference.ints(r.get("train")), folds.get(f).train(), what + " train");
            assertArrayEquals(Reference.ints(r.get("test")), folds.get(f).test(), what + " test");
            perSplitter.merge(splitter, 1, Integer::sum);
        }
        assertTrue(perSplitter.get("KFold") > 200, perSplitter.toString());
        assertTrue(perSplitter.get("ShuffleSplit") > 50, perSplitter.toString());
        assertTrue(perSplitter.get("TimeSeriesSplit") > 30, perSplitter.toString());
        // Every fold of every configuration was compared: the cached split lists are as long as the fixture says.
        for (Map.Entry<String, List<Fold>> e : cache.entrySet()) {
            assertTrue(e.getValue().size() >= 1, e.getKey());
        }
    }

    @Test
    void shuffledKFoldPartitionsTheRows() {
        List<Fold> folds = KFoldKernel.splitShuffled(23, 5, 7);
        boolean[] seen = new boolean[23];
        for (Fold f : folds) {
            for (int i : f.test()) {
                assertTrue(!seen[i], "row " + i + " tested twice");
                seen[i] = true;
            }
            assertEquals(23, f.train().length + f.test().length);
        }
    }

    @Test
    void badSizesAreReportedLikeScikitLearn() {
        DataException e = assertThrows(DataException.class,
                () -> ShuffleSplitKernel.split(10, 3, new Size.Count(6), new Size.Count(5), 0));
        assertTrue(e.getMessage().contains("should be smaller than the number of samples 10"), e.getMessage());
        assertThrows(DataException.class, () -> ShuffleSplitKernel.split(10, 3, new Size.Fraction(1.5), new Size.Absent(), 0));
        DataException t = assertThrows(DataException.class, () -> TimeSeriesSplitKernel.split(5, 5, 0, 0, 0));
        assertTrue(t.getMessage().contains("number of folds=6"), t.getMessage());
        assertThrows(DataException.class, () -> TimeSeriesSplitKernel.split(10, 3, 0, 3, 2));
    }

    private static Map<String, String> params(String text) {
        Map<String, String> out = new HashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            out.put(kv[0], kv[1]);
        }
        return out;
    }

    private static Size size(String text) {
        if (text.equals("None")) {
            return new Size.Absent();
        }
        return text.contains(".") ? new Size.Fraction(Double.parseDouble(text)) : new Size.Count(Long.parseLong(text));
    }

    private static int intOrZero(String text) {
        return text.equals("None") ? 0 : Integer.parseInt(text);
    }
}
