# A learner's predictions from .skb.eval() through pandas' methods (head, tail, round, iloc, describe, value_counts) and
# through steps after the learner (pred.head(3), pred * 2): skrub names them after the target and gives them X's row
# labels (here those of a row filter), as it does for eval() of the learner itself; a target pandas leaves unnamed
# (a difference of two columns) names them "None"; a classifier's labels, and a learner without mark_as_X.
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y())
print(pred.skb.eval().head(3))
print(pred.skb.eval().tail(2))
print(pred.skb.eval().round(2).head(3))
print(pred.skb.eval().iloc[5:8])
print(pred.skb.eval().describe())
print(pred.head(3).skb.eval())
print((pred * 2).skb.eval().head(2))
windy = data[data["wind"] > 6]
Xw = windy[["precipitation", "temp_min"]].skb.mark_as_X()
pw = Xw.skb.apply(Ridge(), y=windy["temp_max"].skb.mark_as_y())
print(pw.skb.eval().head(4))
spread = Xw.skb.apply(Ridge(), y=(windy["temp_max"] - windy["temp_min"]).skb.mark_as_y())
print(spread.skb.eval().head(2))
print(spread.skb.eval())
unmarked = data[["precipitation", "temp_min"]].skb.apply(Ridge(), y=data["temp_max"])
print(unmarked.skb.eval().head(2))
clf = X.skb.apply(HistGradientBoostingClassifier(max_iter=20, random_state=0), y=data["weather"].skb.mark_as_y())
print(clf.skb.eval().head(3))
print(clf.skb.eval().value_counts().head(3))
