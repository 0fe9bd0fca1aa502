"""Classification on stratified random splits: which kind of weather, from the day's measurements? RidgeClassifier
over alpha, scored by balanced accuracy on StratifiedShuffleSplit folds (the class proportions of every test set
follow the data's, and the folds are scikit-learn's for the same random_state).

Run it from the repository root:  ./stratum run examples/classification/seattle_weather_shuffled.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import RidgeClassifier
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
X = X.skb.apply(StandardScaler())

pred = X.skb.apply(RidgeClassifier(alpha=skrub.choose_from([0.1, 10.0, 1000.0], name="alpha")), y=y)

cv = StratifiedShuffleSplit(n_splits=4, test_size=0.25, random_state=0)
search = pred.skb.make_grid_search(cv=cv, fitted=True, scoring="balanced_accuracy")
print(search.results_)
