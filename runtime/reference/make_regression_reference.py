#!/usr/bin/env python3
"""Reference outputs of scikit-learn and numpy for the regression-side kernels (issue 7).

Run from anywhere:  python3 runtime/reference/make_regression_reference.py
Needs numpy, pandas and scikit-learn (not skrub). Reads the committed inputs under
runtime/src/test/resources/reference/inputs/ and writes regression_*.csv fixtures next to them, in the format of
make_kernel_reference.py (floats by repr(), lists space-separated), so the Java tests never need Python.
"""
import csv
import math
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.base import BaseEstimator, RegressorMixin
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import ElasticNet, Lasso
from sklearn.metrics import get_scorer
from sklearn.model_selection import KFold, ShuffleSplit, TimeSeriesSplit
from sklearn.neighbors import KNeighborsRegressor
from sklearn.preprocessing import MaxAbsScaler, MinMaxScaler, OrdinalEncoder, RobustScaler

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "test" / "resources" / "reference"
from fixture_format import fmt, fmt_list, write  # noqa: E402  (shared fixture format)
INPUTS = OUT / "inputs"

warnings.filterwarnings("ignore")



def frames():
    return pd.read_csv(INPUTS / "small_train.csv"), pd.read_csv(INPUTS / "small_test.csv")


# ---------------------------------------------------------------- scalers
SCALE_COLUMNS = ["size", "level", "grade", "x1", "const"]


def scalers():
    train, test = frames()
    cases = [
        ("MinMaxScaler()", MinMaxScaler()),
        ("MinMaxScaler(feature_range=(-1, 2))", MinMaxScaler(feature_range=(-1, 2))),
        ("MinMaxScaler(clip=True)", MinMaxScaler(clip=True)),
        ("MaxAbsScaler()", MaxAbsScaler()),
        ("RobustScaler()", RobustScaler()),
        ("RobustScaler(with_centering=False)", RobustScaler(with_centering=False)),
        ("RobustScaler(with_scaling=False)", RobustScaler(with_scaling=False)),
        ("RobustScaler(quantile_range=(10.0, 90.0))", RobustScaler(quantile_range=(10.0, 90.0))),
        ("RobustScaler(quantile_range=(33.3, 66.6))", RobustScaler(quantile_range=(33.3, 66.6))),
    ]
    rows = []
    for name, sc in cases:
        sc.fit(train[SCALE_COLUMNS])
        for split, frame in (("train", train), ("test", test)):
            out = sc.transform(frame[SCALE_COLUMNS])
            for j, c in enumerate(SCALE_COLUMNS):
                rows.append([name, split, c, fmt_list(out[:, j].tolist())])
    write("regression_scalers.csv", ["case", "split", "column", "values"], rows)


# ---------------------------------------------------------------- imputer and ordinal encoder
def imputer():
    train, test = frames()
    numeric = ["size", "level", "grade", "x1"]
    rows = []
    for strategy, fill in (("mean", None), ("median", None), ("most_frequent", None), ("constant", None),
                           ("constant", -7.5)):
        imp = SimpleImputer(strategy=strategy, fill_value=fill).fit(train[numeric])
        name = f"strategy={strategy},fill_value={fill}"
        for split, frame in (("train", train), ("test", test)):
            out = imp.transform(frame[numeric])
            for j, c in enumerate(numeric):
                rows.append([name, "numeric", split, c, fmt(imp.statistics_[j]),
                             fmt_list(out[:, j].astype(float).tolist())])
    strings = ["city"]
    for strategy, fill in (("most_frequent", None), ("constant", None), ("constant", "unknown")):
        imp = SimpleImputer(strategy=strategy, fill_value=fill).fit(train[strings].astype(object))
        name = f"strategy={strategy},fill_value={fill}"
        for split, frame in (("train", train), ("test", test)):
            out = imp.transform(frame[strings].astype(object))
            rows.append([name, "string", split, "city", fmt(imp.statistics_[0]), "|".join(str(v) for v in out[:, 0])])
    write("regression_imputer.csv", ["case", "kind", "split", "column", "statistic", "values"], rows)


