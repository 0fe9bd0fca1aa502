"""TableVectorizer + LGBMRegressor grid on employee_salaries (2 x 2 candidates, 5 folds)."""
import pandas as pd
import skrub
from lightgbm import LGBMRegressor

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))

y = data["current_annual_salary"].skb.mark_as_y()
X = data.drop(columns=["current_annual_salary"]).skb.mark_as_X()

X = X.skb.apply(skrub.TableVectorizer())

model = LGBMRegressor(
    n_estimators=skrub.choose_from([100, 300], name="n_estimators"),
    num_leaves=skrub.choose_from([15, 31], name="num_leaves"),
    verbose=-1,
)
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
