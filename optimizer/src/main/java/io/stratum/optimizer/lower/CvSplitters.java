package io.stratum.optimizer.lower;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.SplitterSpec;
import io.stratum.ir.value.Const;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the splitter a search was given ({@code cv=KFold(...)}, kept in the logical plan as a dict of its class
 * and parameters) into a {@link SplitterSpec}. A shuffling splitter must have an integer seed: with
 * {@code random_state=None} scikit-learn draws new folds on every run, so no score could be reproduced.
 */
public final class CvSplitters {
    /** The dict key that names the splitter class; the other keys are its parameters. */
    static final String CLASS_KEY = "splitter";
    /** The class key's value for the split {@code .skb.train_test_split(...)} makes. */
    static final String TRAIN_TEST_SPLIT = "train_test_split";

    /**
     * The class key's value for a search fitted on {@code split["train"]}: the dict's {@code split} is the split's own
     * dict (as {@link #TRAIN_TEST_SPLIT} above) and its {@code cv} the search's cv, which splits the training rows.
     */
    public static final String WITHIN_TRAINING_ROWS = "within_training_rows";

    private CvSplitters() {
    }

    /** The cv of a search fitted on the training rows of {@code split} whose own cv is {@code cv}. */
    public static Const.DictConst withinTrainingRows(Const.DictConst split, Const cv) {
        return new Const.DictConst(List.of(Const.of(CLASS_KEY), Const.of("split"), Const.of("cv")),
                List.of(Const.of(WITHIN_TRAINING_ROWS), split, cv));
    }

    /** Whether {@code cv} is a search's fitted on a split's training rows ({@link #withinTrainingRows}). */
    public static boolean isWithinTrainingRows(Const.DictConst cv) {
        return entry(cv, CLASS_KEY) instanceof Const.StrConst v && v.value().equals(WITHIN_TRAINING_ROWS);
    }

    /** The split of a {@link #withinTrainingRows} cv. */
    static Const.DictConst split(Const.DictConst nested) {
        return (Const.DictConst) entry(nested, "split");
    }

    /** The search's own cv of a {@link #withinTrainingRows} cv. */
    static Const innerCv(Const.DictConst nested) {
        return entry(nested, "cv");
    }

    private static Const entry(Const.DictConst dict, String key) {
        for (int i = 0; i < dict.keys().size(); i++) {
            if (dict.keys().get(i) instanceof Const.StrConst k && k.value().equals(key)) {
                return dict.values().get(i);
            }
        }
        return null;
    }

    /** Whether {@code cv} is the split {@code .skb.train_test_split(...)} makes. */
    static boolean isTrainTestSplit(Const.DictConst cv) {
        for (int i = 0; i < cv.keys().size(); i++) {
            if (cv.keys().get(i) instanceof Const.StrConst k && k.value().equals(CLASS_KEY)) {
                return cv.values().get(i) instanceof Const.StrConst v && v.value().equals(TRAIN_TEST_SPLIT);
            }
        }
        return false;
    }

    static SplitterSpec resolve(Const.DictConst cv, Origin origin) {
        Map<String, Const> p = new HashMap<>();
        for (int i = 0; i < cv.keys().size(); i++) {
            if (cv.keys().get(i) instanceof Const.StrConst k) {
                p.put(k.value(), cv.values().get(i));
            }
        }
        String name = p.get(CLASS_KEY) instanceof Const.StrConst s ? s.value() : "";
        return switch (name) {
            case "KFold" -> {
                boolean shuffle = p.get("shuffle") instanceof Const.BoolConst b && b.value();
                Const seed = p.getOrDefault("random_state", Const.none());
                if (!shuffle && !(seed instanceof Const.NoneConst)) {
                    throw new StratumError(origin, "KFold: setting a random_state has no effect since shuffle is False",
                            "leave random_state at None, or set shuffle=True");
                }
                yield new SplitterSpec.KFold(count(p, "n_splits", 2, origin), shuffle, shuffle ? seed(seed, name, origin) : 0);
            }
            case "StratifiedKFold" -> {
                boolean shuffle = p.get("shuffle") instanceof Const.BoolConst b && b.value();
                Const seed = p.getOrDefault("random_state", Const.none());
                if (!shuffle && !(seed instanceof Const.NoneConst)) {
                    throw new StratumError(origin, "StratifiedKFold: setting a random_state has no effect since shuffle"
                            + " is False", "leave random_state at None, or set shuffle=True");
                }
                yield new SplitterSpec.StratifiedKFold(count(p, "n_splits", 2, origin), shuffle,
                        shuffle ? seed(seed, name, origin) : 0);
            }
            case "ShuffleSplit" -> new SplitterSpec.ShuffleSplit(count(p, "n_splits", 1, origin),
                    size(p, "test_size", origin), size(p, "train_size", origin),
                    seed(p.getOrDefault("random_state", Const.none()), name, origin));
            case "StratifiedShuffleSplit" -> new SplitterSpec.StratifiedShuffleSplit(count(p, "n_splits", 1, origin),
                    size(p, "test_size", origin), size(p, "train_size", origin),
                    seed(p.getOrDefault("random_state", Const.none()), name, origin));
            case "GroupKFold" -> {
                boolean shuffle = p.get("shuffle") instanceof Const.BoolConst b && b.value();
                Const seed = p.getOrDefault("random_state", Const.none());
                if (!shuffle && !(seed instanceof Const.NoneConst)) {
                    throw new StratumError(origin, "GroupKFold: setting a random_state has no effect since shuffle is"
                            + " False", "leave random_state at None, or set shuffle=True");
                }
                yield new SplitterSpec.GroupKFold(count(p, "n_splits", 2, origin), shuffle,
                        shuffle ? seed(seed, name, origin) : 0);
            }
            case "StratifiedGroupKFold" -> {
                boolean shuffle = p.get("shuffle") instanceof Const.BoolConst b && b.value();
                Const seed = p.getOrDefault("random_state", Const.none());
                if (!shuffle && !(seed instanceof Const.NoneConst)) {
                    throw new StratumError(origin, "StratifiedGroupKFold: setting a random_state has no effect since"
                            + " shuffle is False", "leave random_state at None, or set shuffle=True");
                }
                yield new SplitterSpec.StratifiedGroupKFold(count(p, "n_splits", 2, origin), shuffle,
                        shuffle ? seed(seed, name, origin) : 0);
            }
            case "LeaveOneGroupOut" -> new SplitterSpec.LeaveOneGroupOut();
            case TRAIN_TEST_SPLIT -> trainTestSplit(p, origin);
            case "TimeSeriesSplit" -> new SplitterSpec.TimeSeriesSplit(count(p, "n_splits", 2, origin),
                    optionalCount(p, "max_train_size", origin), optionalCount(p, "test_size", origin),
                    p.get("gap") instanceof Const.IntConst g && g.value() >= 0 && g.value() <= Integer.MAX_VALUE
                            ? (int) g.value() : fail(origin, "TimeSeriesSplit: gap must be an int >= 0"));
            default -> throw new StratumError(origin, "cv=" + cv.repr() + " is not a splitter Stratum can run",
                    "use an int, or one of " + String.join(", ", List.of("KFold", "ShuffleSplit", "TimeSeriesSplit", "StratifiedKFold",
                            "StratifiedShuffleSplit", "GroupKFold", "StratifiedGroupKFold", "LeaveOneGroupOut")));
        };
    }

