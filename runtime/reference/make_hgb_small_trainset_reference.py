#!/usr/bin/env python3
"""Reference runs of scikit-learn's histogram gradient boosting stopping early on a scorer without validation rows on
more than 10,000 training rows (issue 7, trees): scikit-learn then scores a sample of 10,000 training rows,
`resample(arange(n), n_samples=10000, replace=False, random_state=<the fit's seed>, stratify=y for classifiers)`
(`_get_small_trainset`), so which rows are scored decides where the fit stops.

Run from anywhere:  python3 runtime/reference/make_hgb_small_trainset_reference.py
Needs numpy and scikit-learn 1.9.1. The input is generated, not committed: a linear congruential generator on
integers and a few float operations in a fixed order, which the Java test repeats to the same bits (`table`).
Also early stopping on the loss with validation rows (`validation_fraction=0.1`): scikit-learn holds them out with
`train_test_split(..., stratify=y)` for classifiers (StratifiedShuffleSplit's rows and order) and without for
regressors, so the same `n_iter_`, validation scores and predictions mean the same rows were held out
(trees_hgb_validation_split.csv).
Writes trees_hgb_small_trainset.csv: per case the task, scoring, random_state, tol, n_iter_, the watched scores
(train_score_) and the predictions of the 300 rows after the 12,000 training rows; and resample_small_trainset.csv:
for a few (rows, stratified, seed), the sampled indices' count, first ten and a checksum of all of them in order.
OpenMP is pinned to one thread so the sums are in a fixed order.
"""
import os

os.environ["OMP_NUM_THREADS"] = "1"

import sys  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor  # noqa: E402
from sklearn.utils import resample  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import fmt, fmt_list, write  # noqa: E402

warnings.filterwarnings("ignore")
TRAIN = 12_000
TEST = 300


def table(n):
    """Four features in [-5, 5) with two decimals, a target, a binary and a three-class label."""
    state = 20261127
    x = np.empty((n, 4))
    y = np.empty(n)
    for i in range(n):
        v = []
        for _ in range(5):
            state = (state * 1103515245 + 12345) % 2147483648
            v.append(((state >> 8) % 1000) / 100.0 - 5.0)
        x[i] = v[:4]
        y[i] = v[0] * v[1] + 2.0 * v[2] - 0.5 * v[3] * v[3] + v[4] * 0.3
    binary = (y > 0.0).astype(int)
    three = np.where(y < -6.0, 0, np.where(y < 2.0, 1, 2))
    return x, y, binary, three


CASES = [
    ("regression", "r2", 0, 1e-3), ("regression", "neg_mean_absolute_error", 7, 0.05),
    ("binary", "accuracy", 0, 1e-3), ("binary", "roc_auc", 3, 1e-4),
    ("multiclass", "neg_log_loss", 0, 1e-2), ("multiclass", "balanced_accuracy", 5, 1e-3),
]

VALIDATION_CASES = [("regression", 0), ("binary", 0), ("binary", 11), ("multiclass", 0), ("multiclass", 4_000_000_000)]


def checksum(indices):
    """Sum of (position + 1) * index, modulo 2**61 - 1: order and values both count."""
    total = 0
    for p, i in enumerate(indices):
        total = (total + (p + 1) * int(i)) % (2**61 - 1)
    return total


def main():
    x, y, binary, three = table(TRAIN + TEST)
    rows = []
    for task, scoring, seed, tol in CASES:
        kwargs = dict(early_stopping=True, scoring=scoring, validation_fraction=None, n_iter_no_change=3,
                      max_iter=60, learning_rate=0.3, random_state=seed, tol=tol)
        if task == "regression":
            m = HistGradientBoostingRegressor(**kwargs).fit(x[:TRAIN], y[:TRAIN])
        else:
            m = HistGradientBoostingClassifier(**kwargs).fit(x[:TRAIN], (binary if task == "binary" else three)[:TRAIN])
        rows.append([task, scoring, seed, fmt(tol), m.n_iter_, fmt_list(m.train_score_), fmt_list(m.predict(x[TRAIN:]))])
    write("trees_hgb_small_trainset.csv",
          ["task", "scoring", "random_state", "tol", "n_iter", "scores", "predicted"], rows)
    held_out = []
    for task, seed in VALIDATION_CASES:
        kwargs = dict(early_stopping=True, validation_fraction=0.1, n_iter_no_change=3, max_iter=80,
                      learning_rate=0.3, random_state=seed, tol=1e-4)
        if task == "regression":
            m = HistGradientBoostingRegressor(**kwargs).fit(x[:TRAIN], y[:TRAIN])
            predicted = fmt_list(m.predict(x[TRAIN:]))
        else:
            m = HistGradientBoostingClassifier(**kwargs).fit(x[:TRAIN], (binary if task == "binary" else three)[:TRAIN])
            predicted = fmt_list(m.predict(x[TRAIN:]))
        held_out.append([task, seed, m.n_iter_, fmt_list(m.validation_score_), predicted])
    write("trees_hgb_validation_split.csv", ["task", "random_state", "n_iter", "validation_scores", "predicted"],
          held_out)
    samples = []
    for n, stratified, seed in [(12_000, False, 0), (12_000, True, 0), (10_001, True, 4_000_000_000), (25_000, False, 9)]:
        labels = three[:n] if n <= TRAIN + TEST else np.arange(n) % 3
        drawn = resample(np.arange(n), n_samples=10_000, replace=False, random_state=seed,
                         stratify=labels if stratified else None)
        samples.append([n, stratified, seed, len(drawn), fmt_list(drawn[:10]), checksum(drawn)])
    write("resample_small_trainset.csv", ["rows", "stratified", "seed", "count", "first", "checksum"], samples)


if __name__ == "__main__":
    main()
