# A random forest fitted with sample weights and class_weight="balanced": scikit-learn computes the balanced weights
# from the weighted class counts, and draws each tree's bootstrap with probabilities proportional to the products.
import pandas as pd
import skrub
from sklearn.ensemble import RandomForestClassifier

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
forest = RandomForestClassifier(n_estimators=15, max_depth=6, class_weight="balanced", random_state=0)
pred = X.skb.apply(forest, y=y, fit_kwargs={"sample_weight": X["temp_max"] - X["temp_min"] + 0.5})

scores = pred.skb.cross_validate(cv=3, scoring="balanced_accuracy", return_train_score=True)
print(scores["test_score"])
