#!/usr/bin/env python3
"""Reference outputs of scikit-learn's random forests for Stratum's own implementation (issue 7, forests).

Run from anywhere:  python3 runtime/reference/make_forest_reference.py
Needs numpy, pandas and scikit-learn 1.9. Reads the committed small input inputs/trees_small.csv (written by
make_trees_reference.py; its column x2 with missing values is left out) and writes forest_small.csv, then
forest_missing_small.csv with x2 in (scikit-learn 1.9 routes missing values in trees) and x0 set missing in every
seventh test row (a feature with no missing training values: prediction sends them to the larger child); the
shared-data cases read ../shared/data (bike_sharing, birdstrikes; skipped when absent): train on the first 80% of
the rows, predict every fifth row of the rest, and store only predictions and 5-fold cross-validated scores, never
the data. Every forest runs with n_jobs=1, so its predictions are summed in tree order. The Poisson cases of the
small data train on the target clipped at zero.
"""
import os
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier, RandomForestRegressor
from sklearn.model_selection import KFold, StratifiedKFold, cross_val_score
from sklearn.preprocessing import OrdinalEncoder
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import OUT, fmt, fmt_list, write  # noqa: E402

INPUTS = OUT / "inputs"
SHARED = Path(os.environ.get("STRATUM_SHARED_DATA", HERE.parent.parent.parent / "shared" / "data"))
if not SHARED.exists():
    SHARED = Path("/work/shared/data")

warnings.filterwarnings("ignore")

PARAM_NAMES = ["n_estimators", "max_depth", "min_samples_split", "min_samples_leaf", "min_weight_fraction_leaf",
               "max_features", "min_impurity_decrease", "bootstrap", "random_state", "max_samples", "max_leaf_nodes",
               "class_weight", "criterion"]
HEADER = ["case", "task"] + PARAM_NAMES + ["predicted", "proba", "tree_predicted", "cv_scores"]


def defaults(task):
    return dict(n_estimators=100, max_depth=None, min_samples_split=2, min_samples_leaf=1,
                min_weight_fraction_leaf=0.0, max_features=1.0 if task == "regression" else "sqrt",
                min_impurity_decrease=0.0, bootstrap=True, random_state=None, max_samples=None, max_leaf_nodes=None,
                class_weight=None, criterion="squared_error" if task == "regression" else "gini")


SMALL_CONFIGS = [
    ("ten_trees", dict(n_estimators=10, random_state=0)),
    ("half_features_leaf3", dict(n_estimators=8, max_features=0.5, min_samples_leaf=3, random_state=1)),
    ("depth4_subsample", dict(n_estimators=12, max_depth=4, max_samples=0.5, random_state=2)),
    ("fractions", dict(n_estimators=6, min_samples_split=0.05, min_samples_leaf=0.01, max_features=2,
                       min_weight_fraction_leaf=0.01, min_impurity_decrease=0.001, random_state=3)),
    ("log2_big_seed", dict(n_estimators=5, max_features="log2", random_state=4294967295)),
    # One tree on all rows and all features: the forest is a plain decision tree (compared with scikit-learn's
    # DecisionTree given the seed the forest drew for its tree, since the seed orders features and so breaks ties).
    ("single_tree", dict(n_estimators=1, bootstrap=False, max_features=None, random_state=5)),
    # Best-first growth (max_leaf_nodes), alone and with other limits.
    ("leaves8", dict(n_estimators=10, max_leaf_nodes=8, random_state=6)),
    ("leaves30_depth5_leaf3", dict(n_estimators=6, max_leaf_nodes=30, max_depth=5, min_samples_leaf=3,
                                   max_features=0.5, random_state=7)),
    ("leaves12_no_bootstrap", dict(n_estimators=2, bootstrap=False, max_features=None, max_leaf_nodes=12,
                                   random_state=8)),
    # Class weights (classifiers only): drawn by weight with the bootstrap, as tree weights without it.
    ("balanced", dict(n_estimators=10, class_weight="balanced", random_state=9)),
    ("balanced_subsample", dict(n_estimators=10, class_weight="balanced_subsample", random_state=10)),
    ("balanced_no_bootstrap", dict(n_estimators=3, bootstrap=False, class_weight="balanced", random_state=11)),
    ("dict_weights_half_samples", dict(n_estimators=8, class_weight="dict", max_samples=0.5, random_state=12)),
    ("dict_weights_leaves10", dict(n_estimators=6, class_weight="dict", max_leaf_nodes=10, bootstrap=False,
                                   random_state=13)),
    # The other criteria: entropy (log_loss is the same) for classifiers; Poisson for regression (on the target
    # clipped at zero, so some nodes hold only zeros: infinite impurity and forbidden splits) and the deprecated
    # friedman_mse, which scikit-learn 1.9 maps to squared_error.
    ("entropy", dict(n_estimators=10, criterion="entropy", random_state=14)),
    ("log_loss_leaves_weights", dict(n_estimators=6, criterion="log_loss", max_leaf_nodes=20, class_weight="balanced",
                                     min_impurity_decrease=0.002, random_state=15)),
    ("entropy_single_tree", dict(n_estimators=1, bootstrap=False, max_features=None, criterion="entropy",
                                 random_state=16)),
    ("poisson", dict(n_estimators=10, criterion="poisson", random_state=17)),
    ("poisson_leaves_fractions", dict(n_estimators=6, criterion="poisson", max_leaf_nodes=15, min_samples_leaf=0.02,
                                      max_features=0.5, min_impurity_decrease=0.001, random_state=18)),
    ("poisson_single_tree", dict(n_estimators=1, bootstrap=False, max_features=None, criterion="poisson",
                                 random_state=19)),
    ("friedman_mse", dict(n_estimators=4, criterion="friedman_mse", random_state=20)),
    # The absolute error criterion (weighted medians through a Fenwick tree), with bootstrap counts as weights.
    ("absolute_error", dict(n_estimators=6, criterion="absolute_error", random_state=26)),
    ("absolute_error_single_tree", dict(n_estimators=1, bootstrap=False, max_features=None,
                                        criterion="absolute_error", random_state=27)),
    ("absolute_error_leaves_fractions", dict(n_estimators=4, criterion="absolute_error", max_leaf_nodes=12,
                                             min_samples_leaf=0.02, max_features=0.5, max_samples=0.7,
                                             random_state=28)),
]

