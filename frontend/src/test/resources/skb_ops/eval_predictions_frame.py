# A learner's predictions put into a pandas frame to print it (the submission-file pattern of agents' scripts): a dict
# of a frame's columns and predictions keeps the frame's row labels (iloc[1100:] starts at 1100), an array alone gets
# 0..n-1; test["pred"] = preds and assign() add a column to the frame the learner predicted on; head(), tail(), a
# selection, shape and len() of what that gives; predict_proba's column of a class, a classifier's labels, and a
# search's predictions beside them.
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.linear_model import Ridge

df = pd.read_csv("examples/data/seattle-weather.csv")
train = df.iloc[:1100]
test = df.iloc[1100:].drop(columns=["temp_max"])
data = skrub.var("data", train)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
learner = X.skb.apply(HistGradientBoostingRegressor(max_iter=40, random_state=0), y=y).skb.make_learner(fitted=True)
preds = learner.predict({"data": test})
sub = pd.DataFrame({"date": test["date"], "temp_max": preds})
print(sub.head())
print(sub.shape)
print("rows:", len(sub))
print(sub)
print(sub.tail(3))
print(sub["temp_max"].head(4))
print(pd.DataFrame({"pred": preds}).head(3))
print(pd.DataFrame(preds, columns=["pred"]).tail(2))
print(pd.DataFrame({"pred": preds}).shape)
print(pd.Series(preds, name="pred").head())
print(pd.Series(preds[:3]))
print(pd.DataFrame({"first": preds[:4], "date": test["date"].head(4)}))

test["pred"] = preds
print(test.head())
print(test[["date", "pred"]].head(3))
test["weather"] = preds
print(test.head(2))
print(test.shape, len(test))
more = df.iloc[1100:].assign(pred=preds)
print(more.tail(2))

labels = skrub.var("labels", df.iloc[:1100])
features = labels[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
weather = labels["weather"].skb.mark_as_y()
clf = features.skb.apply(HistGradientBoostingClassifier(max_iter=20, random_state=0), y=weather)
model = clf.skb.make_learner(fitted=True)
rows = df.iloc[1100:1400]
out = pd.DataFrame({"date": rows["date"], "weather": model.predict({"labels": rows}),
                    "p_rain": model.predict_proba({"labels": rows})[:, 2]})
print(out.head(6))
print(pd.DataFrame(model.predict_proba({"labels": rows}), columns=["drizzle", "fog", "rain", "snow", "sun"]).head(3))

fresh = df.iloc[1100:]
search = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 100.0], name="a")), y=y).skb.make_grid_search(fitted=True, cv=2)
both = pd.DataFrame({"date": fresh["date"], "search": search.predict({"data": fresh}),
                     "best": search.best_learner_.predict({"data": fresh})})
print(both.head(3))
