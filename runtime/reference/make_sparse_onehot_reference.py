#!/usr/bin/env python3
"""Reference outputs of scikit-learn 1.9 on sparse (CSR) one-hot features (issue 4).

Run from anywhere:  python3 runtime/reference/make_sparse_onehot_reference.py
Needs numpy, pandas, scipy and scikit-learn. Writes its inputs (inputs/sparse_onehot_train.csv,
inputs/sparse_onehot_test.csv, from a fixed seed) and sparse_onehot_linear.csv under
runtime/src/test/resources/reference/ (fixture_format.py), so the Java tests never need Python.

Features: x, then OneHotEncoder(handle_unknown="ignore") of shop (60 categories, a few unseen in the test rows) and
kind (3), as `X.skb.apply(OneHotEncoder(...), cols=["shop", "kind"])` lays them out. Cases:
  names                      the feature names
  csr                        per test row, the columns of its stored entries with sparse_output=True
  ridge_dense                Ridge on the dense features (solver "auto" is "cholesky" there)
  ridge_sparse_auto          Ridge on the CSR features, solver "auto": "sparse_cg" with tol=1e-4
  ridge_sparse_cg_tight      Ridge(solver="sparse_cg", tol=1e-10) on the CSR features
  ridge_svd                  Ridge(solver="svd") on the dense features
  *_wide                     the same on the first 40 training rows (more features than rows: the dual)
  logistic_dense/_sparse     LogisticRegression (lbfgs, solved to convergence: tol=1e-12) predict_proba on
                             dense / CSR features
"""
import warnings

import numpy as np
import pandas as pd
import scipy.sparse as sp
import sklearn
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.preprocessing import OneHotEncoder

from fixture_format import OUT, fmt_list, write

INPUTS = OUT / "inputs"
warnings.filterwarnings("ignore")
assert sklearn.__version__ == "1.9.1", sklearn.__version__

N_TRAIN, N_TEST, N_WIDE = 300, 80, 40
ALPHAS = [0.1, 1.0, 10.0]


def make_inputs():
    rng = np.random.RandomState(7)
    shops = np.array(["s%02d" % i for i in range(60)])
    p = 1.0 / np.arange(1, 61) ** 0.8
    p /= p.sum()
    n = N_TRAIN + N_TEST
    shop = rng.choice(shops, size=n, p=p).astype(object)
    kind = rng.choice(["a", "b", "c"], size=n, p=[0.5, 0.3, 0.2]).astype(object)
    x = np.round(rng.normal(size=n), 6)
    effect = dict(zip(shops, rng.normal(scale=2.0, size=60)))
    y = np.array([effect[s] for s in shop]) + np.where(kind == "b", 0.5, 0.0) + 2.0 * x + rng.normal(scale=0.3, size=n)
    y = np.round(y, 6)
    label = np.where(y < -1.0, "low", np.where(y < 1.0, "mid", "high"))
    df = pd.DataFrame({"x": x, "shop": shop, "kind": kind, "y": y, "label": label})
    df.loc[N_TRAIN, "shop"] = "s99"  # unseen in training: all zeros with handle_unknown="ignore"
    df.loc[N_TRAIN + 1, "shop"] = "s98"
    df.iloc[:N_TRAIN].to_csv(INPUTS / "sparse_onehot_train.csv", index=False)
    df.iloc[N_TRAIN:].to_csv(INPUTS / "sparse_onehot_test.csv", index=False)
    return df.iloc[:N_TRAIN].reset_index(drop=True), df.iloc[N_TRAIN:].reset_index(drop=True)


def features(train, test, sparse_output):
    enc = OneHotEncoder(handle_unknown="ignore", sparse_output=sparse_output).fit(train[["shop", "kind"]])
    names = ["x"] + list(enc.get_feature_names_out())
    parts = []
    for frame in (train, test):
        codes = enc.transform(frame[["shop", "kind"]])
        x = frame[["x"]].to_numpy(dtype=float)
        parts.append(sp.hstack([sp.csr_matrix(x), codes]).tocsr() if sparse_output else np.hstack([x, codes]))
    return names, parts[0], parts[1]


def main():
    train, test = make_inputs()
    names, xs_train, xs_test = features(train, test, True)
    _, xd_train, xd_test = features(train, test, False)
    y = train["y"].to_numpy()
    rows = [["names", "", "", fmt_list(names)]]
    onehot = xs_test[:, 1:].tocsr()
    for i in range(onehot.shape[0]):
        rows.append(["csr", "", i, fmt_list(onehot.indices[onehot.indptr[i]:onehot.indptr[i + 1]].tolist())])

    def ridge_rows(case, estimator, x_train, x_test, n):
        for alpha in ALPHAS:
            model = estimator(alpha).fit(x_train[:n], y[:n])
            rows.append([case, alpha, "", fmt_list(model.predict(x_test).tolist())])

    for suffix, n in (("", N_TRAIN), ("_wide", N_WIDE)):
        ridge_rows("ridge_dense" + suffix, lambda a: Ridge(alpha=a), xd_train, xd_test, n)
        ridge_rows("ridge_sparse_auto" + suffix, lambda a: Ridge(alpha=a), xs_train, xs_test, n)
        ridge_rows("ridge_sparse_cg_tight" + suffix, lambda a: Ridge(alpha=a, solver="sparse_cg", tol=1e-10),
                   xs_train, xs_test, n)
        ridge_rows("ridge_svd" + suffix, lambda a: Ridge(alpha=a, solver="svd"), xd_train, xd_test, n)
    label = train["label"].to_numpy()
    for case, (x_train, x_test) in (("logistic_dense", (xd_train, xd_test)), ("logistic_sparse", (xs_train, xs_test))):
        model = LogisticRegression(max_iter=10000, tol=1e-12).fit(x_train, label)
        assert list(model.classes_) == ["high", "low", "mid"], model.classes_
        proba = model.predict_proba(x_test)
        for i in range(proba.shape[0]):
            rows.append([case, "", i, fmt_list(proba[i].tolist())])
    write("sparse_onehot_linear.csv", ["case", "alpha", "row", "values"], rows)


if __name__ == "__main__":
    main()
