"""How the reference scripts write fixtures: CSV files whose values Java parses back exactly."""
import csv
import math
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "src" / "test" / "resources" / "reference"


def fmt(v):
    """A value as text that Java can parse back exactly."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "nan"
    if isinstance(v, (bool, np.bool_)):
        return "True" if v else "False"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return repr(float(v))
    return str(v)


def fmt_list(values):
    return " ".join(fmt(v) for v in values)


def write(name, header, rows):
    path = OUT / name
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)
    print(f"wrote {path.name} ({len(rows)} rows)")
