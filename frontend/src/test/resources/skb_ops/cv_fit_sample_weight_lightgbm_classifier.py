# LGBMClassifier with sample weights and class_weight='balanced': the wrapper multiplies each row's sample weight by
# its class's weight (computed from the unweighted class counts).
import pandas as pd
import skrub
from lightgbm import LGBMClassifier

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
y = data["weather"].skb.mark_as_y()
clf = X.skb.apply(LGBMClassifier(n_estimators=20, num_leaves=7, class_weight="balanced", verbose=-1, random_state=0),
                  y=y, fit_kwargs={"sample_weight": X["wind"]})
scores = clf.skb.cross_validate(cv=3, scoring="balanced_accuracy")
print(scores["test_score"])
