"""HistGradientBoosting on Seattle's five kinds of weather, which are far from balanced (sun and rain most days,
snow and fog rarely): class weights that balance them ("balanced"), or a dict that weighs snow four times,
with early stopping on a stratified tenth of the training rows; scored by balanced accuracy.

scikit-learn 1.9's HistGradientBoostingClassifier encodes y before it weighs the classes, so a class_weight dict is
keyed by class position in the sorted classes (0 drizzle, 1 fog, 2 rain, 3 snow, 4 sun), not by label: {"fog": 3.0}
fails there, and Stratum refuses it saying which keys to write. The scores are scikit-learn's. Run it from the
repository root:  ./stratum run examples/boosting/seattle_hgb_balanced.py
"""
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingClassifier

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()

hgb = HistGradientBoostingClassifier(
    max_iter=60,
    learning_rate=0.2,
    class_weight=skrub.choose_from(["balanced", {3: 4.0}, None], name="class_weight"),
    early_stopping=True,
    random_state=0,
)
pred = X.skb.apply(hgb, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="balanced_accuracy")
print(search.results_)
