# DummyRegressor fitted with sample weights: it predicts numpy's weighted average of the training target.
import pandas as pd
import skrub
from sklearn.dummy import DummyRegressor

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(DummyRegressor(), y=y, fit_kwargs={"sample_weight": X["wind"] * X["wind"]})

scores = pred.skb.cross_validate(cv=4, scoring="neg_mean_absolute_error")
print(scores["test_score"])
