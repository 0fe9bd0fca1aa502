# cross_validate with skrub's defaults: 5 folds, the learner's own score (R^2); every choice at its default
# (choose_int with n_steps: the middle grid value; choose_float without: the middle of the range in log space).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.assign(wind_power=X["wind"] ** skrub.choose_int(1, 4, n_steps=4, name="power"))
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind", "wind_power"])
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.01, 100.0, log=True, name="alpha")), y=y)

scores = pred.skb.cross_validate()
print(scores)
