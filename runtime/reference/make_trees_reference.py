#!/usr/bin/env python3
"""Reference outputs of scikit-learn's tree ensembles for Stratum's own implementations (issue 7, trees).

Run from anywhere:  python3 runtime/reference/make_trees_reference.py
Needs numpy, pandas and scikit-learn. Writes a small synthetic input (inputs/trees_small.csv, committed) and the
fixtures trees_*.csv next to the other fixtures. The shared-data cases read ../shared/data (bike_sharing,
employee_salaries, birdstrikes; skipped when absent): train on the first 80% of the rows, predict the rest, and
store only the predictions of every fifth test row, never the data. OpenMP is pinned to one thread so scikit-learn's own sums are in a
fixed order.

Infinite values (--infinities runs only this part): trees_hgb_inf_binning.csv holds _BinMapper's thresholds and the
bins of every value of generated columns with +inf/-inf (the formulas the Java test repeats; with and without sample
weights): numpy's "averaged_inverted_cdf" percentile between two infinities, or between a value and +inf, is NaN
(inf - inf), np.unique keeps one NaN last only when it shortens the thresholds, and _map_to_bins's binary search
sends a value right of a NaN threshold. trees_hgb_inf.csv holds the fits of a small committed table with such
columns (inputs/trees_inf.csv): train on the first 500 rows, predict the rest.
"""
import os

os.environ["OMP_NUM_THREADS"] = "1"

import sys  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.ensemble import (  # noqa: E402
    HistGradientBoostingClassifier,
    HistGradientBoostingRegressor,
)
from sklearn.ensemble._hist_gradient_boosting.binning import _BinMapper  # noqa: E402
from sklearn.preprocessing import OrdinalEncoder  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import OUT, fmt, fmt_list, write  # noqa: E402

INPUTS = OUT / "inputs"
SHARED = Path(os.environ.get("STRATUM_SHARED_DATA", HERE.parent.parent.parent / "shared" / "data"))
if not SHARED.exists():
    SHARED = Path("/work/shared/data")

warnings.filterwarnings("ignore")

PARAM_NAMES = ["learning_rate", "max_iter", "max_leaf_nodes", "max_depth", "min_samples_leaf",
               "l2_regularization", "max_bins", "early_stopping", "validation_fraction", "n_iter_no_change", "tol",
               "random_state"]
DEFAULTS = dict(learning_rate=0.1, max_iter=100, max_leaf_nodes=31, max_depth=None, min_samples_leaf=20,
                l2_regularization=0.0, max_bins=255, early_stopping=False, validation_fraction=0.1,
                n_iter_no_change=10, tol=1e-7, random_state=None)


def small_data():
    """A synthetic table with ties, few-valued and missing features, written once as a committed input."""
    rng = np.random.RandomState(7)
    n = 700
    x0 = rng.normal(size=n)
    x1 = rng.uniform(-3, 3, size=n).round(1)          # ~60 distinct values: midpoint thresholds
    x2 = rng.normal(size=n) * 10
    x2[rng.uniform(size=n) < 0.15] = np.nan            # missing values: the missing bin and both scan directions
    x3 = rng.randint(0, 4, size=n).astype(float)       # 4 values
    x4 = rng.exponential(size=n) * 100                 # skewed, > 255 distinct: percentile thresholds
    y = 3 * x0 + np.sin(x1) * 4 + np.nan_to_num(x2, nan=5.0) * 0.2 + x3 ** 2 + np.log1p(x4) + rng.normal(size=n)
    cls = np.digitize(y, np.quantile(y, [0.3, 0.7]))  # three classes
    frame = pd.DataFrame({"x0": x0, "x1": x1, "x2": x2, "x3": x3, "x4": x4, "y": y.round(6),
                          "cls": np.array(["low", "mid", "high"])[cls], "bin": (cls == 2).astype(int)})
    frame.to_csv(INPUTS / "trees_small.csv", index=False)
    return pd.read_csv(INPUTS / "trees_small.csv")


