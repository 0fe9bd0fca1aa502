# XGBClassifier fitted with sample weights on whether the day's top temperature passes 15 degrees (binary:logistic;
# the wrapper wants the labels 0 and 1): the weights go to the training DMatrix as they are, weighing the base_score
# XGBoost estimates too; skrub evaluates them on each fold's rows. ROC AUC ranks the float32 probabilities, so it
# does not depend on the precision the scorer computes in.
import pandas as pd
import skrub
from xgboost import XGBClassifier

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = (data["temp_max"] > 15.0).astype("int64").skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
weights = X["wind"] + (X["precipitation"] > 0.0) * 2.0
pred = X.skb.apply(XGBClassifier(n_estimators=20, max_depth=3, n_jobs=1), y=y, fit_kwargs={"sample_weight": weights})

scores = pred.skb.cross_validate(cv=3, scoring="roc_auc", return_train_score=True)
print(scores["test_score"])
print(scores["train_score"])
