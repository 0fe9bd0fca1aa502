#!/usr/bin/env python3
"""Computes reference outputs of pandas and scikit-learn for the runtime's kernel tests.

Run from anywhere:  python3 runtime/reference/make_kernel_reference.py
Needs pandas and scikit-learn (not skrub). Reads the committed inputs under
runtime/src/test/resources/reference/inputs/ and, when present, /work/shared/data (or $STRATUM_SHARED_DATA);
writes CSV fixtures next to the inputs. Floats are written with repr() so that they round-trip exactly; lists
are space-separated. The Java tests read these files and never need Python.
"""
import csv
import math
import os
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import KFold
from sklearn.preprocessing import OneHotEncoder, StandardScaler

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "test" / "resources" / "reference"
from fixture_format import fmt, fmt_list, write  # noqa: E402  (shared fixture format)
INPUTS = OUT / "inputs"
SHARED = Path(os.environ.get("STRATUM_SHARED_DATA", HERE.parent.parent.parent / "shared" / "data"))
if not SHARED.exists():
    SHARED = Path("/work/shared/data")

warnings.filterwarnings("ignore")



def dtype_name(dt):
    s = str(dt)
    return "str" if s in ("str", "string", "object") and s != "object" else s


# ---------------------------------------------------------------- CSV schemas
def csv_schemas():
    rows = []
    files = [(f"inputs/{n}", INPUTS / n) for n in
             ("csv_inference.csv", "small_train.csv", "small_test.csv", "arith_operands.csv", "csv_short_row.csv")]
    files += [(f"shared/{n}", SHARED / n) for n in ("employee_salaries.csv", "seattle-weather.csv")]
    for label, path in files:
        if not path.exists():
            print(f"skipping {path}: not present")
            continue
        df = pd.read_csv(path)
        for c in df.columns:
            rows.append([label, c, dtype_name(df[c].dtype), int(df[c].isna().sum()), len(df)])
    write("csv_schema.csv", ["file", "column", "dtype", "missing", "rows"], rows)
    # The values of the inference file, cell by cell.
    df = pd.read_csv(INPUTS / "csv_inference.csv")
    vals = []
    for c in df.columns:
        for i, v in enumerate(df[c].tolist()):
            vals.append([c, i, fmt(v)])
    write("csv_inference_values.csv", ["column", "row", "value"], vals)


# ---------------------------------------------------------------- arithmetic
def arithmetic():
    df = pd.read_csv(INPUTS / "arith_operands.csv")
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
           "**": lambda a, b: a ** b}
    cmps = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
            "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}
    # operands: a column name, or a literal written as int:3 / float:2.5 / str:apple
    pairs = [("i1", "i2"), ("i1", "i3"), ("i2", "i1"), ("i1", "f1"), ("f1", "f2"), ("f2", "f1"), ("f1", "i2"),
             ("i1", "int:3"), ("i1", "int:0"), ("i1", "int:-1"), ("i1", "float:2.5"), ("f1", "float:0.0"),
             ("f1", "int:2"), ("int:2", "i3"), ("int:0", "i2"), ("float:1.0", "f1"), ("int:-3", "f2"),
             ("s1", "s2"), ("s1", "str:_x")]

    def operand(spec):
        if ":" in spec:
            kind, text = spec.split(":", 1)
            return {"int": int, "float": float, "str": str}[kind](text)
        return df[spec]

    rows = []
    for left, right in pairs:
        for sym, fn in list(ops.items()) + list(cmps.items()):
            a, b = operand(left), operand(right)
            try:
                with np.errstate(all="ignore"):
                    res = fn(a, b)
                rows.append([left, sym, right, dtype_name(res.dtype), fmt_list(res.tolist())])
            except Exception as e:  # noqa: BLE001 - the error itself is the reference
                rows.append([left, sym, right, "error", type(e).__name__])
    for col in ("i1", "f1"):
        res = -df[col]
        rows.append(["", "neg", col, dtype_name(res.dtype), fmt_list(res.tolist())])
    write("arithmetic.csv", ["left", "op", "right", "dtype", "values"], rows)


