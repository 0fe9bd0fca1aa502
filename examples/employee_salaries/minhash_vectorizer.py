"""skrub's TableVectorizer with MinHashEncoder for its high-cardinality columns, in front of Ridge.

The job titles, divisions and department names (more than 40 distinct values each) are encoded by the min-hashes of
their character n-grams instead of StringEncoder's SVD: skrub's "fast" hashing (int32 correlations, huge values,
so the features are standardized next) or "murmur" hashing (values in [0, 1]). Low-cardinality columns are
ordinal-encoded instead of one-hot encoded (missing values as -2). Scores are held to skrub's own by ExampleParityTest.

Run it from the repository root:  ./stratum run examples/employee_salaries/minhash_vectorizer.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OrdinalEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))

y = data["current_annual_salary"].skb.mark_as_y()
X = data.drop(columns=["current_annual_salary"]).skb.mark_as_X()

minhash = skrub.choose_from(
    {
        "fast": skrub.MinHashEncoder(n_components=8),
        "murmur": skrub.MinHashEncoder(n_components=8, hashing="murmur"),
    },
    name="hashing",
)
X = X.skb.apply(skrub.TableVectorizer(
    high_cardinality=minhash,
    low_cardinality=OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1, encoded_missing_value=-2),
))
X = X.skb.apply(StandardScaler())

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
