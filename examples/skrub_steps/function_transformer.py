"""FunctionTransformer of functions written in the script, in front of Ridge on the Seattle weather data.

skrub wraps a FunctionTransformer in ApplyToSubFrame: the function gets the selected columns (all of them without
cols=) and its output comes after the columns it left untouched. Stratum traces the functions' bodies on those
columns, as it traces .skb.apply_func bodies, so their steps join the plan (FunctionTransformer learns nothing: fitting
and predicting run the same steps). Scores are held to skrub's own by ExampleParityTest.

Run it from the repository root:  ./stratum run examples/skrub_steps/function_transformer.py
"""
import numpy as np
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder


def wind_chill(df, scale=1.0):
    """Two features from the minimum temperature and the wind; the inputs stay in the frame it returns."""
    return df.assign(chill=df["temp_min"] - scale * df["wind"], calm=(df["wind"] < 2.5) * 1.0)


def log_rain(df):
    return np.log1p(df)


data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()

X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(FunctionTransformer(wind_chill, kw_args={"scale": 0.5}), cols=["temp_min", "wind"])
X = X.skb.apply(FunctionTransformer(log_rain), cols=["precipitation"])
X = X.skb.apply(FunctionTransformer(lambda df: df.assign(chill_squared=df["chill"] ** 2)))

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