def encode(frame, categorical):
    """Ordinal codes (sorted categories, missing stays NaN) for the categorical columns, floats for the rest."""
    out = frame.copy()
    if categorical:
        enc = OrdinalEncoder(encoded_missing_value=np.nan)
        out[categorical] = enc.fit_transform(out[categorical])
    return out.astype(float)


def shared_cases():
    """(dataset, task, X, y) on the shared data sets, when they are present."""
    cases = []
    bike = SHARED / "bike_sharing.csv"
    if bike.exists():
        d = pd.read_csv(bike)
        cols = ["holiday", "weathersit", "temp", "atemp", "hum", "windspeed", "instant"]
        cases.append(("bike_sharing", "regression", encode(d[cols], []), d["cnt"].to_numpy(float)))
    emp = SHARED / "employee_salaries.csv"
    if emp.exists():
        d = pd.read_csv(emp)
        cat = ["gender", "department", "assignment_category", "employee_position_title"]
        cases.append(("employee_salaries", "regression", encode(d[cat + ["year_first_hired"]], cat),
                      d["current_annual_salary"].to_numpy(float)))
    birds = SHARED / "birdstrikes.csv"
    if birds.exists():
        d = pd.read_csv(birds)
        cat = ["Aircraft Airline Operator", "Origin State", "Phase of flight", "Wildlife Size", "Wildlife Species"]
        x = encode(d[cat + ["Speed IAS in knots"]], cat)
        cases.append(("birdstrikes_time", "multiclass", x, d["Time of day"].to_numpy(object)))
        damaged = np.where(d["Effect Amount of damage"].isna(), "no", "yes").astype(object)
        cases.append(("birdstrikes_damage", "binary", x, damaged))
    return cases


def fit_case(task, params, x_train, y_train, x_test):
    kwargs = {**DEFAULTS, **params}
    if task == "regression":
        model = HistGradientBoostingRegressor(**kwargs).fit(x_train, y_train)
        return model.n_iter_, model.predict(x_test), [], []
    model = HistGradientBoostingClassifier(**kwargs).fit(x_train, y_train)
    decision = np.asarray(model.decision_function(x_test))
    proba = model.predict_proba(x_test)
    predicted = model.predict(x_test)
    return model.n_iter_, predicted, decision.T.ravel(), proba.T.ravel()


def row(name, task, params, result):
    kwargs = {**DEFAULTS, **params}
    n_iter, predicted, decision, proba = result
    return [name, task] + [fmt(kwargs[p]) for p in PARAM_NAMES] + [
        fmt(n_iter), fmt_list(predicted), fmt_list(decision), fmt_list(proba)]


HEADER = ["case", "task"] + PARAM_NAMES + ["n_iter", "predicted", "decision", "proba"]

SMALL_CONFIGS = [
    ("defaults_20", dict(max_iter=20)),
    ("depth3_l2", dict(max_iter=15, max_depth=3, l2_regularization=1.0, learning_rate=0.3)),
    ("bins16_leaf5", dict(max_iter=15, max_bins=16, min_samples_leaf=5)),
    ("unlimited_leaves_depth4", dict(max_iter=10, max_leaf_nodes=None, max_depth=4, min_samples_leaf=3)),
    ("stumps", dict(max_iter=30, max_leaf_nodes=2, learning_rate=0.5)),
    ("early_stop_val", dict(max_iter=200, early_stopping=True, random_state=0, n_iter_no_change=5,
                            learning_rate=0.5)),
    ("early_stop_train", dict(max_iter=200, early_stopping=True, validation_fraction=None, n_iter_no_change=3,
                              tol=1e-3, learning_rate=0.5)),
]


