# Hold out a test set, fit skrub's learner on the rest, score it: scikit-learn's train_test_split rows (shuffled with
# a seed), every choice at its default (as skrub's make_learner() picks it), and the regressor's own score (R^2).
#
#   stratum run examples/train_test_split.py
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.assign(wind_power=X["wind"] ** skrub.choose_int(1, 3, name="power"))
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind", "wind_power"])
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 10.0], name="alpha")), y=y)

split = pred.skb.train_test_split(test_size=0.25, random_state=42)
learner = pred.skb.make_learner()
learner.fit(split["train"])
print("R2 on the held-out rows:", learner.score(split["test"]))
