"""Baseline of flights_delay: the same join, mask, groupby and sort in pandas, the grid in scikit-learn."""
import time

started = time.perf_counter()
import pandas as pd  # noqa: E402  (imports are part of what a user waits for)
from sklearn.linear_model import Ridge  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from baseline_common import data_path, emit, grid_results  # noqa: E402

data = pd.read_csv(data_path("flights_300k.csv"))
airports = pd.read_csv(data_path("airports.csv"))
data = data.merge(airports, left_on="origin", right_on="iata", how="inner")
data = data[(data["distance"] > 100) & ~(data["state"] == "HI")]
per_origin = data.groupby("origin", as_index=False).agg(
    origin_flights=("delay", "size"), origin_distance=("distance", "mean"), origin_dests=("destination", "nunique"))
data = data.merge(per_origin, on="origin", how="left").sort_values(["date", "origin"], kind="stable")
y = data["delay"]
X = data[["distance", "latitude", "longitude", "origin_flights", "origin_distance", "origin_dests"]]
rows = grid_results(X, y, [("scale", StandardScaler()), ("model", Ridge())], {"model__alpha": [1.0, 100.0]},
                    lambda p: {"alpha": p["model__alpha"]}, "neg_mean_absolute_error")
emit(rows, started)
