"""Four candidate feature sets in front of one skrub TableVectorizer and a Ridge grid: the search that
expand_table_vectorizer speeds up (the columns the feature sets share are encoded once per fold, not once per
feature set). Run by bench/e2e/optimizer_on_off.py bench/e2e/tv_feature_sets (optimizer on vs off in one run)."""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))
y = data["current_annual_salary"].skb.mark_as_y()
X = data.drop(columns=["current_annual_salary"]).skb.mark_as_X()

features = skrub.choose_from({
    "all": X,
    "no_title": X.drop(columns=["employee_position_title"]),
    "no_division": X.drop(columns=["division"]),
    "no_dates": X.drop(columns=["date_first_hired", "year_first_hired"]),
}, name="features")
X = features.skb.apply(skrub.TableVectorizer())

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True, scoring="r2")
print(search.results_)
