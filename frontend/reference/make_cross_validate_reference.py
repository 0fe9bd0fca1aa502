"""Reference fold scores of skrub's .skb.cross_validate(), computed by skrub itself.

For every script in frontend/src/test/resources/skb_ops/ that calls .skb.cross_validate(...) or
skrub.cross_validate(learner, environment, ...), and for
examples/cross_validate.py, this runs the script with skrub (imported from a source checkout, see
runtime/reference/skrub_source.py) and records, per fold, the test_score and (when the script asks for it) the
train_score of the table skrub returns. fit_time and score_time are not recorded: they are timings.

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 XGBOOST_SRC=/path/to/xgboost \
        python3 frontend/reference/make_cross_validate_reference.py
Scripts that import xgboost run on XGBoost's Python package of the xgboost4j version Stratum uses, staged onto the
native library of the xgboost4j jar (runtime/reference/xgboost_from_jar.py: XGBOOST_SRC is a checkout of dmlc/xgboost
at that tag).
Writes frontend/src/test/resources/reference/cross_validate_scores.csv (scripts with one scorer: test_score and
train_score) and cross_validate_columns.csv (every script: each score column of the table, test_<name>/train_<name>
with several scorers, in the table's order); CrossValidateTest reads both.
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from skrub_source import import_skrub, skrub_version  # noqa: E402
from skrub_scripts import run_script  # noqa: E402

skrub = import_skrub()
import pandas as pd  # noqa: E402
import sklearn  # noqa: E402
from xgboost_from_jar import import_xgboost  # noqa: E402

import_xgboost()

SCRIPTS = sorted((ROOT / "frontend" / "src" / "test" / "resources" / "skb_ops").glob("cv_*.py"))
EXAMPLES = [ROOT / "examples" / "cross_validate.py"]
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "cross_validate_scores.csv"
COLUMNS_OUT = OUT.parent / "cross_validate_columns.csv"


def cross_validate_tables(path):
    """Runs the script with skrub, recording every table .skb.cross_validate or skrub.cross_validate returns."""
    tables = []
    namespace_class = type(skrub.var("probe").skb)
    original = namespace_class.cross_validate
    original_function = skrub.cross_validate

    def recording(self, *args, **kwargs):
        table = original(self, *args, **kwargs)
        tables.append(table)
        return table

    def recording_function(*args, **kwargs):
        table = original_function(*args, **kwargs)
        tables.append(table)
        return table

    namespace_class.cross_validate = recording
    skrub.cross_validate = recording_function
    try:
        run_script(path)
    finally:
        namespace_class.cross_validate = original
        skrub.cross_validate = original_function
    return tables


def main():
    rows = []
    column_rows = []
    for path in SCRIPTS + EXAMPLES:
        tables = cross_validate_tables(path)
        if len(tables) != 1:
            sys.exit(f"{path}: expected one cross_validate call, got {len(tables)}")
        table = tables[0]
        name = path.relative_to(ROOT).as_posix()
        for column in table.columns:
            if column not in ("fit_time", "score_time"):
                for fold in range(len(table)):
                    column_rows.append([name, column, fold, repr(float(table[column][fold]))])
        if "test_score" not in table:
            continue
        for fold in range(len(table)):
            train = repr(float(table["train_score"][fold])) if "train_score" in table else ""
            rows.append([name, fold, repr(float(table["test_score"][fold])), train])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_cross_validate_reference.py with {skrub_version()}, "
                f"scikit-learn {sklearn.__version__}, pandas {pd.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "fold", "test_score", "train_score"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    with open(COLUMNS_OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_cross_validate_reference.py with {skrub_version()}, "
                f"scikit-learn {sklearn.__version__}, pandas {pd.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "column", "fold", "value"])
        w.writerows(column_rows)
    print(f"wrote {len(column_rows)} rows to {COLUMNS_OUT}")


if __name__ == "__main__":
    main()
