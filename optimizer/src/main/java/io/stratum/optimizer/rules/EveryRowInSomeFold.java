package io.stratum.optimizer.rules;

import io.stratum.ir.logical.GridSearch;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.value.Const;

/**
 * Whether the plan's search cross-validates with a splitter that puts every row in some fold's training or test
 * rows (scikit-learn's KFold, StratifiedKFold, GroupKFold, StratifiedGroupKFold and LeaveOneGroupOut, which {@code cv=None} and {@code cv=k} mean), so a step that runs
 * per fold sees every row at some point; ShuffleSplit and TimeSeriesSplit leave rows out.
 */
record EveryRowInSomeFold(boolean holds) {

    static EveryRowInSomeFold of(LogicalNode plan) {
        if (!(plan instanceof GridSearch search)) {
            return new EveryRowInSomeFold(false);
        }
        // Without a cv of its own the search uses the splitter of mark_as_X(cv=...), when there is one.
        io.stratum.ir.logical.MarkX marked = search.cv() instanceof Const.NoneConst
                ? io.stratum.ir.logical.MarkX.withSplitterBelow(search.input()) : null;
        return new EveryRowInSomeFold(switch (marked != null ? marked.cv() : search.cv()) {
            case Const.NoneConst none -> true;
            case Const.IntConst k -> true;
            case Const.DictConst d -> {
                int i = d.keys().indexOf(Const.of("splitter"));
                yield i >= 0 && (d.values().get(i).equals(Const.of("KFold")) || d.values().get(i).equals(Const.of("StratifiedKFold"))
                        || d.values().get(i).equals(Const.of("GroupKFold"))
                        || d.values().get(i).equals(Const.of("StratifiedGroupKFold"))
                        || d.values().get(i).equals(Const.of("LeaveOneGroupOut")));
            }
            default -> false;
        });
    }
}
