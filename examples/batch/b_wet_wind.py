"""Batch example, script b: the same encoder as script a, then an interaction feature and a log-spaced alpha grid."""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()

X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.assign(wet_wind=X["wind"] * X["precipitation"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind", "wet_wind"])
alpha = skrub.choose_float(0.1, 100.0, log=True, n_steps=4, name="ridge_alpha")
pred = X.skb.apply(Ridge(alpha=alpha), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