REGRESSION_CRITERIA = {"squared_error", "friedman_mse", "poisson", "absolute_error"}

# Forests on features with missing values.
MISSING_CONFIGS = [
    ("missing_ten_trees", dict(n_estimators=10, random_state=21)),
    ("missing_single_tree", dict(n_estimators=1, bootstrap=False, max_features=None, random_state=22)),
    ("missing_leaves10_entropy", dict(n_estimators=6, max_leaf_nodes=10, criterion="entropy", random_state=23)),
    ("missing_poisson_depth6", dict(n_estimators=6, max_depth=6, criterion="poisson", random_state=24)),
    ("missing_leaf5_features", dict(n_estimators=8, min_samples_leaf=5, max_features=0.6, random_state=25)),
]


def missing_test_rows(x_test):
    """x0 (no missing training values) set missing in every seventh test row, as the Java test does."""
    x_test = x_test.copy()
    x_test[::7, 0] = np.nan
    return x_test


def applies(task, params):
    """Whether a configuration runs for the task: class weights and classification criteria for classifiers only."""
    criterion = params.get("criterion")
    if task == "regression":
        return "class_weight" not in params and (criterion is None or criterion in REGRESSION_CRITERIA)
    return criterion is None or criterion not in REGRESSION_CRITERIA

# The class_weight="dict" placeholder above, per task (keys are the class labels).
DICT_WEIGHTS = {"binary": {0: 1.0, 1: 3.0}, "multiclass": {"high": 0.5, "low": 2.0, "mid": 1.0}}


def resolved(task, params):
    if params.get("class_weight") == "dict":
        return {**params, "class_weight": DICT_WEIGHTS[task]}
    return params


def class_weight_text(value):
    """How the Java test reads class_weight back: nan, balanced, balanced_subsample or dict:key=w|key=w."""
    if isinstance(value, dict):
        return "dict:" + "|".join(f"{k}={fmt(float(w))}" for k, w in value.items())
    return fmt(value)


def fit_case(task, params, x_train, y_train, x_test):
    kwargs = {**defaults(task), **resolved(task, params), "n_jobs": 1}
    if task == "regression":
        del kwargs["class_weight"]
    single = params.get("bootstrap") is False and params.get("n_estimators") == 1
    criterion = kwargs["criterion"]
    if task == "regression":
        model = RandomForestRegressor(**kwargs).fit(x_train, y_train)
        tree = []
        if single:
            tree = DecisionTreeRegressor(random_state=model.estimators_[0].random_state, criterion=criterion).fit(
                x_train, y_train).predict(x_test)
        return model.predict(x_test), [], tree
    model = RandomForestClassifier(**kwargs).fit(x_train, y_train)
    tree = []
    if single:
        tree = DecisionTreeClassifier(random_state=model.estimators_[0].random_state, criterion=criterion).fit(
            x_train, y_train).predict_proba(x_test).T.ravel()
    return model.predict(x_test), model.predict_proba(x_test).T.ravel(), tree


def row(name, task, params, result, cv=()):
    kwargs = {**defaults(task), **resolved(task, params)}
    predicted, proba, tree = result
    return [name, task] + [class_weight_text(kwargs[p]) if p == "class_weight" else fmt(kwargs[p])
                           for p in PARAM_NAMES] + [
        fmt_list(predicted), fmt_list(proba), fmt_list(tree), fmt_list(cv)]


