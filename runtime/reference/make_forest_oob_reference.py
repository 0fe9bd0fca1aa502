#!/usr/bin/env python3
"""Reference out-of-bag estimates of scikit-learn's random forests (oob_score=True; issue 7, forests).

Run from anywhere:  python3 runtime/reference/make_forest_oob_reference.py
Needs numpy, pandas and scikit-learn 1.9. Writes forest_oob.csv: per case the forest's oob_score_, its
oob_prediction_ (regressors) or oob_decision_function_ (classifiers, class by class: .T.ravel()), the number of
training rows no tree left out (scikit-learn predicts them as 0 after warning) and whether it warned. Small cases fit
the first 500 rows of the committed inputs/trees_small.csv (written by make_trees_reference.py); "seattle" cases fit
the committed examples/data/seattle-weather.csv; "bike" cases ../shared/data/bike_sharing.csv (skipped when absent).
Two cases score with a callable, as scikit-learn calls it: scorer(y, oob predictions), where a classifier's y is its
encoded classes and the predictions the argmax of oob_decision_function_. Every forest runs with n_jobs=1.
"""
import os
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier, RandomForestRegressor
from sklearn.ensemble._forest import _generate_unsampled_indices
from sklearn.metrics import balanced_accuracy_score, mean_absolute_error

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import OUT, fmt, fmt_list, write  # noqa: E402

INPUTS = OUT / "inputs"
REPO = HERE.parent.parent
SHARED = Path(os.environ.get("STRATUM_SHARED_DATA", REPO.parent / "shared" / "data"))
if not SHARED.exists():
    SHARED = Path("/work/shared/data")

SCORERS = {"mean_absolute_error": mean_absolute_error, "balanced_accuracy": balanced_accuracy_score}

# (case, data, task, forest parameters, scorer name or None for the default)
CASES = [
    ("ten_trees", "small", "regression", dict(n_estimators=10, random_state=0), None),
    ("ten_trees", "small", "binary", dict(n_estimators=10, random_state=0), None),
    ("ten_trees", "small", "multiclass", dict(n_estimators=10, random_state=0), None),
    # Two trees leave some rows in every bootstrap: scikit-learn warns and predicts them as 0.
    ("two_trees", "small", "regression", dict(n_estimators=2, random_state=1), None),
    ("two_trees", "small", "multiclass", dict(n_estimators=2, random_state=1), None),
    # A smaller bootstrap (max_samples), best-first growth, features subsampled.
    ("half_samples_leaves", "small", "regression", dict(n_estimators=8, max_samples=0.5, max_leaf_nodes=20,
                                                        max_features=0.5, random_state=2), None),
    ("half_samples_leaves", "small", "multiclass", dict(n_estimators=8, max_samples=0.5, max_leaf_nodes=20,
                                                        random_state=2), None),
    ("count_samples", "small", "binary", dict(n_estimators=6, max_samples=120, random_state=3), None),
    # Class weights: a balanced bootstrap draws rows by weight (numpy's choice), balanced_subsample uniformly.
    ("balanced", "small", "multiclass", dict(n_estimators=10, class_weight="balanced", random_state=4), None),
    ("balanced_subsample", "small", "binary", dict(n_estimators=10, class_weight="balanced_subsample",
                                                   random_state=5), None),
    # Other criteria, and missing values routed (x2 has NaN).
    ("poisson_missing", "small_missing", "regression", dict(n_estimators=6, criterion="poisson", random_state=6),
     None),
    ("entropy_missing", "small_missing", "multiclass", dict(n_estimators=6, criterion="entropy", random_state=7),
     None),
    ("absolute_error", "small", "regression", dict(n_estimators=4, criterion="absolute_error", random_state=8), None),
    # A callable oob_score.
    ("mae_callable", "small", "regression", dict(n_estimators=10, random_state=9), "mean_absolute_error"),
    ("balanced_accuracy_callable", "small", "multiclass", dict(n_estimators=10, random_state=10),
     "balanced_accuracy"),
    # Real data: the committed Seattle weather (a four-feature multiclass problem) and the shared bike rentals.
    ("seattle", "seattle", "multiclass", dict(n_estimators=30, min_samples_leaf=2, random_state=11), None),
    ("bike", "bike", "regression", dict(n_estimators=20, min_samples_leaf=2, random_state=12), None),
]

HEADER = ["case", "data", "task", "n_estimators", "max_depth", "min_samples_leaf", "max_features", "max_samples",
          "max_leaf_nodes", "class_weight", "criterion", "random_state", "scorer", "oob_score", "oob_predictions",
          "rows_never_out_of_bag", "warned"]


def dataset(name, task):
    """(X, y) of a case's data; y is float for regression, int 0/1 for binary, labels for multiclass."""
    if name.startswith("small"):
        small = pd.read_csv(INPUTS / "trees_small.csv").iloc[:500]
        features = ["x0", "x1", "x2", "x3", "x4"] if name == "small_missing" else ["x0", "x1", "x3", "x4"]
        y = {"regression": small["y"].to_numpy(float), "binary": small["bin"].to_numpy(int),
             "multiclass": small["cls"].to_numpy(object)}[task]
        if task == "regression":
            y = np.maximum(y, 0.0)  # the Poisson case needs a non-negative target; the others take it as well
        return small[features].to_numpy(float), y
    if name == "seattle":
        d = pd.read_csv(REPO / "examples" / "data" / "seattle-weather.csv")
        return d[["precipitation", "temp_max", "temp_min", "wind"]].to_numpy(float), d["weather"].to_numpy(object)
    bike = SHARED / "bike_sharing.csv"
    if not bike.exists():
        return None
    d = pd.read_csv(bike)
    cols = ["instant", "holiday", "weathersit", "temp", "atemp", "hum", "windspeed"]
    return d[cols].to_numpy(float), d["cnt"].to_numpy(float)


def main():
    rows = []
    for case, data, task, params, scorer in CASES:
        xy = dataset(data, task)
        if xy is None:
            print(f"{data}: shared data not found; case {case} left out")
            continue
        x, y = xy
        kwargs = dict(params, n_jobs=1, oob_score=SCORERS[scorer] if scorer else True)
        model = (RandomForestRegressor if task == "regression" else RandomForestClassifier)(**kwargs)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            model.fit(x, y)
        warned = any("do not have OOB scores" in str(w.message) for w in caught)
        left_out = np.zeros(len(x), dtype=np.int64)
        for tree in model.estimators_:
            left_out[_generate_unsampled_indices(tree.random_state, len(x), model._n_samples_bootstrap,
                                                 model._sample_weight)] += 1
        if task == "regression":
            predictions = model.oob_prediction_
        else:
            predictions = model.oob_decision_function_.T.ravel()
        full = {"max_depth": None, "min_samples_leaf": 1, "max_features": 1.0 if task == "regression" else "sqrt",
                "max_samples": None, "max_leaf_nodes": None, "class_weight": None,
                "criterion": "squared_error" if task == "regression" else "gini", **params}
        rows.append([case, data, task] + [fmt(full[p]) if p in full else fmt(params[p]) for p in HEADER[3:12]]
                    + [scorer or "default", fmt(model.oob_score_), fmt_list(predictions),
                       fmt(int((left_out == 0).sum())), fmt(warned)])
    write("forest_oob.csv", HEADER, rows)


if __name__ == "__main__":
    main()
