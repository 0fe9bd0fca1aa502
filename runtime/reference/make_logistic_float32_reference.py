#!/usr/bin/env python3
"""Reference outputs of scikit-learn's LogisticRegression on float32 X (a skrub TableVectorizer's output dtype).

Run from anywhere:  python3 runtime/reference/make_logistic_float32_reference.py
Needs numpy, pandas and scikit-learn 1.9 (not skrub), and /work/shared/data/employee_salaries.csv. Writes
runtime/src/test/resources/reference/classification_logistic_float32_inputs.csv (the float32 inputs, floats by
repr(), matrices row-major) and classification_logistic_float32.csv (what scikit-learn fits on them as float32, and
its n_iter and accuracy on the same values as float64), so the Java tests never need Python.

scikit-learn's lbfgs path keeps X's dtype: with a float32 X the loss, its gradient and the predictions are float32.
The "employee" cases hold a datetime's total seconds (about 1.5e9) beside small features, as a TableVectorizer outputs
them: in float32 the loss stops changing after a few iterations with tiny coefficients, while the float64 fit of the
same values runs on.
"""
import csv
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

DATA = Path("/work/shared/data")
OUT = Path(__file__).resolve().parent.parent / "src" / "test" / "resources" / "reference"
warnings.filterwarnings("ignore")


def nums(a):
    return " ".join(repr(float(v)) for v in np.ravel(a))


def employee_datasets():
    """300 rows of the employee salaries table with columns as skrub's TableVectorizer encodes them, in float32: the
    one-hot gender and assignment category, year_first_hired, and date_first_hired's year and total seconds (about
    1.5e9). In float32 the loss stops changing after a few iterations at the majority class; the float64 fit of the
    same values runs some 40 iterations to a better accuracy."""
    df = pd.read_csv(DATA / "employee_salaries.csv").sample(300, random_state=0)
    hired = pd.to_datetime(df["date_first_hired"], format="%m/%d/%Y")
    X = np.column_stack([
        (df["gender"] == "F"), (df["gender"] == "M"), df["gender"].isna(),
        (df["assignment_category"] == "Parttime-Regular"), df["year_first_hired"], hired.dt.year,
        (hired - pd.Timestamp("1970-01-01")).dt.total_seconds()]).astype(np.float32)
    salary = df["current_annual_salary"].to_numpy()
    return [("employee_binary", X, (salary > 80000).astype(int)),
            ("employee_multi", X, np.digitize(salary, [60000, 90000]))]


def datasets():
    rng = np.random.RandomState(7)
    out = []
    X = rng.normal(size=(200, 4)).astype(np.float32)
    z = X @ np.array([1.0, -1.5, 0.5, 0.0]) + 0.2 + rng.normal(size=200)
    out.append(("well_binary", X, (z > 0).astype(int)))
    X3 = rng.normal(size=(240, 3)).astype(np.float32)
    scores = X3 @ rng.normal(size=(3, 3)) + rng.normal(scale=0.7, size=(240, 3))
    out.append(("well_multi", X3, scores.argmax(axis=1)))
    # A one-hot design of two categorical columns (float32 0/1) and a level: rows repeat, with different labels.
    cats = [rng.randint(0, m, size=300) for m in (3, 4)]
    level = (rng.randint(0, 4, size=300) * 0.5).reshape(-1, 1)
    Xr = np.hstack([np.eye(m)[c][:, 1:] for m, c in zip((3, 4), cats)] + [level]).astype(np.float32)
    zr = Xr @ rng.normal(size=Xr.shape[1]) + rng.normal(size=300) - 0.3
    out.append(("repeated_binary", Xr, (zr > 0).astype(int)))
    out.extend(employee_datasets())
    return out


def main():
    inputs = []
    rows = []
    for case, X, y in datasets():
        assert X.dtype == np.float32
        inputs.append([case, X.shape[1], nums(X), " ".join(str(v) for v in y)])
        classes = np.unique(y)
        w = np.array([0.5 + (i % 5) * 0.5 for i in range(len(y))])
        settings = [("default", {}, None), ("C=0.1", dict(C=0.1), None),
                    ("balanced", dict(class_weight="balanced"), None),
                    ("dict", dict(class_weight={classes[0]: 2.0, classes[-1]: 0.5}), None),
                    ("sample_weight", {}, w), ("no_intercept", dict(fit_intercept=False), None)]
        for name, params, sw in settings:
            m32 = LogisticRegression(max_iter=500, **params).fit(X, y, sample_weight=sw)
            m64 = LogisticRegression(max_iter=500, **params).fit(X.astype(np.float64), y, sample_weight=sw)
            assert m32.coef_.dtype == np.float32 and m32.predict_proba(X).dtype == np.float32
            cw = params.get("class_weight")
            cw_text = "None" if cw is None else cw if isinstance(cw, str) else " ".join(
                f"{k}:{float(v)!r}" for k, v in cw.items())
            rows.append([case, name, repr(float(params.get("C", 1.0))), params.get("fit_intercept", True), cw_text,
                         "" if sw is None else nums(sw),
                         int(m32.n_iter_[0]), nums(m32.coef_), nums(m32.intercept_),
                         nums(m32.predict_proba(X)) if name == "default" else "",
                         " ".join(str(v) for v in m32.predict(X)), repr(float(m32.score(X, y))),
                         int(m64.n_iter_[0]), repr(float(m64.score(X.astype(np.float64), y)))])
    with open(OUT / "classification_logistic_float32_inputs.csv", "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["case", "p", "x", "y"])
        out.writerows(inputs)
    with open(OUT / "classification_logistic_float32.csv", "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["case", "setting", "C", "fit_intercept", "class_weight", "sample_weight", "n_iter", "coef",
                      "intercept", "proba", "predict", "accuracy", "n_iter_float64", "accuracy_float64"])
        out.writerows(rows)


if __name__ == "__main__":
    main()
