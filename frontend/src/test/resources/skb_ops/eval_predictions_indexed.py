# A learner's predictions indexed as numpy arrays (rows by a slice, one class's probabilities), and the metrics of
# probabilities agents compute on a held-out split: roc_auc_score(y, proba[:, 1]) and log_loss(y, proba).
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, log_loss
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
y = (data["weather"] == "sun").skb.mark_as_y()
pred = X.skb.apply(StandardScaler()).skb.apply(LogisticRegression(), y=y)
split = pred.skb.train_test_split(test_size=0.25, random_state=0)
learner = pred.skb.make_learner()
learner.fit(split["train"])
proba = learner.predict_proba(split["test"])
print(learner.predict(split["test"])[:10])
print(learner.predict(split["test"])[-5::2])
print("AUC:", round(roc_auc_score(split["y_test"], proba[:, 1]), 6))
print("log loss:", round(log_loss(split["y_test"], proba), 6))
