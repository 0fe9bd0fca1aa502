"""A choice between FunctionTransformers of script functions, in front of Ridge on the Seattle weather data.

skrub applies whichever outcome of a choose_from a candidate picks; an outcome that is a FunctionTransformer of a
function written in the script gets the selected columns (ApplyToSubFrame), and "passthrough" puts them, unchanged,
after the others. Stratum traces each function where the
choice is applied, so the search chooses between the DataOps the outcomes give, under the choice's name and labels.
Scores are held to skrub's own by ExampleParityTest.

Run it from the repository root:  ./stratum run examples/skrub_steps/function_choice.py
"""
import numpy as np
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler


def wind_chill(df, scale=1.0):
    return df.assign(chill=df["temp_min"] - scale * df["wind"])


def log_rain(df):
    return df.assign(precipitation=np.log1p(df["precipitation"]))


data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()

X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
features = skrub.choose_from(
    {
        "chill": FunctionTransformer(wind_chill, kw_args={"scale": 0.5}),
        "log_rain": FunctionTransformer(log_rain),
        "scaled": StandardScaler(),
        "unchanged": "passthrough",
    },
    name="features",
)
X = X.skb.apply(features, cols=["temp_min", "wind", "precipitation"])

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
