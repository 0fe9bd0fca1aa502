# Residuals of a learner's predictions on new data against the new rows' column (preds - new["temp_max"], and the other
# way round, +, * and /): pandas' float64 Series with the column's row labels and name, which prints, takes steps,
# reduces and summarizes as residuals against split["y_test"] do (eval_prediction_residuals.py). HistGradientBoosting:
# its predictions are scikit-learn's to the bit, which the full-precision reductions show.
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
print(preds - new["temp_max"])
print(new["temp_max"] - preds)
r = preds - new["temp_max"]
print(np.abs(r).mean(), (r ** 2).mean(), r.std(), r.abs().max(), r.median())
print(r.round(2), (preds / new["temp_max"]).describe())
print(f"{np.abs(preds - new['temp_max']).mean():.4f}", round((new["temp_max"] - preds).mean(), 3))
print((np.expm1(preds / 10) * new["wind"]).round(3))
