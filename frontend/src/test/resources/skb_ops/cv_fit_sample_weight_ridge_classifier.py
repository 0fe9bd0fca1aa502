# RidgeClassifier fitted with sample weights computed from X (some zero): scikit-learn fits Ridge on the classes
# coded as -1/1, one column per class, with the weighted means and rows scaled by sqrt(w); skrub evaluates the
# weights on each fold's rows.
import pandas as pd
import skrub
from sklearn.linear_model import RidgeClassifier
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
weights = X["precipitation"].clip(upper=5.0) + (X["wind"] > 3.0)
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(RidgeClassifier(alpha=2.0), y=y, fit_kwargs={"sample_weight": weights})

scores = pred.skb.cross_validate(cv=4, scoring="accuracy", return_train_score=True)
print(scores["test_score"])
print(scores["train_score"])
