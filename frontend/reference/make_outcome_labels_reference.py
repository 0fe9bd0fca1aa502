"""How skrub labels an unnamed estimator outcome of choose_from in results_: short_repr of scikit-learn's repr.

For each estimator expression below, records skrub's short_repr of it (scikit-learn's repr with only the parameters
that differ from their defaults, in name order; then skrub's cut at 50 characters). OutcomeLabelsTest builds the same
choices in both frontends and holds their labels to these.

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src python3 frontend/reference/make_outcome_labels_reference.py
Writes frontend/src/test/resources/reference/outcome_labels.csv.
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from skrub_source import import_skrub  # noqa: E402

skrub = import_skrub()
from skrub._utils import short_repr  # noqa: E402
from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestClassifier  # noqa: E402,F401
from sklearn.linear_model import LogisticRegression, Ridge  # noqa: E402,F401
from sklearn.neighbors import KNeighborsClassifier  # noqa: E402,F401
from skrub import StringEncoder, TableVectorizer  # noqa: E402,F401

EXPRESSIONS = [
    "Ridge(alpha=1.0)",
    "Ridge(alpha=1)",
    "Ridge(alpha=0.5, solver='cholesky')",
    "HistGradientBoostingRegressor(max_iter=50, random_state=0)",
    "LogisticRegression(max_iter=500, C=0.5, class_weight='balanced')",
    "RandomForestClassifier(n_estimators=50, random_state=0, max_depth=5)",
    "KNeighborsClassifier(n_neighbors=5)",
    "TableVectorizer(high_cardinality=StringEncoder(n_components=5))",
]

with open(ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "outcome_labels.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["expression", "label"])
    for e in EXPRESSIONS:
        w.writerow([e, short_repr(eval(e))])
