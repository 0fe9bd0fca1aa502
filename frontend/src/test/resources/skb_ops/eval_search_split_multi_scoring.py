# Several scorers and refit by name on split["train"]: results_ has a column per scorer, the best candidate is the one
# refit names, and the test score is the refitted learner's own (R²), as skrub's search.score gives it.
import pandas as pd
import skrub
from sklearn.linear_model import Lasso, Ridge
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import KFold

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
model = skrub.choose_from({"ridge": Ridge(alpha=skrub.choose_from([0.1, 100.0], name="alpha")),
                           "lasso": Lasso(alpha=0.05)}, name="model")
pred = X.skb.apply(model, y=y)

split = pred.skb.train_test_split(test_size=0.3, random_state=5)
search = pred.skb.make_grid_search(cv=KFold(4),
                                   scoring={"r2": "r2", "mse": "neg_mean_squared_error"}, refit="mse")
search.fit(split["train"])
print(search.results_)
print(search.best_score_)
print(search.score(split["test"]))
print(mean_squared_error(split["y_test"], search.predict(split["test"])))
