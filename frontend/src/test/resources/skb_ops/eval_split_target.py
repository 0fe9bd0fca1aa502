# split["y_test"] printed on its own, as agents look at the target before comparing predictions with it: pandas'
# Series of the test rows' targets, with their labels and the target's name (a float, a str and an int target; a split
# without shuffling keeps the last rows in order).
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import Ridge

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y())
split = pred.skb.train_test_split(test_size=0.25, random_state=42)
print(split["y_test"])
print("target:", split["y_test"], "end")
clf = X.skb.apply(HistGradientBoostingClassifier(), y=data["weather"].skb.mark_as_y())
print(clf.skb.train_test_split(test_size=0.1, random_state=0, shuffle=False)["y_test"])
warm = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 10.0], name="alpha")),
                   y=(data["temp_max"] > 10).astype(int).skb.mark_as_y())
print(warm.skb.train_test_split(random_state=1)["y_test"])
