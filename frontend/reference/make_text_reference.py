"""Reference fold scores of the text-vectorizer scripts, computed by skrub itself (issue 7).

For every script in frontend/src/test/resources/text/, this runs the script with skrub (imported from a source
checkout, see runtime/reference/skrub_source.py) and scikit-learn, and records each candidate's test score on each
fold of its grid search, the candidate named by its choices as skrub's describe_params names them.

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 frontend/reference/make_text_reference.py
Writes frontend/src/test/resources/reference/text_scores.csv; TextPipelineTest reads it.
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from skrub_source import import_skrub, skrub_version  # noqa: E402
from skrub_scripts import candidate_label, run_script  # noqa: E402

skrub = import_skrub()
import pandas as pd  # noqa: E402
import sklearn  # noqa: E402
from skrub._data_ops._evaluation import choice_graph  # noqa: E402
from skrub._data_ops._inspection import describe_params  # noqa: E402

SCRIPTS = sorted((ROOT / "frontend" / "src" / "test" / "resources" / "text").glob("*.py"))
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "text_scores.csv"


def main():
    rows = []
    for path in SCRIPTS:
        search = run_script(path)["search"]
        graph = choice_graph(search.data_op)
        res = search.cv_results_
        folds = sum(1 for k in res if k.startswith("split") and k.endswith("_test_score"))
        for i, params in enumerate(res["params"]):
            described = describe_params({int(k.removeprefix("data_op__")): v for k, v in params.items()}, graph)
            for fold in range(folds):
                rows.append([path.relative_to(ROOT).as_posix(), candidate_label(described), fold,
                             repr(float(res[f"split{fold}_test_score"][i]))])
    with open(OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_text_reference.py with {skrub_version()}, "
                f"scikit-learn {sklearn.__version__}, pandas {pd.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "candidate", "fold", "test_score"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
