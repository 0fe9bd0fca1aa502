# A grid search of a classifier with the default scoring (accuracy) fitted on split["train"]: cv=4 stratified on the
# training rows; the refitted best learner's decision function and labels on the test rows.
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import balanced_accuracy_score

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = (data["weather"] == "rain").skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(LogisticRegression(C=skrub.choose_from([0.01, 1.0], name="C"), max_iter=500), y=y)

split = pred.skb.train_test_split(test_size=0.2, random_state=3)
search = pred.skb.make_grid_search(cv=4)
search.fit(split["train"])
print(search.results_)
print(search.score(split["test"]))
print(search.decision_function(split["test"])[:4])
print(balanced_accuracy_score(split["y_test"], search.predict(split["test"])))
