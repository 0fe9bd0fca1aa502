"""Reference results of searches made with fitted=False and then fitted with an environment, computed by skrub itself.

For every script in frontend/src/test/resources/skb_ops/ whose name starts with fit_, this runs the script with
skrub (imported from a source checkout, see runtime/reference/skrub_source.py) and records the search's results as
skrub's results_ describes each candidate (the display name of each choice and its outcome), with the mean and
standard deviation of the test scores over the folds.

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 frontend/reference/make_fit_reference.py
Writes frontend/src/test/resources/reference/fit_environment_scores.csv; SearchFitTest reads it.
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

SCRIPTS = sorted((ROOT / "frontend" / "src" / "test" / "resources" / "skb_ops").glob("fit_*.py"))
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "fit_environment_scores.csv"


def main():
    rows = []
    for path in SCRIPTS:
        namespace = run_script(path)
        search = namespace["search"]
        graph = choice_graph(search.data_op)
        res = search.cv_results_
        for params, mean, std in zip(res["params"], res["mean_test_score"], res["std_test_score"]):
            described = describe_params({int(k.removeprefix("data_op__")): v for k, v in params.items()}, graph)
            rows.append([path.relative_to(ROOT).as_posix(), candidate_label(described), repr(float(mean)), repr(float(std))])
    with open(OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_fit_reference.py with {skrub_version()}, "
                f"scikit-learn {sklearn.__version__}, pandas {pd.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "params", "mean_test_score", "std_test_score"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
