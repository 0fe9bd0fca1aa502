# One scorer attached with .skb.with_scoring(...) is the single score scikit-learn's cross_validate names test_score,
# whatever its name.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(Ridge(alpha=10.0), y=y).skb.with_scoring("neg_mean_absolute_error", name="mae")

scores = pred.skb.cross_validate(cv=4, return_train_score=True)
print(scores["test_score"])
print(scores["train_score"])
