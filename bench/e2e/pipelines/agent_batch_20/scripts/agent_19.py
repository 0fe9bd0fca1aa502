"""Agent variant 19: wide features, Ridge(alpha=3000.0)."""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))
y = data["current_annual_salary"].skb.mark_as_y()
X = data[['gender', 'department', 'assignment_category', 'division', 'year_first_hired']].skb.mark_as_X()
X = X.assign(seniority=2025 - X["year_first_hired"])
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=['gender', 'department', 'assignment_category', 'division'])
X = X.skb.apply(StandardScaler(), cols=["year_first_hired", "seniority"])
pred = X.skb.apply(Ridge(alpha=3000.0), y=y)
search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