def imputer_indicator():
    """SimpleImputer(add_indicator=True) with pandas output (as skrub runs it): the imputed columns, then a bool
    missingindicator_<column> per column with a missing value at fit, in the fitted columns' order."""
    train, test = frames()
    rows = []
    cols = ["size", "level", "grade", "x1"]
    for strategy in ("mean", "median"):
        imp = SimpleImputer(strategy=strategy, add_indicator=True).set_output(transform="pandas").fit(train[cols])
        for split, frame in (("train", train), ("test", test)):
            out = imp.transform(frame[cols])
            for c in out.columns:
                v = out[c]
                text = "|".join(str(x) for x in v) if v.dtype == bool or v.dtype == object else fmt_list(v.astype(float).tolist())
                rows.append([f"strategy={strategy}", split, c, str(v.dtype), text])
    write("regression_imputer_indicator.csv", ["case", "split", "column", "dtype", "values"], rows)


def ordinal():
    train, test = frames()
    cols = ["city", "size", "level", "flag"]
    rows = []
    cases = [("handle_unknown=error", dict()),
             ("handle_unknown=use_encoded_value,unknown_value=-1",
              dict(handle_unknown="use_encoded_value", unknown_value=-1)),
             ("handle_unknown=use_encoded_value,unknown_value=nan,encoded_missing_value=-2",
              dict(handle_unknown="use_encoded_value", unknown_value=np.nan, encoded_missing_value=-2))]
    for name, kw in cases:
        enc = OrdinalEncoder(**kw).fit(train[cols])
        cats = [" ".join("nan" if (isinstance(v, float) and math.isnan(v)) else fmt(v) for v in c)
                for c in enc.categories_]
        for split, frame in (("train", train), ("test", test)):
            try:
                out = enc.transform(frame[cols])
                for j, c in enumerate(cols):
                    rows.append([name, split, c, cats[j], fmt_list(out[:, j].tolist())])
            except ValueError as e:
                rows.append([name, split, "", "", "error: " + str(e).split("\n")[0]])
    write("regression_ordinal.csv", ["case", "split", "column", "categories", "values"], rows)


