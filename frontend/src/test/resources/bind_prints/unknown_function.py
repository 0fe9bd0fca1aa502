"""A skrub function that does not exist, after a cross-validation was printed."""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["wind", "temp_min"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
pred = X.skb.apply(Ridge(), y=y)
scores = pred.skb.cross_validate(cv=KFold(3), scoring="r2")
print(scores["test_score"])
print(f"mean: {scores['test_score'].mean():.4f}")
skrub.frobnicate(pred)
