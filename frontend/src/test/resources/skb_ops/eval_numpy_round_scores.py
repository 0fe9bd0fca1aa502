# numpy's round of a score, as agents print one: np.round(search.best_score_, 3), np.round(cv["test_score"].mean(), 3),
# and round() or .round() of numpy's float64 (best_score_, a column's reduction, a reduction of predictions), which is
# np.round: it scales by a power of ten and rounds half to even, so it differs from Python's round of a Python float
# (a learner's score, a metric) in some halfway cases, written here as a score times 0 plus the halfway number.
import numpy as np
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.1, 10, log=True, n_steps=3, name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True)
cv = pred.skb.cross_validate(cv=3)
print(np.round(search.best_score_, 3), np.around(cv["test_score"].mean(), decimals=3), [np.round(search.best_score_, 2)])
print(f"{np.round(search.best_score_, 1):.3f}", np.round(search.best_score_ * 1000, -1), np.round(search.best_score_),
      np.round(np.sqrt(cv["test_score"].var()), 4), np.round(-search.best_score_, 2))
half = search.best_score_ * 0
print(np.round(half + 2.675, 2), round(half + 2.675, 2), (half + 0.285).round(2), round(half + 9.45215, 4),
      np.round(cv["test_score"].mean() * 0 + 5.60285, 4), round(cv["test_score"].mean() * 0 + 0.55175, 4))
hgb = X.skb.apply(HistGradientBoostingRegressor(random_state=0), y=y)
split = hgb.skb.train_test_split(test_size=0.25, random_state=42)
learner = hgb.skb.make_learner()
learner.fit(split["train"])
preds = learner.predict(split["test"])
score = learner.score(split["test"])
mae = mean_absolute_error(split["y_test"], preds)
# a learner's score and a metric are Python floats: round() is Python's, np.round numpy's
print(round(score * 0 + 2.675, 2), np.round(score * 0 + 2.675, 2), round(mae * 0 + 0.285, 2), np.round(mae, 3))
print(round(preds.mean() * 0 + 2.675, 2), (preds.mean() * 0 + 9.45215).round(4), np.round(preds.std(), 3),
      np.round(np.expm1(preds / 100).mean(), 6))
