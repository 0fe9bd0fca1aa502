# Arithmetic on numbers known once a search or a learner has run, as Python computes it on the float: an RMSE as
# mean_squared_error(...) ** 0.5 or np.sqrt(...), a percentage, 1 - best_score_, on new data and on a split.
import numpy as np
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error, accuracy_score, r2_score

df = pd.read_csv("examples/data/seattle-weather.csv")
X = skrub.X(df.iloc[:1000][["precipitation", "temp_min", "wind"]])
y = skrub.y(df.iloc[:1000]["temp_max"])
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 100.0], name="a")), y=y)
search = pred.skb.make_grid_search(fitted=True, cv=3)
new = df.iloc[1000:]
p = search.predict({"X": new[["precipitation", "temp_min", "wind"]]})
mse = mean_squared_error(new["temp_max"], p)
print("RMSE:", round(mse ** 0.5, 4), "sqrt:", round(np.sqrt(mse), 4))
print(f"R2 as percent: {100 * r2_score(new['temp_max'], p):.2f}%")
print("1 - best:", round(1 - search.best_score_, 6), "half:", search.best_score_ / 2)
split = pred.skb.train_test_split(random_state=0)
learner = pred.skb.make_learner()
learner.fit(split["train"])
rmse = mean_squared_error(split["y_test"], learner.predict(split["test"])) ** 0.5
print("split RMSE", round(rmse, 5), -rmse * 2 + 1)
