# A skrub.deferred function called with a choice: skrub runs it on each candidate's value, so its body may use the
# value as Python does (range(), an f-string, a comparison); frame["col"] = ... inside it, and shift() lags.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge


@skrub.deferred
def with_lags(frame, n):
    frame = frame.copy()
    for k in range(1, n + 1):
        frame[f"temp_max_lag{k}"] = frame["temp_max"].shift(k)
    return frame.dropna()


@skrub.deferred
def powers(frame, degree, column="temp_min"):
    out = frame.copy()
    for d in range(2, degree + 1):
        out[f"{column}_{d}"] = out[column] ** d
    if degree > 2:
        out = out.drop(columns=["wind"])
    return out


data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
# a choice used to build X: skrub clamps it to its default, the middle of its grid
data = with_lags(data, skrub.choose_int(1, 3, n_steps=3, name="lags"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()
X = powers(X, skrub.choose_from([1, 2, 3], name="degree"))
X = powers(X, column="precipitation", degree=skrub.choose_from({"flat": 1, "square": 2}, name="rain"))
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.1, 10, log=True, n_steps=2, name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True)
print(search.results_.to_string())
print(with_lags(data, 2).shape)
# a randomized search draws the expanded choices as skrub draws the choices themselves
print(pred.skb.make_randomized_search(n_iter=5, random_state=0, cv=3, fitted=True).results_)
