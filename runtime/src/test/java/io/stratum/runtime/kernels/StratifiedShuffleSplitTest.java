package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.ShuffleSplitKernel;
import io.stratum.runtime.kernels.split.StratifiedShuffleSplitKernel;
import io.stratum.runtime.reference.Reference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * StratifiedShuffleSplit against scikit-learn 1.9 (fixtures of runtime/reference/make_shuffle_split_reference.py):
 * the same train and test rows in the same order for every fold, ties between equal remainders drawn alike, and
 * scikit-learn's refusals.
 */
class StratifiedShuffleSplitTest {

    @Test
    void foldsAreScikitLearns() {
        int folds = 0;
        int errors = 0;
        for (Map<String, String> r : Reference.rows("stratified_shuffle_split.csv")) {
            String what = r.get("case") + " " + r.get("n_splits") + " test=" + r.get("test_size") + " train="
                    + r.get("train_size") + " seed=" + r.get("seed");
            int[] labels = Reference.ints(r.get("y"));
            if (!r.get("error").isEmpty()) {
                DataException e = assertThrows(DataException.class, () -> split(r, labels), what);
                assertEquals(r.get("error"), e.getMessage(), what);
                errors++;
                continue;
            }
            List<Fold> all = split(r, labels);
            Fold fold = all.get(Integer.parseInt(r.get("fold")));
            assertArrayEquals(Reference.ints(r.get("train")), fold.train(), what + " fold " + r.get("fold") + " train");
            assertArrayEquals(Reference.ints(r.get("test")), fold.test(), what + " fold " + r.get("fold") + " test");
            folds++;
        }
        assertEquals(63, folds);
        assertEquals(1, errors);
    }

    private static List<Fold> split(Map<String, String> r, int[] labels) {
        return StratifiedShuffleSplitKernel.split(labels, Integer.parseInt(r.get("n_splits")), size(r.get("test_size")),
                size(r.get("train_size")), Long.parseLong(r.get("seed")));
    }

    private static ShuffleSplitKernel.Size size(String text) {
        if (text.equals("None")) {
            return new ShuffleSplitKernel.Size.Absent();
        }
        return text.contains(".") ? new ShuffleSplitKernel.Size.Fraction(Double.parseDouble(text))
                : new ShuffleSplitKernel.Size.Count(Long.parseLong(text));
    }
}
