package io.stratum.optimizer.rules;

import io.stratum.ir.logical.GridSearch;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.value.Const;

/**
 * Whether the plan's search cross-validates with a splitter that puts every row in some fold's training or test
 * rows (scikit-learn's KFold and StratifiedKFold, which {@code cv=None} and {@code cv=k} mean), so a step that runs
 * per fold sees every row at some point; ShuffleSplit and TimeSeriesSplit leave rows out.
 */
record EveryRowInSomeFold(boolean holds) {

    static EveryRowInSomeFold of(LogicalNode plan) {
        if (!(plan instanceof GridSearch search)) {
            return new EveryRowInSomeFold(false);
        }
        return new EveryRowInSomeFold(switch (search.cv()) {
            case Const.NoneConst none -> true;
            case Const.IntConst k -> true;
            case Const.DictConst d -> {
                int i = d.keys().indexOf(Const.of("splitter"));
                yield i >= 0 && (d.values().get(i).equals(Const.of("KFold")) || d.values().get(i).equals(Const.of("StratifiedKFold")));
            }
            default -> false;
        });
    }
}
