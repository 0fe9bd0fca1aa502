"""Gradient-boosted trees on employee salaries: ordinal-coded categories (a missing gender stays missing, which the
trees route on their own; a category unseen in training is -1), the hire year as is, and a small grid over the
learning rate and the number of leaves.

HistGradientBoostingRegressor is Stratum's own port of scikit-learn's algorithm; with under 10,000 training rows
early_stopping='auto' is off, so the scores are scikit-learn's. Needs ../shared/data/employee_salaries.csv.
Run it from the repository root:  ./stratum run examples/employee_salaries/hgb_grid.py
"""
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.preprocessing import OrdinalEncoder

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))

y = data["current_annual_salary"].skb.mark_as_y()
X = data[["gender", "department", "assignment_category", "employee_position_title", "year_first_hired"]]
X = X.skb.mark_as_X()
X = X.skb.apply(
    OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
    cols=["gender", "department", "assignment_category", "employee_position_title"],
)

model = HistGradientBoostingRegressor(
    learning_rate=skrub.choose_from([0.05, 0.2], name="learning_rate"),
    max_leaf_nodes=skrub.choose_from([15, 31], name="max_leaf_nodes"),
)
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
