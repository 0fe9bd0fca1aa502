package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.GroupIds;
import io.stratum.runtime.kernels.split.LeaveOneGroupOutKernel;
import io.stratum.runtime.reference.Reference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LeaveOneGroupOut against scikit-learn 1.9 (fixtures of runtime/reference/make_leave_one_group_out_reference.py):
 * one fold per group in sorted order (int, float with -0.0, bool and string groups, strings by code point), the same
 * train and test rows, the same number of folds, and a refusal of a single group as scikit-learn refuses it.
 */
class LeaveOneGroupOutTest {

    @Test
    void foldsAreScikitLearns() {
        int folds = 0;
        int errors = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            Map<String, Integer> expectedCounts = new java.util.HashMap<>();
            for (Map<String, String> r : Reference.rows("leave_one_group_out.csv")) {
                expectedCounts.merge(r.get("case"), 1, Integer::sum);
            }
            for (Map<String, String> r : Reference.rows("leave_one_group_out.csv")) {
                GroupIds groups = GroupIds.of(GroupKFoldTest.column(memory, r.get("kind"), r.get("groups").split("\\|")));
                if (!r.get("error").isEmpty()) {
                    DataException e = assertThrows(DataException.class, () -> LeaveOneGroupOutKernel.split(groups));
                    assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
                    errors++;
                    continue;
                }
                List<Fold> split = LeaveOneGroupOutKernel.split(groups);
                assertEquals(expectedCounts.get(r.get("case")), split.size(), r.get("case") + ": number of folds");
                Fold fold = split.get(Integer.parseInt(r.get("fold")));
                String what = r.get("case") + " fold " + r.get("fold");
                assertArrayEquals(Reference.ints(r.get("train")), fold.train(), what + " train");
                assertArrayEquals(Reference.ints(r.get("test")), fold.test(), what + " test");
                folds++;
            }
        }
        assertEquals(1, errors);
        assertEquals(41, folds);
    }
}
