"""Randomized search: a power of the wind from an int range, then Ridge or Lasso with a log-uniform alpha; 8 draws.

skrub.choose_float(..., log=True) and skrub.choose_int(..., log=True) without n_steps are continuous ranges: a grid
search cannot try them, a randomized search draws from them. With random_state=0 Stratum draws the candidates skrub
draws (the same numpy generator, the same order), so results_ lists skrub's candidates with skrub's scores.

Run it from the repository root:  ./stratum run examples/randomized_search.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import Lasso, Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()

X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.assign(wind_power=X["wind"] ** skrub.choose_int(1, 4, log=True, name="power"))
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind", "wind_power"])

model = skrub.choose_from({
    "ridge": Ridge(alpha=skrub.choose_float(0.01, 100.0, log=True, name="alpha")),
    "lasso": Lasso(alpha=skrub.choose_float(0.001, 1.0, log=True, name="lasso_alpha")),
}, name="model")
pred = X.skb.apply(model, y=y)

search = pred.skb.make_randomized_search(n_iter=8, random_state=0, cv=5, fitted=True, scoring="r2")
print(search.results_)
