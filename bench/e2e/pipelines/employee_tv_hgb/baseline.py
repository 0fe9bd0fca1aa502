"""Baseline of employee_tv_hgb: skrub's TableVectorizer (or its scikit-learn equivalent, see employee_features.py)
and a HistGradientBoostingRegressor grid."""
import time

started = time.perf_counter()
import pandas as pd  # noqa: E402
from sklearn.ensemble import HistGradientBoostingRegressor  # noqa: E402

from baseline_common import data_path, emit, grid_results  # noqa: E402
from employee_features import table_vectorizer  # noqa: E402

data = pd.read_csv(data_path("employee_salaries.csv"))
y = data["current_annual_salary"]
X = data.drop(columns=["current_annual_salary"])
rows = grid_results(X, y, [("features", table_vectorizer()), ("model", HistGradientBoostingRegressor())],
                    {"model__learning_rate": [0.05, 0.1], "model__max_leaf_nodes": [15, 31]},
                    lambda p: {"learning_rate": p["model__learning_rate"],
                               "max_leaf_nodes": p["model__max_leaf_nodes"]}, "r2")
emit(rows, started)
