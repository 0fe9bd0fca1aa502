#!/usr/bin/env python3
"""Reference folds of scikit-learn's StratifiedShuffleSplit for issue 7.

Run from anywhere:  python3 runtime/reference/make_shuffle_split_reference.py
Needs numpy and scikit-learn. Writes stratified_shuffle_split.csv under runtime/src/test/resources/reference/:
for each target (class positions), settings and fold, the train and test rows in the order scikit-learn yields them.
"""
import numpy as np
import sklearn
from sklearn.model_selection import StratifiedShuffleSplit

from fixture_format import fmt_list, write


def targets():
    rng = np.random.RandomState(4)
    yield "balanced", np.array([0, 1] * 15)
    yield "three_uneven", np.array([2] * 9 + [0] * 5 + [1] * 17)
    yield "random4", rng.randint(0, 4, size=53)
    # Equal class counts give equal remainders, so _approximate_mode draws which classes get the extra rows.
    yield "ties", np.repeat([0, 1, 2, 3, 4], 7)


def main():
    rows = []
    settings = [(5, None, None, 0), (3, 0.25, None, 42), (4, 7, None, 1), (2, 0.3, 0.5, 7), (3, None, 12, 3)]
    for name, y in targets():
        for n_splits, test_size, train_size, seed in settings:
            cv = StratifiedShuffleSplit(n_splits, test_size=test_size, train_size=train_size, random_state=seed)
            try:
                for f, (train, test) in enumerate(cv.split(np.zeros(len(y)), y)):
                    rows.append([name, fmt_list(y), n_splits, size(test_size), size(train_size), seed, f,
                                 fmt_list(train), fmt_list(test), ""])
            except ValueError as e:
                rows.append([name, fmt_list(y), n_splits, size(test_size), size(train_size), seed, -1, "", "",
                             str(e)])
    write("stratified_shuffle_split.csv",
          ["case", "y", "n_splits", "test_size", "train_size", "seed", "fold", "train", "test", "error"], rows)
    print(f"with scikit-learn {sklearn.__version__}, numpy {np.__version__}")


def size(v):
    return "None" if v is None else repr(v)


if __name__ == "__main__":
    main()
