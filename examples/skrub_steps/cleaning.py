"""skrub's Cleaner or ToDatetime to parse the date text, then DatetimeEncoder features, on the Seattle weather data.

The Cleaner turns null strings into nulls, drops uninformative columns and parses datetime text; ToDatetime only
parses datetimes. Either way the date column becomes a datetime column that DatetimeEncoder can split into year,
month, day and weekday. The grid tries both parsers and two ridge penalties.

Run it from the repository root:  ./stratum run examples/skrub_steps/cleaning.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max"]).skb.mark_as_X()

parse = skrub.choose_from({"cleaner": skrub.Cleaner(drop_if_constant=True), "to_datetime": skrub.ToDatetime()},
                          name="parse")
X = X.skb.apply(parse, cols=["date"])
X = X.skb.apply(skrub.DatetimeEncoder(resolution="day", add_total_seconds=False, add_weekday=True), cols=["date"])
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
