#!/usr/bin/env python3
"""Reference folds of scikit-learn's GroupKFold and StratifiedGroupKFold for issue 7.

Run from anywhere:  python3 runtime/reference/make_group_split_reference.py
Needs numpy and scikit-learn. Writes group_kfold.csv under runtime/src/test/resources/reference/: for each groups
column (labels separated by '|'), settings and fold, the train and test rows in the order scikit-learn yields them,
or scikit-learn's error; and stratified_group_kfold.csv, the same for StratifiedGroupKFold with the classes
(np.unique's inverse of y, separated by '|') beside the groups.
"""
import numpy as np
import sklearn
import warnings

from sklearn.model_selection import GroupKFold, StratifiedGroupKFold

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
    stratified()
    print(f"with scikit-learn {sklearn.__version__}, numpy {np.__version__}")


def stratified_cases():
    rng = np.random.RandomState(5)
    yield "small", np.array([0, 0, 1, 1, 1, 0, 1, 0, 0, 1, 1, 0]), np.array([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6])
    # Groups of one class each, equal sizes: every standard deviation ties, so the stable order decides.
    yield "ties", np.repeat([0, 1], 12), np.repeat(np.arange(8), 3)
    # Class counts that are permutations of each other ([1, 2, 4] and [4, 2, 1]): numpy's sums may round them apart.
    y3 = np.concatenate([np.repeat([0, 1, 2], [1, 2, 4]), np.repeat([0, 1, 2], [4, 2, 1]),
                         np.repeat([0, 1, 2], [2, 4, 1]), np.repeat([0, 1, 2], [1, 4, 2])] * 3)
    g3 = np.repeat(np.arange(12), 7)
    yield "permuted_counts", y3, g3
    yield "random_binary", rng.randint(0, 2, size=80), rng.randint(0, 15, size=80)
    yield "random_multi", rng.randint(0, 4, size=150), rng.randint(0, 23, size=150)
    # Nine or more classes: the pairwise sums over the class axis take numpy's unrolled path.
    yield "many_classes", rng.randint(0, 11, size=300), rng.randint(0, 40, size=300)
    yield "imbalanced", (rng.rand(200) < 0.1).astype(int), rng.randint(0, 30, size=200)
    yield "skewed_groups", rng.randint(0, 3, size=120), np.minimum(rng.geometric(0.15, size=120), 25)


def stratified():
    rows = []
    settings = [(2, False, None), (3, False, None), (5, False, None), (3, True, 0), (4, True, 42), (5, True, 7),
                (10, False, None), (40, False, None)]
    for name, y, g in stratified_cases():
        _, y_inv = np.unique(y, return_inverse=True)
        for n_splits, shuffle, seed in settings:
            cv = StratifiedGroupKFold(n_splits, shuffle=shuffle, random_state=seed)
            head = [name, "|".join(str(v) for v in y_inv), "|".join(str(v) for v in g), n_splits, shuffle,
                    "None" if seed is None else seed]
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UserWarning)  # the least populated class below n_splits
                    for f, (train, test) in enumerate(cv.split(np.zeros(len(g)), y, g)):
                        rows.append(head + [f, fmt_list(train), fmt_list(test), ""])
            except ValueError as e:
                rows.append(head + [-1, "", "", str(e)])
    write("stratified_group_kfold.csv", ["case", "classes", "groups", "n_splits", "shuffle", "seed", "fold", "train",
                                         "test", "error"], rows)


if __name__ == "__main__":
    main()
