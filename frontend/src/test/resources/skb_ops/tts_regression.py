# train_test_split then a learner fitted on split["train"] and scored on split["test"]: scikit-learn's
# train_test_split rows (shuffled with a seed), every choice at its default, the regressor's own score (R^2).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(skrub.optional(StandardScaler(), name="scale"), cols=["precipitation", "temp_min", "wind"])
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.01, 100.0, log=True, name="alpha")), y=y)

split = pred.skb.train_test_split(test_size=0.2, random_state=0)
learner = pred.skb.make_learner()
learner.fit(split["train"])
print(learner.score(split["test"]))
