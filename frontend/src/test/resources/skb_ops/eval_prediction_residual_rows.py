# A Series of residuals (a learner's predictions against new["y"] or split["y_test"]) takes pandas' head() and tail():
# its first or last rows with their labels and the target's name, after steps (round, abs, **) or before them, with a
# negative or zero n, and reductions and describe() of those rows.
import numpy as np
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingRegressor

weather = pd.read_csv("examples/data/seattle-weather.csv")
past = weather[weather["date"] < "2015-01-01"]
new = weather[weather["date"] >= "2015-01-01"]
data = skrub.var("data", past)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(HistGradientBoostingRegressor(max_iter=30), y=data["temp_max"].skb.mark_as_y())
learner = pred.skb.make_learner(fitted=True)
preds = learner.predict({"data": new})
r = preds - new["temp_max"]
print(r.head())
print(r.tail(3))
print(r.round(2).head())
print(r.head(4).round(1))
print((new["temp_max"] - preds).head(2))
print(np.abs(r).head(3), r.abs().tail(2))
print((r ** 2).head(2))
print(r.head(-360))
print(r.tail(-363))
print(r.head(0))
print(r.head(10).mean(), r.tail(100).abs().max())
print(r.tail(50).describe())
print(r.head(n=2), r.tail(n=1))

full = skrub.var("data", weather)
Xf = full[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pf = Xf.skb.apply(HistGradientBoostingRegressor(max_iter=30), y=full["temp_max"].skb.mark_as_y())
split = pf.skb.train_test_split(test_size=0.25, random_state=0)
fitted = pf.skb.make_learner()
fitted.fit(split["train"])
residuals = fitted.predict(split["test"]) - split["y_test"]
print(residuals.head(3))
print(residuals.round(3).tail())
print((split["y_test"] - fitted.predict(split["test"])).head(2).abs())
