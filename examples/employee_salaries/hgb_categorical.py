"""Gradient-boosted trees with native categorical splits on employee salaries: the low-cardinality string columns
are ordinal-coded (a category unseen in training is -1, which the trees then treat as an unknown category, i.e. as
missing) and named in `categorical_features`, so each split groups categories by their gradient statistics instead
of cutting the codes at a threshold; the high-cardinality job title stays an ordered code (its 443 categories exceed
max_bins). A small grid over the L2 regularization.

HistGradientBoostingRegressor is Stratum's own port of scikit-learn's algorithm, categorical splits included; with
under 10,000 training rows early_stopping='auto' is off, so the scores are scikit-learn's. Needs
../shared/data/employee_salaries.csv. Run it from the repository root:
  ./stratum run examples/employee_salaries/hgb_categorical.py
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
    categorical_features=["gender", "department", "assignment_category"],
    l2_regularization=skrub.choose_from([0.0, 1.0], name="l2_regularization"),
)
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
