# A grid search fitted on split["train"]: its cross-validation splits the training rows only (skrub's KFold(5) of
# them), its best candidate is refitted on them, and scored and predicting on the held-out rows.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.metrics import r2_score
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.assign(wind_power=X["wind"] ** skrub.choose_from([1, 2], name="power"))
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind", "wind_power"])
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 10.0, 100.0], name="alpha")), y=y)

split = pred.skb.train_test_split(test_size=0.25, random_state=42)
search = pred.skb.make_grid_search(cv=5, scoring="r2")
search.fit(split["train"])
print(search.results_)
print(search.best_score_)
print(search.score(split["test"]))
preds = search.predict(split["test"])
print(preds[:5])
print(r2_score(split["y_test"], preds))
best = search.best_learner_
print(best.predict(split["test"])[-3:])
