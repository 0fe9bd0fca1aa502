"""Batch example, script d: the same steps as script a, written with skrub selectors and .skb.select/.skb.drop.

Selectors are resolved against the actual columns when the plan runs: after one-hot encoding, s.numeric() also
matches the weather_* indicator columns, which the glob takes back out.
"""
import pandas as pd
import skrub
import skrub.selectors as s
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.skb.drop(["temp_max", "date"]).skb.mark_as_X()

X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=s.cols("weather"))
X = X.skb.apply(StandardScaler(), cols=s.numeric() - s.glob("weather_*"))
X = X.skb.drop(s.glob("weather_[!s]*"))
X = X.skb.select(s.all() - "wind")
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.5, 5.0, n_steps=3, name="d_alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
