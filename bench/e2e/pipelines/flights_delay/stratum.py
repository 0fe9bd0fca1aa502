"""Flight delays at scale: 300k flights joined with airports, per-origin features by groupby, a Ridge grid.

The relational steps of examples/flights_delay.py (merge, row mask, groupby with named aggregation, merge back,
sort) on the first 300,000 rows of ../shared/data/flights-3m.parquet (bench/e2e/make_data.py writes the CSV).
"""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler

flights = skrub.var("flights", pd.read_csv("bench/data/flights_300k.csv"))
airports = skrub.var("airports", pd.read_csv("bench/data/airports.csv"))

data = flights.merge(airports, left_on="origin", right_on="iata", how="inner")
data = data[(data["distance"] > 100) & ~(data["state"] == "HI")]
per_origin = data.groupby("origin", as_index=False).agg(
    origin_flights=("delay", "size"), origin_distance=("distance", "mean"), origin_dests=("destination", "nunique"))
data = data.merge(per_origin, on="origin", how="left").sort_values(["date", "origin"])

y = data["delay"].skb.mark_as_y()
X = data[["distance", "latitude", "longitude", "origin_flights", "origin_distance", "origin_dests"]].skb.mark_as_X()
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 100.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=5, scoring="neg_mean_absolute_error", fitted=True)
print(search.results_)
