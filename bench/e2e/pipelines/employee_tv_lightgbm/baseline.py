"""Baseline of employee_tv_lightgbm: skrub's TableVectorizer (or its scikit-learn equivalent, see
employee_features.py) and an LGBMRegressor grid."""
import time

started = time.perf_counter()
import pandas as pd  # noqa: E402
from lightgbm import LGBMRegressor  # noqa: E402

from baseline_common import data_path, emit, grid_results  # noqa: E402
from employee_features import table_vectorizer  # noqa: E402

data = pd.read_csv(data_path("employee_salaries.csv"))
y = data["current_annual_salary"]
X = data.drop(columns=["current_annual_salary"])
rows = grid_results(X, y, [("features", table_vectorizer()), ("model", LGBMRegressor(verbose=-1))],
                    {"model__n_estimators": [100, 300], "model__num_leaves": [15, 31]},
                    lambda p: {"n_estimators": p["model__n_estimators"],
                               "num_leaves": p["model__num_leaves"]}, "r2")
emit(rows, started)
