"""skrub's `.skb.apply(transformer, allow_reject=True)` in front of Ridge, on the Seattle weather data.

skrub wraps a transformer applied to a frame in ApplyToCols, and with allow_reject=True a single-column transformer
may reject a column, which then passes through unchanged in its place. ToDatetime is applied to every column: it
parses the date text and rejects the numbers (not strings) and the weather words (no datetime format). DatetimeEncoder
is applied to every column but one (exclude_cols): it encodes the date, one of two ways, and rejects the rest. Scores
are held to skrub's own by ExampleParityTest.

Run it from the repository root:  ./stratum run examples/skrub_steps/allow_reject.py
"""
import pandas as pd
import skrub
from skrub import selectors as s
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max"]).skb.mark_as_X()

X = X.skb.apply(skrub.ToDatetime(), allow_reject=True)
dates = skrub.choose_from(
    {
        "day": skrub.DatetimeEncoder(resolution="day", add_total_seconds=False),
        "weekday": skrub.DatetimeEncoder(resolution="day", add_weekday=True),
    },
    name="dates",
)
X = X.skb.apply(dates, exclude_cols=["wind"], allow_reject=True)
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=s.string())

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
