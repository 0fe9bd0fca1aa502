"""Baseline of bike_datetime: calendar features from pd.to_datetime and .dt fields, one-hot and scaled, a Ridge grid
on log(1 + count), in pandas + scikit-learn."""
import time

started = time.perf_counter()
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.linear_model import Ridge  # noqa: E402
from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: E402

from baseline_common import data_path, emit, grid_results  # noqa: E402

data = pd.read_csv(data_path("bike_sharing.csv"))
y = np.log1p(data["cnt"])
X = data.drop(columns=["cnt", "casual", "registered", "instant"])
when = pd.to_datetime(X["date"], format="%Y-%m-%d %H:%M:%S")
X = X.assign(
    hour=when.dt.hour,
    weekday=when.dt.weekday,
    month=when.dt.month,
    year=when.dt.year - 2011,
    is_weekend=(when.dt.weekday >= 5).astype(int),
    season=when.dt.quarter.astype(str),
    humid=X["hum"].clip(0.1, 1.0).round(2),
)
X = X.drop(columns=["date"])
features = ColumnTransformer([
    ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False),
     ["hour", "weekday", "month", "season", "weathersit"]),
    ("scale", StandardScaler(), ["temp", "atemp", "hum", "humid", "windspeed"]),
], remainder="passthrough")
rows = grid_results(X, y, [("features", features), ("model", Ridge())], {"model__alpha": [0.1, 1.0, 10.0]},
                    lambda p: {"alpha": p["model__alpha"]}, "r2")
emit(rows, started)
