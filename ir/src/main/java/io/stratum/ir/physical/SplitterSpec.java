package io.stratum.ir.physical;

import io.stratum.ir.value.Const;
import java.util.Objects;

/**
 * How a search splits rows into cross-validation folds: one of scikit-learn's splitters with its settings, all
 * resolved to values the runtime can reproduce exactly (a shuffling splitter always has an integer seed).
 */
public sealed interface SplitterSpec {

    /** {@link #nSplits()} of a splitter whose fold count is known only from the data ({@link LeaveOneGroupOut}). */
    int DATA_DEPENDENT = 0;

    /**
     * The number of folds the splitter yields, scikit-learn's {@code get_n_splits()}, or {@link #DATA_DEPENDENT}
     * when it depends on the data.
     */
    int nSplits();

    /** scikit-learn's repr of the splitter, e.g. {@code KFold(n_splits=5, random_state=0, shuffle=True)}. */
    String repr();

    /** Whether the splitter reads groups ({@code split_kwargs={"groups": ...}}) besides the rows. */
    default boolean grouped() {
        return false;
    }

    /** {@code KFold(n_splits, shuffle, random_state)}; {@code seed} is used only when shuffling. */
    record KFold(int nSplits, boolean shuffle, long seed) implements SplitterSpec {
        public KFold {
            if (nSplits < 2) {
                throw new IllegalArgumentException("KFold needs at least 2 splits, got " + nSplits);
            }
        }

        /** The unshuffled KFold that {@code cv=k} means for a regressor. */
        public static KFold consecutive(int nSplits) {
            return new KFold(nSplits, false, 0);
        }

        @Override
        public String repr() {
            return "KFold(n_splits=" + nSplits + ", random_state=" + (shuffle ? Long.toString(seed) : "None")
                    + ", shuffle=" + (shuffle ? "True" : "False") + ")";
        }
    }

    /**
     * {@code StratifiedKFold(n_splits, shuffle, random_state)}: what {@code cv=k} means for a classifier; each
     * fold keeps the class proportions of the target. {@code seed} is used only when shuffling.
     */
    record StratifiedKFold(int nSplits, boolean shuffle, long seed) implements SplitterSpec {
        public StratifiedKFold {
            if (nSplits < 2) {
                throw new IllegalArgumentException("StratifiedKFold needs at least 2 splits, got " + nSplits);
            }
        }

        /** The unshuffled StratifiedKFold that {@code cv=k} means for a classifier. */
        public static StratifiedKFold ordered(int nSplits) {
            return new StratifiedKFold(nSplits, false, 0);
        }

        @Override
        public String repr() {
            return "StratifiedKFold(n_splits=" + nSplits + ", random_state=" + (shuffle ? Long.toString(seed) : "None")
                    + ", shuffle=" + (shuffle ? "True" : "False") + ")";
        }
    }

    /**
     * {@code ShuffleSplit(n_splits, test_size, train_size, random_state)}; a size is None, a float fraction or an
     * int count, as scikit-learn takes it.
     */
    record ShuffleSplit(int nSplits, Const testSize, Const trainSize, long seed) implements SplitterSpec {
        public ShuffleSplit {
            Objects.requireNonNull(testSize, "testSize");
            Objects.requireNonNull(trainSize, "trainSize");
            if (nSplits < 1) {
                throw new IllegalArgumentException("ShuffleSplit needs at least 1 split, got " + nSplits);
            }
        }

        @Override
        public String repr() {
            return "ShuffleSplit(n_splits=" + nSplits + ", random_state=" + seed + ", test_size=" + testSize.repr()
                    + ", train_size=" + trainSize.repr() + ")";
        }
    }

    /**
     * {@code StratifiedShuffleSplit(n_splits, test_size, train_size, random_state)}: random splits that keep the
     * class proportions of the target; sizes as {@link ShuffleSplit}'s.
     */
    record StratifiedShuffleSplit(int nSplits, Const testSize, Const trainSize, long seed) implements SplitterSpec {
        public StratifiedShuffleSplit {
            Objects.requireNonNull(testSize, "testSize");
            Objects.requireNonNull(trainSize, "trainSize");
            if (nSplits < 1) {
                throw new IllegalArgumentException("StratifiedShuffleSplit needs at least 1 split, got " + nSplits);
            }
        }

        @Override
        public String repr() {
            return "StratifiedShuffleSplit(n_splits=" + nSplits + ", random_state=" + seed + ", test_size="
                    + testSize.repr() + ", train_size=" + trainSize.repr() + ")";
        }
    }

    /**
     * {@code GroupKFold(n_splits, shuffle, random_state)}: every group's rows in one test fold. It needs the groups
     * skrub's {@code mark_as_X(cv=..., split_kwargs={"groups": ...})} gives ({@link SearchPlan#groups()});
     * {@code seed} is used only when shuffling.
     */
    record GroupKFold(int nSplits, boolean shuffle, long seed) implements SplitterSpec {
        public GroupKFold {
            if (nSplits < 2) {
                throw new IllegalArgumentException("GroupKFold needs at least 2 splits, got " + nSplits);
            }
        }

        @Override
        public boolean grouped() {
            return true;
        }

        @Override
        public String repr() {
            return "GroupKFold(n_splits=" + nSplits + ", random_state=" + (shuffle ? Long.toString(seed) : "None")
                    + ", shuffle=" + (shuffle ? "True" : "False") + ")";
        }
    }

