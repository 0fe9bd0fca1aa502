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
- fold_minmax_stats.csv: MinMaxScaler's data_min_, data_max_, scale_, min_ and MaxAbsScaler's scale_ per fold on inputs/small_train.csv and
  inputs/fold_impute_train.csv (missing values, a column present in three rows only, huge values).
- fold_imputer_stats.csv: SimpleImputer(strategy='mean')'s statistics_ per fold on the same inputs ("dropped" where a
  training set has no value of the column, which scikit-learn then drops).

Every file covers KFold(5), KFold(5, shuffle, seed 0), and splitters whose test sets do not partition the rows:
ShuffleSplit(5, test_size=0.25, random_state=0), ShuffleSplit(4, test_size=0.2, train_size=0.5, random_state=3) (rows
in neither set), TimeSeriesSplit(4) and TimeSeriesSplit(3, test_size=3, gap=1).
inputs/fold_impute_train.csv is written here too (deterministic).
"""
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.impute import SimpleImputer
from sklearn.model_selection import KFold, ShuffleSplit, TimeSeriesSplit
from sklearn.preprocessing import MaxAbsScaler, MinMaxScaler, OneHotEncoder, StandardScaler

from fixture_format import OUT, fmt, fmt_list, write

INPUTS = OUT / "inputs"
REPO = Path(__file__).resolve().parents[2]
warnings.filterwarnings("ignore")
assert sklearn.__version__ == "1.9.1", sklearn.__version__

SPLITTERS = {
    "kfold5": KFold(5),
    "kfold5_shuffled": KFold(5, shuffle=True, random_state=0),
    "shuffle5": ShuffleSplit(5, test_size=0.25, random_state=0),
    "shuffle4_partial": ShuffleSplit(4, test_size=0.2, train_size=0.5, random_state=3),
    "timeseries4": TimeSeriesSplit(4),
    "timeseries3_gap": TimeSeriesSplit(3, test_size=3, gap=1),
}


def fold_impute_train():
    """20 rows: a (floats, some missing), b (ints), c (present in rows 0-2 only), d (huge whole numbers)."""
    rng = np.random.RandomState(5)
    a = np.round(rng.normal(3.0, 2.0, 20), 3)
    a[[1, 6, 7, 15]] = np.nan
    b = rng.randint(-5, 9, 20)
    c = np.full(20, np.nan)
    c[:3] = [1.5, -2.25, 4.0]
    d = 1e15 + rng.randint(0, 8, 20) * 3.0  # whole numbers: pandas and Java read the same bits
    frame = pd.DataFrame({"a": a, "b": b, "c": c, "d": d})
    frame.to_csv(INPUTS / "fold_impute_train.csv", index=False, na_rep="")
    return pd.read_csv(INPUTS / "fold_impute_train.csv")


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


def numeric_datasets():
    return {
        "small_train": (pd.read_csv(INPUTS / "small_train.csv"), ["size", "level", "grade", "x1", "const"]),
        "fold_impute_train": (fold_impute_train(), ["a", "b", "c", "d"]),
    }


def minmax_rows():
    rows = []
    for data_name, (X, columns) in numeric_datasets().items():
        for split_name, splitter in SPLITTERS.items():
            for fold, (train, _) in enumerate(splitter.split(X)):
                values = X.iloc[train][columns].to_numpy(dtype=float)
                sc = MinMaxScaler().fit(values)
                ma = MaxAbsScaler().fit(values)
                for j, c in enumerate(columns):
                    rows.append([data_name, split_name, fold, c, fmt(float(sc.data_min_[j])),
                                 fmt(float(sc.data_max_[j])), fmt(float(sc.scale_[j])), fmt(float(sc.min_[j])),
                                 fmt(float(ma.scale_[j]))])
    return rows


def imputer_rows():
    rows = []
    for data_name, (X, columns) in numeric_datasets().items():
        for split_name, splitter in SPLITTERS.items():
            for fold, (train, _) in enumerate(splitter.split(X)):
                imp = SimpleImputer(strategy="mean").fit(X.iloc[train][columns].to_numpy(dtype=float))
                for j, c in enumerate(columns):
                    value = imp.statistics_[j]
                    rows.append([data_name, split_name, fold, c, "dropped" if np.isnan(value) else fmt(float(value))])
    return rows


if __name__ == "__main__":
    write("fold_scaler_stats.csv", ["data", "splitter", "fold", "column", "mean", "var", "scale", "n_samples_seen"],
          scaler_rows())
    write("fold_onehot_categories.csv", ["data", "splitter", "fold", "column", "categories", "infrequent"],
          onehot_rows())
    write("fold_minmax_stats.csv", ["data", "splitter", "fold", "column", "data_min", "data_max", "scale", "min",
                                     "maxabs_scale"],
          minmax_rows())
    write("fold_imputer_stats.csv", ["data", "splitter", "fold", "column", "statistic"], imputer_rows())
