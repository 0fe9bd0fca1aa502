# Choices nested in a choice's outcomes: one sub-grid per model, picked at random for each draw.
import pandas as pd
import skrub
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Lasso, Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()
model = skrub.choose_from({
    "ridge": Ridge(alpha=skrub.choose_float(0.1, 100.0, log=True, name="ridge_alpha")),
    "lasso": Lasso(alpha=skrub.choose_float(0.001, 1.0, log=True, name="lasso_alpha")),
    "dummy": DummyRegressor(strategy=skrub.choose_from(["mean", "median"], name="strategy")),
}, name="model")
pred = X.skb.apply(model, y=y)
search = pred.skb.make_randomized_search(n_iter=10, random_state=5, cv=3)
