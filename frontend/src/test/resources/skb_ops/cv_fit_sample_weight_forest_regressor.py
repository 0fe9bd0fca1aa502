# A random forest regressor fitted with sample weights, without the bootstrap: the trees weigh the rows themselves.
import pandas as pd
import skrub
from sklearn.ensemble import RandomForestRegressor

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
forest = RandomForestRegressor(n_estimators=8, max_depth=5, bootstrap=False, max_features=0.7, random_state=0)
pred = X.skb.apply(forest, y=y, fit_kwargs={"sample_weight": X["wind"]})

scores = pred.skb.cross_validate(cv=3)
print(scores["test_score"])
