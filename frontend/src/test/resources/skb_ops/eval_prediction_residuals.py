# Residuals of a learner's predictions as agents check a fit: preds - split["y_test"] (pandas' Series with the test
# rows' labels and the target's name), its absolute and squared values, their means, pandas' std (ddof=1) against
# numpy's (ddof=0), and numpy's ** on predictions (2, 0.5 and -1 are numpy's exact square, sqrt and reciprocal; other
# powers are the C library's pow, written rounded). HistGradientBoosting's predictions are scikit-learn's to the bit.
import numpy as np
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingRegressor

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(HistGradientBoostingRegressor(random_state=0), y=data["temp_max"].skb.mark_as_y())
split = pred.skb.train_test_split(test_size=0.25, random_state=42)
learner = pred.skb.make_learner()
learner.fit(split["train"])
preds = learner.predict(split["test"])
residuals = preds - split["y_test"]
print(residuals)
print(split["y_test"] - preds)
print("MAE:", np.abs(preds - split["y_test"]).mean(), "MSE:", ((preds - split["y_test"]) ** 2).mean())
print("std:", (preds - split["y_test"]).std(), residuals.std(ddof=0), np.std(residuals), np.std(residuals, ddof=1))
print(residuals.mean(), np.mean(residuals), residuals.var(), np.var(residuals), residuals.sum(), residuals.min(),
      residuals.max(), residuals.abs().max(), residuals.median(), np.median(residuals), residuals.shape)
print(f"bias {residuals.mean():+.3f}, RMSE {np.sqrt((residuals ** 2).mean()):.4f}", round(residuals.abs().mean(), 3))
print(np.abs(residuals).round(2))
print(residuals ** 2)
print((split["y_test"] - preds).clip(lower=-1, upper=1), (preds / split["y_test"] - 1).abs().max())
print((preds ** 2)[:6], (preds ** 2).mean(), (preds ** 0.5)[:4], (preds ** -1).sum(), np.sqrt(preds ** 2).max())
# any other power is pow, whose last bit may differ from numpy's: written rounded or formatted
print(round((preds ** 3).mean(), 4), f"{(2 ** (preds / 10)).max():.6f}", (preds ** 1.5)[:3])
# pandas' summaries of the residuals, named as the target
print((preds - split["y_test"]).describe())
print(np.round(split["y_test"] - preds).value_counts(), np.abs(residuals).round(1).describe().shape)
