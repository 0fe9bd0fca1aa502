package io.stratum.optimizer.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.physical.SplitterSpec;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** cv=KFold(...)/ShuffleSplit(...)/TimeSeriesSplit(...) as the binder records them, resolved for the runtime. */
class CvSplittersTest {
    private static final Origin AT = new Origin("s.py", 12, 8);

    /** The dict the binder stores for a splitter: its class, then every parameter in signature order. */
    private static Const.DictConst dict(String splitter, Object... keyValues) {
        List<Const> keys = new ArrayList<>(List.of(Const.of(CvSplitters.CLASS_KEY)));
        List<Const> values = new ArrayList<>(List.of(Const.of(splitter)));
        for (int i = 0; i < keyValues.length; i += 2) {
            keys.add(Const.of((String) keyValues[i]));
            values.add((Const) keyValues[i + 1]);
        }
        return new Const.DictConst(keys, values);
    }

    @Test
    void resolvesEachSplitter() {
        assertEquals(new SplitterSpec.KFold(5, true, 0), CvSplitters.resolve(dict("KFold", "n_splits", Const.of(5L),
                "shuffle", Const.of(true), "random_state", Const.of(0L)), AT));
        assertEquals(SplitterSpec.KFold.consecutive(3), CvSplitters.resolve(dict("KFold", "n_splits", Const.of(3L),
                "shuffle", Const.of(false), "random_state", Const.none()), AT));
        assertEquals(new SplitterSpec.ShuffleSplit(4, Const.of(0.25), Const.none(), 7),
                CvSplitters.resolve(dict("ShuffleSplit", "n_splits", Const.of(4L), "test_size", Const.of(0.25),
                        "train_size", Const.none(), "random_state", Const.of(7L)), AT));
        assertEquals(new SplitterSpec.GroupKFold(3, true, 42), CvSplitters.resolve(dict("GroupKFold", "n_splits",
                Const.of(3L), "shuffle", Const.of(true), "random_state", Const.of(42L)), AT));
        assertEquals(new SplitterSpec.GroupKFold(5, false, 0), CvSplitters.resolve(dict("GroupKFold", "n_splits",
                Const.of(5L), "shuffle", Const.of(false), "random_state", Const.none()), AT));
        assertEquals(new SplitterSpec.StratifiedGroupKFold(4, true, 9), CvSplitters.resolve(dict("StratifiedGroupKFold",
                "n_splits", Const.of(4L), "shuffle", Const.of(true), "random_state", Const.of(9L)), AT));
        assertEquals(new SplitterSpec.StratifiedGroupKFold(5, false, 0), CvSplitters.resolve(dict("StratifiedGroupKFold",
                "n_splits", Const.of(5L), "shuffle", Const.of(false), "random_state", Const.none()), AT));
        assertEquals("StratifiedGroupKFold(n_splits=4, random_state=9, shuffle=True)",
                new SplitterSpec.StratifiedGroupKFold(4, true, 9).repr());
        assertEquals(new SplitterSpec.TimeSeriesSplit(4, 0, 30, 7),
                CvSplitters.resolve(dict("TimeSeriesSplit", "n_splits", Const.of(4L), "max_train_size", Const.none(),
                        "test_size", Const.of(30L), "gap", Const.of(7L)), AT));
    }

    @Test
    void unreproducibleOrMeaninglessSettingsAreLocatedErrors() {
        StratumError noSeed = assertThrows(StratumError.class, () -> CvSplitters.resolve(dict("KFold",
                "n_splits", Const.of(5L), "shuffle", Const.of(true), "random_state", Const.none()), AT));
        assertTrue(noSeed.getMessage().contains("random_state is None"), noSeed.getMessage());
        assertEquals(AT, noSeed.origin());
        assertTrue(noSeed.hint().contains("random_state=0"), noSeed.hint());
        StratumError seedWithoutShuffle = assertThrows(StratumError.class, () -> CvSplitters.resolve(dict("KFold",
                "n_splits", Const.of(5L), "shuffle", Const.of(false), "random_state", Const.of(3L)), AT));
        assertTrue(seedWithoutShuffle.getMessage().contains("no effect"), seedWithoutShuffle.getMessage());
        StratumError stratifiedGroupSeed = assertThrows(StratumError.class, () -> CvSplitters.resolve(dict(
                "StratifiedGroupKFold", "n_splits", Const.of(5L), "shuffle", Const.of(false), "random_state",
                Const.of(3L)), AT));
        assertTrue(stratifiedGroupSeed.getMessage().contains("no effect"), stratifiedGroupSeed.getMessage());
        assertThrows(StratumError.class, () -> CvSplitters.resolve(dict("ShuffleSplit", "n_splits", Const.of(4L),
                "test_size", Const.of(1.5), "train_size", Const.none(), "random_state", Const.of(7L)), AT));
        assertThrows(StratumError.class, () -> CvSplitters.resolve(dict("ShuffleSplit", "n_splits", Const.of(4L),
                "test_size", Const.none(), "train_size", Const.none(), "random_state", Const.of(-1L)), AT));
        StratumError unknown = assertThrows(StratumError.class, () -> CvSplitters.resolve(dict("LeavePGroupsOut", "n_groups", Const.of(2L)), AT));
        assertTrue(unknown.hint().contains("GroupKFold"), unknown.hint());
        StratumError groupSeed = assertThrows(StratumError.class, () -> CvSplitters.resolve(dict("GroupKFold",
                "n_splits", Const.of(5L), "shuffle", Const.of(false), "random_state", Const.of(3L)), AT));
        assertTrue(groupSeed.getMessage().contains("no effect"), groupSeed.getMessage());
    }

    @Test
    void explainShowsTheSplitterUnlessItIsPlainKFold() {
        SearchPlan plain = new SearchPlan(List.of(), List.of(), 5, "r2");
        assertEquals(5, plain.folds());
        assertTrue(plain.explain().startsWith("Search folds=5, scoring='r2', candidates=0"), plain.explain());
        SearchPlan shuffled = new SearchPlan(List.of(), List.of(), new SplitterSpec.KFold(5, true, 0), "r2");
        assertTrue(shuffled.explain().startsWith(
                "Search cv=KFold(n_splits=5, random_state=0, shuffle=True), scoring='r2', candidates=0"), shuffled.explain());
        SearchPlan forward = new SearchPlan(List.of(), List.of(), new SplitterSpec.TimeSeriesSplit(4, 0, 0, 7), "r2");
        assertEquals(4, forward.folds());
        assertTrue(forward.explain().startsWith("Search cv=TimeSeriesSplit(gap=7, max_train_size=None, n_splits=4,"
                + " test_size=None)"), forward.explain());
    }
}