# ---------------------------------------------------------------- learners
def learners():
    train, test = frames()
    rows = []

    def record(name, features, model, extra=lambda m: ("", ""), weights=None):
        model.fit(train[features].to_numpy(dtype=float), train["y"].to_numpy(),
                  **({} if weights is None else {"sample_weight": np.asarray(weights, dtype=float)}))
        pred = model.predict(test[features].to_numpy(dtype=float))
        coef = getattr(model, "coef_", None)
        intercept = getattr(model, "intercept_", None)
        n_iter, gap = extra(model)
        rows.append([name, fmt_list(features), "" if coef is None else fmt_list(np.ravel(coef).tolist()),
                     "" if intercept is None else fmt(float(np.ravel(intercept)[0])), fmt_list(pred.tolist()),
                     n_iter, gap, "" if weights is None else fmt_list([float(v) for v in weights])])

    base = ["x1", "x2", "size"]
    wide = ["x1", "x2", "x3", "size", "const"]
    for strategy, kw in (("mean", {}), ("median", {}), ("constant", {"constant": 2.5})):
        record(f"DummyRegressor(strategy={strategy})", base, DummyRegressor(strategy=strategy, **kw))

    def cd(m):
        return int(m.n_iter_), fmt(float(m.dual_gap_))

    for alpha in (0.01, 0.1, 1.0, 5.0):
        for fi in (True, False):
            record(f"Lasso(alpha={alpha},fit_intercept={fi})", base, Lasso(alpha=alpha, fit_intercept=fi), cd)
    record("Lasso(alpha=0.05) collinear", wide, Lasso(alpha=0.05), cd)
    record("Lasso(alpha=0.05,max_iter=3) unconverged", wide, Lasso(alpha=0.05, max_iter=3), cd)
    record("Lasso(alpha=0.05,tol=1e-8) tight", wide, Lasso(alpha=0.05, tol=1e-8), cd)
    record("Lasso(alpha=100.0) all zero", base, Lasso(alpha=100.0), cd)
    for alpha, l1 in ((0.1, 0.5), (1.0, 0.5), (0.1, 0.2), (0.5, 0.9), (0.05, 0.0), (0.3, 1.0)):
        record(f"ElasticNet(alpha={alpha},l1_ratio={l1})", base, ElasticNet(alpha=alpha, l1_ratio=l1), cd)
    record("ElasticNet(alpha=0.1,l1_ratio=0.5,fit_intercept=False)", base,
           ElasticNet(alpha=0.1, l1_ratio=0.5, fit_intercept=False), cd)
    record("ElasticNet(alpha=0.02,l1_ratio=0.7) collinear", wide, ElasticNet(alpha=0.02, l1_ratio=0.7), cd)
    # fit(X, y, sample_weight=w): w rescaled to sum to n, weighted means, rows scaled by sqrt(w); one row weighs 0.
    weights = [0.5 + (i % 4) * 0.75 for i in range(len(train))]
    weights[2] = 0.0
    for alpha, fi in ((0.1, True), (1.0, True), (0.05, False)):
        record(f"Lasso(alpha={alpha},fit_intercept={fi}) weighted", base, Lasso(alpha=alpha, fit_intercept=fi), cd,
               weights)
    record("Lasso(alpha=0.05) collinear weighted", wide, Lasso(alpha=0.05), cd, weights)
    for alpha, l1 in ((0.1, 0.5), (0.05, 0.0)):
        record(f"ElasticNet(alpha={alpha},l1_ratio={l1}) weighted", base, ElasticNet(alpha=alpha, l1_ratio=l1), cd,
               weights)
    record("ElasticNet(alpha=0.02,l1_ratio=0.7) collinear weighted", wide, ElasticNet(alpha=0.02, l1_ratio=0.7), cd,
           weights)
    for k in (1, 3, 5, 14):
        for weights in ("uniform", "distance"):
            record(f"KNeighborsRegressor(n_neighbors={k},weights={weights})", base,
                   KNeighborsRegressor(n_neighbors=k, weights=weights, algorithm="brute"))
    # Integer features with many equal distances: the neighbours among ties decide the prediction.
    for k in (2, 3, 4):
        record(f"KNeighborsRegressor(n_neighbors={k}) ties", ["size"], KNeighborsRegressor(n_neighbors=k))
        record(f"KNeighborsRegressor(n_neighbors={k},weights=distance) ties", ["size"],
               KNeighborsRegressor(n_neighbors=k, weights="distance"))
    write("regression_learners.csv",
          ["model", "features", "coef", "intercept", "test_predictions", "n_iter", "dual_gap", "weights"], rows)

    # The distance weighting when a query point coincides with training points.
    x_train = train[["size"]].to_numpy(dtype=float)
    x_query = np.array([[3.0], [2.0], [5.0], [10.0]])
    knn = KNeighborsRegressor(n_neighbors=3, weights="distance").fit(x_train, train["y"].to_numpy())
    write("regression_knn_exact.csv", ["query", "prediction"],
          [[fmt(q[0]), fmt(p)] for q, p in zip(x_query, knn.predict(x_query))])


# ---------------------------------------------------------------- scorers
SCORERS = ["r2", "neg_mean_squared_error", "neg_root_mean_squared_error", "neg_mean_absolute_error",
           "explained_variance", "neg_mean_squared_log_error", "neg_median_absolute_error", "neg_max_error"]


class Constant(RegressorMixin, BaseEstimator):
    """A fitted 'model' that predicts given values, so get_scorer runs exactly what a search runs."""

    def __init__(self, pred):
        self.pred = np.asarray(pred)

    def predict(self, x):
        return self.pred


def _long_random():
    rng = np.random.RandomState(7)
    t = rng.normal(50.0, 20.0, 1000).round(3)
    return t, t + rng.normal(0.0, 5.0, 1000)


