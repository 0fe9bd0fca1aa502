# .skb.subsample() in cross_validate(keep_subsampling=True): the folds split 200 rows drawn with skrub's seed, in the order pandas' sample returns them.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv")).skb.subsample(n=200, how="random")
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
pred = X.skb.apply(Ridge(alpha=1.0), y=y)
scores = pred.skb.cross_validate(cv=4, keep_subsampling=True)
print(scores["test_score"])
