# .skb.if_else and .skb.match on values computed from the data: skrub evaluates the branch on the rows each step sees,
# so a fold's training rows and its test rows may take different branches (the mean wind is above 3.25 on some).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
windy = X["wind"].mean() > 3.25
X = X.assign(w=windy.skb.if_else(X["wind"] * X["wind"], X["wind"]))
# max // 10 is a float (5.0), found under the int key 5 as a Python dict finds it
scale = (X["precipitation"].max() // 10).skb.match({5: 0.5, 4: 2.0}, default=1.0)
X = X.assign(p=X["precipitation"] * scale)
pred = X.skb.apply(Ridge(), y=y)
scores = pred.skb.cross_validate(cv=5)
print(scores["test_score"])
