"""Random forest classification: which of Seattle's five kinds of weather is it?

RandomForestClassifier answers predict_proba (it has no decision_function), which the one-vs-rest ROC AUC reads;
StratifiedKFold(5), as skrub uses for a classifier. Compares a shallow and a full-depth forest.
Run it from the repository root:  ./stratum run examples/forests/seattle_weather_kind.py
"""
import pandas as pd
import skrub
from sklearn.ensemble import RandomForestClassifier

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()

forest = RandomForestClassifier(n_estimators=40, max_depth=skrub.choose_from([4, None], name="max_depth"),
                                random_state=7)
pred = X.skb.apply(forest, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="roc_auc_ovr")
print(search.results_)
