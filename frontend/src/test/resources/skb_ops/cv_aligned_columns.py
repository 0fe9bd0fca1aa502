# Columns computed before the split (from all rows) assigned to the cross-validated X: pandas aligns them on the
# fold's row labels, which a fold keeps (skrub splits X with iloc), so every row of a shuffled fold gets its own value.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["temp_min", "wind"]].skb.mark_as_X()
X = X.assign(wet=data["precipitation"] > 0, rain=data["precipitation"] * 2)
pred = X.skb.apply(Ridge(alpha=1.0), y=y)
scores = pred.skb.cross_validate(cv=KFold(4, shuffle=True, random_state=0))
print(scores["test_score"])
