# The label scorers of issue 7 at once (f1, precision, recall, f1_macro, balanced_accuracy, accuracy), refit on
# recall, with skrub's default cv for a classifier (5 stratified folds): a class-weighted LogisticRegression.
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = (data["weather"] == "rain").skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
X = X.skb.apply(StandardScaler())
weights = skrub.choose_from({"even": None, "rain x3": {False: 1.0, True: 3.0}}, name="weights")
pred = X.skb.apply(LogisticRegression(C=skrub.choose_from([0.1, 10.0], name="C"), class_weight=weights), y=y)

scoring = ["f1", "precision", "recall", "f1_macro", "balanced_accuracy", "accuracy"]
search = pred.skb.make_grid_search(fitted=True, scoring=scoring, refit="recall")
print(search.results_)
print(search.best_score_)
