"""Language constructs of skrub DataOps: a deferred function, a lambda, row slices and masks, choice.match and
choose_bool().if_else, a choice nested in another, and a choice used to build X (clamped to its default).

Every construct here builds the same plan through the Python subset and through GraalPy; the scores are the ones
skrub itself gives for this script (examples/reference/make_reference.py runs it through skrub's source checkout).

Run it from the repository root:  ./stratum run examples/language_constructs.py
"""
import pandas as pd
import skrub
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler


@skrub.deferred
def with_wet_wind(frame, factor=1.0):
    """Traced with the DataOp it is called with: the assign becomes a step of the plan."""
    return frame.assign(wet_wind=frame["wind"] * frame["precipitation"] * factor)


data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
# Rows by position, then by a mask whose threshold is a choice: it builds X, so skrub clamps it to its default
# (the middle of its grid, 1.0) rather than tuning it.
data = data.iloc[30:1400]
data = data[data["wind"] > skrub.choose_float(0.5, 1.5, n_steps=3, name="min_wind")]

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = with_wet_wind(X, factor=0.5)
X = X.skb.apply_func(lambda frame: frame.assign(cold=frame["temp_min"] - 5))
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])

scale = skrub.choose_bool(name="scale")
X = X.skb.apply(scale.if_else(StandardScaler(), "passthrough"), cols=["precipitation", "temp_min", "wind", "wet_wind", "cold"])

strength = skrub.choose_from(["weak", "strong"], name="strength")
model = skrub.choose_from({
    "ridge": Ridge(alpha=strength.match({"strong": 30.0}, default=0.3)),
    "dummy": DummyRegressor(),
}, name="model")
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
