# Series methods agents call on a cross_validate column before printing it: round(decimals) and tolist(), and the
# reductions of the column as it is.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
cv = X.skb.apply(Ridge(), y=y).skb.cross_validate(cv=4)
print(cv["test_score"].round(3))
print(cv["test_score"].round(2).tolist())
print(cv["fit_time"].round(-3).to_list())
print("mean", round(cv["test_score"].mean(), 6), "std", round(cv["test_score"].std(), 4))
