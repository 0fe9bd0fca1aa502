"""Imputed, encoded and min-max scaled features; Lasso or ElasticNet, ranked by RMSE on shuffled folds."""
import pandas as pd
import skrub
from sklearn.impute import SimpleImputer
from sklearn.linear_model import ElasticNet, Lasso
from sklearn.model_selection import KFold
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))

y = data["current_annual_salary"].skb.mark_as_y()
X = data[["gender", "department", "assignment_category", "year_first_hired"]].skb.mark_as_X()

# gender has missing values; the most frequent one stands in for them before encoding.
X = X.skb.apply(SimpleImputer(strategy="most_frequent"), cols=["gender"])
X = X.skb.apply(
    OneHotEncoder(handle_unknown="ignore", sparse_output=False),
    cols=["gender", "department", "assignment_category"],
)
X = X.skb.apply(MinMaxScaler(), cols=["year_first_hired"])

model = skrub.choose_from(
    {"lasso": Lasso(alpha=10.0), "elasticnet": ElasticNet(alpha=0.01, l1_ratio=0.5)}, name="model"
)
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(
    cv=KFold(5, shuffle=True, random_state=0), fitted=True, scoring="neg_root_mean_squared_error"
)
print(search.results_)
