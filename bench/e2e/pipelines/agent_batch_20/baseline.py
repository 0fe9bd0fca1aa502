"""Baseline of agent_batch_20: each of the 20 scripts as the pandas + scikit-learn code an agent would run.

Every variant reads the data and cross-validates its pipeline on its own, as separate scripts do; they run in
one Python process here, which spares the baseline 19 interpreter start-ups (a conservative comparison).
"""
import os
import sys
import time

started = time.perf_counter()
import pandas as pd  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.linear_model import Ridge  # noqa: E402
from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from baseline_common import data_path, emit, grid_results  # noqa: E402
from make_agent_batch import variants  # noqa: E402

rows = []
for index, feature_set, cats, alpha in variants():
    data = pd.read_csv(data_path("employee_salaries.csv"))
    y = data["current_annual_salary"]
    X = data[cats + ["year_first_hired"]]
    X = X.assign(seniority=2025 - X["year_first_hired"])
    features = ColumnTransformer([
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cats),
        ("scale", StandardScaler(), ["year_first_hired", "seniority"]),
    ], remainder="passthrough")
    result = grid_results(X, y, [("features", features), ("model", Ridge(alpha=alpha))], {},
                          lambda p, i=index: {"script": f"agent_{i:02d}.py"}, "r2")
    rows.extend(result)
emit(rows, started)
