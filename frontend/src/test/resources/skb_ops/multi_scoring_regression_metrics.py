# Every regression scorer of issue 7 at once on shuffled splits, refit on explained_variance: MaxAbsScaler in front of
# Ridge, the target shifted to positive values (marked after the shift) so that neg_mean_squared_log_error is defined.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import ShuffleSplit
from sklearn.preprocessing import MaxAbsScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = (data["temp_max"] + 20).skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
X = X.skb.apply(MaxAbsScaler())
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 100.0], name="alpha")), y=y)

scoring = ["r2", "explained_variance", "neg_mean_squared_log_error", "neg_root_mean_squared_error",
           "neg_mean_absolute_error", "neg_mean_squared_error"]
search = pred.skb.make_grid_search(cv=ShuffleSplit(4, test_size=0.25, random_state=0), fitted=True,
                                   scoring=scoring, refit="explained_variance")
print(search.results_)
print(search.best_score_)
