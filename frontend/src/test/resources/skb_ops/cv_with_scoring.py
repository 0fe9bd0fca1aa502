# .skb.with_scoring(...) attaches scorers that cross_validate uses when given no scoring: chained calls add scorers,
# a name replaces a scorer's, a list's names are prefixed by it, and a name seen before gets _1 (skrub's renaming).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(Ridge(alpha=10.0), y=y)
pred = pred.skb.with_scoring("r2").skb.with_scoring("neg_mean_squared_error", name="mse")
pred = pred.skb.with_scoring(["r2", "neg_mean_absolute_error"], name="again").skb.with_scoring(["r2"])

scores = pred.skb.cross_validate(cv=3, return_train_score=True)
print(scores)
