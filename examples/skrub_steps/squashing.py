"""skrub's column steps: DropCols, SelectCols and SquashingScaler in front of Ridge, on the Seattle weather data.

DropCols and SelectCols take column names or a skrub selector; SquashingScaler centres and scales each column
robustly, then squashes it smoothly into (-max_absolute_value, max_absolute_value), so outliers cannot dominate a
linear model. The grid tries two squashing bounds and two ridge penalties.

Run it from the repository root:  ./stratum run examples/skrub_steps/squashing.py
"""
import pandas as pd
import skrub
import skrub.selectors as s
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max"]).skb.mark_as_X()

X = X.skb.apply(skrub.DropCols("date"))
X = X.assign(wet_wind=X["wind"] * X["precipitation"])
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(
    skrub.SquashingScaler(max_absolute_value=skrub.choose_from([2.0, 3.0], name="squash")),
    cols=["precipitation", "temp_min", "wind", "wet_wind"],
)
X = X.skb.apply(skrub.SelectCols(s.glob("weather_*") | s.cols("temp_min", "wind", "wet_wind")))

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
