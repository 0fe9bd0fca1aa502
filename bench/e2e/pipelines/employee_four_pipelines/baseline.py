"""Baseline of employee_four_pipelines: the four pipelines as one GridSearchCV over the final model."""
import time

started = time.perf_counter()
import pandas as pd  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.linear_model import LinearRegression, Ridge  # noqa: E402
from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: E402

from baseline_common import data_path, emit, grid_results  # noqa: E402

data = pd.read_csv(data_path("employee_salaries.csv"))
y = data["current_annual_salary"]
X = data[["gender", "department", "assignment_category", "year_first_hired"]]
X = X.assign(seniority_sq=(2025 - X["year_first_hired"]) ** 2)
features = ColumnTransformer([
    ("onehot", OneHotEncoder(drop="first", handle_unknown="ignore", sparse_output=False),
     ["gender", "department", "assignment_category"]),
    ("scale", StandardScaler(), ["year_first_hired", "seniority_sq"]),
], remainder="passthrough")
models = {"p0": Ridge(alpha=0.1), "p1": Ridge(alpha=1.0), "p2": Ridge(alpha=10.0), "p3": LinearRegression()}
names = {id(m): k for k, m in models.items()}
rows = grid_results(X, y, [("features", features), ("model", Ridge())], {"model": list(models.values())},
                    lambda p: {"pipeline": names[id(p["model"])]}, "r2")
emit(rows, started)
