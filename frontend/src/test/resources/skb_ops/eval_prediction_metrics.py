# A regression metric of a log-target learner's predictions back on the target's scale, as agents report it:
# mean_absolute_error(np.expm1(split["y_test"]), np.expm1(preds)) and the like, computed on the two arrays (not the
# learner's score on the log scale), rounded or formatted (np.expm1's last bits may differ from numpy's); metrics of
# predictions rounded or scaled with exact arithmetic are written in full.
import numpy as np
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score, root_mean_squared_error

df = pd.read_csv("examples/data/seattle-weather.csv")
df["log_temp"] = np.log1p(df["temp_max"] + 10)
data = skrub.var("data", df)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(HistGradientBoostingRegressor(random_state=0), y=data["log_temp"].skb.mark_as_y())
split = pred.skb.train_test_split(test_size=0.25, random_state=42)
learner = pred.skb.make_learner()
learner.fit(split["train"])
preds = learner.predict(split["test"])
print("log scale MAE:", mean_absolute_error(split["y_test"], preds))
mae = mean_absolute_error(np.expm1(split["y_test"]), np.expm1(preds))
mse = mean_squared_error(np.expm1(split["y_test"]), np.expm1(preds))
print(f"MAE {mae:.4f}, RMSE {np.sqrt(mse):.4f}", round(mse, 3), round(-mae, 2))
print("R2:", round(r2_score(np.expm1(split["y_test"]), np.expm1(preds)), 6),
      f"{root_mean_squared_error(np.exp(split['y_test']), np.exp(preds)):.5f}")
print(mean_absolute_error(split["y_test"], np.round(preds, 2)), mean_squared_error(split["y_test"], preds * 1.01),
      r2_score(split["y_test"], np.clip(preds, 3.0, None)))
