# .skb.describe_param_grid(): skrub's text for the grid a search would explore: a sub-grid per outcome of a choice
# whose outcomes hold other choices (the model), lists of values, named outcomes, numeric ranges, booleans, an
# optional step, and a choice used to build X, which a search clamps to its default.
import pandas as pd
import skrub
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"])
X = X.assign(wind_power=X["wind"] ** skrub.choose_int(1, 3, name="power"))
X = X.skb.mark_as_X()
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", drop=skrub.choose_from(["first", "if_binary"], name="drop"),
                              sparse_output=False), cols=["weather"])
X = X.skb.apply(skrub.optional(StandardScaler(), name="scale"), cols=["precipitation", "temp_min", "wind"])
model = skrub.choose_from({
    "ridge": Ridge(alpha=skrub.choose_float(0.01, 100.0, log=True, name="alpha"),
                   fit_intercept=skrub.choose_bool(name="intercept")),
    "ridge_steps": Ridge(alpha=skrub.choose_float(0.1, 10.0, log=True, n_steps=3, name="alpha_steps")),
    "dummy": DummyRegressor(strategy=skrub.choose_from(["mean", "median"])),
}, name="model")
pred = X.skb.apply(model, y=y)
print(pred.skb.describe_param_grid())
print(X.skb.describe_param_grid())
print(data.skb.describe_param_grid())
