# A submission file of a log-target learner's predictions brought back with np.expm1 and rounded, as agents write it
# (full-precision values of np.exp/np.expm1 may differ from numpy's libm in the last bit, so the file rounds them).
import numpy as np
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingRegressor

df = pd.read_csv("examples/data/seattle-weather.csv")
df["log_temp"] = np.log1p(df["temp_max"] + 10)
train = df.iloc[:1200]
test = df.iloc[1200:].drop(columns=["temp_max", "log_temp"])
data = skrub.var("data", train)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
learner = X.skb.apply(HistGradientBoostingRegressor(random_state=0), y=data["log_temp"].skb.mark_as_y()).skb.make_learner(
    fitted=True)
preds = learner.predict({"data": test})
sub = pd.DataFrame({"date": test["date"], "temp_max": np.round(np.expm1(preds) - 10, 3)})
sub.to_csv("out/log_target.csv", index=False)
test["warm"] = np.clip(preds.round(2) - 3, 0, None)
test.to_csv("out/clipped.csv", columns=["date", "warm"])
pd.Series(np.maximum(preds * 10, 30), name="floor").to_csv("out/floor.csv", index=False)
