"""Seattle's daily maximum temperature by Lasso, Ridge or a median baseline, validated forward in time.

Each TimeSeriesSplit fold trains on the days before its test block (minus a week's gap), as a forecast would.
Run it from the repository root:  ./stratum run examples/weather_forward.py
"""
import pandas as pd
import skrub
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Lasso, Ridge
from sklearn.model_selection import TimeSeriesSplit
from sklearn.preprocessing import OrdinalEncoder, RobustScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()

X = X.skb.apply(OrdinalEncoder(), cols=["weather"])
X = X.skb.apply(RobustScaler(), cols=["precipitation", "temp_min", "wind"])

model = skrub.choose_from(
    {
        "median": DummyRegressor(strategy="median"),
        "lasso": Lasso(alpha=0.05),
        "ridge": Ridge(alpha=1.0),
    },
    name="model",
)
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=TimeSeriesSplit(n_splits=4, gap=7), fitted=True, scoring="neg_mean_absolute_error")
print(search.results_)
