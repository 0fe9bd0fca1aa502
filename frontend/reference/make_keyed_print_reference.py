"""Reference text of pandas results whose index holds keys (value_counts(), group-by aggregations), printed by skrub.

For every script in frontend/src/test/resources/keyed_print/, this runs the script with skrub (imported from a source
checkout, see runtime/reference/skrub_source.py) from the repository root and records everything it prints, with
pandas' display options at their defaults and a terminal 80 characters wide, as Python prints from a script. The
scripts read the shared data (../shared/data/employee_salaries.csv, penguins.json) and small frames of their own.

Usage (from the repository root, with the shared data directory next to it):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 frontend/reference/make_keyed_print_reference.py
Writes frontend/src/test/resources/reference/keyed_printed.csv; KeyedPrintCliTest reads it.
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from skrub_source import skrub_version  # noqa: E402
# skrub's print of a script, as the .skb.eval() fixtures record it (it imports skrub from the source checkout)
from make_eval_reference import printed  # noqa: E402

import pandas as pd  # noqa: E402

SCRIPTS = sorted((ROOT / "frontend" / "src" / "test" / "resources" / "keyed_print").glob("*.py"))
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "keyed_printed.csv"


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
