# LGBMRegressor fitted with sample weights, a column of X: LightGBM's float32 row weights, as its wrapper gives them.
import pandas as pd
import skrub
from lightgbm import LGBMRegressor

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
pred = X.skb.apply(LGBMRegressor(n_estimators=30, num_leaves=7, verbose=-1, random_state=0), y=y,
                   fit_kwargs={"sample_weight": X["wind"]})
scores = pred.skb.cross_validate(cv=3)
print(scores["test_score"])
