"""pandas' text of results_-shaped tables: choice columns, then float score columns, printed by print(df).

skrub's results_ is a pandas DataFrame (one column per choice, then mean_test_*), so Stratum prints it as pandas
prints one: at most 60 rows, middle columns dropped beyond 80 characters. This writes tables of that shape that need
the cuts (wide labels, many score columns, many candidates) and pandas' str of each, which ResultsTableTextTest holds
Stratum's ResultsTable to.

Usage (from the repository root):  python3 frontend/reference/make_results_table_reference.py
Writes frontend/src/test/resources/reference/results_table_print.csv.
"""
import csv
import json
import math
import os
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "results_table_print.csv"
os.environ["COLUMNS"] = "80"
rng = np.random.RandomState(0)


def case(name, choices, scores):
    """choices: {name: [values]}; scores: {name: [floats]}."""
    df = pd.DataFrame({**choices, **scores})
    return {"case": name, "choice_names": json.dumps(list(choices)), "score_names": json.dumps(list(scores)),
            "choices": json.dumps([[None if (isinstance(x, float) and math.isnan(x)) else x for x in v]
                                   for v in choices.values()]),
            "scores": json.dumps([[None if (isinstance(x, float) and math.isnan(x)) else x for x in v]
                                  for v in scores.values()]),
            "printed": str(df)}


CASES = [
    case("wide_labels", {"clf": ["HistGradientBoostingClassifier(max_iter=50)", "LogisticRegression(max_iter=200)"]},
         {"mean_test_accuracy": [0.892399, float("nan")], "mean_test_roc_auc": [0.765881, float("nan")]}),
    case("narrow", {"alpha": [0.1, 1.0, 10.0]}, {"mean_test_score": [0.81, 0.8, 0.79123]}),
    # a choice that applies to no candidate (skrub's NaN in every cell) is a float column; a bool choice a bool one
    case("nan_and_bool_choices", {"scaler": ["std", "none"], "alpha": [float("nan"), float("nan")], "fit": [True, False]},
         {"mean_test_score": [0.81, 0.79]}),
    case("many_scores", {"model": ["ridge", "rf"]},
         {f"{s}_test_{m}": list(rng.rand(2)) for m in ("r2", "neg_mean_absolute_error", "neg_root_mean_squared_error")
          for s in ("std", "mean")}),
    case("many_candidates", {"alpha": list(np.round(np.logspace(-3, 3, 70), 6)), "solver": ["auto", "svd"] * 35},
         {"mean_test_score": list(rng.rand(70))}),
    case("many_candidates_wide", {"learner": [f"Ridge(alpha={a})" for a in range(65)],
                                  "scaler": ["StandardScaler(with_mean=False, with_std=True)"] * 65},
         {"mean_test_r2": list(rng.rand(65)), "mean_test_neg_mean_squared_error": list(-rng.rand(65) * 100)}),
]

with open(OUT, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(CASES[0]))
    w.writeheader()
    w.writerows(CASES)
print("wrote", len(CASES), "cases to", OUT)
