#!/usr/bin/env python3
"""Reference statistics for fold algebra (issue 5): what scikit-learn 1.9 fits on each cross-validation training set.

Run from anywhere:  python3 runtime/reference/make_fold_algebra_reference.py
Needs numpy, pandas and scikit-learn. Stratum computes these fits from statistics of each fold's test rows,
combined; the Java tests (FoldAlgebraTest) hold them to the numbers written here, under
runtime/src/test/resources/reference/ (fixture_format.py):

- fold_scaler_stats.csv: StandardScaler's mean_, var_, scale_, n_samples_seen_ per fold, on the quick start's features
  (examples/data/seattle-weather.csv, X without temp_max and date, wet_wind = wind * precipitation) and on
  inputs/small_train.csv (missing values, a column of huge values), for KFold(5) and KFold(5, shuffle, seed 0).
- fold_onehot_categories.csv: OneHotEncoder's categories_ and infrequent_categories_ per fold (min_frequency=3,
  handle_unknown='infrequent_if_exist') on inputs/onehot_train.csv (missing values), and the quick start's weather.
"""
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.model_selection import KFold
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from fixture_format import OUT, fmt, fmt_list, write

INPUTS = OUT / "inputs"
REPO = Path(__file__).resolve().parents[2]
warnings.filterwarnings("ignore")
assert sklearn.__version__ == "1.9.1", sklearn.__version__

SPLITTERS = {"kfold5": KFold(5), "kfold5_shuffled": KFold(5, shuffle=True, random_state=0)}


def seattle():
    data = pd.read_csv(REPO / "examples" / "data" / "seattle-weather.csv")
    X = data.drop(columns=["temp_max", "date"])
    return X.assign(wet_wind=X["wind"] * X["precipitation"])


def scaler_rows():
    rows = []
    datasets = {
        "seattle": (seattle(), ["precipitation", "temp_min", "wind", "wet_wind"]),
        "small_train": (pd.read_csv(INPUTS / "small_train.csv"), ["size", "level", "grade", "x1", "const"]),
    }
    for data_name, (X, columns) in datasets.items():
        for split_name, splitter in SPLITTERS.items():
            for fold, (train, _) in enumerate(splitter.split(X)):
                sc = StandardScaler().fit(X.iloc[train][columns].to_numpy(dtype=float))
                for j, c in enumerate(columns):
                    rows.append([data_name, split_name, fold, c, fmt(float(sc.mean_[j])), fmt(float(sc.var_[j])),
                                 fmt(float(sc.scale_[j])), int(np.atleast_1d(sc.n_samples_seen_)[j]
                                                               if np.ndim(sc.n_samples_seen_) else sc.n_samples_seen_)])
    return rows


def label(v):
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return "nan"
    return str(v)


def onehot_rows():
    rows = []
    datasets = {
        "onehot_train": (pd.read_csv(INPUTS / "onehot_train.csv"), ["city", "size", "color"],
                         dict(min_frequency=3, handle_unknown="infrequent_if_exist", sparse_output=False)),
        "seattle": (seattle(), ["weather"], dict(handle_unknown="ignore", sparse_output=False)),
    }
    for data_name, (X, columns, params) in datasets.items():
        for split_name, splitter in SPLITTERS.items():
            for fold, (train, _) in enumerate(splitter.split(X)):
                enc = OneHotEncoder(**params).fit(X.iloc[train][columns])
                infrequent = enc.infrequent_categories_ if "min_frequency" in params else [None] * len(columns)
                for j, c in enumerate(columns):
                    rare = [] if infrequent[j] is None else [label(v) for v in infrequent[j]]
                    rows.append([data_name, split_name, fold, c, "|".join(label(v) for v in enc.categories_[j]),
                                 "|".join(rare)])
    return rows


if __name__ == "__main__":
    write("fold_scaler_stats.csv", ["data", "splitter", "fold", "column", "mean", "var", "scale", "n_samples_seen"],
          scaler_rows())
    write("fold_onehot_categories.csv", ["data", "splitter", "fold", "column", "categories", "infrequent"],
          onehot_rows())
