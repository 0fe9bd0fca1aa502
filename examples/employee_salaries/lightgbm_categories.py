"""LightGBM on pandas category columns: the low-cardinality string columns are made category with astype, and
LGBMRegressor splits on them natively, as its scikit-learn API does with categorical_feature='auto' (the default):
the training frame's categories are kept with the model, and at predict time a fold's test rows are read against
them, so a category unseen in training is treated as missing. No encoder step is needed. A small grid over the
number of leaves.

Needs ../shared/data/employee_salaries.csv. Run it from the repository root:
  ./stratum run examples/employee_salaries/lightgbm_categories.py
"""
import pandas as pd
import skrub
from lightgbm import LGBMRegressor

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))

y = data["current_annual_salary"].skb.mark_as_y()
X = data[["gender", "department", "assignment_category", "year_first_hired"]]
X = X.assign(
    gender=X["gender"].astype("category"),
    department=X["department"].astype("category"),
    assignment_category=X["assignment_category"].astype("category"),
)
X = X.skb.mark_as_X()

model = LGBMRegressor(num_leaves=skrub.choose_from([15, 63], name="num_leaves"), n_estimators=50, verbose=-1)
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
