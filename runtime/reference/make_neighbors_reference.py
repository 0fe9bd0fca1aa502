#!/usr/bin/env python3
"""Reference outputs of scikit-learn's KNeighborsClassifier (predict_proba and predict) for issue 7.

Run from anywhere:  python3 runtime/reference/make_neighbors_reference.py
Needs numpy and scikit-learn. Writes neighbors_classifier.csv under runtime/src/test/resources/reference/ (inputs
drawn here from fixed seeds and written into the fixture, floats by repr(), matrices row-major).
"""
import numpy as np
import sklearn
from sklearn.neighbors import KNeighborsClassifier

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


def main():
    rows = []
    for case, X, y, Xt in cases():
        for k in [1, 3, 5, 8]:
            for weights in ["uniform", "distance"]:
                m = KNeighborsClassifier(n_neighbors=k, weights=weights, algorithm="brute").fit(X, y)
                rows.append([case, k, weights, X.shape[1], fmt_list(X.ravel()), " ".join(map(str, y)),
                             fmt_list(Xt.ravel()), fmt_list(m.predict_proba(Xt).ravel()),
                             " ".join(map(str, m.predict(Xt)))])
    write("neighbors_classifier.csv", ["case", "k", "weights", "p", "x", "y", "x_test", "proba", "predict"], rows)
    print(f"with scikit-learn {sklearn.__version__}, numpy {np.__version__}")


if __name__ == "__main__":
    main()
