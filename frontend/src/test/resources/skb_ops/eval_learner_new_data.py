# A learner fitted on data predicting on other data (skrub's fit/predict with environment dicts): make_learner(fitted=True)
# fits on the variables' declared values, learner.fit({...}) on the dict's; learner.predict({...}) and predict_proba
# compute the same pipeline on the new rows with every estimator as fitted (scaler statistics, encoder categories,
# learner), the new data needing no target when X and y are separate variables.
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df.iloc[:1000])
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.assign(windy=X["wind"] > X["wind"].mean())
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind"])
pred = X.skb.apply(Ridge(alpha=10.0), y=y)

learner = pred.skb.make_learner(fitted=True)
print(learner.predict({"data": df.iloc[1000:]})[:6])
print(learner.predict({"data": df.iloc[1400:1403]}))
refit = pred.skb.make_learner()
refit.fit({"data": df.iloc[300:1300]})
print(refit.predict({"data": df.iloc[1300:]})[-4:])

X2 = skrub.X(df.iloc[:1100].drop(columns=["weather", "date"]))
y2 = skrub.y(df.iloc[:1100]["weather"])
features = X2.assign(spread=X2["temp_max"] - X2["temp_min"])
clf = features.skb.apply(HistGradientBoostingClassifier(max_iter=30, random_state=0), y=y2)
model = clf.skb.make_learner(fitted=True)
new = df.iloc[1100:].drop(columns=["weather", "date"])
print(model.predict({"X": new})[:10])
proba = model.predict_proba({"X": new})
print(proba[:3])
print(proba[5:9, 2])

# new rows without the target column: drop(columns=[...], errors="ignore") drops only the columns each frame has
frame = skrub.var("frame", df.iloc[:900])
target = frame["temp_max"].skb.mark_as_y()
features = frame.drop(columns=["temp_max", "date", "weather"], errors="ignore").skb.mark_as_X()
ridge = features.skb.apply(Ridge(alpha=1.0), y=target).skb.make_learner(fitted=True)
print(ridge.predict({"frame": df.iloc[900:].drop(columns=["temp_max"])})[:4])
