# A classifier fitted with sample weights and class_weight together: scikit-learn weighs each row by its class's
# weight times its sample weight. The weights are a column of X that is also a feature.
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingClassifier

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
model = HistGradientBoostingClassifier(max_iter=20, class_weight="balanced")
pred = X.skb.apply(model, y=y, fit_kwargs={"sample_weight": X["wind"]})

scores = pred.skb.cross_validate(cv=4, scoring="balanced_accuracy")
print(scores["test_score"])
