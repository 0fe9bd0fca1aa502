# numpy's reductions of a learner's predictions, as agents check a fit: preds.mean()/std()/min()/max()/sum(),
# np.mean/np.median/np.std(ddof=1) of them, of a slice and of numpy's steps on them (np.expm1 of a log target), with
# round(), format specs and arithmetic, and the array's shape. HistGradientBoosting's predictions are scikit-learn's
# to the bit, so the full-precision reductions are numpy's (after np.expm1, written rounded).
import numpy as np
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingRegressor

df = pd.read_csv("examples/data/seattle-weather.csv")
df["log_temp"] = np.log1p(df["temp_max"] + 10)
data = skrub.var("data", df)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(HistGradientBoostingRegressor(random_state=0), y=data["log_temp"].skb.mark_as_y())
split = pred.skb.train_test_split(test_size=0.25, random_state=42)
learner = pred.skb.make_learner()
learner.fit(split["train"])
preds = learner.predict(split["test"])
print(preds.mean(), preds.std(), preds.var(), preds.min(), preds.max(), preds.sum())
print(np.mean(preds), np.median(preds), np.std(preds, ddof=1), np.var(preds), np.amin(preds), np.amax(preds))
print(preds.shape, preds[:10].shape, np.expm1(preds)[::3].shape)
# after np.expm1 the last bits may differ from numpy's (Java's fdlibm against the C library), so these are rounded
temp = np.expm1(preds) - 10
print("mean temp_max:", round(temp.mean(), 6), "spread:", f"{temp.std(ddof=1):.6f}")
print(f"{temp.mean():.2f} {temp.max():.1f} {np.median(temp):.3f}", round(temp.min(), 2), temp.sum().round(1))
print(preds[:50].mean(), preds[-7:].max(), np.sqrt(preds.var()), 2 * preds.mean() + 1, [preds.min()],
      round(np.sqrt(temp.var()), 4), [round(temp.min(), 3)])
