# Full arrays of learners fitted on data predicting on other data (held to skrub's to 1e-9 by LearnerPredictTest):
# make_learner(fitted=True) with encoders and a scaler, learner.fit({...}), a classifier's labels and probabilities on
# new rows without a target, and a search's best_learner_ and predict.
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df.iloc[:1000])
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"], errors="ignore").skb.mark_as_X()
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind"])
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 30.0], name="alpha")), y=y)
print(pred.skb.make_learner(fitted=True).predict({"data": df.iloc[1000:].drop(columns=["temp_max"])}))
refit = pred.skb.make_learner()
refit.fit({"data": df.iloc[400:1300]})
print(refit.predict({"data": df.iloc[1300:]}))
search = pred.skb.make_grid_search(fitted=True, cv=3)
print(search.best_learner_.predict({"data": df.iloc[1200:]}))
print(search.predict({"data": df.iloc[1000:1100]}))

Xc = skrub.X(df.iloc[:1100].drop(columns=["weather", "date"]))
yc = skrub.y(df.iloc[:1100]["weather"])
clf = Xc.skb.apply(HistGradientBoostingClassifier(max_iter=25, random_state=0), y=yc).skb.make_learner(fitted=True)
new = df.iloc[1100:].drop(columns=["weather", "date"])
print(clf.predict({"X": new}))
print(clf.predict_proba({"X": new}))
