# sklearn.metrics functions of a learner's predictions on a train_test_split's test rows and split["y_test"]
# (skrub's tutorial pattern), and a learner's score rounded and formatted: each written into the printed text once the
# learner has been fitted on the training rows (rounded where the learner's own solve may move the last bits).
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import accuracy_score, balanced_accuracy_score, f1_score, mean_absolute_error, r2_score
import sklearn.metrics as skm

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
pred = X.skb.apply(Ridge(alpha=10.0), y=y)
split = pred.skb.train_test_split(test_size=0.3, random_state=0)
learner = pred.skb.make_learner()
learner.fit(split["train"])
p = learner.predict(split["test"])
print("MAE", round(mean_absolute_error(split["y_test"], p), 4))
print(f"RMSE {skm.root_mean_squared_error(y_true=split['y_test'], y_pred=p):.4f}")
print("R2:", round(r2_score(split["y_test"], p), 12), "score:", round(learner.score(split["test"]), 6))
print(f"{learner.score(split['test']):.3f}", round(skm.mean_squared_error(split["y_test"], p), 10))

kind = data["weather"].skb.mark_as_y()
clf = X.skb.apply(LogisticRegression(max_iter=500), y=kind)
split2 = clf.skb.train_test_split(random_state=1)
model = clf.skb.make_learner()
model.fit(split2["train"])
labels = model.predict(split2["test"])
print("accuracy", accuracy_score(split2["y_test"], labels))
print("balanced", round(balanced_accuracy_score(split2["y_test"], labels), 5))
print("f1 macro", round(f1_score(split2["y_test"], labels, average="macro"), 5))