def main():
    small = small_data()
    features = ["x0", "x1", "x2", "x3", "x4"]
    train, test = small.iloc[:500], small.iloc[500:]
    rows = []
    for name, params in SMALL_CONFIGS:
        for task, target in (("regression", "y"), ("binary", "bin"), ("multiclass", "cls")):
            if task != "regression" and name == "early_stop_val":
                continue  # classifiers stopping early on validation rows: make_hgb_class_weight_reference.py
            y_train = train[target].to_numpy(float if task == "regression" else object)
            if task == "binary":
                y_train = train[target].to_numpy(int)
            rows.append(row(name, task, params, fit_case(task, params, train[features].to_numpy(float), y_train,
                                                         test[features].to_numpy(float))))
    write("trees_hgb_small.csv", HEADER, rows)

    shared = []
    for dataset, task, x, y in shared_cases():
        cut = int(len(x) * 0.8)
        for name, params in (("defaults", dict()), ("depth6_l2", dict(max_depth=6, l2_regularization=0.5,
                                                                        max_iter=50))):
            # Every fifth test row keeps the fixture small; the Java test predicts the same rows.
            result = fit_case(task, params, x.iloc[:cut].to_numpy(float), y[:cut],
                              x.iloc[cut::5].to_numpy(float))
            shared.append(row(dataset + ":" + name, task, params, result))
    if shared:
        write("trees_hgb_shared.csv", HEADER, shared)
    else:
        print("shared data not found; trees_hgb_shared.csv left as it is")


def inf_column(kind, n, extras):
    """A column the Java test builds alike: n values of a formula, then each extra value repeated ("-inf*5")."""
    i = np.arange(n, dtype=np.int64)
    if kind == "spread":
        base = (i * 7919 % 100003) / 100003.0 * 10 - 5
    else:  # "ulps": neighbouring doubles, whose midpoints round onto each other
        base = 1.0 + i * np.finfo(float).eps
    parts = [base]
    for extra in extras.split():
        value, count = extra.split("*")
        parts.append(np.full(int(count), float(value)))
    return np.concatenate(parts)


def inf_weights(n):
    """Sample weights of a column of n rows: 1 + i % 5, and 0 for every seventh row from the fourth."""
    i = np.arange(n)
    return np.where(i % 7 == 3, 0.0, 1.0 + i % 5)


# (case, kind, formula rows, extras, max_bins)
INF_BINNING = [
    ("plus_inf_20", "spread", 1000, "inf*20", 255),           # percentiles reading +inf: NaN, collapsed to one last
    ("minus_inf_20", "spread", 1000, "-inf*20", 255),         # NaN and a -inf threshold first, NaN sorted last
    ("minus_inf_5", "spread", 1000, "-inf*5", 255),           # one NaN, no repeat: left first (bin 0 empty)
    ("plus_inf_5", "spread", 1000, "inf*5", 255),             # one NaN, left last
    ("both_20", "spread", 1000, "inf*20 -inf*20", 255),
    ("plus_inf_missing", "spread", 1000, "inf*20 nan*30", 255),
    ("minus_inf_5_missing", "spread", 1000, "-inf*5 nan*30", 255),
    ("only_infinities", "spread", 0, "inf*3 -inf*2 nan*2", 255),  # one threshold: the NaN midpoint of -inf and inf
    ("plus_inf_buckets", "spread", 6000, "inf*50", 255),      # past 4,096 distinct values: Stratum's buckets
    ("minus_inf_buckets", "spread", 6000, "-inf*25", 255),
    ("both_buckets_missing", "spread", 6000, "inf*40 -inf*40 nan*10", 255),
    ("both_bins16", "spread", 1000, "inf*100 -inf*100", 16),
    # -1.5e308 to 1.5e308 overflows: the median is -inf, between two finite thresholds, left there
    ("overflow_percentile", "spread", 0, "-1.7e308*1 -1.6e308*1 -1.5e308*1 1.5e308*1 1.6e308*1 1.7e308*1", 4),
    ("overflow_midpoints", "spread", 0, "1.5e308*1 1.6e308*1 1.7e308*1 -inf*1", 255),  # two +inf midpoints: one left
    ("ulps_midpoints", "ulps", 12, "", 255),                  # midpoints rounded to the same double: one left
    ("ulps_percentiles", "ulps", 600, "", 255),
]


