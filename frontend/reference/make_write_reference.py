"""The files pandas writes for the to_csv calls of frontend/src/test/resources/skb_ops/write_*.py.

Each script is run from the repository root (it reads examples/data/...) with its "out/..." paths moved into a fresh
temporary folder; every file it wrote is recorded, name and exact text, in call order of the names.

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src python3 frontend/reference/make_write_reference.py
(skrub, imported from a source checkout by runtime/reference/skrub_source.py, runs the scripts that use it).
Writes frontend/src/test/resources/reference/written_files.csv; CsvWriteCliTest reads it.
"""
import contextlib
import csv
import io
import os
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from skrub_source import import_skrub  # noqa: E402

import_skrub()
SCRIPTS = sorted((ROOT / "frontend" / "src" / "test" / "resources" / "skb_ops").glob("write_*.py"))
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "written_files.csv"


def written(path):
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "out").mkdir()
        source = path.read_text().replace('"out/', '"' + tmp + '/out/')
        cwd = os.getcwd()
        os.chdir(ROOT)
        try:
            with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                exec(compile(source, str(path), "exec"), {"__name__": "__main__"})
        finally:
            os.chdir(cwd)
        return [(f.name, f.read_text()) for f in sorted((Path(tmp) / "out").iterdir())]


def main():
    rows = []
    for path in SCRIPTS:
        for name, text in written(path):
            rows.append([path.relative_to(ROOT).as_posix(), name, text])
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "file", "content"])
        w.writerows(rows)
    print(f"wrote {len(rows)} files to {OUT} with pandas {pd.__version__}")


if __name__ == "__main__":
    main()
