# LogisticRegression fitted with sample weights and class_weight="balanced": scikit-learn weighs each row's loss by
# the product (balanced weights from the weighted class counts) and scales the penalty by the products' sum.
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
weights = X["wind"] + 1.0
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(LogisticRegression(C=0.5, class_weight="balanced"), y=y, fit_kwargs={"sample_weight": weights})

scores = pred.skb.cross_validate(cv=4, scoring="balanced_accuracy", return_train_score=True)
print(scores["test_score"])
