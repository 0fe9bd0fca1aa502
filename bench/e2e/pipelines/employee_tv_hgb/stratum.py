"""TableVectorizer + HistGradientBoostingRegressor grid on employee_salaries (2 x 2 candidates, 5 folds)."""
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingRegressor

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))

y = data["current_annual_salary"].skb.mark_as_y()
X = data.drop(columns=["current_annual_salary"]).skb.mark_as_X()

X = X.skb.apply(skrub.TableVectorizer())

model = HistGradientBoostingRegressor(
    learning_rate=skrub.choose_from([0.05, 0.1], name="learning_rate"),
    max_leaf_nodes=skrub.choose_from([15, 31], name="max_leaf_nodes"),
)
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
