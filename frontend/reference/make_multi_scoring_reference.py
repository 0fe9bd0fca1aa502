"""Reference results of searches with several scorers at once (scoring=list or dict, refit=name or False), by skrub.

For every script in frontend/src/test/resources/skb_ops/ whose name starts with multi_scoring_, this runs the script
with skrub (imported from a source checkout, see runtime/reference/skrub_source.py) and records, for every candidate
(described as skrub's results_ describes it) and every scorer, the mean and standard deviation of the test scores; the
columns of results_ and detailed_results_ in skrub's order; the order of the candidates in results_; and best_score_
when the search has one (refit names a scorer).

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 frontend/reference/make_multi_scoring_reference.py
Writes frontend/src/test/resources/reference/multi_scoring.csv; MultiScoringTest reads it.
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

SCRIPTS = sorted((ROOT / "frontend" / "src" / "test" / "resources" / "skb_ops").glob("multi_scoring_*.py"))
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "multi_scoring.csv"


def main():
    rows = []
    for path in SCRIPTS:
        name = path.relative_to(ROOT).as_posix()
        namespace = run_script(path)
        search = namespace["search"]
        graph = choice_graph(search.data_op)
        res = search.cv_results_
        labels = [candidate_label(describe_params({int(k.removeprefix("data_op__")): v for k, v in p.items()}, graph))
                  for p in res["params"]]
        for metric in search._get_score_names():
            for i, lab in enumerate(labels):
                rows.append([name, "score", lab, metric, repr(float(res[f"mean_test_{metric}"][i])),
                             repr(float(res[f"std_test_{metric}"][i]))])
        # results_ sorts by the refit metric (the first one with refit=False), stably; check that against its column.
        ranking = search.refit_ if isinstance(search.refit_, str) else search._get_score_names()[0]
        means = [float(m) for m in res[f"mean_test_{ranking}"]]
        order = [labels[i] for i in sorted(range(len(labels)), key=lambda i: -means[i])]
        table = search.results_
        assert [float(m) for m in table[f"mean_test_{ranking}"]] == sorted(means, reverse=True)
        choice_columns = [c for c in table.columns if not c.startswith("mean_test_")]
        rows.append([name, "order", "", "", "|".join(order), ""])
        rows.append([name, "columns", "results_", "", "|".join(table.columns[len(choice_columns):]), ""])
        detailed = search.detailed_results_
        rows.append([name, "columns", "detailed_results_", "", "|".join(detailed.columns[len(choice_columns):]), ""])
        if hasattr(search, "best_score_"):
            rows.append([name, "best_score", "", "", repr(float(search.best_score_)), ""])
    with open(OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_multi_scoring_reference.py with {skrub_version()}, "
                f"scikit-learn {sklearn.__version__}, pandas {pd.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "kind", "params", "metric", "value", "std"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