# ---------------------------------------------------------------- one-hot encoder
OHE_COLUMNS = ["city", "size", "level", "grade", "flag"]


def one_hot():
    train = pd.read_csv(INPUTS / "small_train.csv")
    test = pd.read_csv(INPUTS / "small_test.csv")
    cases = []
    for drop in (None, "first", "if_binary"):
        for hu in ("ignore", "error"):
            cases.append((drop, hu))
    rows = []
    for drop, hu in cases:
        name = f"drop={drop},handle_unknown={hu}"
        enc = OneHotEncoder(sparse_output=False, drop=drop, handle_unknown=hu, dtype=np.float64)
        enc.fit(train[OHE_COLUMNS])
        names = list(enc.get_feature_names_out())
        for split, frame in (("train", train), ("test", test)):
            try:
                out = enc.transform(frame[OHE_COLUMNS])
                for i in range(out.shape[0]):
                    rows.append([name, split, i, fmt_list(names), fmt_list(out[i].tolist())])
            except ValueError as e:
                rows.append([name, split, -1, fmt_list(names), "error: " + str(e).split("\n")[0]])
    write("one_hot_small.csv", ["case", "split", "row", "feature_names", "values"], rows)


# ---------------------------------------------------------------- standard scaler
SCALE_COLUMNS = ["size", "level", "grade", "x1", "const"]


def scaler():
    train = pd.read_csv(INPUTS / "small_train.csv")
    test = pd.read_csv(INPUTS / "small_test.csv")
    stats, outs = [], []
    for with_mean in (True, False):
        for with_std in (True, False):
            name = f"with_mean={with_mean},with_std={with_std}"
            sc = StandardScaler(with_mean=with_mean, with_std=with_std).fit(train[SCALE_COLUMNS])
            seen = np.broadcast_to(sc.n_samples_seen_, (len(SCALE_COLUMNS),))
            for j, c in enumerate(SCALE_COLUMNS):
                stats.append([name, c,
                              fmt(sc.mean_[j]) if sc.mean_ is not None else "none",
                              fmt(sc.var_[j]) if sc.var_ is not None else "none",
                              fmt(sc.scale_[j]) if sc.scale_ is not None else "none",
                              int(seen[j])])
            for split, frame in (("train", train), ("test", test)):
                out = sc.transform(frame[SCALE_COLUMNS])
                for j, c in enumerate(SCALE_COLUMNS):
                    outs.append([name, split, c, fmt_list(out[:, j].tolist())])
    write("scaler_stats.csv", ["case", "column", "mean", "var", "scale", "n_samples_seen"], stats)
    write("scaler_outputs.csv", ["case", "split", "column", "values"], outs)


