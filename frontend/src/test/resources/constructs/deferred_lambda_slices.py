# skrub.deferred (decorator and call forms), lambdas, row slices and masks: both frontends build one plan.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler


@skrub.deferred
def add_ratio(frame, column="wind", scale=1.0):
    return frame.assign(ratio=frame[column] / (frame["temp_min"].abs() + 1) * scale)


def clip_wind(frame):
    return frame.assign(wind=frame["wind"].clip(0, 8))


data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
data = data.iloc[10:1200]
data = data[:-5]
data = data.loc[data["precipitation"] >= 0]
columns = ["date", "precipitation", "temp_max", "temp_min", "wind", "weather"]
y = data["temp_max"].skb.mark_as_y()
X = data[columns[1:2] + columns[3:5]].skb.mark_as_X()
X = add_ratio(X, scale=2.0)
X = skrub.deferred(clip_wind)(X)
X = X.skb.apply_func(lambda frame, k=3: frame.assign(wind_k=frame["wind"] * k))
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.1, 10.0, log=True, n_steps=3, name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=3, scoring="r2")
print(search.results_)
