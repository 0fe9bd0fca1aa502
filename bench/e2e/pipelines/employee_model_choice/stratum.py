"""A choice between two models on the same features: Ridge or ordinary least squares."""
import pandas as pd
import skrub
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))

y = data["current_annual_salary"].skb.mark_as_y()
X = data.drop(
    columns=["current_annual_salary", "department_name", "division", "employee_position_title", "date_first_hired"]
).skb.mark_as_X()

# drop="first" keeps the design full rank, so least squares has one solution.
X = X.skb.apply(
    OneHotEncoder(drop="first", handle_unknown="ignore", sparse_output=False),
    cols=["gender", "department", "assignment_category"],
)
X = X.skb.apply(StandardScaler(), cols=["year_first_hired"])

model = skrub.choose_from({"ridge": Ridge(alpha=1.0), "ols": LinearRegression()}, name="model")
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="neg_mean_squared_error")
print(search.results_)
