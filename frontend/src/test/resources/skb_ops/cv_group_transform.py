# Group statistics in a cross-validated pipeline: one computed before the split from all rows and assigned to the
# fold's X (aligned on the fold's row labels, which shuffled folds keep), and one computed after mark_as_X, which skrub
# computes on each fold's own rows (the training rows when fitting, the test rows when predicting).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["temp_min", "wind", "precipitation", "weather"]].skb.mark_as_X()
X = X.assign(weather_wind=data.groupby("weather")["wind"].transform("mean"),
             fold_wind=X.groupby("weather")["wind"].transform("median"),
             fold_rain=X.groupby("weather")["precipitation"].transform("max"))
pred = X.drop(columns=["weather"]).skb.apply(Ridge(alpha=1.0), y=y)
scores = pred.skb.cross_validate(cv=KFold(4, shuffle=True, random_state=0))
print(scores["test_score"])
