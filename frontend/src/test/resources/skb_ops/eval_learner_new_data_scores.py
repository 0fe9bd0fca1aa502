# A learner fitted on data scored on other data: learner.score({...}) (its own R2 or accuracy against the target the
# dict gives) and sklearn.metrics of its predictions on new data against that data's true values (labels, a
# predict_proba column for roc_auc_score), each written into the printed text once the learner has predicted.
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import Ridge
from sklearn.metrics import accuracy_score, mean_absolute_error, r2_score, f1_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("examples/data/seattle-weather.csv")
test = df.iloc[1000:]
X = skrub.X(df.iloc[:1000][["precipitation", "temp_min", "wind"]])
y = skrub.y(df.iloc[:1000]["temp_max"])
pred = X.skb.apply(StandardScaler()).skb.apply(Ridge(alpha=3.0), y=y)
learner = pred.skb.make_learner(fitted=True)
p = learner.predict({"X": test[["precipitation", "temp_min", "wind"]]})
print("MAE", round(mean_absolute_error(test["temp_max"], p), 6))
print(f"R2 {r2_score(test['temp_max'], p):.6f}")
print("score", learner.score({"X": test[["precipitation", "temp_min", "wind"]], "y": test["temp_max"]}))

Xc = skrub.X(df.iloc[:1100].drop(columns=["weather", "date"]))
yc = skrub.y(df.iloc[:1100]["weather"] == "rain")
clf = Xc.skb.apply(HistGradientBoostingClassifier(max_iter=30, random_state=0), y=yc)
model = clf.skb.make_learner(fitted=True)
new = df.iloc[1100:].drop(columns=["weather", "date"])
truth = df.iloc[1100:]["weather"] == "rain"
print("acc", accuracy_score(truth, model.predict({"X": new})), "f1", round(f1_score(truth, model.predict({"X": new})), 6))
print("auc", round(roc_auc_score(truth, model.predict_proba({"X": new})[:, 1]), 6))
print(round(model.score({"X": new, "y": truth}), 6))
