"""Tune on the days before 2015, refit the best candidate on all of them and predict and score 2015 (skrub's
search.best_learner_ with environment dicts): 4 candidates x 5 folds, then the refit and the new rows."""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.preprocessing import OneHotEncoder, StandardScaler

weather = pd.read_csv("examples/data/seattle-weather.csv")
past = weather[weather["date"] < "2015-01-01"]
new = weather[weather["date"] >= "2015-01-01"]

data = skrub.var("data", past)
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"], errors="ignore").skb.mark_as_X()
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind"])
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 1.0, 10.0, 100.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
learner = search.best_learner_
print(learner.predict({"data": new.drop(columns=["temp_max"])})[:5])
print("R2 on 2015:", learner.score({"data": new}))
print("MAE on 2015:", mean_absolute_error(new["temp_max"], learner.predict({"data": new})))
