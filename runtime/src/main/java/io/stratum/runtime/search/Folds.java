package io.stratum.runtime.search;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.SplitterSpec;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.exec.FoldSplit;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.GroupIds;
import io.stratum.runtime.kernels.split.GroupKFoldKernel;
import io.stratum.runtime.kernels.split.LeaveOneGroupOutKernel;
import io.stratum.runtime.kernels.split.StratifiedGroupKFoldKernel;
import io.stratum.runtime.kernels.split.KFoldKernel;
import io.stratum.runtime.kernels.split.ShuffleSplitKernel;
import io.stratum.runtime.kernels.split.StratifiedKFoldKernel;
import io.stratum.runtime.kernels.split.StratifiedShuffleSplitKernel;
import io.stratum.runtime.kernels.split.TimeSeriesSplitKernel;
import io.stratum.runtime.kernels.split.TrainTestSplitKernel;
import java.util.ArrayList;
import java.util.List;

/** The cross-validation folds of a search, from the splitter kernels. */
final class Folds {
    private Folds() {
    }

    /** The folds {@code splitter} makes of {@code rows} rows, exactly as scikit-learn's splitter yields them. */
    static List<FoldSplit> of(SplitterSpec splitter, int rows) {
        return of(splitter, rows, () -> {
            throw new IllegalStateException(splitter.repr() + " needs the target's classes");
        });
    }

    /**
     * The folds {@code splitter} makes of {@code rows} rows; a stratified splitter reads the class of every row
     * from {@code classes} (asked only then, since reading the target is work a plain KFold does not need).
     */
    static List<FoldSplit> of(SplitterSpec splitter, int rows, java.util.function.Supplier<int[]> classes) {
        return of(splitter, rows, classes, () -> {
            throw new IllegalStateException(splitter.repr() + " needs the groups");
        });
    }

    /** The same, a grouped splitter reading each row's group from {@code groups} (asked only then). */
    static List<FoldSplit> of(SplitterSpec splitter, int rows, java.util.function.Supplier<int[]> classes,
                              java.util.function.Supplier<GroupIds> groups) {
        return of(splitter, rows, classes, groups, Origin.NONE);
    }

    /**
     * The same; a split the data does not allow (more folds than groups, say) is an error located at {@code at},
     * the script line that gave the splitter.
     */
    static List<FoldSplit> of(SplitterSpec splitter, int rows, java.util.function.Supplier<int[]> classes,
                              java.util.function.Supplier<GroupIds> groups, Origin at) {
        if (splitter instanceof SplitterSpec.WithinTrainingRows within) {
            return within(within, rows, classes, groups, at);
        }
        List<Fold> folds;
        try {
            folds = folds(splitter, rows, classes, groups);
        } catch (DataException e) {
            StratumError error = new StratumError(at, "cv=" + splitter.repr() + " cannot split the " + rows
                    + " rows at the split point: " + e.getMessage(), "change the splitter's settings (fewer splits, or groups that allow them)");
            error.initCause(e);
            throw error;
        }
        if (splitter instanceof SplitterSpec.SingleSplitOf one) {
            // skrub's get_single_split: split_index in [-n, n), negative from the end.
            int n = folds.size();
            if (one.index() < -n || one.index() >= n) {
                throw new StratumError(at, "split_index " + one.index() + " out of range for splitter "
                        + one.splitter().repr() + " with " + n + " splits", "pass a split_index between " + -n + " and "
                        + (n - 1) + " (-1, the default, is the last split)");
            }
            folds = List.of(folds.get(one.index() < 0 ? n + one.index() : one.index()));
        }
        List<FoldSplit> out = new ArrayList<>(folds.size());
        for (Fold f : folds) {
            out.add(new FoldSplit(f.train(), f.test()));
        }
        return out;
    }

