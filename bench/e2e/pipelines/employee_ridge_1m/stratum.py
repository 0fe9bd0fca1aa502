"""Ridge grid search on employee salaries: one-hot encoded categories, a scaled year, three alphas."""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("bench/data/employee_salaries_1m.csv"))

y = data["current_annual_salary"].skb.mark_as_y()
X = data[["gender", "department", "assignment_category", "year_first_hired"]].skb.mark_as_X()

X = X.skb.apply(
    OneHotEncoder(handle_unknown="ignore", sparse_output=False),
    cols=["gender", "department", "assignment_category"],
)
X = X.skb.apply(StandardScaler(), cols=["year_first_hired"])

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 1.0, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
