# .skb.concat(axis=1) in a cross-validated pipeline: scaled copies of the features beside the raw ones (the clashing
# names made unique, as skrub does) and a one-hot block, then Ridge.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind", "weather"]].skb.mark_as_X()
numeric = X[["precipitation", "temp_min", "wind"]]
scaled = numeric.skb.apply(StandardScaler())
weather = X[["weather"]].skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False))
features = numeric.skb.concat([scaled, weather], axis=1)
pred = features.skb.apply(Ridge(alpha=10.0), y=y)
scores = pred.skb.cross_validate(cv=4)
print(scores["test_score"])
