"""Ridge grid search on employee salaries."""
import pandas as pd
import skrub
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def features(X):
    X = X.assign(seniority=2025 - X["year_first_hired"])  # arithmetic
    X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False),
                    cols=["gender", "department", "assignment_category"])
    X = X.skb.apply(StandardScaler(), cols=["year_first_hired", "seniority"])
    return X


def main():
    data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))
    y = data["current_annual_salary"].skb.mark_as_y()
    X = data.drop(columns=["current_annual_salary", "department_name"]).skb.mark_as_X()
    preds = {f"p{i}": features(X).skb.apply(m, y=y) for i, m in enumerate([Ridge(alpha=0.1), LinearRegression()])}
    pred = skrub.choose_from(preds, name="pipeline").as_data_op()
    search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2", **{"n_jobs": 1})
    print(search.results_)


if __name__ == "__main__":
    main()
