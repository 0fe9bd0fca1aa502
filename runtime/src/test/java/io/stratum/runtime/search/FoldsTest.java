package io.stratum.runtime.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.ir.physical.SplitterSpec;
import io.stratum.ir.value.Const;
import io.stratum.runtime.exec.FoldSplit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The folds of a search fitted on a split's training rows: the inner splitter's, indexing the whole data. */
class FoldsTest {
    /** train_test_split(test_size=0.25, shuffle=False) of 8 rows trains on rows 0-5, tests on 6 and 7. */
    private static final SplitterSpec FIRST_SIX = new SplitterSpec.TrainTestSplit(Const.of(0.25), Const.none(), false, 0);

    @Test
    void innerFoldsSplitTheTrainingRowsOnly() {
        List<FoldSplit> folds = Folds.of(new SplitterSpec.WithinTrainingRows(FIRST_SIX, SplitterSpec.KFold.consecutive(3)), 8);
        assertEquals(3, folds.size());
        assertArrayEquals(new int[] {2, 3, 4, 5}, folds.get(0).train());
        assertArrayEquals(new int[] {0, 1}, folds.get(0).test());
        assertArrayEquals(new int[] {0, 1, 2, 3}, folds.get(2).train());
        assertArrayEquals(new int[] {4, 5}, folds.get(2).test());
    }

    @Test
    void shuffledOuterRowsKeepTheirOrderAndStratifyOnTheirOwnClasses() {
        SplitterSpec outer = new SplitterSpec.TrainTestSplit(Const.of(0.25), Const.none(), true, 0);
        int[] outerTrain = Folds.of(outer, 8).get(0).train();
        // rows 0-3 of class 0, 4-7 of class 1: the inner StratifiedKFold sees the training rows' classes in split order
        int[] classes = {0, 0, 0, 0, 1, 1, 1, 1};
        List<FoldSplit> folds = Folds.of(new SplitterSpec.WithinTrainingRows(outer, SplitterSpec.StratifiedKFold.ordered(2)),
                8, () -> classes);
        int[] trainClasses = new int[outerTrain.length];
        for (int i = 0; i < outerTrain.length; i++) {
            trainClasses[i] = classes[outerTrain[i]];
        }
        List<FoldSplit> direct = Folds.of(SplitterSpec.StratifiedKFold.ordered(2), outerTrain.length, () -> trainClasses);
        assertEquals(direct.size(), folds.size());
        for (int f = 0; f < folds.size(); f++) {
            int[] test = direct.get(f).test();
            int[] expected = new int[test.length];
            for (int i = 0; i < test.length; i++) {
                expected[i] = outerTrain[test[i]];
            }
            assertArrayEquals(expected, folds.get(f).test());
        }
    }
}
