# A one-column frame as the target (data[["temp_max"]].skb.mark_as_y()): skrub formats the predictions of .skb.eval()
# as a one-column frame named as that column, with X's row labels, whether the learner answers 2-d (Ridge keeps y's
# shape) or ravels y to 1-d (the others, with a DataConversionWarning); cross-validation scores it as a column target.
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(Ridge(), y=data[["temp_max"]].skb.mark_as_y())
print(pred.skb.eval())
print(pred.skb.eval().head(2))
print(pred.skb.eval().shape)
print(pred.skb.eval().columns)
print(pred.skb.eval()["temp_max"].round(2).tail(3))
print((pred * 2).skb.eval().head(2))
print(pred.skb.preview().head(2))
print(pred.skb.cross_validate(cv=3)["test_score"])
hgb = X.skb.apply(HistGradientBoostingRegressor(max_iter=10), y=data[["temp_max"]].skb.mark_as_y())
print(hgb.skb.eval().head(3))
windy = data[data["wind"] > 6]
Xw = windy[["precipitation", "temp_min"]].skb.mark_as_X()
pw = Xw.skb.apply(Ridge(), y=windy[["temp_max"]].skb.mark_as_y())
print(pw.skb.eval().head(4))
clf = X.skb.apply(HistGradientBoostingClassifier(max_iter=10, random_state=0), y=data[["weather"]].skb.mark_as_y())
print(clf.skb.eval().head(3))
print(clf.skb.cross_validate(cv=3)["test_score"])
