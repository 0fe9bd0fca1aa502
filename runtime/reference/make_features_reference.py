#!/usr/bin/env python3
"""Reference outputs of scikit-learn 1.9's feature-expanding transformers (issue 7).

Run from anywhere:  python3 runtime/reference/make_features_reference.py
Needs numpy, pandas and scikit-learn (not skrub). Writes the small inputs it uses (inputs/features_train.csv,
inputs/features_test.csv, drawn from a fixed seed) and features_*.csv fixtures under
runtime/src/test/resources/reference/, in the format of fixture_format.py, so the Java tests never need Python.
"""
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.preprocessing import FunctionTransformer, KBinsDiscretizer, PolynomialFeatures, SplineTransformer

from fixture_format import OUT, fmt_list, write

INPUTS = OUT / "inputs"
warnings.filterwarnings("ignore")
assert sklearn.__version__ == "1.9.1", sklearn.__version__


def make_inputs():
    rng = np.random.RandomState(7)
    n_train, n_test = 40, 12
    n = n_train + n_test
    df = pd.DataFrame({
        "a": np.round(rng.normal(0.0, 2.0, n), 3),
        "b": rng.randint(0, 8, n),
        "c": np.round(rng.lognormal(0.0, 1.0, n), 4),
        "k": np.full(n, 2.5),
    })
    # held-out rows beyond the training range on both sides
    df.loc[n_train, ["a", "b", "c"]] = [-9.5, -2, 0.001]
    df.loc[n_train + 1, ["a", "b", "c"]] = [8.25, 11, 40.0]
    df.loc[n_train + 2, "k"] = 3.0
    df.iloc[:n_train].to_csv(INPUTS / "features_train.csv", index=False)
    df.iloc[n_train:].to_csv(INPUTS / "features_test.csv", index=False)


def frames():
    return pd.read_csv(INPUTS / "features_train.csv"), pd.read_csv(INPUTS / "features_test.csv")


def emit(rows, name, est, train, test, cols):
    est.set_output(transform="pandas")
    est.fit(train[cols])
    for split, frame in (("train", train), ("test", test)):
        try:
            out = est.transform(frame[cols])
        except ValueError as e:
            rows.append([name, split, "", "error: " + str(e).splitlines()[0]])
            continue
        for c in out.columns:
            rows.append([name, split, c, fmt_list(np.asarray(out[c], dtype=float).tolist())])


def polynomial():
    train, test = frames()
    rows = []
    cases = [
        ("degree=2", PolynomialFeatures()),
        ("degree=3", PolynomialFeatures(degree=3)),
        ("degree=3,interaction_only=True", PolynomialFeatures(degree=3, interaction_only=True)),
        ("degree=2,include_bias=False", PolynomialFeatures(include_bias=False)),
        ("degree=(2, 3)", PolynomialFeatures(degree=(2, 3))),
        ("degree=(0, 1)", PolynomialFeatures(degree=(0, 1))),
    ]
    for name, est in cases:
        emit(rows, name, est, train, test, ["a", "b", "c"])
    write("features_polynomial.csv", ["case", "split", "column", "values"], rows)


