# learner.predict and learner.predict_proba on split["test"] of a classifier with string labels: the labels as numpy
# prints an object array, the probabilities (one column per class, classes sorted) as a 2-d float array.
import pandas as pd
import skrub
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(KNeighborsClassifier(n_neighbors=7), y=y)

split = pred.skb.train_test_split(test_size=40, shuffle=False)
learner = pred.skb.make_learner().fit(split["train"])
print("labels:", learner.predict(split["test"]))
print(learner.predict_proba(split["test"]))