    /**
     * {@code StratifiedGroupKFold(n_splits, shuffle, random_state)}: every group's rows in one test fold, the folds
     * keeping the target's class proportions as well as whole groups allow. It reads the groups, as {@link GroupKFold},
     * and the target's classes, as {@link StratifiedKFold}; {@code seed} is used only when shuffling.
     */
    record StratifiedGroupKFold(int nSplits, boolean shuffle, long seed) implements SplitterSpec {
        public StratifiedGroupKFold {
            if (nSplits < 2) {
                throw new IllegalArgumentException("StratifiedGroupKFold needs at least 2 splits, got " + nSplits);
            }
        }

        @Override
        public boolean grouped() {
            return true;
        }

        @Override
        public String repr() {
            return "StratifiedGroupKFold(n_splits=" + nSplits + ", random_state=" + (shuffle ? Long.toString(seed) : "None")
                    + ", shuffle=" + (shuffle ? "True" : "False") + ")";
        }
    }

    /**
     * Split {@code index} of {@code splitter} alone (negative counts from the end: -1 is the last): what skrub's
     * {@code .skb.train_test_split(split_index=...)} holds out when X is marked with a splitter. Whether the index
     * exists is known only once the splitter has split the rows (a LeaveOneGroupOut's count depends on the data).
     */
    record SingleSplitOf(SplitterSpec splitter, int index) implements SplitterSpec {
        public SingleSplitOf {
            Objects.requireNonNull(splitter, "splitter");
            if (splitter instanceof SingleSplitOf) {
                throw new IllegalArgumentException("a single split of a single split");
            }
        }

        @Override
        public int nSplits() {
            return 1;
        }

        @Override
        public boolean grouped() {
            return splitter.grouped();
        }

        @Override
        public String repr() {
            return splitter.repr() + " split " + index;
        }
    }

    /**
     * The folds of {@code inner} over the training rows of {@code outer}'s one split, as row indices of the whole data:
     * what a search fitted on {@code split["train"]} of skrub's {@code .skb.train_test_split()} cross-validates (skrub
     * hands the search X and y of the training rows, in the split's order, and the search's splitter splits those).
     * Inner fold {@code i}'s rows are {@code outerTrain[innerRow]} for each of its rows.
     */
    record WithinTrainingRows(SplitterSpec outer, SplitterSpec inner) implements SplitterSpec {
        public WithinTrainingRows {
            Objects.requireNonNull(outer, "outer");
            Objects.requireNonNull(inner, "inner");
            if (outer.nSplits() != 1) {
                throw new IllegalArgumentException("the outer splitter must make one split, got " + outer.repr());
            }
            if (inner instanceof WithinTrainingRows || inner.grouped()) {
                throw new IllegalArgumentException("the inner splitter must split rows alone, got " + inner.repr());
            }
        }

        @Override
        public int nSplits() {
            return inner.nSplits();
        }

        @Override
        public boolean grouped() {
            return outer.grouped();
        }

        @Override
        public String repr() {
            return inner.repr() + " within the training rows of " + outer.repr();
        }
    }

    /**
     * {@code LeaveOneGroupOut()}: one fold per distinct group (in sorted order), testing that group's rows. Its number
     * of folds depends on the data: {@link #nSplits()} answers {@link #DATA_DEPENDENT}, the search makes one fold per
     * group it finds at the split point (the runtime sizes everything from the folds it made), and the cost estimate
     * takes the groups column's distinct count from the source statistics where they know it.
     */
    record LeaveOneGroupOut() implements SplitterSpec {
        @Override
        public int nSplits() {
            return DATA_DEPENDENT;
        }

        @Override
        public boolean grouped() {
            return true;
        }

        @Override
        public String repr() {
            return "LeaveOneGroupOut()";
        }
    }

    /** {@code TimeSeriesSplit(n_splits, max_train_size, test_size, gap)}; 0 stands for None in the two sizes. */
    record TimeSeriesSplit(int nSplits, int maxTrainSize, int testSize, int gap) implements SplitterSpec {
        public TimeSeriesSplit {
            if (nSplits < 2 || maxTrainSize < 0 || testSize < 0 || gap < 0) {
                throw new IllegalArgumentException("invalid TimeSeriesSplit settings");
            }
        }

        @Override
        public String repr() {
            return "TimeSeriesSplit(gap=" + gap + ", max_train_size=" + (maxTrainSize == 0 ? "None" : maxTrainSize)
                    + ", n_splits=" + nSplits + ", test_size=" + (testSize == 0 ? "None" : testSize) + ")";
        }
    }
    /**
     * scikit-learn's {@code train_test_split(test_size, train_size, random_state, shuffle)} as one split: shuffled, it
     * is {@code ShuffleSplit(n_splits=1, ...)}'s split (the same rows in the same order); unshuffled, the first
     * {@code n_train} rows train and the next {@code n_test} test. Sizes as {@link ShuffleSplit}'s, but at least one
     * of them is given (train_test_split's default test size, 0.25, is filled in).
     */
    record TrainTestSplit(Const testSize, Const trainSize, boolean shuffle, long seed) implements SplitterSpec {
        public TrainTestSplit {
            Objects.requireNonNull(testSize, "testSize");
            Objects.requireNonNull(trainSize, "trainSize");
            if (testSize instanceof Const.NoneConst && trainSize instanceof Const.NoneConst) {
                throw new IllegalArgumentException("train_test_split needs test_size or train_size");
            }
        }

        @Override
        public int nSplits() {
            return 1;
        }

        @Override
        public String repr() {
            return "train_test_split(test_size=" + testSize.repr() + ", train_size=" + trainSize.repr()
                    + ", random_state=" + (shuffle ? Long.toString(seed) : "None") + ", shuffle="
                    + (shuffle ? "True" : "False") + ")";
        }
    }
}