def kbins():
    train, test = frames()
    rows = []
    edges = []
    cases = [
        ("n_bins=5,encode=ordinal", KBinsDiscretizer(encode="ordinal")),
        ("n_bins=5,encode=onehot-dense", KBinsDiscretizer(encode="onehot-dense")),
        ("n_bins=5,encode=onehot", KBinsDiscretizer()),
        ("n_bins=3,encode=ordinal,strategy=uniform", KBinsDiscretizer(n_bins=3, encode="ordinal", strategy="uniform")),
        ("n_bins=4,encode=ordinal,strategy=kmeans", KBinsDiscretizer(n_bins=4, encode="ordinal", strategy="kmeans")),
        ("n_bins=6,encode=onehot-dense,strategy=kmeans",
         KBinsDiscretizer(n_bins=6, encode="onehot-dense", strategy="kmeans")),
        ("n_bins=4,encode=ordinal,quantile_method=linear", KBinsDiscretizer(n_bins=4, encode="ordinal",
                                                                           quantile_method="linear")),
        ("n_bins=7,encode=ordinal,quantile_method=inverted_cdf", KBinsDiscretizer(n_bins=7, encode="ordinal",
                                                                                 quantile_method="inverted_cdf")),
        ("n_bins=5,encode=ordinal,quantile_method=hazen", KBinsDiscretizer(encode="ordinal", quantile_method="hazen")),
        ("n_bins=10,encode=ordinal", KBinsDiscretizer(n_bins=10, encode="ordinal")),
        ("n_bins=4,encode=ordinal,subsample=25,random_state=0",
         KBinsDiscretizer(n_bins=4, encode="ordinal", subsample=25, random_state=0)),
        # dtype=np.float32: the edges are fitted on the float64 values, transform casts the values to float32 before
        # placing them (4 training values of this case fall one bin lower than in float64)
        ("n_bins=7,encode=ordinal,quantile_method=inverted_cdf,dtype=float32",
         KBinsDiscretizer(n_bins=7, encode="ordinal", quantile_method="inverted_cdf", dtype=np.float32)),
        ("n_bins=5,encode=onehot-dense,dtype=float32", KBinsDiscretizer(encode="onehot-dense", dtype=np.float32)),
        ("n_bins=7,dtype=float32,quantile_method=inverted_cdf,encode=onehot",
         KBinsDiscretizer(n_bins=7, quantile_method="inverted_cdf", dtype=np.float32)),
    ]
    cols = ["a", "b", "c", "k"]
    for name, est in cases:
        if name.endswith("encode=onehot"):
            # sparse output: the same numbers as onehot-dense, compared densely
            est.fit(train[cols])
            names = est.get_feature_names_out()
            for split, frame in (("train", train), ("test", test)):
                out = est.transform(frame[cols]).toarray()
                for j, c in enumerate(names):
                    rows.append([name, split, c, fmt_list(out[:, j].tolist())])
        else:
            emit(rows, name, est, train, test, cols)
        for j, c in enumerate(cols):
            edges.append([name, c, fmt_list(est.bin_edges_[j].tolist())])
    write("features_kbins.csv", ["case", "split", "column", "values"], rows)
    write("features_kbins_edges.csv", ["case", "column", "edges"], edges)


def splines():
    train, test = frames()
    rows = []
    cases = [
        ("default", SplineTransformer()),
        ("n_knots=4,degree=2", SplineTransformer(n_knots=4, degree=2)),
        ("knots=quantile", SplineTransformer(knots="quantile")),
        ("extrapolation=linear", SplineTransformer(extrapolation="linear")),
        ("extrapolation=linear,degree=1", SplineTransformer(extrapolation="linear", degree=1)),
        ("extrapolation=continue", SplineTransformer(extrapolation="continue")),
        ("extrapolation=periodic,n_knots=6", SplineTransformer(extrapolation="periodic", n_knots=6)),
        ("extrapolation=error", SplineTransformer(extrapolation="error")),
        ("include_bias=False,knots=quantile,n_knots=3", SplineTransformer(include_bias=False, knots="quantile",
                                                                          n_knots=3)),
        ("degree=1,n_knots=3", SplineTransformer(degree=1, n_knots=3)),
        # sparse output: the same numbers as dense, compared densely
        ("knots=quantile,sparse_output=True", SplineTransformer(knots="quantile", sparse_output=True)),
    ]
    for name, est in cases:
        if name.endswith("sparse_output=True"):
            est.fit(train[["a", "b", "c"]])
            names = est.get_feature_names_out()
            for split, frame in (("train", train), ("test", test)):
                out = est.transform(frame[["a", "b", "c"]]).toarray()
                for j, c in enumerate(names):
                    rows.append([name, split, c, fmt_list(out[:, j].tolist())])
            continue
        emit(rows, name, est, train, test, ["a", "b", "c"])
    write("features_splines.csv", ["case", "split", "column", "values"], rows)


def functions():
    train, test = frames()
    rows = []
    for fname in ("log1p", "exp", "sqrt", "abs", "square", "log", "sin"):
        est = FunctionTransformer(getattr(np, fname))
        est.set_output(transform="pandas")
        for split, frame in (("train", train), ("test", test)):
            out = est.fit(train[["a", "b", "c"]]).transform(frame[["a", "b", "c"]])
            for c in out.columns:
                rows.append([fname, split, c + ":" + str(out[c].dtype), fmt_list(out[c].astype(float).tolist())])
    write("features_function.csv", ["case", "split", "column", "values"], rows)


if __name__ == "__main__":
    make_inputs()
    polynomial()
    kbins()
    splines()
    functions()
