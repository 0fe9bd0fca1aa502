"""Salaries from job titles with sparse L1 models: word TF-IDF of the position title into Lasso or ElasticNet.

skrub hands the vectorizer's scipy sparse matrix to the learner as it is; scikit-learn then fits Lasso and ElasticNet
by its sparse coordinate descent, which never centers X (the column means enter each step instead), and so does
Stratum. The L1 penalty keeps the words that matter and zeroes the rest. Scores are held to skrub's own by
ExampleParityTest.

Run it from the repository root:  ./stratum run examples/employee_salaries/title_lasso.py
"""
import pandas as pd
import skrub
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import ElasticNet, Lasso

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))

y = data["current_annual_salary"].skb.mark_as_y()
X = data[["employee_position_title"]].skb.mark_as_X()

words = X["employee_position_title"].skb.apply(TfidfVectorizer(min_df=skrub.choose_from([1, 3], name="min_df")))
learner = skrub.choose_from(
    {
        "lasso": Lasso(alpha=skrub.choose_from([1.0, 20.0], name="alpha")),
        "elasticnet": ElasticNet(alpha=0.01, l1_ratio=0.9),
    },
    name="learner",
)
pred = words.skb.apply(learner, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
