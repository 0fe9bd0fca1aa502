"""Reference matches for skrub's s.glob(pattern), which uses Python's fnmatch.fnmatchcase on column names.

Usage (from the repository root):  python3 ir/reference/make_glob_reference.py
Writes ir/src/test/resources/reference/glob_matches.csv; ColumnSelectorTest reads it.
"""
import csv
import os
import sys
from fnmatch import fnmatchcase

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PATTERNS = ["*", "weather_*", "*_mm", "temp_?ax", "weather_[!s]*", "weather_[sf]*", "[a-c]*", "[!a-c]*",
            "a.b", "a*b*c", "x[", "x[]]", "x[!]]", "*[*]*", "?", "", "Temp*", "a\\b", "w^x", "[^a]*", "[&]*"]
NAMES = ["weather_drizzle", "weather_fog", "weather_rain", "weather_snow", "weather_sun", "temp_max", "temp_min",
         "height_mm", "width_mm", "a.b", "axb", "a1b2c", "abc", "x[", "x]", "x", "a*b", "Temp", "temp", "a\\b",
         "w^x", "^a", "&x", "b", ""]


def main():
    out = os.path.join(ROOT, "ir", "src", "test", "resources", "reference", "glob_matches.csv")
    with open(out, "w", newline="") as f:
        f.write(f"# made by ir/reference/make_glob_reference.py with Python {sys.version.split()[0]} fnmatch.fnmatchcase\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pattern", "name", "matches"])
        for p in PATTERNS:
            for n in NAMES:
                w.writerow([p, n, str(fnmatchcase(n, p))])
    print(f"wrote {len(PATTERNS) * len(NAMES)} rows to {out}")


if __name__ == "__main__":
    main()
