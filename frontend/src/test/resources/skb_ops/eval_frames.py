# .skb.eval() and .skb.preview() of frames, columns and a learner's predictions: skrub computes them on the values the
# variables were declared with (estimators fitted on all rows, every choice at its default), printed as pandas prints
# a DataFrame or a Series.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.assign(wet_wind=X["wind"] * X["precipitation"])
print(X.skb.eval())
print(X["wet_wind"].skb.preview())
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind", "wet_wind"])
print(X.skb.preview())
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([10.0, 1.0], name="alpha")), y=y)
print("predictions:", pred.skb.eval())
print(data[["date", "weather"]].skb.eval())
