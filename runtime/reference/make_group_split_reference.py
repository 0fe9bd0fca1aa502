#!/usr/bin/env python3
"""Reference folds of scikit-learn's GroupKFold for issue 7.

Run from anywhere:  python3 runtime/reference/make_group_split_reference.py
Needs numpy and scikit-learn. Writes group_kfold.csv under runtime/src/test/resources/reference/: for each groups
column (labels separated by '|'), settings and fold, the train and test rows in the order scikit-learn yields them,
or scikit-learn's error.
"""
import numpy as np
import sklearn
from sklearn.model_selection import GroupKFold

from fixture_format import fmt_list, write


def groups():
    rng = np.random.RandomState(11)
    yield "int", "int", np.array([3, 1, 1, 2, 3, 3, 0, 2, 1, 3, 4, 4, 0, 5])
    # Equal group sizes: the reversed stable argsort deals the later group first.
    yield "ties", "int", np.repeat([0, 1, 2, 3, 4, 5, 6], 3)
    yield "random", "int", rng.randint(0, 9, size=61)
    yield "float", "float", np.array([0.5, -1.25, 0.5, 2.0, -0.0, 0.0, 2.0, 7.5, -1.25, 0.5])
    # Strings sort by code point (uppercase before lowercase, 'é' and the emoji above ASCII).
    yield "str", "str", np.array(["b", "a", "B", "é", "a", "b", "😀", "zz", "a", "B", "é", "x"], dtype=object)
    yield "bool", "bool", np.array([True, False, True, True, False, True])
    yield "sellers", "str", np.array(rng.choice(["supermarket.com", "bestproducts.com", "shop.org", "z.net",
                                                   "acme.io"], size=40), dtype=object)


def main():
    rows = []
    settings = [(2, False, None), (3, False, None), (5, False, None), (3, True, 0), (4, True, 42), (2, True, 7),
                (20, False, None)]
    for name, kind, g in groups():
        for n_splits, shuffle, seed in settings:
            cv = GroupKFold(n_splits, shuffle=shuffle, random_state=seed)
            labels = "|".join(str(v) for v in g)
            head = [name, kind, labels, n_splits, shuffle, "None" if seed is None else seed]
            try:
                for f, (train, test) in enumerate(cv.split(np.zeros(len(g)), None, g)):
                    rows.append(head + [f, fmt_list(train), fmt_list(test), ""])
            except ValueError as e:
                rows.append(head + [-1, "", "", str(e)])
    write("group_kfold.csv", ["case", "kind", "groups", "n_splits", "shuffle", "seed", "fold", "train", "test",
                              "error"], rows)
    print(f"with scikit-learn {sklearn.__version__}, numpy {np.__version__}")


if __name__ == "__main__":
    main()