def shared_cases():
    """(dataset, task, X, y) on the shared data sets, when present; missing codes become -1."""
    cases = []
    bike = SHARED / "bike_sharing.csv"
    if bike.exists():
        d = pd.read_csv(bike)
        cols = ["instant", "holiday", "weathersit", "temp", "atemp", "hum", "windspeed"]
        cases.append(("bike_sharing", "regression", d[cols].astype(float), d["cnt"].to_numpy(float)))
    birds = SHARED / "birdstrikes.csv"
    if birds.exists():
        d = pd.read_csv(birds)
        cat = ["Aircraft Airline Operator", "Origin State", "Phase of flight", "Wildlife Size"]
        x = d[cat + ["Speed IAS in knots"]].copy()
        x[cat] = OrdinalEncoder(encoded_missing_value=-1).fit_transform(x[cat])
        cases.append(("birdstrikes_time", "multiclass", x.astype(float).fillna(-1.0), d["Time of day"].to_numpy(object)))
        # The speed's missing values kept as NaN: scikit-learn 1.9's trees route them.
        cases.append(("birdstrikes_time_nan", "multiclass", x.astype(float), d["Time of day"].to_numpy(object)))
    return cases


def main():
    small = pd.read_csv(INPUTS / "trees_small.csv")
    features = ["x0", "x1", "x3", "x4"]
    train, test = small.iloc[:500], small.iloc[500:]
    rows = []
    for name, params in SMALL_CONFIGS:
        for task, target in (("regression", "y"), ("binary", "bin"), ("multiclass", "cls")):
            if not applies(task, params):
                continue
            y_train = train[target].to_numpy(float if task == "regression" else object)
            if params.get("criterion") == "poisson":
                y_train = np.maximum(y_train, 0.0)
            if task == "binary":
                y_train = train[target].to_numpy(int)
            rows.append(row(name, task, params, fit_case(task, params, train[features].to_numpy(float), y_train,
                                                         test[features].to_numpy(float))))
    write("forest_small.csv", HEADER, rows)

    missing_rows = []
    all_features = ["x0", "x1", "x2", "x3", "x4"]
    for name, params in MISSING_CONFIGS:
        for task, target in (("regression", "y"), ("binary", "bin"), ("multiclass", "cls")):
            if not applies(task, params):
                continue
            y_train = train[target].to_numpy(int if task == "binary" else float if task == "regression" else object)
            if params.get("criterion") == "poisson":
                y_train = np.maximum(y_train, 0.0)
            missing_rows.append(row(name, task, params, fit_case(
                task, params, train[all_features].to_numpy(float), y_train,
                missing_test_rows(test[all_features].to_numpy(float)))))
    write("forest_missing_small.csv", HEADER, missing_rows)

    shared = []
    cases = shared_cases()
    # The classifier again with balanced_subsample class weights and best-first growth.
    cases += [(dataset + "_weighted", task, x, y) for dataset, task, x, y in cases
              if task != "regression" and not dataset.endswith("_nan")]
    # The other criteria on the real data: Poisson and absolute error on the bike rentals (a count), entropy on
    # the strikes.
    cases += [(dataset + "_" + criterion, task, x, y)
              for dataset, task, x, y in cases if not dataset.endswith(("_weighted", "_nan"))
              for criterion in (("poisson", "absolute_error") if task == "regression" else ("entropy",))]
    for dataset, task, x, y in cases:
        params = dict(n_estimators=20, random_state=0, min_samples_leaf=2)
        if dataset.endswith("_weighted"):
            params = dict(params, class_weight="balanced_subsample", max_leaf_nodes=200)
        elif dataset.endswith("_poisson"):
            params = dict(params, criterion="poisson")
        elif dataset.endswith("_absolute_error"):
            params = dict(params, criterion="absolute_error", n_estimators=5, max_samples=0.3)
        elif dataset.endswith("_entropy"):
            params = dict(params, criterion="entropy", max_features=0.5)
        cut = int(len(x) * 0.8)
        result = fit_case(task, params, x.iloc[:cut].to_numpy(float), y[:cut], x.iloc[cut::5].to_numpy(float))
        kwargs = {**defaults(task), **params, "n_jobs": 1}
        if task == "regression":
            del kwargs["class_weight"]
            model, cv, scoring = RandomForestRegressor(**kwargs), KFold(5), "r2"
        else:
            model, cv, scoring = RandomForestClassifier(**kwargs), StratifiedKFold(5), "accuracy"
        scores = cross_val_score(model, x.to_numpy(float), y, cv=cv, scoring=scoring)
        shared.append(row(dataset, task, params, result, scores))
    if shared:
        write("forest_shared.csv", HEADER, shared)
    else:
        print("shared data not found; forest_shared.csv left as it is")


if __name__ == "__main__":
    main()
