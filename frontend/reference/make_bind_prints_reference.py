"""What a script that fails at one statement prints before it, with skrub: the reference of BindPrintsCliTest.

For every script in frontend/src/test/resources/bind_prints/, this runs the script with skrub (imported from a source
checkout, see runtime/reference/skrub_source.py) from the repository root, as Python runs it from a script (pandas'
display options at their defaults, a terminal 80 characters wide), and records everything it printed before it failed,
the line of the script's own statement that raised (the innermost frame of the script in the traceback) and the
last line of the exception's message. Each script must fail: one that runs to its end is an error here.

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 frontend/reference/make_bind_prints_reference.py
Writes frontend/src/test/resources/reference/bind_prints.csv; BindPrintsCliTest reads it.
"""
import contextlib
import csv
import io
import os
import sys
import traceback
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from skrub_source import import_skrub, skrub_version  # noqa: E402

import_skrub()
import pandas as pd  # noqa: E402

SCRIPTS = sorted((ROOT / "frontend" / "src" / "test" / "resources" / "bind_prints").glob("*.py"))
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "bind_prints.csv"


def failed_run(path):
    """(what the script printed, the script line that raised, the exception's last line) of a run that fails."""
    os.environ["COLUMNS"] = "80"
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    name = str(path)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(out):
            warnings.simplefilter("ignore")
            exec(compile(Path(path).read_text(), name, "exec"), {"__name__": "__main__"})
    except Exception as e:  # noqa: BLE001 - every script fails, each in its own way
        lines = [frame.lineno for frame in traceback.extract_tb(e.__traceback__) if frame.filename == name]
        return out.getvalue(), lines[-1], traceback.format_exception_only(e)[-1].strip().splitlines()[-1]
    finally:
        os.chdir(cwd)
    raise SystemExit(f"{path} ran to its end; a script here must fail at one statement")


def main():
    rows = []
    for path in SCRIPTS:
        printed, line, error = failed_run(path)
        rows.append([path.relative_to(ROOT).as_posix(), printed, line, error])
    with open(OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_bind_prints_reference.py with {skrub_version()}, "
                f"pandas {pd.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "printed", "line", "error"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
