# skrub.cross_validate(learner, environment, ...) of a classifier's learner on the variables' own values
# (pred.skb.get_data()): the pipeline with every choice at its default, folds stratified as skrub's default for a
# classifier, training scores too.
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(LogisticRegression(C=skrub.choose_from([0.5, 5.0], name="C")), y=y)

learner = pred.skb.make_learner()
scores = skrub.cross_validate(learner, pred.skb.get_data(), cv=3, scoring="balanced_accuracy", return_train_score=True)
print(scores.drop(columns=["fit_time", "score_time"]))