def infinities():
    rows = []
    for name, kind, n, extras, max_bins in INF_BINNING:
        x = inf_column(kind, n, extras)
        for weighted in (False, True):
            w = inf_weights(len(x)) if weighted else None
            mapper = _BinMapper(n_bins=max_bins + 1, random_state=0).fit(x.reshape(-1, 1), sample_weight=w)
            bins = mapper.transform(x.reshape(-1, 1))[:, 0]
            rows.append([name, kind, n, extras, max_bins, fmt(weighted), fmt_list(mapper.bin_thresholds_[0]),
                         fmt(mapper.n_bins_non_missing_[0]), fmt_list(bins)])
    write("trees_hgb_inf_binning.csv", ["case", "kind", "rows", "extras", "max_bins", "weighted", "thresholds",
                                        "n_bins_non_missing", "bins"], rows)

    rng = np.random.RandomState(24)
    n = 700
    a = rng.normal(size=n)
    a[rng.choice(n, 25, replace=False)] = np.inf                      # NaN last threshold
    b = rng.normal(size=n) * 3
    b[[10, 300, 600]] = -np.inf                                       # one NaN, the first threshold
    c = rng.normal(size=n)
    c[rng.choice(n, 30, replace=False)] = np.inf
    c[rng.choice(n, 30, replace=False)] = -np.inf
    c[rng.uniform(size=n) < 0.1] = np.nan
    d = np.where(rng.uniform(size=n) < 0.5, np.inf, -np.inf)         # a lone NaN threshold
    d[rng.uniform(size=n) < 0.2] = np.nan
    e = rng.uniform(-2, 2, size=n).round(2)
    clip = lambda v: np.clip(np.nan_to_num(v, nan=0.0), -4, 4)
    y = (2 * clip(a) + np.sin(clip(b)) * 3 + clip(c) + np.where(np.isnan(d), 2.0, np.sign(np.nan_to_num(d))) + e
         + rng.normal(size=n) * 0.3)
    cls = np.digitize(y, np.quantile(y, [0.35, 0.7]))
    frame = pd.DataFrame({"a": a, "b": b, "c": c, "d": d, "e": e, "y": y.round(6),
                          "cls": np.array(["low", "mid", "high"])[cls], "bin": (cls == 2).astype(int)})
    frame.to_csv(INPUTS / "trees_inf.csv", index=False)
    small = pd.read_csv(INPUTS / "trees_inf.csv")
    features = ["a", "b", "c", "d", "e"]
    train, test = small.iloc[:500], small.iloc[500:]
    x_train, x_test = train[features].to_numpy(float), test[features].to_numpy(float)
    configs = [("leaf5", dict(max_iter=20, min_samples_leaf=5)),
               ("stumps_leaf1", dict(max_iter=30, max_leaf_nodes=2, min_samples_leaf=1, learning_rate=0.5)),
               ("early_stop_val", dict(max_iter=100, early_stopping=True, random_state=0, n_iter_no_change=5,
                                       learning_rate=0.5, min_samples_leaf=5))]
    rows = []
    for name, params in configs:
        for task, target in (("regression", "y"), ("binary", "bin"), ("multiclass", "cls")):
            y_train = train[target].to_numpy({"regression": float, "binary": int}.get(task, object))
            rows.append(row(name, task, params, fit_case(task, params, x_train, y_train, x_test)) + ["none"])
    # sample weights: the weighted thresholds, with +inf among them
    kwargs = {**DEFAULTS, **configs[0][1]}
    sw = 1.0 + np.arange(len(train)) % 3
    model = HistGradientBoostingRegressor(**kwargs).fit(x_train, train["y"].to_numpy(float), sample_weight=sw)
    rows.append(row("leaf5_weighted", "regression", configs[0][1], (model.n_iter_, model.predict(x_test), [], []))
                + ["sample:1+(i%3)"])
    write("trees_hgb_inf.csv", HEADER + ["weights"], rows)


if __name__ == "__main__":
    if sys.argv[1:] != ["--infinities"]:
        main()
    infinities()
