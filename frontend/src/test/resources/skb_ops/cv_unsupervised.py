# .skb.apply(..., y=y, unsupervised=True): the scaler is fitted without y (skrub does not pass it); the scores are those
# of the same pipeline without the flag, as skrub computes them.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
scaled = X.skb.apply(StandardScaler(), y=y, unsupervised=True)
pred = scaled.skb.apply(Ridge(alpha=3.0), y=y)
scores = pred.skb.cross_validate(cv=3)
print(scores["test_score"])
