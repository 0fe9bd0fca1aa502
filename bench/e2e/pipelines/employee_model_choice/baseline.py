"""Baseline of employee_model_choice: Ridge or least squares on the same features."""
import time

started = time.perf_counter()
import pandas as pd  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.linear_model import LinearRegression, Ridge  # noqa: E402
from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: E402

from baseline_common import data_path, emit, grid_results  # noqa: E402

data = pd.read_csv(data_path("employee_salaries.csv"))
y = data["current_annual_salary"]
X = data.drop(columns=["current_annual_salary", "department_name", "division", "employee_position_title",
                       "date_first_hired"])
features = ColumnTransformer([
    ("onehot", OneHotEncoder(drop="first", handle_unknown="ignore", sparse_output=False),
     ["gender", "department", "assignment_category"]),
    ("scale", StandardScaler(), ["year_first_hired"]),
], remainder="passthrough")
models = {"ridge": Ridge(alpha=1.0), "ols": LinearRegression()}
names = {id(m): k for k, m in models.items()}
rows = grid_results(X, y, [("features", features), ("model", Ridge())], {"model": list(models.values())},
                    lambda p: {"model": names[id(p["model"])]}, "neg_mean_squared_error")
emit(rows, started)
