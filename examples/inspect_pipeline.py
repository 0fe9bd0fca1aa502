# Look at a pipeline while building it, as skrub's DataOps let you: preview a step on the data, evaluate it on other
# data, list the grid a search would explore, predict held-out rows with the default learner, and cross-validate it
# with two scorers at once. Every printed value is what skrub prints for the same script.
#
#   stratum run examples/inspect_pipeline.py
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind"])
print(X.skb.preview())
print(X["wind"].skb.eval({"data": pd.read_csv("examples/data/seattle-weather.csv").head(5)}))

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 10.0], name="alpha")), y=y)
print(pred.skb.describe_param_grid())

split = pred.skb.train_test_split(test_size=12, random_state=0)
learner = pred.skb.make_learner().fit(split["train"])
print("predicted:", learner.predict(split["test"]))

scores = pred.skb.cross_validate(cv=5, scoring=["r2", "neg_mean_absolute_error"])
print(scores["test_r2"])
print(scores["test_neg_mean_absolute_error"])
