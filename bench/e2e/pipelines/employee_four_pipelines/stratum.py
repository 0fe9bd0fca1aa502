"""Four pipelines written out separately, as an agent writes them, merged into one search.

Each pipeline calls the same helper to build its features, so the optimized plan computes the shared prefix
(the assign and both encoders) once per fold instead of four times.
"""
import pandas as pd
import skrub
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def features(X):
    X = X.assign(seniority_sq=(2025 - X["year_first_hired"]) ** 2)
    X = X.skb.apply(
        OneHotEncoder(drop="first", handle_unknown="ignore", sparse_output=False),
        cols=["gender", "department", "assignment_category"],
    )
    X = X.skb.apply(StandardScaler(), cols=["year_first_hired", "seniority_sq"])
    return X


def main():
    data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))
    y = data["current_annual_salary"].skb.mark_as_y()
    X = data[["gender", "department", "assignment_category", "year_first_hired"]].skb.mark_as_X()

    pred0 = features(X).skb.apply(Ridge(alpha=0.1), y=y)
    pred1 = features(X).skb.apply(Ridge(alpha=1.0), y=y)
    pred2 = features(X).skb.apply(Ridge(alpha=10.0), y=y)
    pred3 = features(X).skb.apply(LinearRegression(), y=y)

    pred = skrub.choose_from({"p0": pred0, "p1": pred1, "p2": pred2, "p3": pred3}, name="pipeline").as_data_op()
    search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
    print(search.results_)


if __name__ == "__main__":
    main()
