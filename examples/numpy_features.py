# Element-wise numpy functions as features: rain on a log scale (most days are dry, a few pour), a smooth
# function of the minimum temperature, and the wind speed written the long way round, as sqrt(wind ** 2), which
# the optimizer compiles to one np.fabs (see `./stratum explain examples/numpy_features.py`).
import numpy as np
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.assign(
    log_rain=np.log1p(X["precipitation"]),
    wind_speed=np.sqrt(X["wind"] ** 2),
    warmth=np.exp(X["temp_min"] / 10.0),
    season=np.cos(X["temp_min"] / 10.0),
)
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind", "log_rain", "wind_speed", "warmth",
                                        "season"])
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 1.0, 10.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
