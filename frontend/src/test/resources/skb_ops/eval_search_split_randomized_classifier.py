# A randomized search of a classifier fitted on split["train"]: cv=3 is a StratifiedKFold of the training rows' classes,
# then the best candidate refitted on those rows gives its accuracy, probabilities and labels on the test rows.
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(LogisticRegression(C=skrub.choose_float(0.01, 10.0, log=True, name="C"), max_iter=1000), y=y)

split = pred.skb.train_test_split(test_size=0.25, random_state=1)
search = pred.skb.make_randomized_search(n_iter=4, random_state=0, cv=3, scoring="balanced_accuracy")
search.fit(split["train"])
print(search.results_)
print(search.best_score_)
print(search.score(split["test"]))
proba = search.predict_proba(split["test"])
print(proba[:3])
print(accuracy_score(split["y_test"], search.predict(split["test"])))
print(search.best_learner_.predict(split["test"])[:8])
