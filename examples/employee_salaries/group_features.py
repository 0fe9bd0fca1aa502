"""Group statistics as features, written the way agents write them: each employee's department headcount, the
department's mean hiring year and how far the employee's own is from it, how many share the position title, and the
earliest hire of the same title in the department, broadcast back to the rows with groupby(...)[...].transform(...)
before the split (after mark_as_X skrub would compute them on each fold's own rows, so a test fold's statistics would
come from its test rows). Then one-hot categories, scaled numbers and a Ridge whose alpha the grid search chooses."""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))
y = data["current_annual_salary"].skb.mark_as_y()

hired = data.groupby("department")["year_first_hired"]
data = data.assign(
    dept_size=hired.transform("size"),
    dept_mean_hired=hired.transform("mean"),
    title_count=data.groupby("employee_position_title")["year_first_hired"].transform("count"),
    title_first_hired=data.groupby(["employee_position_title", "department"])["year_first_hired"].transform("min"),
)
data = data.assign(hired_vs_dept=data["year_first_hired"] - data["dept_mean_hired"])
numbers = ["year_first_hired", "dept_size", "dept_mean_hired", "hired_vs_dept", "title_count", "title_first_hired"]
X = data[["gender", "department", "assignment_category"] + numbers].skb.mark_as_X()

X = X.skb.apply(
    OneHotEncoder(handle_unknown="ignore", sparse_output=False),
    cols=["gender", "department", "assignment_category"],
)
X = X.skb.apply(StandardScaler(), cols=numbers)

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 1.0, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
