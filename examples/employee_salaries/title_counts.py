"""Salaries from job titles by word counts: CountVectorizer then TfidfTransformer, or HashingVectorizer, into Lasso.

The three scikit-learn text steps that title_lasso.py does not use, on real titles: CountVectorizer's sparse counts
re-weighted by TfidfTransformer (the two steps TfidfVectorizer does in one), against HashingVectorizer's hashed,
l2-normalized counts, which learn no vocabulary. skrub hands each step's scipy sparse matrix to the next as it is, and
Lasso fits it by scikit-learn's sparse coordinate descent. Scores are held to skrub's own by ExampleParityTest.

Run it from the repository root:  ./stratum run examples/employee_salaries/title_counts.py
"""
import pandas as pd
import skrub
from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer, TfidfTransformer
from sklearn.linear_model import Lasso

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))

y = data["current_annual_salary"].skb.mark_as_y()
X = data[["employee_position_title"]].skb.mark_as_X()

titles = X["employee_position_title"]
counted = titles.skb.apply(CountVectorizer(min_df=2)).skb.apply(TfidfTransformer(sublinear_tf=True))
hashed = titles.skb.apply(HashingVectorizer(n_features=2**12, alternate_sign=False))
words = skrub.choose_from({"counted": counted, "hashed": hashed}, name="words").as_data_op()
pred = words.skb.apply(Lasso(alpha=skrub.choose_from([20.0, 200.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
