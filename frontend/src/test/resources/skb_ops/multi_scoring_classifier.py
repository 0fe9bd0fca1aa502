# Classifiers scored by labels and by ranking scores at once: each scorer reads the method it needs (predict, and
# decision_function for RidgeClassifier or predict_proba for the forest) from one fit; refit by ROC AUC.
import pandas as pd
import skrub
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import RidgeClassifier
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
data = data.assign(rain=data["weather"] == "rain")
y = data["rain"].skb.mark_as_y()
X = data[["temp_max", "temp_min", "wind"]].skb.mark_as_X()
X = X.skb.apply(StandardScaler())
model = skrub.choose_from({
    "ridge": RidgeClassifier(alpha=skrub.choose_from([1.0, 1000.0], name="alpha")),
    "forest": RandomForestClassifier(n_estimators=10, max_depth=4, random_state=0),
}, name="model")
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=4, fitted=True, refit="roc_auc", scoring=["accuracy", "roc_auc", "f1"])
print(search.results_)
print(search.best_score_)
