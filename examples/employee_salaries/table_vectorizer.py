"""skrub's TableVectorizer with its defaults in front of a Ridge grid: every column of employee_salaries is encoded
(one-hot below 40 distinct values, StringEncoder(30) for the job titles and divisions, DatetimeEncoder for the hiring
date, numbers passed through)."""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))

y = data["current_annual_salary"].skb.mark_as_y()
X = data.drop(columns=["current_annual_salary"]).skb.mark_as_X()

X = X.skb.apply(skrub.TableVectorizer())

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 1.0, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
