# Submission files: a learner's predictions put into a pandas frame and written with to_csv, as pandas writes them (the
# frame's row labels when index=True, predictions by position, a classifier's labels, a Series of predictions).
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor

df = pd.read_csv("examples/data/seattle-weather.csv")
train = df.iloc[:1200]
test = df.iloc[1200:].drop(columns=["temp_max"])
data = skrub.var("data", train)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
learner = X.skb.apply(HistGradientBoostingRegressor(random_state=0), y=y).skb.make_learner(fitted=True)
preds = learner.predict({"data": test})
sub = pd.DataFrame({"date": test["date"], "temp_max": preds})
sub.to_csv("out/submission.csv", index=False)
sub.to_csv("out/with_index.csv")
sub.head(10).to_csv("out/head.csv", sep=";", header=False)
pd.Series(preds, name="temp_max").to_csv("out/series.csv")
pd.DataFrame(preds, columns=["temp_max"]).to_csv("out/array.csv", index=False)

clf = X.skb.apply(HistGradientBoostingClassifier(max_iter=20, random_state=0), y=data["weather"].skb.mark_as_y())
model = clf.skb.make_learner(fitted=True)
# (probabilities are held to the printed 6 digits by eval_predictions_frame.py: written in full, the boosted trees'
# sums may differ from scikit-learn's in the last bit)
test["weather_pred"] = model.predict({"data": df.iloc[1200:]})
test.to_csv("out/labels.csv", index=False, columns=["date", "weather", "weather_pred"])
test.assign(again=preds).tail(5).to_csv("out/assigned.csv")
