"""Random forest on Seattle's five kinds of weather, which are far from balanced (sun and rain most days, snow and
fog rarely): class weights that balance them ("balanced" over all training rows, or "balanced_subsample" per tree
over its own bootstrap draw), trees grown best-first to at most 32 leaves, scored by balanced accuracy.

RandomForestClassifier is Stratum's own port of scikit-learn's, so with the same random_state the scores are
scikit-learn's. Run it from the repository root:  ./stratum run examples/forests/seattle_weather_balanced.py
"""
import pandas as pd
import skrub
from sklearn.ensemble import RandomForestClassifier

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()

forest = RandomForestClassifier(
    n_estimators=40,
    max_leaf_nodes=32,
    class_weight=skrub.choose_from(["balanced", "balanced_subsample"], name="class_weight"),
    random_state=7,
)
pred = X.skb.apply(forest, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="balanced_accuracy")
print(search.results_)
