# LinearRegression fitted with sample weights: least squares of the weighted-centered rows scaled by sqrt(w).
import pandas as pd
import skrub
from sklearn.linear_model import LinearRegression

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
weights = 1.0 / (1.0 + X["wind"])
pred = X.skb.apply(LinearRegression(), y=y, fit_kwargs={"sample_weight": weights})

scores = pred.skb.cross_validate(cv=5, return_train_score=True)
print(scores["test_score"])
print(scores["train_score"])
