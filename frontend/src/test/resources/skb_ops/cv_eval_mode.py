# skrub.eval_mode() in an estimator's parameters: a search fits in mode "fit", so Ridge gets alpha=10.0 here.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
alpha = skrub.eval_mode().skb.match({"fit": 10.0, "preview": 1.0}, default=0.001)
pred = X.skb.apply(Ridge(alpha=alpha), y=y)
scores = pred.skb.cross_validate(cv=3)
print(scores["test_score"])
