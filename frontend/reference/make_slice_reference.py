"""Reference rows of Python's slice rules, which numpy's basic indexing of a 1-d or 2-d array follows on its first
axis (learner.predict(...)[start:stop:step]).

Usage (from the repository root):  python3 frontend/reference/make_slice_reference.py
Writes frontend/src/test/resources/reference/slice_rows.csv; NumpyIndexingTest reads it.
"""
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "slice_rows.csv"
BOUNDS = [None, -20, -5, -3, -1, 0, 1, 2, 4, 5, 20]
STEPS = [None, 1, 2, 3, -1, -2, -4]


def text(v):
    return "" if v is None else str(v)


def main():
    rows = 0
    with open(OUT, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["length", "start", "stop", "step", "rows"])
        for n in [0, 1, 5, 12]:
            for start in BOUNDS:
                for stop in BOUNDS:
                    for step in STEPS:
                        w.writerow([n, text(start), text(stop), text(step),
                                    " ".join(str(i) for i in range(n)[slice(start, stop, step)])])
                        rows += 1
    print(f"wrote {rows} rows to {OUT}")


if __name__ == "__main__":
    main()
