# skrub's named scorers compare the predictions with the value marked by mark_as_y, not with the y the learner is
# fitted on: this learner learns log1p(temp_max + 10), and neg_mean_absolute_error is taken against temp_max itself
# (without scoring, the learner's own score() would use the y it was fitted on).
import numpy as np
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()
pred = X.skb.apply(Ridge(), y=(y + 10).skb.apply_func(np.log1p))

scores = pred.skb.cross_validate(cv=3, scoring="neg_mean_absolute_error")
print(scores)
