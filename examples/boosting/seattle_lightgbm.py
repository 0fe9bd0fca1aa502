"""Gradient boosting with LightGBM: Seattle's daily maximum temperature, a grid over the number of trees and leaves.

LGBMRegressor runs on LightGBM's native library with the lightgbm package's parameter names and defaults; its
predictions equal the Python package's. The weather kind is ordinal-encoded (trees need no one-hot columns).
Run it from the repository root:  ./stratum run examples/boosting/seattle_lightgbm.py
"""
import pandas as pd
import skrub
from lightgbm import LGBMRegressor
from sklearn.preprocessing import OrdinalEncoder

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.skb.apply(OrdinalEncoder(), cols=["weather"])

model = LGBMRegressor(
    n_estimators=skrub.choose_from([50, 200], name="n_estimators"),
    num_leaves=skrub.choose_from([7, 31], name="num_leaves"),
    learning_rate=0.05,
    verbose=-1,
)
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
