"""Whether an employee earns over 80000, by logistic regression on skrub's TableVectorizer encoding.

The TableVectorizer outputs float32 columns, so scikit-learn fits the LogisticRegression in float32. Next to the
one-hot columns sits date_first_hired's total seconds (about 1.5e9): in float32 the loss stops changing after a few
L-BFGS iterations, with tiny coefficients, and the model predicts the majority class (accuracy about 0.63), where the
same values as float64 would reach about 0.72. Stratum fits in float32 too and gives skrub's scores. Scaled (still
float32: scikit-learn's StandardScaler keeps the dtype) the fit converges.
"""
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))

y = (data["current_annual_salary"] > 80000).skb.mark_as_y()
X = data.drop(columns=["current_annual_salary", "employee_position_title", "division", "department_name"]).skb.mark_as_X()
X = X.skb.apply(skrub.TableVectorizer())
X = skrub.choose_from({"raw": X, "scaled": X.skb.apply(StandardScaler())}, name="features").as_data_op()

pred = X.skb.apply(LogisticRegression(max_iter=500, C=skrub.choose_from([0.1, 1.0], name="C")), y=y)

search = pred.skb.make_grid_search(cv=3, fitted=True)
print(search.results_)
