# fit_kwargs={"sample_weight": w} with w computed from X: skrub evaluates it on the rows X has in each fold, so the
# weights follow the training rows (a weighted histogram gradient boosting fit; scores unweighted).
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingRegressor

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
weights = X["wind"] * 0.5 + 1.0
pred = X.skb.apply(HistGradientBoostingRegressor(max_iter=30), y=y, fit_kwargs={"sample_weight": weights})

scores = pred.skb.cross_validate(cv=3, return_train_score=True)
print(scores["test_score"])
print(scores["train_score"])
