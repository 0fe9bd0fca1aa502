# Some folds' temperatures (and predictions) are at or below -1, where scikit-learn's mean_squared_log_error raises:
# those scores are NaN (error_score=np.nan), r2 of the same fits stands and picks the best candidate.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=4, fitted=True, scoring=["neg_mean_squared_log_error", "r2"], refit="r2")
print(search.results_)
print(search.best_score_)