    /**
     * The inner splitter's folds of the outer split's training rows (their classes taken in the split's order), as
     * indices of all {@code rows}: skrub's search sees the training rows' X and y, and its folds index those.
     */
    private static List<FoldSplit> within(SplitterSpec.WithinTrainingRows within, int rows,
                                          java.util.function.Supplier<int[]> classes,
                                          java.util.function.Supplier<GroupIds> groups, Origin at) {
        int[] outerTrain = of(within.outer(), rows, classes, groups, at).get(0).train();
        java.util.function.Supplier<int[]> trainClasses = () -> {
            int[] all = classes.get();
            int[] picked = new int[outerTrain.length];
            for (int i = 0; i < picked.length; i++) {
                picked[i] = all[outerTrain[i]];
            }
            return picked;
        };
        List<FoldSplit> inner = of(within.inner(), outerTrain.length, trainClasses, () -> {
            throw new IllegalStateException(within.inner().repr() + " reads no groups");
        }, at);
        List<FoldSplit> out = new ArrayList<>(inner.size());
        for (FoldSplit f : inner) {
            out.add(new FoldSplit(mapped(f.train(), outerTrain), mapped(f.test(), outerTrain)));
        }
        return out;
    }

    private static int[] mapped(int[] positions, int[] rows) {
        int[] out = new int[positions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows[positions[i]];
        }
        return out;
    }

    private static List<Fold> folds(SplitterSpec splitter, int rows, java.util.function.Supplier<int[]> classes,
                                java.util.function.Supplier<GroupIds> groups) {
        return switch (splitter) {
            case SplitterSpec.KFold k when k.shuffle() -> KFoldKernel.splitShuffled(rows, k.nSplits(), k.seed());
            case SplitterSpec.KFold k -> KFoldKernel.split(rows, k.nSplits());
            case SplitterSpec.ShuffleSplit s -> ShuffleSplitKernel.split(rows, s.nSplits(), ShuffleSplitKernel.Size.of(s.testSize()),
                    ShuffleSplitKernel.Size.of(s.trainSize()), s.seed());
            case SplitterSpec.StratifiedKFold k when k.shuffle() ->
                    StratifiedKFoldKernel.splitShuffled(classes.get(), k.nSplits(), k.seed());
            case SplitterSpec.StratifiedKFold k -> StratifiedKFoldKernel.split(classes.get(), k.nSplits());
            case SplitterSpec.StratifiedShuffleSplit s -> StratifiedShuffleSplitKernel.split(classes.get(),
                    s.nSplits(), ShuffleSplitKernel.Size.of(s.testSize()), ShuffleSplitKernel.Size.of(s.trainSize()), s.seed());
            case SplitterSpec.TrainTestSplit t -> TrainTestSplitKernel.split(rows, ShuffleSplitKernel.Size.of(t.testSize()),
                    ShuffleSplitKernel.Size.of(t.trainSize()), t.shuffle(), t.seed());
            case SplitterSpec.GroupKFold g when g.shuffle() ->
                    GroupKFoldKernel.splitShuffled(groups.get(), g.nSplits(), g.seed());
            case SplitterSpec.GroupKFold g -> GroupKFoldKernel.split(groups.get(), g.nSplits());
            case SplitterSpec.StratifiedGroupKFold g when g.shuffle() ->
                    StratifiedGroupKFoldKernel.splitShuffled(classes.get(), groups.get(), g.nSplits(), g.seed());
            case SplitterSpec.StratifiedGroupKFold g ->
                    StratifiedGroupKFoldKernel.split(classes.get(), groups.get(), g.nSplits());
            case SplitterSpec.LeaveOneGroupOut l -> LeaveOneGroupOutKernel.split(groups.get());
            case SplitterSpec.TimeSeriesSplit t -> TimeSeriesSplitKernel.split(rows, t.nSplits(), t.maxTrainSize(),
                    t.testSize(), t.gap());
            case SplitterSpec.SingleSplitOf one -> folds(one.splitter(), rows, classes, groups);
            case SplitterSpec.WithinTrainingRows w -> throw new IllegalStateException("nested splits are made by within()");
        };
    }
}
