# pandas' summaries of a learner's predictions as agents look at them: pd.Series(preds).describe() (count, mean, std,
# quartiles) and pd.Series(preds).value_counts() (most frequent first, ties in order of first appearance) of a
# regressor's values, of a classifier's labels (str and int) and of one class's probabilities.
import numpy as np
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor

df = pd.read_csv("examples/data/seattle-weather.csv")
df["warm"] = (df["temp_max"] > 20).astype(int)
data = skrub.var("data", df)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(HistGradientBoostingRegressor(random_state=0), y=data["temp_max"].skb.mark_as_y())
split = pred.skb.train_test_split(test_size=0.25, random_state=42)
learner = pred.skb.make_learner()
learner.fit(split["train"])
preds = learner.predict(split["test"])
print(pd.Series(preds).describe())
print(pd.Series(preds, name="pred").describe(), pd.Series(preds * 1000).describe().shape)
print(pd.Series(preds).value_counts())
print(pd.Series(np.round(preds), name="temp").value_counts())
clf = X.skb.apply(HistGradientBoostingClassifier(random_state=0), y=data["weather"].skb.mark_as_y())
s = clf.skb.train_test_split(test_size=0.25, random_state=42)
classifier = clf.skb.make_learner()
classifier.fit(s["train"])
labels = classifier.predict(s["test"])
print(pd.Series(labels).value_counts())
print(pd.DataFrame({"weather": labels})["weather"].value_counts())
warm = X.skb.apply(HistGradientBoostingClassifier(random_state=0), y=data["warm"].skb.mark_as_y())
w = warm.skb.train_test_split(test_size=0.25, random_state=0)
warm_learner = warm.skb.make_learner()
warm_learner.fit(w["train"])
print(pd.Series(warm_learner.predict(w["test"]), name="warm").value_counts(),
      pd.Series(warm_learner.predict(w["test"])).describe())
print(pd.Series(warm_learner.predict_proba(w["test"])[:, 1], name="p").describe())
