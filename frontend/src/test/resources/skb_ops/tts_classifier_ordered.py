# train_test_split without shuffling (the first 70% of the rows train, the rest test) of a classifier: its own
# score is accuracy; the model choice is at its default, the first outcome. (tol=1e-8: Stratum's lbfgs solves to the
# optimum, past scikit-learn's default tol, which here moves one test row's class.)
import pandas as pd
import skrub
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
X = X.skb.apply(StandardScaler())
model = skrub.choose_from({
    "logistic": LogisticRegression(tol=1e-8, C=skrub.choose_from([1.0, 0.1], name="C")),
    "dummy": DummyClassifier(),
}, name="model")
pred = X.skb.apply(model, y=y)

split = pred.skb.train_test_split(train_size=0.7, shuffle=False)
learner = pred.skb.make_learner().fit(split["train"])
print("accuracy:", learner.score(split["test"]))
