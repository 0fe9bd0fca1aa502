# Tune on the days before 2015, then predict the 2015 days that the search never saw: search.best_learner_ is the
# pipeline with the best candidate's choices, refitted on all the training rows (skrub's refit), and its predict and
# score take the new rows as an environment dict. The new rows need no target column for predict: the drop ignores
# a column the frame does not have.
#
#   stratum run examples/predict_new_data.py
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
print("first 2015 predictions:", learner.predict({"data": new.drop(columns=["temp_max"])})[:5])
print("R2 on 2015:", round(learner.score({"data": new}), 4))
print("MAE on 2015:", round(mean_absolute_error(new["temp_max"], learner.predict({"data": new})), 3))
