#!/usr/bin/env python3
"""Reference outputs of scikit-learn 1.9's PCA (issue 7).

Run from anywhere:  python3 runtime/reference/make_pca_reference.py
Needs numpy, pandas and scikit-learn. Writes a small correlated input (inputs/pca_train.csv, inputs/pca_test.csv,
drawn from a fixed seed) and pca.csv under runtime/src/test/resources/reference/, in the format of
fixture_format.py. Training rows are fit_transform's output (what skrub's .skb.apply computes), held-out rows
transform's. Each case also records the solver scikit-learn picked and n_components_.
"""
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.decomposition import PCA

from fixture_format import OUT, fmt_list, write

INPUTS = OUT / "inputs"
warnings.filterwarnings("ignore")
assert sklearn.__version__ == "1.9.1", sklearn.__version__


def make_inputs():
    rng = np.random.RandomState(11)
    n_train, n_test, p, rank = 60, 15, 8, 3
    n = n_train + n_test
    latent = rng.normal(size=(n, rank)) * np.array([5.0, 2.0, 0.8])
    mixing = rng.normal(size=(rank, p))
    x = latent @ mixing + rng.normal(scale=0.3, size=(n, p)) + rng.uniform(-3, 3, size=p)
    df = pd.DataFrame(np.round(x, 4), columns=[f"x{j}" for j in range(p)])
    df.iloc[:n_train].to_csv(INPUTS / "pca_train.csv", index=False)
    df.iloc[n_train:].to_csv(INPUTS / "pca_test.csv", index=False)


CASES = [
    # (case name as the Java test parses it, columns, estimator)
    ("n_components=None", "abc", PCA()),
    ("n_components=2,whiten=True", "abc", PCA(n_components=2, whiten=True)),
    ("n_components=None", "x", PCA()),
    ("n_components=3", "x", PCA(n_components=3)),
    ("n_components=0.9", "x", PCA(n_components=0.9)),
    ("n_components=0.99,whiten=True", "x", PCA(n_components=0.99, whiten=True)),
    ("n_components=mle", "x", PCA(n_components="mle")),
    ("n_components=mle", "abc", PCA(n_components="mle")),
    ("n_components=4,svd_solver=covariance_eigh", "x", PCA(n_components=4, svd_solver="covariance_eigh")),
    ("n_components=4,svd_solver=full,whiten=True", "x", PCA(n_components=4, svd_solver="full", whiten=True)),
    ("n_components=0.95,svd_solver=full", "x", PCA(n_components=0.95, svd_solver="full")),
    ("n_components=3,svd_solver=randomized,random_state=0", "x",
     PCA(n_components=3, svd_solver="randomized", random_state=0)),
    ("n_components=2,svd_solver=randomized,random_state=42,whiten=True,iterated_power=2", "x",
     PCA(n_components=2, svd_solver="randomized", random_state=42, whiten=True, iterated_power=2)),
    ("n_components=5,svd_solver=randomized,random_state=3,n_oversamples=4,power_iteration_normalizer=QR", "x",
     PCA(n_components=5, svd_solver="randomized", random_state=3, n_oversamples=4,
         power_iteration_normalizer="QR")),
    # ARPACK at tol=0 converges to the exact leading triplets of the centered data (None: min(n, p) - 1 components)
    # (random_state fixes ARPACK's start vector, so that reruns of this script give the same bits)
    ("n_components=3,svd_solver=arpack,random_state=0", "x", PCA(n_components=3, svd_solver="arpack", random_state=0)),
    ("n_components=2,svd_solver=arpack,whiten=True,random_state=0", "x",
     PCA(n_components=2, svd_solver="arpack", whiten=True, random_state=0)),
    ("n_components=None,svd_solver=arpack,random_state=0", "x", PCA(svd_solver="arpack", random_state=0)),
    ("n_components=2,svd_solver=arpack,random_state=0", "abc", PCA(n_components=2, svd_solver="arpack", random_state=0)),
]


def main():
    make_inputs()
    frames = {
        "abc": (pd.read_csv(INPUTS / "features_train.csv")[["a", "b", "c"]],
                pd.read_csv(INPUTS / "features_test.csv")[["a", "b", "c"]]),
        "x": (pd.read_csv(INPUTS / "pca_train.csv"), pd.read_csv(INPUTS / "pca_test.csv")),
    }
    rows = []
    for name, data, est in CASES:
        train, test = frames[data]
        est.set_output(transform="pandas")
        out_train = est.fit_transform(train)
        out_test = est.transform(test)
        info = f"solver={est._fit_svd_solver} n_components_={int(est.n_components_)}"
        for split, out in (("train", out_train), ("test", out_test)):
            for c in out.columns:
                rows.append([name, data, info, split, c, fmt_list(np.asarray(out[c], dtype=float).tolist())])
    write("pca.csv", ["case", "data", "fitted", "split", "column", "values"], rows)


if __name__ == "__main__":
    main()
