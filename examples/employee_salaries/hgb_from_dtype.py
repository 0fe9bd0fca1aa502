"""Gradient-boosted trees on pandas category columns: the low-cardinality string columns are made category with
astype, and HistGradientBoostingRegressor's default
categorical_features="from_dtype" splits on them natively, as scikit-learn does: each column is encoded by the
categories its training rows hold, sorted, and a category unseen in training is treated as missing. No encoder step
is needed. A small grid over the L2 regularization.

Needs ../shared/data/employee_salaries.csv. Run it from the repository root:
  ./stratum run examples/employee_salaries/hgb_from_dtype.py
"""
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingRegressor

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))

y = data["current_annual_salary"].skb.mark_as_y()
X = data[["gender", "department", "assignment_category", "year_first_hired"]]
X = X.assign(
    gender=X["gender"].astype("category"),
    department=X["department"].astype("category"),
    assignment_category=X["assignment_category"].astype("category"),
)
X = X.skb.mark_as_X()

model = HistGradientBoostingRegressor(
    l2_regularization=skrub.choose_from([0.0, 1.0], name="l2_regularization"),
)
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
