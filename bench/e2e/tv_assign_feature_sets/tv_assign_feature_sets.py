"""Three candidate feature sets that differ by row-wise steps in front of one skrub TableVectorizer and a Ridge grid:
one adds a column with assign, one scales a column in place. expand_table_vectorizer traces the other columns through
those steps, so their encoders are fitted once per fold for all three. Run by
bench/e2e/optimizer_on_off.py bench/e2e/tv_assign_feature_sets (optimizer on vs off in one run)."""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))
y = data["current_annual_salary"].skb.mark_as_y()
X = data.drop(columns=["current_annual_salary"]).skb.mark_as_X()

features = skrub.choose_from({
    "all": X,
    "seniority": X.assign(seniority=2025 - X["year_first_hired"]),
    "scaled_year": X.skb.apply(StandardScaler(), cols=["year_first_hired"]),
}, name="features")
X = features.skb.apply(skrub.TableVectorizer())

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True, scoring="r2")
print(search.results_)
