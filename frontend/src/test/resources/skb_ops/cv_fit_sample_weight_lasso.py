# Lasso fitted with sample weights computed from X (some zero): scikit-learn rescales the weights to
# sum to the number of rows, centers X and y on their weighted means and scales each row by sqrt(w) before its
# coordinate descent; skrub evaluates the weights on each fold's rows.
import pandas as pd
import skrub
from sklearn.linear_model import Lasso
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
weights = X["precipitation"].clip(upper=5.0) + (X["wind"] > 3.0)
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(Lasso(alpha=0.3), y=y, fit_kwargs={"sample_weight": weights})

scores = pred.skb.cross_validate(cv=4, scoring="neg_mean_squared_error", return_train_score=True)
print(scores["test_score"])
print(scores["train_score"])
