"""Baseline of employee_ridge: one-hot categories, a scaled year, a Ridge grid, in pandas + scikit-learn."""
import time

started = time.perf_counter()
import pandas as pd  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.linear_model import Ridge  # noqa: E402
from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: E402

from baseline_common import data_path, emit, grid_results  # noqa: E402

data = pd.read_csv(data_path("employee_salaries.csv"))
y = data["current_annual_salary"]
X = data[["gender", "department", "assignment_category", "year_first_hired"]]
features = ColumnTransformer([
    ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["gender", "department", "assignment_category"]),
    ("scale", StandardScaler(), ["year_first_hired"]),
], remainder="passthrough")
rows = grid_results(X, y, [("features", features), ("model", Ridge())], {"model__alpha": [0.1, 1.0, 10.0]},
                    lambda p: {"alpha": p["model__alpha"]}, "r2")
emit(rows, started)
