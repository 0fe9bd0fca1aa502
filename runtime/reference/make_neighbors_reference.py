#!/usr/bin/env python3
"""Reference outputs of scikit-learn's k-nearest neighbours for issue 7.

Run from anywhere:  python3 runtime/reference/make_neighbors_reference.py
Needs numpy, pandas and scikit-learn. Writes under runtime/src/test/resources/reference/ (inputs drawn here from fixed
seeds and written into the fixture, floats by repr(), matrices row-major):
- neighbors_classifier.csv: KNeighborsClassifier's predict_proba and predict by brute force and with the default
  algorithm (a k-d tree for these few features), on small data with many equal distances;
- neighbors_seattle.csv: KNeighborsClassifier (weather) and KNeighborsRegressor (temp_max) with the default algorithm
  on examples/data/seattle-weather.csv (the first 1,000 rows fitted, rows 1,000-1,149 and ten fitted rows predicted;
  the test reads the same CSV), where rounded measurements make equally distant rows common;
- kd_tree_order.csv: the row order of scikit-learn's KDTree (its idx_array), which decides which of several equally
  distant rows a query keeps.
"""
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.neighbors import KDTree, KNeighborsClassifier, KNeighborsRegressor

from fixture_format import fmt_list, write


def cases():
    rng = np.random.RandomState(3)
    X = rng.normal(size=(60, 3))
    y = np.where(X[:, 0] + rng.normal(scale=0.5, size=60) > 0, "b", "a")
    yield "binary", X, y, rng.normal(size=(25, 3))
    # Integer-valued features: many equal distances, so the tie rule between neighbours matters, and test rows that
    # coincide with training rows exercise the exact-match rule of distance weights.
    Xi = rng.randint(0, 3, size=(50, 2)).astype(float)
    yi = np.array([4, 1, 7])[rng.randint(0, 3, size=50)]
    yield "ties_multi", Xi, yi, np.vstack([Xi[:10], rng.randint(0, 3, size=(10, 2)).astype(float) + 0.5])


SEATTLE = Path(__file__).resolve().parents[2] / "examples" / "data" / "seattle-weather.csv"
FEATURES = ["precipitation", "temp_max", "temp_min", "wind"]


def seattle():
    frame = pd.read_csv(SEATTLE)
    X = frame[FEATURES].to_numpy(float)
    test = np.vstack([X[1000:1150], X[:10]])
    return X[:1000], frame["weather"].to_numpy()[:1000], frame["temp_max"].to_numpy(float)[:1000], test


def main():
    rows = []
    for case, X, y, Xt in cases():
        for algorithm, leaf_size in [("brute", 30), ("auto", 30), ("auto", 2)]:
            for k in [1, 3, 5, 8]:
                for weights in ["uniform", "distance"]:
                    m = KNeighborsClassifier(n_neighbors=k, weights=weights, algorithm=algorithm,
                                             leaf_size=leaf_size).fit(X, y)
                    rows.append([case, k, weights, algorithm, leaf_size, m._fit_method, X.shape[1],
                                 fmt_list(X.ravel()), " ".join(map(str, y)), fmt_list(Xt.ravel()),
                                 fmt_list(m.predict_proba(Xt).ravel()), " ".join(map(str, m.predict(Xt)))])
    write("neighbors_classifier.csv", ["case", "k", "weights", "algorithm", "leaf_size", "method", "p", "x", "y",
                                       "x_test", "proba", "predict"], rows)

    X, y, yr, test = seattle()
    rows = []
    for k in [1, 5, 15, 25]:
        for weights in ["uniform", "distance"]:
            c = KNeighborsClassifier(n_neighbors=k, weights=weights).fit(X, y)
            r = KNeighborsRegressor(n_neighbors=k, weights=weights).fit(X[:, [0, 2, 3]], yr)
            rows.append([k, weights, c._fit_method, fmt_list(c.predict_proba(test).ravel()),
                         " ".join(map(str, c.predict(test))), fmt_list(r.predict(test[:, [0, 2, 3]]))])
    write("neighbors_seattle.csv", ["k", "weights", "method", "proba", "predict", "regression"], rows)

    rows = []
    rng = np.random.RandomState(5)
    grid = rng.randint(0, 4, size=(700, 3)).astype(float)
    for case, data in [("seattle", X), ("grid", grid), ("normal", rng.normal(size=(333, 2)))]:
        for leaf_size in [1, 2, 5, 30]:
            tree = KDTree(data, leaf_size=leaf_size)
            rows.append([case, leaf_size, data.shape[1], fmt_list(data.ravel()) if case != "seattle" else "",
                         fmt_list(tree.get_arrays()[1])])
    write("kd_tree_order.csv", ["case", "leaf_size", "p", "x", "idx"], rows)
    print(f"with scikit-learn {sklearn.__version__}, numpy {np.__version__}, pandas {pd.__version__}")


if __name__ == "__main__":
    main()
