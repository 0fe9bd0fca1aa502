# search.best_learner_ and search.predict(...) of a fitted search predicting on new rows: the searched pipeline with the
# best candidate's choices (an optional scaler, a continuous alpha drawn by a randomized search, a grid's choose_from),
# refitted on the search's data (fitted=True: the declared values; search.fit({...}): the dict's), as skrub refits it.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df.iloc[:1000])
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
X = X.skb.apply(skrub.optional(StandardScaler(), name="scale"))
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.01, 1000.0, log=True, name="alpha")), y=y)
search = pred.skb.make_randomized_search(fitted=True, cv=3, n_iter=6, random_state=0)
print(search.best_learner_.predict({"data": df.iloc[1000:]})[:4])
print(search.predict({"data": df.iloc[1000:1010]}))

grid = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0, 1000.0], name="a")), y=y).skb.make_grid_search(cv=2)
grid.fit({"data": df.iloc[500:1200]})
best = grid.best_learner_
print(best.predict({"data": df.iloc[1200:]})[-3:])
