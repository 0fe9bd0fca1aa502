"""Yesterday's weather as features for today's maximum temperature, written the way agents write it.

A skrub.deferred function adds lagged columns with pandas' shift() and diff() and frame["col"] = ... (skrub hands it a
pandas frame). A second one, called with a choice, runs once per candidate value, so its loop over range(2, degree + 1)
sees a Python int; the degree and Ridge's alpha inside a scikit-learn make_pipeline are tuned by the grid search,
forward in time (TimeSeriesSplit). The scores are the ones skrub itself gives (examples/reference/make_reference.py).

Run it from the repository root:  ./stratum run examples/weather_lags.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


@skrub.deferred
def with_lags(frame, n):
    frame = frame.sort_values("date").copy()
    for k in range(1, n + 1):
        frame[f"temp_max_lag{k}"] = frame["temp_max"].shift(k)
        frame[f"rain_lag{k}"] = frame["precipitation"].shift(k)
    frame["wind_change"] = frame["wind"].diff()
    return frame.dropna()


@skrub.deferred
def with_powers(frame, degree):
    frame = frame.copy()
    for d in range(2, degree + 1):
        frame[f"temp_min_{d}"] = frame["temp_min"] ** d
    return frame


data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
data = with_lags(data, 2)
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X(cv=TimeSeriesSplit(n_splits=4))
X = with_powers(X, skrub.choose_from([1, 2, 3], name="degree"))
model = make_pipeline(StandardScaler(), Ridge(alpha=skrub.choose_float(0.1, 100, log=True, n_steps=3, name="alpha")))
pred = X.skb.apply(model, y=y)
search = pred.skb.make_grid_search(fitted=True, scoring="r2")
print(search.results_)
