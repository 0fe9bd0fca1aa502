# XGBRegressor fitted with sample weights computed from X (some zero): the xgboost wrapper puts them on the training
# DMatrix, where they weigh each row's gradient and hessian and the base_score estimated from y; skrub evaluates the
# weights on each fold's rows.
import pandas as pd
import skrub
from xgboost import XGBRegressor

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
weights = X["precipitation"].clip(upper=5.0) + (X["wind"] > 3.0)
pred = X.skb.apply(XGBRegressor(n_estimators=30, max_depth=4, n_jobs=1), y=y, fit_kwargs={"sample_weight": weights})

scores = pred.skb.cross_validate(cv=4, scoring="neg_mean_squared_error", return_train_score=True)
print(scores["test_score"])
print(scores["train_score"])
