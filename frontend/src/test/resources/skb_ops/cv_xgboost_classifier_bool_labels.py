# XGBClassifier takes only the classes 0..k-1, as numpy compares np.unique(y) with np.arange(k): booleans pass, since
# False and True equal 0 and 1 (string labels are refused, in Stratum too). ROC AUC ranks the probability of True.
import pandas as pd
import skrub
from xgboost import XGBClassifier

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = (data["weather"] == "rain").skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(XGBClassifier(n_estimators=10, max_depth=3, n_jobs=1), y=y)

scores = pred.skb.cross_validate(cv=3, scoring="roc_auc", return_train_score=True)
print(scores["test_score"])
print(scores["train_score"])
