# roc_auc_score of a learner's two-class decision_function: on split["test"] (the learner's one-split roc_auc score,
# rounded: scikit-learn and Stratum add the trapezoids in another order) and on new data, held to skrub's printed values.
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df.iloc[:1000])
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
y = (data["weather"] == "sun").skb.mark_as_y()
pred = X.skb.apply(LogisticRegression(), y=y)
split = pred.skb.train_test_split(test_size=0.3, random_state=1)
learner = pred.skb.make_learner().fit(split["train"])
print(round(roc_auc_score(split["y_test"], learner.decision_function(split["test"])), 12))
fitted = pred.skb.make_learner(fitted=True)
new = df.iloc[1000:]
print(roc_auc_score(new["weather"] == "sun", fitted.decision_function({"data": new})))
