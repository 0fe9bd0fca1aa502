"""Batch example, script c: the same encoder as script a, scaling made optional, ordinary least squares."""
import pandas as pd
import skrub
from sklearn.linear_model import LinearRegression
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()

X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(skrub.optional(StandardScaler(), name="scale"), cols=["precipitation", "temp_min", "wind"])
pred = X.skb.apply(LinearRegression(), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
