"""Baseline of seattle_lightgbm: examples/boosting/seattle_lightgbm.py in pandas + scikit-learn + lightgbm."""
import time

started = time.perf_counter()
import pandas as pd  # noqa: E402  (imports are part of what a user waits for)
from lightgbm import LGBMRegressor  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.preprocessing import OrdinalEncoder  # noqa: E402

from baseline_common import data_path, emit, grid_results  # noqa: E402

data = pd.read_csv(data_path("seattle-weather.csv"))
y = data["temp_max"]
X = data.drop(columns=["temp_max", "date"])
# skrub keeps the untouched columns first and appends the encoded one; trees break split ties by column position.
features = ColumnTransformer([("keep", "passthrough", ["precipitation", "temp_min", "wind"]),
                              ("ordinal", OrdinalEncoder(), ["weather"])])
rows = grid_results(X, y, [("features", features), ("model", LGBMRegressor(learning_rate=0.05, verbose=-1))],
                    {"model__n_estimators": [50, 200], "model__num_leaves": [7, 31]},
                    lambda p: {"num_leaves": p["model__num_leaves"], "n_estimators": p["model__n_estimators"]}, "r2")
emit(rows, started)
