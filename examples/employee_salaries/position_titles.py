"""Salaries from job titles: scikit-learn's text vectorizers on one column, in front of Ridge.

skrub applies a vectorizer to a single column as it is and hands its scipy sparse matrix on, so the position title
becomes word TF-IDF weights (keeping words of at least one or three titles), character 2-4-gram TF-IDF weights, or
those reduced to 30 dense components by TruncatedSVD (latent semantic analysis). Ridge is fitted on the sparse
matrices by the conjugate gradient scikit-learn runs for sparse input, and on the components by its exact solver.
Scores are held to skrub's own by ExampleParityTest.

Run it from the repository root:  ./stratum run examples/employee_salaries/position_titles.py
"""
import pandas as pd
import skrub
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))

y = data["current_annual_salary"].skb.mark_as_y()
X = data[["employee_position_title"]].skb.mark_as_X()

title = X["employee_position_title"]
chars = title.skb.apply(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)))
features = skrub.choose_from(
    {
        "words": title.skb.apply(TfidfVectorizer(min_df=skrub.choose_from([1, 3], name="min_df"))),
        "chars": chars,
        "lsa": chars.skb.apply(TruncatedSVD(n_components=30, random_state=0)),
    },
    name="features",
).as_data_op()

pred = features.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 1.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
