"""Hourly bike rentals from calendar features: pd.to_datetime, .dt fields and is-weekend arithmetic, then Ridge."""
import numpy as np
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("../shared/data/bike_sharing.csv"))

# The target is skewed: model log(1 + count).
y = data["cnt"].skb.apply_func(np.log1p).skb.mark_as_y()

X = data.drop(columns=["cnt", "casual", "registered", "instant"]).skb.mark_as_X()
when = pd.to_datetime(X["date"], format="%Y-%m-%d %H:%M:%S")
X = X.assign(
    hour=when.dt.hour,
    weekday=when.dt.weekday,
    month=when.dt.month,
    year=when.dt.year - 2011,
    is_weekend=(when.dt.weekday >= 5).astype(int),
    season=when.dt.quarter.astype(str),
    humid=X["hum"].clip(0.1, 1.0).round(2),
)
X = X.drop(columns=["date"])
X = X.skb.apply(
    OneHotEncoder(handle_unknown="ignore", sparse_output=False),
    cols=["hour", "weekday", "month", "season", "weathersit"],
)
X = X.skb.apply(StandardScaler(), cols=["temp", "atemp", "hum", "humid", "windspeed"])

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 1.0, 10.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