def scorers():
    cases = {
        "general": ([3.0, 0.5, 2.0, 7.0], [2.5, 0.0, 2.0, 8.0]),
        "perfect": ([1.0, 2.0, 3.0], [1.0, 2.0, 3.0]),
        "constant_true_perfect": ([4.0, 4.0, 4.0], [4.0, 4.0, 4.0]),
        "constant_true_imperfect": ([4.0, 4.0, 4.0], [4.0, 4.5, 3.0]),
        "even_count": ([1.0, 2.0, 3.0, 10.0, 4.0, 6.0], [1.5, 2.0, 2.0, 7.0, 4.5, 6.0]),
        "biased": ([1.0, 2.0, 3.0, 4.0], [2.0, 3.0, 4.0, 5.0]),
        "large": ([1e9 + 1, 1e9 + 2, 1e9 + 4], [1e9, 1e9 + 2.5, 1e9 + 3.5]),
        "negative_log_domain": ([-0.5, 1.0, 2.0], [0.0, 1.0, -0.9]),
        "below_log_domain": ([-1.5, 1.0, 2.0], [0.0, 1.0, 2.0]),
        # long enough that numpy's pairwise sums differ from a running sum in the last bits
        "long_random": tuple(list(a) for a in _long_random()),
    }
    rows = []
    for name, (t, p) in cases.items():
        for s in SCORERS:
            try:
                v = fmt(get_scorer(s)(Constant(p), np.zeros((len(t), 1)), np.asarray(t)))
            except ValueError as e:
                v = "error: " + str(e).split("\n")[0]
            rows.append([name, fmt_list(t), fmt_list(p), s, v])
    write("regression_scorers.csv", ["case", "y_true", "y_pred", "scoring", "value"], rows)


# ---------------------------------------------------------------- splitters
def splitters():
    rows = []
    for n in (2, 7, 10, 23, 100, 1000):
        for k in (2, 3, 5):
            if k > n:
                continue
            for seed in (0, 1, 42, 12345, 4294967295):
                for f, (tr, te) in enumerate(KFold(n_splits=k, shuffle=True, random_state=seed).split(np.zeros(n))):
                    rows.append(["KFold", n, f"n_splits={k},random_state={seed}", f, fmt_list(tr), fmt_list(te)])
    for n in (10, 23, 100):
        for n_splits, test_size, train_size, seed in ((10, None, None, 0), (3, 0.25, None, 1), (4, 5, None, 42),
                                                       (2, 0.2, 0.5, 7), (3, None, 6, 3)):
            ss = ShuffleSplit(n_splits=n_splits, test_size=test_size, train_size=train_size, random_state=seed)
            for f, (tr, te) in enumerate(ss.split(np.zeros(n))):
                rows.append(["ShuffleSplit", n,
                             f"n_splits={n_splits},test_size={test_size},train_size={train_size},random_state={seed}",
                             f, fmt_list(tr), fmt_list(te)])
    for n in (6, 10, 23, 100):
        for n_splits, mts, ts, gap in ((5, None, None, 0), (3, None, None, 0), (3, 4, None, 0), (2, None, 3, 1),
                                       (4, 5, 2, 2)):
            try:
                tss = TimeSeriesSplit(n_splits=n_splits, max_train_size=mts, test_size=ts, gap=gap)
                splits = list(tss.split(np.zeros(n)))
            except ValueError:
                continue
            for f, (tr, te) in enumerate(splits):
                rows.append(["TimeSeriesSplit", n, f"n_splits={n_splits},max_train_size={mts},test_size={ts},gap={gap}",
                             f, fmt_list(tr), fmt_list(te)])
    write("regression_splitters.csv", ["splitter", "n_samples", "params", "fold", "train", "test"], rows)

    # The raw generator, so a failure points at MT19937 or at the shuffle rather than at the splitter.
    perms = []
    for seed in (0, 1, 42, 5489, 4294967295):
        rs = np.random.RandomState(seed)
        words = rs.randint(0, 2 ** 32, size=5, dtype=np.uint32)
        for n in (1, 2, 5, 17, 1000):
            perms.append([seed, n, fmt_list(np.random.RandomState(seed).permutation(n))])
        perms.append([seed, -1, fmt_list(words)])
    write("regression_permutations.csv", ["seed", "n", "values"], perms)


if __name__ == "__main__":
    print(f"pandas {pd.__version__}, scikit-learn {sklearn.__version__}, numpy {np.__version__}", file=sys.stderr)
    scalers()
    imputer()
    imputer_indicator()
    ordinal()
    learners()
    scorers()
    splitters()
