"""Reference behaviour of skrub's .skb.apply(..., unsupervised=True) on estimators that need y to fit.

skrub does not pass y to the estimator's fit when unsupervised=True; a regressor or classifier then fails when skrub
computes the preview (at the .skb.apply line). This runs skrub itself (imported from a source checkout, see
runtime/reference/skrub_source.py) on each estimator and records the last line of the error (`<Type>Error: <message>`),
which is scikit-learn's.

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 frontend/reference/make_unsupervised_reference.py
Writes frontend/src/test/resources/reference/unsupervised_errors.csv; UnsupervisedApplyTest reads it. The fold scores
of a transformer applied with unsupervised=True are held by skb_ops/cv_unsupervised.py (make_cross_validate_reference.py).
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from skrub_source import import_skrub, skrub_version  # noqa: E402

skrub = import_skrub()
import pandas as pd  # noqa: E402
import sklearn  # noqa: E402

OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "unsupervised_errors.csv"

ESTIMATORS = {
    "Ridge()": "from sklearn.linear_model import Ridge",
    "LogisticRegression()": "from sklearn.linear_model import LogisticRegression",
    "RandomForestRegressor(n_estimators=5)": "from sklearn.ensemble import RandomForestRegressor",
    "DummyRegressor()": "from sklearn.dummy import DummyRegressor",
    "HistGradientBoostingRegressor()": "from sklearn.ensemble import HistGradientBoostingRegressor",
}


def main():
    data = pd.read_csv(ROOT / "examples" / "data" / "seattle-weather.csv")
    rows = []
    for estimator, imports in ESTIMATORS.items():
        namespace = {"skrub": skrub, "data": skrub.var("data", data)}
        exec(imports, namespace)
        try:
            exec("y = data['temp_max'].skb.mark_as_y()\nX = data[['wind', 'temp_min']].skb.mark_as_X()\n"
                 f"X.skb.apply({estimator}, y=y, unsupervised=True)\n", namespace)
        except Exception as e:  # skrub wraps the preview's error; its last line is the cause
            rows.append([imports, estimator, str(e).strip().splitlines()[-1]])
            continue
        sys.exit(f"skrub accepted {estimator} with unsupervised=True")
    with open(OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_unsupervised_reference.py with {skrub_version()}, "
                f"scikit-learn {sklearn.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["import", "estimator", "error"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
