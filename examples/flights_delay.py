"""Predict flight delays from the route, the origin airport and per-airport statistics.

Relational steps before the split: flights are joined with airports (merge), filtered with a row mask,
summarized per origin airport (groupby + named aggregation) and the summary joined back, then sorted in time.
Data: a 1,200-flight sample of vega-datasets' flights and its airports (examples/data/README.md).
"""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler

flights = skrub.var("flights", pd.read_csv("examples/data/flights-sample.csv"))
airports = skrub.var("airports", pd.read_csv("examples/data/airports-sample.csv"))

data = flights.merge(airports, left_on="origin", right_on="iata", how="inner")
data = data[(data["distance"] > 100) & ~(data["state"] == "HI")]
per_origin = data.groupby("origin", as_index=False).agg(
    origin_flights=("delay", "size"), origin_distance=("distance", "mean"))
data = data.merge(per_origin, on="origin", how="left").sort_values(["date", "origin"])

y = data["delay"].skb.mark_as_y()
X = data[["distance", "latitude", "longitude", "origin_flights", "origin_distance"]].skb.mark_as_X()
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 100.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=5, scoring="neg_mean_absolute_error", fitted=True)
print(search.results_)
