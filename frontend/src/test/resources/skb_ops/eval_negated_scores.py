# Minus a score written into text once the plan has run, as scripts turn scikit-learn's neg_* scorers back into
# losses: -search.best_score_, -cv[...].mean(), -round(...), -learner.score(...), in f-strings and round().
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 100.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=3, scoring="neg_root_mean_squared_error", fitted=True)
print("best RMSE", round(-search.best_score_, 6), f"{-search.best_score_:.4f}", f"{+search.best_score_:.4f}")
print(-round(search.results_["mean_test_score"].max(), 4), f"{-search.results_['mean_test_score'].min():.5f}")
cv = X.skb.apply(Ridge(), y=y).skb.cross_validate(cv=4, scoring=["r2", "neg_mean_absolute_error"])
print(f"MAE {-cv['test_neg_mean_absolute_error'].mean():.6f}", round(-cv["test_r2"].max(), 6))
split = pred.skb.train_test_split(random_state=2)
learner = pred.skb.make_learner()
learner.fit(split["train"])
print(f"{-learner.score(split['test']):.6f}", round(-learner.score(split["test"]), 3))
