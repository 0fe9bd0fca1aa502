package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.GroupIds;
import io.stratum.runtime.kernels.split.GroupKFoldKernel;
import io.stratum.runtime.reference.Reference;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GroupKFold against scikit-learn 1.9 (fixtures of runtime/reference/make_group_split_reference.py): the same train
 * and test rows for every fold, unshuffled (largest group to the lightest fold, ties as numpy's reversed stable
 * argsort) and shuffled (numpy's permutation of the sorted groups), for int, float, bool and string groups (strings
 * by code point), and a refusal wherever scikit-learn refuses.
 */
class GroupKFoldTest {

    @Test
    void foldsAreScikitLearns() {
        int folds = 0;
        int errors = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("group_kfold.csv")) {
                String what = r.get("case") + " n_splits=" + r.get("n_splits") + " shuffle=" + r.get("shuffle")
                        + " seed=" + r.get("seed");
                GroupIds groups = GroupIds.of(column(memory, r.get("kind"), r.get("groups").split("\\|")));
                if (!r.get("error").isEmpty()) {
                    DataException e = assertThrows(DataException.class, () -> split(r, groups), what);
                    assertTrue(e.getMessage().contains("n_splits=" + r.get("n_splits")), e.getMessage());
                    errors++;
                    continue;
                }
                Fold fold = split(r, groups).get(Integer.parseInt(r.get("fold")));
                assertArrayEquals(Reference.ints(r.get("train")), fold.train(), what + " fold " + r.get("fold") + " train");
                assertArrayEquals(Reference.ints(r.get("test")), fold.test(), what + " fold " + r.get("fold") + " test");
                folds++;
            }
        }
        assertEquals(118, folds);
        assertEquals(11, errors);
    }

    @Test
    void missingGroupIsRefusedNamingItsRow() {
        try (MemoryContext memory = MemoryContext.open()) {
            Column g = StringColumn.of(memory, "seller", new String[]{"a", null, "b"});
            DataException e = assertThrows(DataException.class, () -> GroupIds.of(g));
            assertTrue(e.getMessage().contains("'seller'") && e.getMessage().contains("row 1"), e.getMessage());
        }
    }

    private static List<Fold> split(Map<String, String> r, GroupIds groups) {
        int n = Integer.parseInt(r.get("n_splits"));
        return Boolean.parseBoolean(r.get("shuffle").toLowerCase())
                ? GroupKFoldKernel.splitShuffled(groups, n, Long.parseLong(r.get("seed")))
                : GroupKFoldKernel.split(groups, n);
    }

    static Column column(MemoryContext memory, String kind, String[] labels) {
        return switch (kind) {
            case "int" -> Int64Column.of(memory, "g", Arrays.stream(labels).mapToLong(Long::parseLong).toArray());
            case "float" -> Float64Column.of(memory, "g", Arrays.stream(labels).mapToDouble(Double::parseDouble).toArray());
            case "bool" -> {
                boolean[] v = new boolean[labels.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = labels[i].equals("True");
                }
                yield BoolColumn.of(memory, "g", v);
            }
            default -> StringColumn.of(memory, "g", labels);
        };
    }
}
