"""Writes the agent-style batch: 20 separately written DataOps scripts that share most of their steps.

An ML agent explores variants one file at a time: two feature sets times ten Ridge strengths. Each script is
complete on its own; Stratum runs the folder as one search and computes each feature set's encoders once per
fold, where running the scripts one by one repeats them 20 times.

Usage (from the repository root):  python3 bench/e2e/make_agent_batch.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pipelines", "agent_batch_20", "scripts")

FEATURE_SETS = {
    "base": ["gender", "department", "assignment_category"],
    "wide": ["gender", "department", "assignment_category", "division"],
}
ALPHAS = [0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0]

TEMPLATE = '''"""Agent variant {index:02d}: {feature_set} features, Ridge(alpha={alpha})."""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("../shared/data/employee_salaries.csv"))
y = data["current_annual_salary"].skb.mark_as_y()
X = data[{columns!r}].skb.mark_as_X()
X = X.assign(seniority=2025 - X["year_first_hired"])
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols={cats!r})
X = X.skb.apply(StandardScaler(), cols=["year_first_hired", "seniority"])
pred = X.skb.apply(Ridge(alpha={alpha}), y=y)
search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
'''


def variants():
    index = 0
    for feature_set, cats in FEATURE_SETS.items():
        for alpha in ALPHAS:
            yield index, feature_set, cats, alpha
            index += 1


def main():
    os.makedirs(OUT, exist_ok=True)
    for index, feature_set, cats, alpha in variants():
        path = os.path.join(OUT, f"agent_{index:02d}.py")
        with open(path, "w") as f:
            f.write(TEMPLATE.format(index=index, feature_set=feature_set, alpha=alpha,
                                    columns=cats + ["year_first_hired"], cats=cats))
    print(f"wrote {index + 1} scripts to {OUT}")


if __name__ == "__main__":
    main()
