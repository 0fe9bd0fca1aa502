"""skrub's ApplyToCols and Cleaner(cast_to_str=True) in front of Ridge, on the Seattle weather data.

A bool column (windy days) is added; the Cleaner parses the date text and, with cast_to_str=True, turns the bool
column into "True"/"False" text. ApplyToCols then applies DatetimeEncoder to the date (its features take the date's
place), one-hot encodes every text column picked by a skrub selector, and scales the measurements one of two ways:
StandardScaler in place, or SquashingScaler kept next to the originals under new names. Scores are held to skrub's own
by ExampleParityTest.

Run it from the repository root:  ./stratum run examples/skrub_steps/apply_to_cols.py
"""
import pandas as pd
import skrub
from skrub import selectors as s
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max"]).skb.mark_as_X()
X = X.assign(windy=X["wind"] > 4.0)

X = X.skb.apply(skrub.Cleaner(cast_to_str=True))
X = X.skb.apply(skrub.ApplyToCols(skrub.DatetimeEncoder(resolution="day", add_total_seconds=False), cols=["date"]))
X = X.skb.apply(skrub.ApplyToCols(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=s.string()))
scale = skrub.choose_from(
    {
        "standard": skrub.ApplyToCols(StandardScaler(), cols=["temp_min", "precipitation", "wind"]),
        "squashing_kept": skrub.ApplyToCols(skrub.SquashingScaler(), cols=["precipitation", "wind"],
                                            keep_original=True, rename_columns="squashed_{}"),
    },
    name="scale",
)
X = X.skb.apply(scale)

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
