#!/usr/bin/env python3
"""Reference runs of scikit-learn's histogram gradient boosting stopping early on a scorer other than the loss
(issue 7, trees): `scoring` = a scorer name or None (the estimator's default scorer).

Run from anywhere:  python3 runtime/reference/make_hgb_scoring_reference.py
Needs numpy, pandas and scikit-learn 1.9.1. Writes a small synthetic input (inputs/hgb_scoring_small.csv, committed:
six features, a regression target, a binary and a three-class label) and trees_hgb_scoring_small.csv: per case the
task, scoring, validation_fraction, n_iter_, the scores early stopping watched (validation_score_, or train_score_
without validation rows) and the test predictions (trained on the first 1,500 rows, predicting the other 500).
Regressors hold out validation rows with random_state=0 (Stratum draws scikit-learn's rows); classifiers score the
training rows (validation_fraction=None; fewer than 10,000 rows, so all of them), since scikit-learn's stratified
validation draw for classifiers is not reproduced. OpenMP is pinned to one thread so the sums are in a fixed order.
"""
import os

os.environ["OMP_NUM_THREADS"] = "1"

import sys  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import OUT, fmt, fmt_list, write  # noqa: E402

warnings.filterwarnings("ignore")
FEATURES = ["a", "b", "c", "d", "e", "f"]
CUT = 1500


def small_data():
    rng = np.random.RandomState(5)
    n = 2000
    x = rng.normal(size=(n, 6))
    x[:, 4] = rng.randint(0, 12, size=n)
    x[:, 5] = np.round(rng.uniform(-1, 1, size=n), 2)
    y = np.sin(x[:, 0] * 2) * 3 + x[:, 1] ** 2 - x[:, 2] * x[:, 3] + (x[:, 4] % 4) * 0.7 + rng.normal(size=n) * 1.2
    frame = pd.DataFrame(x.round(5), columns=FEATURES)
    frame["y"] = y.round(6)
    cut = np.quantile(y, [0.4, 0.75])
    frame["bin"] = (y > cut[1]).astype(int)
    frame["cls"] = np.array(["low", "mid", "high"])[np.digitize(y, cut)]
    path = OUT / "inputs" / "hgb_scoring_small.csv"
    frame.to_csv(path, index=False)
    return pd.read_csv(path)


CASES = [
    ("regression", "r2", 0.2), ("regression", "neg_mean_squared_error", 0.2),
    ("regression", "neg_mean_absolute_error", 0.15), ("regression", None, 0.2),
    ("regression", "explained_variance", None), ("regression", "neg_root_mean_squared_error", None),
    ("binary", "accuracy", None), ("binary", "roc_auc", None), ("binary", "neg_log_loss", None),
    ("binary", "balanced_accuracy", None), ("multiclass", None, None), ("multiclass", "neg_log_loss", None),
]


def main():
    data = small_data()
    x_train, x_test = data[FEATURES].iloc[:CUT], data[FEATURES].iloc[CUT:]
    rows = []
    for task, scoring, fraction in CASES:
        kwargs = dict(early_stopping=True, scoring=scoring, validation_fraction=fraction, n_iter_no_change=4,
                      max_iter=150, learning_rate=0.3, random_state=0, tol=1e-4)
        if task == "regression":
            m = HistGradientBoostingRegressor(**kwargs).fit(x_train, data["y"].iloc[:CUT])
            predicted = m.predict(x_test)
        else:
            target = "bin" if task == "binary" else "cls"
            m = HistGradientBoostingClassifier(**kwargs).fit(x_train, data[target].iloc[:CUT])
            predicted = m.predict(x_test)
        watched = m.validation_score_ if fraction is not None else m.train_score_
        rows.append([task, "None" if scoring is None else scoring, fmt(fraction), m.n_iter_, fmt_list(watched),
                     fmt_list(predicted)])
    write("trees_hgb_scoring_small.csv", ["task", "scoring", "validation_fraction", "n_iter", "scores", "predicted"],
          rows)


if __name__ == "__main__":
    main()
