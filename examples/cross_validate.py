"""Cross-validate one pipeline: the quick start's features, then Ridge or Lasso with a log-uniform alpha, evaluated
with every choice at its default (as skrub's make_learner() picks it: the first outcome of choose_from, the middle of
a range in log space) over 5 shuffled folds, with the training scores too.

Run it from the repository root:  ./stratum run examples/cross_validate.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import Lasso, Ridge
from sklearn.model_selection import KFold
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()

X = X.assign(wet_wind=X["wind"] * X["precipitation"])
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind", "wet_wind"])

model = skrub.choose_from({
    "ridge": Ridge(alpha=skrub.choose_float(0.01, 100.0, log=True, name="alpha")),
    "lasso": Lasso(alpha=skrub.choose_float(0.001, 1.0, log=True, name="lasso_alpha")),
}, name="model")
pred = X.skb.apply(model, y=y)

scores = pred.skb.cross_validate(cv=KFold(5, shuffle=True, random_state=0), scoring="r2", return_train_score=True)
print(scores)
print(scores["test_score"])