# ---------------------------------------------------------------- linear models
def linear():
    train = pd.read_csv(INPUTS / "small_train.csv")
    test = pd.read_csv(INPUTS / "small_test.csv")
    rows = []

    def record(name, features, model, train_rows=None, weights=None):
        tr = train if train_rows is None else train.iloc[train_rows]
        model.fit(tr[features].to_numpy(dtype=float), tr["y"].to_numpy(),
                  sample_weight=None if weights is None else np.asarray(weights, dtype=float))
        pred = model.predict(test[features].to_numpy(dtype=float))
        rank = getattr(model, "rank_", -1)
        rows.append([name, fmt_list(features), "" if train_rows is None else fmt_list(train_rows),
                     fmt_list(model.coef_.tolist()), fmt(float(model.intercept_)), fmt_list(pred.tolist()),
                     int(rank), "" if weights is None else fmt_list([float(v) for v in weights])])

    base = ["x1", "x2", "size"]
    for alpha in (0.1, 1.0, 10.0):
        for fi in (True, False):
            record(f"ridge(alpha={alpha},fit_intercept={fi})", base, Ridge(alpha=alpha, fit_intercept=fi))
    record("ridge(alpha=1.0) rank-deficient", ["x1", "x2", "x3", "size", "const"], Ridge(alpha=1.0))
    record("ridge(alpha=0.5) more features than rows", ["x1", "x2", "x3", "size", "const"], Ridge(alpha=0.5),
           train_rows=[0, 1, 2, 3])
    record("ridge(alpha=0.5,fit_intercept=False) more features than rows", ["x1", "x2", "x3", "size", "const"],
           Ridge(alpha=0.5, fit_intercept=False), train_rows=[0, 1, 2, 3])
    for fi in (True, False):
        record(f"linear(fit_intercept={fi})", base, LinearRegression(fit_intercept=fi))
        record(f"linear(fit_intercept={fi}) rank-deficient", ["x1", "x2", "x3", "size", "const"],
               LinearRegression(fit_intercept=fi))
    record("linear() more features than rows", ["x1", "x2", "x3", "size", "const"], LinearRegression(),
           train_rows=[0, 1, 2, 3])
    # fit(X, y, sample_weight=w): weighted means, rows scaled by sqrt(w); a zero weight drops its row's influence.
    weights = [0.5 + (i % 4) * 0.75 for i in range(len(train))]
    weights[2] = 0.0
    for alpha in (0.1, 10.0):
        for fi in (True, False):
            record(f"ridge(alpha={alpha},fit_intercept={fi}) weighted", base, Ridge(alpha=alpha, fit_intercept=fi),
                   weights=weights)
    record("ridge(alpha=1.0,solver=svd) weighted", base, Ridge(alpha=1.0, solver="svd"), weights=weights)
    record("ridge(alpha=1.0,solver=sparse_cg) weighted", base, Ridge(alpha=1.0, solver="sparse_cg", tol=1e-12),
           weights=weights)
    record("ridge(alpha=0.5) more features than rows weighted", ["x1", "x2", "x3", "size", "const"],
           Ridge(alpha=0.5), train_rows=[0, 1, 2, 3], weights=[1.0, 3.0, 0.25, 2.0])
    for fi in (True, False):
        record(f"linear(fit_intercept={fi}) weighted", base, LinearRegression(fit_intercept=fi), weights=weights)
        record(f"linear(fit_intercept={fi}) rank-deficient weighted", ["x1", "x2", "x3", "size", "const"],
               LinearRegression(fit_intercept=fi), weights=weights)
    write("linear_small.csv",
          ["model", "features", "train_rows", "coef", "intercept", "test_predictions", "rank", "weights"], rows)


# ---------------------------------------------------------------- KFold and metrics
def kfold_and_metrics():
    rows = []
    for n in (2, 7, 10, 11, 23):
        for k in (2, 3, 5):
            if k > n:
                continue
            for f, (tr, te) in enumerate(KFold(n_splits=k).split(np.zeros(n))):
                rows.append([n, k, f, fmt_list(tr), fmt_list(te)])
    write("kfold.csv", ["n_samples", "n_splits", "fold", "train", "test"], rows)

    cases = {
        "general": ([3.0, -0.5, 2.0, 7.0], [2.5, 0.0, 2.0, 8.0]),
        "perfect": ([1.0, 2.0, 3.0], [1.0, 2.0, 3.0]),
        "constant_true_perfect": ([4.0, 4.0, 4.0], [4.0, 4.0, 4.0]),
        "constant_true_imperfect": ([4.0, 4.0, 4.0], [4.0, 4.5, 3.0]),
        "worse_than_mean": ([1.0, 2.0, 3.0], [3.0, 2.0, 1.0]),
        "large": ([1e9 + 1, 1e9 + 2, 1e9 + 4], [1e9, 1e9 + 2.5, 1e9 + 3.5]),
    }
    m = []
    for name, (t, p) in cases.items():
        m.append([name, fmt_list(t), fmt_list(p), fmt(r2_score(t, p)), fmt(-mean_squared_error(t, p))])
    write("metrics.csv", ["case", "y_true", "y_pred", "r2", "neg_mean_squared_error"], m)


