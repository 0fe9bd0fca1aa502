#!/usr/bin/env python3
"""Reference Lasso and ElasticNet fits on a scipy sparse matrix, and on the same matrix dense (issue 7, linear).

Run from anywhere:  python3 runtime/reference/make_sparse_enet_reference.py
Needs numpy, pandas, scipy and scikit-learn 1.9. The matrix is the word TF-IDF (TfidfVectorizer(min_df=2)) of the
committed film titles (examples/data/movie-titles.csv), the target their IMDb rating; it is written to
inputs/sparse_enet_matrix.csv (CSR arrays, space-separated) so that the Java test reads the very same matrix. Each case
of sparse_enet.csv fits Lasso or ElasticNet on the CSR matrix (scikit-learn's sparse_enet_coordinate_descent, X
centered implicitly) or on its dense copy (enet_coordinate_descent), and stores coef_, intercept_, n_iter_ and
dual_gap_. The cases cover alpha, l1_ratio, fit_intercept=False, positive=True, selection="random" with a
random_state, a tighter tol and a max_iter the solver runs out of.
"""
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import ElasticNet, Lasso

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import OUT, fmt, fmt_list, write  # noqa: E402

REPO = HERE.parent.parent

# (case, layout, estimator, parameters)
CASES = [
    ("lasso_default", "sparse", "Lasso", dict()),
    ("lasso_small_alpha", "sparse", "Lasso", dict(alpha=0.001)),
    ("lasso_tiny_alpha_tight", "sparse", "Lasso", dict(alpha=0.0002, tol=1e-6, max_iter=5000)),
    ("lasso_no_intercept", "sparse", "Lasso", dict(alpha=0.002, fit_intercept=False)),
    ("lasso_positive", "sparse", "Lasso", dict(alpha=0.001, positive=True)),
    ("lasso_random", "sparse", "Lasso", dict(alpha=0.001, selection="random", random_state=0)),
    ("lasso_runs_out", "sparse", "Lasso", dict(alpha=0.0005, max_iter=3)),
    ("enet_half", "sparse", "ElasticNet", dict(alpha=0.002)),
    ("enet_l1_0_2", "sparse", "ElasticNet", dict(alpha=0.005, l1_ratio=0.2)),
    ("enet_ridge_like", "sparse", "ElasticNet", dict(alpha=0.01, l1_ratio=0.0, max_iter=200)),
    ("enet_random_positive", "sparse", "ElasticNet", dict(alpha=0.001, l1_ratio=0.7, positive=True,
                                                          selection="random", random_state=42)),
    # The dense kernel with the options it now takes.
    ("dense_lasso_positive", "dense", "Lasso", dict(alpha=0.001, positive=True)),
    ("dense_lasso_random", "dense", "Lasso", dict(alpha=0.001, selection="random", random_state=7)),
    ("dense_enet_random_positive", "dense", "ElasticNet", dict(alpha=0.001, l1_ratio=0.7, positive=True,
                                                               selection="random", random_state=42)),
]

HEADER = ["case", "layout", "estimator", "alpha", "l1_ratio", "fit_intercept", "max_iter", "tol", "positive",
          "selection", "random_state", "coef", "intercept", "n_iter", "dual_gap"]


def main():
    titles = pd.read_csv(REPO / "examples" / "data" / "movie-titles.csv")
    x = TfidfVectorizer(min_df=2).fit_transform(titles["title"]).tocsr()
    x.sort_indices()
    y = titles["imdb_rating"].to_numpy(float)
    write("inputs/sparse_enet_matrix.csv", ["rows", "cols", "indptr", "indices", "data", "y"],
          [[x.shape[0], x.shape[1], fmt_list(x.indptr), fmt_list(x.indices), fmt_list(x.data), fmt_list(y)]])
    rows = []
    for case, layout, name, params in CASES:
        kwargs = dict(alpha=1.0, l1_ratio=1.0 if name == "Lasso" else 0.5, fit_intercept=True, max_iter=1000,
                      tol=1e-4, positive=False, selection="cyclic", random_state=None)
        kwargs.update(params)
        given = dict(kwargs)
        if name == "Lasso":
            del given["l1_ratio"]
        model = (Lasso if name == "Lasso" else ElasticNet)(**given)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model.fit(x if layout == "sparse" else x.toarray(), y)
        rows.append([case, layout, name] + [fmt(kwargs[k]) for k in HEADER[3:11]]
                    + [fmt_list(model.coef_), fmt(float(model.intercept_)), fmt(int(model.n_iter_)),
                       fmt(float(model.dual_gap_))])
    write("sparse_enet.csv", HEADER, rows)


if __name__ == "__main__":
    main()
