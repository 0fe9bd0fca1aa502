# cross_validate of a classifier: cv=4 is StratifiedKFold(4); balanced accuracy on the test and the training rows;
# the model choice's default is its first outcome, and optional() keeps its estimator by default.
import pandas as pd
import skrub
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import RidgeClassifier
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
X = X.skb.apply(skrub.optional(StandardScaler(), name="scale"))
model = skrub.choose_from({
    "ridge": RidgeClassifier(alpha=skrub.choose_from([10.0, 1.0], name="alpha")),
    "dummy": DummyClassifier(strategy="most_frequent"),
}, name="model")
pred = X.skb.apply(model, y=y)

scores = pred.skb.cross_validate(cv=4, scoring="balanced_accuracy", return_train_score=True)
print(scores["test_score"])
print(scores["train_score"])