# ---------------------------------------------------------------- Python's float repr
def python_repr():
    values = [0.0, -0.0, 1.0, 2.5, -3.75, 0.1, 1 / 3, 2 / 3, 1e-05, 0.0001, 0.00012345, 123456789.0, 1e15, 1e16,
              1.5e16, 9007199254740993.0, 1e22, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
              69222.18, 100.0, 1234.5, 1e-4, 9.999999999999999e-05, float("inf"), float("-inf"), float("nan")]
    rows = [[v.hex() if math.isfinite(v) else fmt(v), repr(v), str(v)] for v in values]
    write("python_repr.csv", ["hex", "repr", "str"], rows)


# ---------------------------------------------------------------- employee salaries
def employee_salaries():
    path = SHARED / "employee_salaries.csv"
    if not path.exists():
        print(f"skipping employee salaries: {path} not present")
        return
    df = pd.read_csv(path)
    cat = ["gender", "department", "assignment_category"]
    num = ["year_first_hired"]
    y = df["current_annual_salary"].to_numpy()

    enc = OneHotEncoder(sparse_output=False, handle_unknown="ignore").fit(df[cat])
    out = enc.transform(df[cat])
    weights = np.arange(1, len(df) + 1, dtype=float)
    ohe_rows = [[n, fmt(out[:, j].sum()), fmt(float(weights @ out[:, j]))]
                for j, n in enumerate(enc.get_feature_names_out())]
    write("employee_ohe.csv", ["feature", "sum", "row_weighted_sum"], ohe_rows)

    def design(train_idx, test_idx):
        e = OneHotEncoder(sparse_output=False, handle_unknown="ignore").fit(df.iloc[train_idx][cat])
        s = StandardScaler().fit(df.iloc[train_idx][num])

        def build(idx):
            return np.hstack([e.transform(df.iloc[idx][cat]), s.transform(df.iloc[idx][num])])
        names = list(e.get_feature_names_out()) + num
        return build(train_idx), build(test_idx), names

    all_idx = np.arange(len(df))
    rows = []
    models = {"ridge(alpha=1.0)": lambda: Ridge(alpha=1.0), "ridge(alpha=100.0)": lambda: Ridge(alpha=100.0),
              "linear()": lambda: LinearRegression()}
    for name, make in models.items():
        xtr, _, names = design(all_idx, all_idx[:1])
        model = make().fit(xtr, y)
        pred = model.predict(xtr)
        rows.append([name, "all", fmt_list(names), fmt_list(model.coef_.tolist()), fmt(float(model.intercept_)),
                     fmt(r2_score(y, pred)), fmt(-mean_squared_error(y, pred)), int(getattr(model, "rank_", -1))])
        for f, (tr, te) in enumerate(KFold(n_splits=5).split(df)):
            xtr, xte, names = design(tr, te)
            model = make().fit(xtr, y[tr])
            pred = model.predict(xte)
            rows.append([name, f"fold{f}", fmt_list(names), fmt_list(model.coef_.tolist()),
                         fmt(float(model.intercept_)), fmt(r2_score(y[te], pred)),
                         fmt(-mean_squared_error(y[te], pred)), int(getattr(model, "rank_", -1))])
    write("employee_models.csv",
          ["model", "split", "features", "coef", "intercept", "r2", "neg_mean_squared_error", "rank"], rows)


if __name__ == "__main__":
    print(f"pandas {pd.__version__}, scikit-learn {sklearn.__version__}, numpy {np.__version__}", file=sys.stderr)
    csv_schemas()
    arithmetic()
    one_hot()
    scaler()
    linear()
    kfold_and_metrics()
    python_repr()
    employee_salaries()
