"""Reference text of pandas results whose index holds keys (value_counts(), group-by aggregations), printed by skrub.

For every script in frontend/src/test/resources/keyed_print/, this runs the script with skrub (imported from a source
checkout, see runtime/reference/skrub_source.py) from the repository root and records everything it prints, with
pandas' display options at their defaults and a terminal 80 characters wide, as Python prints from a script. The
scripts read the shared data (../shared/data/employee_salaries.csv, penguins.json) and small frames of their own.

Usage (from the repository root, with the shared data directory next to it):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 frontend/reference/make_keyed_print_reference.py
Writes frontend/src/test/resources/reference/keyed_printed.csv; KeyedPrintCliTest reads it.
"""
import contextlib
import csv
import io
import os
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from skrub_source import import_skrub, skrub_version  # noqa: E402

import_skrub()
import pandas as pd  # noqa: E402

SCRIPTS = sorted((ROOT / "frontend" / "src" / "test" / "resources" / "keyed_print").glob("*.py"))
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "keyed_printed.csv"


def printed(path):
    """What the script prints when run with skrub from the repository root."""
    os.environ["COLUMNS"] = "80"
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(out):
            warnings.simplefilter("ignore")
            exec(compile(Path(path).read_text(), str(path), "exec"), {"__name__": "__main__"})
    finally:
        os.chdir(cwd)
    return out.getvalue()


def main():
    rows = [[path.relative_to(ROOT).as_posix(), printed(path)] for path in SCRIPTS]
    with open(OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_keyed_print_reference.py with {skrub_version()}, "
                f"pandas {pd.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "printed"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
