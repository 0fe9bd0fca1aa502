package io.stratum.frontend.api;

import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * What {@code pred.skb.train_test_split(test_size=, train_size=, random_state=, shuffle=)} returns: skrub computes X
 * and y and splits their rows with scikit-learn's {@code train_test_split}; Stratum keeps the split's settings, and a
 * learner fitted on {@link #train()} and scored on {@link #test()} runs as a one-split search over these rows (the
 * same rows, in the same order, as scikit-learn's split). {@code randomState} None draws a new split on every run, as
 * in scikit-learn; it is ignored when {@code shuffle} is false.
 *
 * <p>When X is marked with a splitter ({@code mark_as_X(cv=...)}), skrub instead takes one split of that splitter:
 * {@code splitIndex} (None: the last, -1; negative counts from the end), and refuses any of scikit-learn's settings;
 * {@code given} names the settings the script passed, so that the plan can refuse them as skrub does.
 */
public record TrainTestSplit(DataOp dataOp, Const testSize, Const trainSize, Const randomState, boolean shuffle,
                             Const splitIndex, List<String> given) {
    /**
     * {@code .skb.train_test_split(stratify=...)}: skrub forwards it to scikit-learn's train_test_split, which needs the
     * class of every row of the data (a pandas Series; a DataOp fails inside skrub), while Stratum computes splits
     * before any data is read. Stratifying on y is the marked splitter below, the same rows (checked with skrub).
     */
    public static final String STRATIFY_REFUSAL = ".skb.train_test_split: stratify is not supported by Stratum yet"
            + " (skrub hands it to scikit-learn's train_test_split, which needs the class of every row before Stratum"
            + " reads the data)";
    public static final String STRATIFY_HINT = "to stratify on y, mark X with the splitter train_test_split uses:"
            + " X.skb.mark_as_X(cv=StratifiedShuffleSplit(n_splits=1, test_size=..., random_state=...)), then call"
            + " .skb.train_test_split() without settings: skrub gives the same rows";

    /** A split with scikit-learn's settings, those that differ from its defaults counting as given. */
    public TrainTestSplit(DataOp dataOp, Const testSize, Const trainSize, Const randomState, boolean shuffle) {
        this(dataOp, testSize, trainSize, randomState, shuffle, Const.none(), nonDefault(testSize, trainSize,
                randomState, shuffle));
    }

    public TrainTestSplit {
        splitIndex = splitIndex == null ? Const.none() : splitIndex;
        if (!(splitIndex instanceof Const.NoneConst) && !(splitIndex instanceof Const.IntConst)) {
            throw DataOp.error("train_test_split: split_index should be an int, got: " + splitIndex.repr(),
                    "e.g. split_index=-1, the marked splitter's last split");
        }
        given = List.copyOf(given);
        Objects.requireNonNull(dataOp, "dataOp");
        testSize = checkedSize(testSize, "test_size");
        trainSize = checkedSize(trainSize, "train_size");
        randomState = randomState == null ? Const.none() : randomState;
        if (!(randomState instanceof Const.NoneConst)
                && !(randomState instanceof Const.IntConst i && i.value() >= 0 && i.value() <= 0xffffffffL)) {
            throw DataOp.error("train_test_split: random_state must be None or an int between 0 and 2**32 - 1, got "
                    + randomState.repr(), "numpy's RandomState accepts only such seeds");
        }
    }

    /** One side of the split, what {@code split["train"]} and {@code split["test"]} stand for. */
    public record Part(TrainTestSplit split, boolean train) {
        public String key() {
            return train ? "train" : "test";
        }
    }

    /** {@code split["train"]}: the environment with X and y restricted to the training rows. */
    public Part train() {
        return new Part(this, true);
    }

    /** {@code split["test"]}: the environment with X and y restricted to the test rows. */
    public Part test() {
        return new Part(this, false);
    }

    /**
     * What a script can do with {@code split["y_test"]} (the target of the test rows, known once the split is computed),
     * the hint of every refusal of it in both frontends.
     */
    public static final String TARGET_HINT = "print(split[\"y_test\"]) prints it as it is; it goes into a metric with"
            + " a learner's predictions (mean_absolute_error(split[\"y_test\"], preds)) or a residual"
            + " (print(preds - split[\"y_test\"]))";

    /**
     * {@code str()} or a format of {@code split["y_test"]}, or a print of it after numpy's functions: Stratum prints the
     * target as it is, on its own ({@link #targetSearch}), or through a learner's predictions.
     */
    public static io.stratum.ir.diagnostics.StratumError targetNotText() {
        return DataOp.error("Stratum prints split[\"y_test\"] (the target of the test rows) as it is, not after numpy's"
                + " functions nor written into text", TARGET_HINT);
    }

    /**
     * {@code print(split["y_test"])}: the one-split search of the split's DataOp (its choices at their defaults, as
     * skrub's split evaluates it), whose split's test rows give the target as pandas holds it (their labels, the
     * target's name); reading the target fits nothing.
     */
    public DataOp targetSearch() {
        DataOp plan = Subsampling.keptIn(dataOp.node()) ? new DataOp(Subsampling.keepAll(dataOp.node())) : dataOp;
        return new Skb(new DataOp(io.stratum.ir.logical.DefaultOutcomes.of(plan.node()))).learnerSearch(cv(), null);
    }

    /** The keys of skrub's split dict that Stratum supports. */
    public static List<String> keys() {
        return List.of("train", "test");
    }

    /**
     * The split as a search's {@code cv}: a dict naming {@code train_test_split} and its settings, with the split index
     * and the names of the settings given (read when X carries a splitter).
     */
    Const.DictConst cv() {
        List<Const> names = new java.util.ArrayList<>();
        for (String g : given) {
            names.add(Const.of(g));
        }
        return new Const.DictConst(
                List.of(Const.of("splitter"), Const.of("test_size"), Const.of("train_size"), Const.of("random_state"),
                        Const.of("shuffle"), Const.of("split_index"), Const.of("given")),
                List.of(Const.of("train_test_split"), testSize, trainSize, randomState, Const.of(shuffle), splitIndex,
                        new Const.ListConst(names, false)));
    }

    private static List<String> nonDefault(Const testSize, Const trainSize, Const randomState, boolean shuffle) {
        List<String> out = new java.util.ArrayList<>();
        if (testSize != null && !(testSize instanceof Const.NoneConst)) {
            out.add("test_size");
        }
        if (trainSize != null && !(trainSize instanceof Const.NoneConst)) {
            out.add("train_size");
        }
        if (randomState != null && !(randomState instanceof Const.NoneConst)) {
            out.add("random_state");
        }
        if (!shuffle) {
            out.add("shuffle");
        }
        return out;
    }

    private static Const checkedSize(Const size, String name) {
        Const v = size == null ? Const.none() : size;
        return switch (v) {
            case Const.NoneConst n -> v;
            case Const.IntConst i when i.value() > 0 -> v;
            case Const.FloatConst f when f.value() > 0 && f.value() < 1 -> v;
            default -> throw DataOp.error("train_test_split: " + name + " must be None, a float in (0, 1) or a positive"
                    + " int, got " + v.repr(), "e.g. test_size=0.2");
        };
    }
}
