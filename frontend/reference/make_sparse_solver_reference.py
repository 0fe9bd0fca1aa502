"""Reference fold scores of Ridge on flights' one-hot origins laid out sparse, computed by scikit-learn 1.9.

The pipeline of SparseOneHotPipelineTest: X = flights[["origin", "distance"]], OneHotEncoder(handle_unknown="ignore")
of origin (sparse_output=True, scikit-learn's default) beside distance, y = delay, KFold(5) without shuffling (what
make_grid_search(cv=5) runs), r2 per fold, for Ridge(solver="sparse_cg") and Ridge() (on this sparse input
scikit-learn's "auto" is "sparse_cg" too) and Ridge() on the dense features ("auto" is "cholesky": the exact solution).

Usage (from the repository root): python3 frontend/reference/make_sparse_solver_reference.py
Writes frontend/src/test/resources/reference/sparse_solver_scores.csv.
"""
import csv
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
import sklearn
from sklearn.linear_model import Ridge
from sklearn.metrics import r2_score
from sklearn.model_selection import KFold
from sklearn.preprocessing import OneHotEncoder

assert sklearn.__version__ == "1.9.1", sklearn.__version__
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "sparse_solver_scores.csv"


def main():
    df = pd.read_csv(ROOT / "examples" / "data" / "flights-sample.csv")
    x, y = df[["origin", "distance"]], df["delay"].to_numpy(dtype=float)
    rows = []
    for case, solver, sparse_output in (("sparse_cg", "sparse_cg", True), ("auto_sparse", "auto", True),
                                        ("auto_dense", "auto", False)):
        for fold, (train, test) in enumerate(KFold(5).split(x)):
            enc = OneHotEncoder(handle_unknown="ignore", sparse_output=sparse_output).fit(x.iloc[train][["origin"]])

            def features(idx):
                distance = x.iloc[idx][["distance"]].to_numpy(dtype=float)
                codes = enc.transform(x.iloc[idx][["origin"]])
                return sp.hstack([sp.csr_matrix(distance), codes]).tocsr() if sparse_output else np.hstack([distance, codes])

            model = Ridge(solver=solver).fit(features(train), y[train])
            rows.append([case, fold, repr(float(r2_score(y[test], model.predict(features(test)))))])
    with open(OUT, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "fold", "r2"])
        w.writerows(rows)
    print(f"wrote {OUT.name} ({len(rows)} rows)")


if __name__ == "__main__":
    main()
