# Tune on the training rows, then measure the tuned pipeline once on rows the search never saw: skrub's pattern for
# an honest score. The grid search's 5-fold cross-validation splits only split["train"] (its results_ and best_score_
# come from those rows); the best candidate is refitted on all training rows and scored on split["test"].
#
#   stratum run examples/tune_then_test.py
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.assign(wind_power=X["wind"] ** skrub.choose_from([1, 2, 3], name="power"))
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind", "wind_power"])
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 1.0, 10.0, 100.0], name="alpha")), y=y)

split = pred.skb.train_test_split(test_size=0.25, random_state=42)
search = pred.skb.make_grid_search(cv=5, scoring="r2")
search.fit(split["train"])
print(search.results_)
print("best cross-validated R2 on the training rows:", search.best_score_)
predicted = search.predict(split["test"])
print("first predictions on the held-out rows:", predicted[:4])
print("R2 on the held-out rows:", search.score(split["test"]))