    /**
     * {@code .skb.train_test_split(...)}: scikit-learn's {@code train_test_split} sizes (test 0.25 when neither is
     * given). Shuffled without a {@code random_state}, each run draws a new seed, as scikit-learn and skrub do;
     * unshuffled, the seed is ignored, as scikit-learn ignores it.
     */
    private static SplitterSpec trainTestSplit(Map<String, Const> p, Origin origin) {
        Const test = size(p, "test_size", origin);
        Const train = size(p, "train_size", origin);
        if (test instanceof Const.NoneConst && train instanceof Const.NoneConst) {
            test = Const.of(0.25);
        }
        boolean shuffle = !(p.get("shuffle") instanceof Const.BoolConst b) || b.value();
        Const state = p.getOrDefault("random_state", Const.none());
        long seed = !shuffle ? 0 : state instanceof Const.NoneConst
                ? java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 32)
                : seed(state, TRAIN_TEST_SPLIT, origin);
        return new SplitterSpec.TrainTestSplit(test, train, shuffle, seed);
    }

    /**
     * One split of the splitter X is marked with, as skrub's {@code .skb.train_test_split()} takes it then: split
     * {@code split_index} (the last when not given). The frontend has refused scikit-learn's train_test_split
     * settings there, as skrub refuses them.
     */
    static SplitterSpec singleSplitOf(SplitterSpec marked, Const.DictConst cv, Origin origin) {
        Map<String, Const> p = new HashMap<>();
        for (int i = 0; i < cv.keys().size(); i++) {
            if (cv.keys().get(i) instanceof Const.StrConst k) {
                p.put(k.value(), cv.values().get(i));
            }
        }
        Const index = p.getOrDefault("split_index", Const.none());
        int k = switch (index) {
            case Const.NoneConst none -> -1;
            case Const.IntConst i when i.value() >= Integer.MIN_VALUE && i.value() <= Integer.MAX_VALUE -> (int) i.value();
            default -> fail(origin, "split_index should be an int, got: " + index.repr());
        };
        return new SplitterSpec.SingleSplitOf(marked, k);
    }

    private static long seed(Const value, String splitter, Origin origin) {
        if (value instanceof Const.IntConst i && i.value() >= 0 && i.value() <= 0xffffffffL) {
            return i.value();
        }
        if (value instanceof Const.NoneConst) {
            throw new StratumError(origin, splitter + " shuffles, but random_state is None: scikit-learn would draw"
                    + " different folds on every run, so the scores could not be reproduced",
                    "pass an integer seed, e.g. random_state=0");
        }
        throw new StratumError(origin, splitter + ": random_state must be an int between 0 and 2**32 - 1, got "
                + value.repr(), "pass an integer seed, e.g. random_state=0");
    }

    private static int count(Map<String, Const> p, String name, int min, Origin origin) {
        if (p.get(name) instanceof Const.IntConst i && i.value() >= min && i.value() <= Integer.MAX_VALUE) {
            return (int) i.value();
        }
        return fail(origin, name + " must be an int >= " + min + ", got " + p.getOrDefault(name, Const.none()).repr());
    }

    private static int optionalCount(Map<String, Const> p, String name, Origin origin) {
        Const v = p.getOrDefault(name, Const.none());
        if (v instanceof Const.NoneConst) {
            return 0;
        }
        return count(p, name, 1, origin);
    }

    private static Const size(Map<String, Const> p, String name, Origin origin) {
        Const v = p.getOrDefault(name, Const.none());
        return switch (v) {
            case Const.NoneConst n -> v;
            case Const.IntConst i when i.value() > 0 -> v;
            case Const.FloatConst f when f.value() > 0 && f.value() < 1 -> v;
            default -> throw new StratumError(origin, "ShuffleSplit/StratifiedShuffleSplit/train_test_split: " + name + " must be None, a float in (0, 1) or"
                    + " a positive int, got " + v.repr(), null);
        };
    }

    private static int fail(Origin origin, String message) {
        throw new StratumError(origin, message, null);
    }
}
