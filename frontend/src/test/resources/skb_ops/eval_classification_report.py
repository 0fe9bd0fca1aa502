# sklearn.metrics' classification_report (digits=) and confusion_matrix of a learner's predicted labels: on a
# train_test_split's test rows against split["y_test"], and on new data against its true labels (text labels, a class
# never true there, bool labels), printed as scikit-learn and numpy print them.
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, confusion_matrix

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df.iloc[:1100])
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
y = data["weather"].skb.mark_as_y()
pred = X.skb.apply(HistGradientBoostingClassifier(max_iter=30, random_state=0), y=y)
split = pred.skb.train_test_split(test_size=0.3, random_state=0)
learner = pred.skb.make_learner()
learner.fit(split["train"])
labels = learner.predict(split["test"])
print(classification_report(split["y_test"], labels))
print(confusion_matrix(split["y_test"], labels))
fitted = pred.skb.make_learner(fitted=True)
new = df.iloc[1100:]
print("report:", classification_report(new["weather"], fitted.predict({"data": new}), digits=4))
rain = (data["weather"] == "rain").skb.mark_as_y()
binary = X.skb.apply(LogisticRegression(), y=rain).skb.make_learner(fitted=True)
print(confusion_matrix(new["weather"] == "rain", binary.predict({"data": new})))
print(classification_report(new["weather"] == "rain", binary.predict({"data": new}), digits=3))
print(classification_report(new["weather"] == "rain", binary.predict({"data": new}), target_names=["dry", "wet"]))
