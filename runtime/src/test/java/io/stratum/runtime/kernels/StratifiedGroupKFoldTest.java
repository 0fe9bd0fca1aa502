package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.GroupIds;
import io.stratum.runtime.kernels.split.StratifiedGroupKFoldKernel;
import io.stratum.runtime.reference.Reference;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * StratifiedGroupKFold against scikit-learn 1.9 (fixtures of runtime/reference/make_group_split_reference.py): the
 * same train and test rows for every fold, unshuffled and shuffled, on cases chosen to reach its tie rules (groups
 * whose class-count spreads are equal, or equal only up to numpy's rounding, folds within {@code isclose} of each
 * other) and more than eight classes (numpy's unrolled pairwise sums); refusals where scikit-learn refuses.
 */
class StratifiedGroupKFoldTest {

    @Test
    void foldsAreScikitLearns() {
        int folds = 0;
        int errors = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("stratified_group_kfold.csv")) {
                String what = r.get("case") + " n_splits=" + r.get("n_splits") + " shuffle=" + r.get("shuffle")
                        + " seed=" + r.get("seed");
                int[] classes = ints(r.get("classes"));
                GroupIds groups = GroupIds.of(Int64Column.of(memory, "g",
                        Arrays.stream(r.get("groups").split("\\|")).mapToLong(Long::parseLong).toArray()));
                if (!r.get("error").isEmpty()) {
                    DataException e = assertThrows(DataException.class, () -> split(r, classes, groups), what);
                    String expected = r.get("error");
                    assertTrue(e.getMessage().startsWith(expected.substring(0, expected.length() - 1)),
                            what + ": " + e.getMessage() + " vs scikit-learn's " + expected);
                    errors++;
                    continue;
                }
                List<Fold> all = split(r, classes, groups);
                Fold fold = all.get(Integer.parseInt(r.get("fold")));
                assertArrayEquals(Reference.ints(r.get("train")), fold.train(), what + " fold " + r.get("fold") + " train");
                assertArrayEquals(Reference.ints(r.get("test")), fold.test(), what + " fold " + r.get("fold") + " test");
                folds++;
            }
        }
        assertEquals(236, folds);
        assertEquals(10, errors);
    }

    @Test
    void everyRowIsTestedOnceAndGroupsStayWhole() {
        try (MemoryContext memory = MemoryContext.open()) {
            int n = 500;
            int[] classes = new int[n];
            long[] g = new long[n];
            java.util.SplittableRandom random = new java.util.SplittableRandom(3);
            for (int i = 0; i < n; i++) {
                classes[i] = random.nextInt(3);
                g[i] = random.nextInt(37);
            }
            GroupIds groups = GroupIds.of(Int64Column.of(memory, "g", g));
            List<Fold> folds = StratifiedGroupKFoldKernel.splitShuffled(classes, groups, 4, 9);
            int[] testedIn = new int[n];
            Arrays.fill(testedIn, -1);
            for (Fold f : folds) {
                assertEquals(n, f.train().length + f.test().length);
                for (int row : f.test()) {
                    assertEquals(-1, testedIn[row], "row " + row + " tested twice");
                    testedIn[row] = f.index();
                }
            }
            for (int i = 0; i < n; i++) {
                assertTrue(testedIn[i] >= 0);
                for (int j = 0; j < i; j++) {
                    if (g[i] == g[j]) {
                        assertEquals(testedIn[j], testedIn[i], "group " + g[i] + " split across folds");
                    }
                }
            }
        }
    }

    private static List<Fold> split(Map<String, String> r, int[] classes, GroupIds groups) {
        int n = Integer.parseInt(r.get("n_splits"));
        return Boolean.parseBoolean(r.get("shuffle").toLowerCase())
                ? StratifiedGroupKFoldKernel.splitShuffled(classes, groups, n, Long.parseLong(r.get("seed")))
                : StratifiedGroupKFoldKernel.split(classes, groups, n);
    }

    private static int[] ints(String bars) {
        return Arrays.stream(bars.split("\\|")).mapToInt(Integer::parseInt).toArray();
    }
}
