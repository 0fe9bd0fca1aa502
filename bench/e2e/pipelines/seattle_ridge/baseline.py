"""Baseline of seattle_ridge: the quick start in pandas + scikit-learn."""
import time

started = time.perf_counter()
import pandas as pd  # noqa: E402  (imports are part of what a user waits for)
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.linear_model import Ridge  # noqa: E402
from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: E402

from baseline_common import data_path, emit, grid_results  # noqa: E402

data = pd.read_csv(data_path("seattle-weather.csv"))
y = data["temp_max"]
X = data.drop(columns=["temp_max", "date"])
X = X.assign(wet_wind=X["wind"] * X["precipitation"])
features = ColumnTransformer([
    ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["weather"]),
    ("scale", StandardScaler(), ["precipitation", "temp_min", "wind", "wet_wind"]),
], remainder="passthrough")
rows = grid_results(X, y, [("features", features), ("model", Ridge())], {"model__alpha": [0.1, 1.0, 10.0]},
                    lambda p: {"alpha": p["model__alpha"]}, "r2")
emit(rows, started)
