"""Reference behaviour of skrub's .skb.concat(): the column names it gives clashing frames and the errors it raises.

Runs skrub itself (imported from a source checkout, see runtime/reference/skrub_source.py):
- names: for frames whose column names clash, the names `a.skb.concat([b, ...], axis=1)` gives (skrub's
  make_column_names_unique). skrub tags a clashing name `<name>__skrub_<8 random hex digits>__`; the random digits are
  written as `<token>` so the fixture is stable (Stratum derives its digits from the name and position instead).
- errors: small scripts (after a fixed header defining the variables `a` and `b`, two frames of 2 rows) whose
  concat skrub refuses, with the last line of skrub's error (`<Type>Error: <message>`).

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 frontend/reference/make_concat_reference.py
Writes frontend/src/test/resources/reference/concat_names.csv and concat_errors.csv; SkbConcatTest reads them.
"""
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from skrub_source import import_skrub, skrub_version  # noqa: E402

skrub = import_skrub()
import pandas as pd  # noqa: E402

OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference"

NAME_CASES = [
    [["a", "x"], ["x", "b"]],
    [["x"], ["x"], ["x"]],
    [["x", "y"], ["y", "x"], ["x", "z"]],
    [["a", "a__skrub_0123abcd__"], ["a"]],
    [["p__skrub_11111111___q__skrub_22222222__"], ["p_q"]],
    [["v__skrub_deadbeef__"], ["w"]],
    [["a", "b"], ["c"], ["d", "a"]],
]

HEADER = ("import pandas as pd\nimport skrub\n"
          "a = skrub.var('a', pd.DataFrame({'a1': [0, 1], 'x': [1, 2]}))\n"
          "b = skrub.var('b', pd.DataFrame({'x': [2, 3], 'b2': [3, 4]}))\n")

ERROR_CASES = {
    "axis_2": "c = a.skb.concat([b], axis=2)",
    "axis_columns": "c = a.skb.concat([b], axis='columns')",
    "axis_minus_1": "c = a.skb.concat([b], axis=-1)",
    "single_frame": "c = a.skb.concat(b)",
    "an_int": "c = a.skb.concat(3)",
    "none": "c = a.skb.concat(None, axis=1)",
    "int_in_list": "c = a.skb.concat([b, 1])",
    "str_in_list": "c = a.skb.concat([b, 'x'], axis=1)",
    "a_string": "c = a.skb.concat('ab')",
    "first_is_series": "c = a['x'].skb.concat([b])",
    "series_in_list": "c = a.skb.concat([b, b['x']], axis=1)",
    "first_shorter": "c = a.head(1).skb.concat([b], axis=1)",
}


def masked(name):
    return re.sub(r"__skrub_[0-9a-f]{8}__$", "__skrub_<token>__", name)


def names_rows():
    rows = []
    for tables in NAME_CASES:
        frames = [pd.DataFrame([list(range(len(t)))], columns=t) for t in tables]
        first = skrub.var("t0", frames[0])
        others = [skrub.var(f"t{i}", f) for i, f in enumerate(frames[1:], start=1)]
        result = first.skb.concat(others, axis=1).skb.eval()
        rows.append([json.dumps(tables), json.dumps([masked(str(c)) for c in result.columns])])
    return rows


def error_rows():
    rows = []
    for case, line in ERROR_CASES.items():
        try:
            exec(compile(HEADER + line + "\n", case + ".py", "exec"), {"__name__": "__main__"})
        except Exception as e:  # skrub wraps the error of the preview it computes; its last line is the cause
            rows.append([case, line, str(e).strip().splitlines()[-1]])
            continue
        sys.exit(f"{case}: skrub accepted {line!r}")
    return rows


def write(path, header, rows):
    with open(path, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_concat_reference.py with {skrub_version()}, pandas {pd.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {path}")


def main():
    write(OUT / "concat_names.csv", ["tables", "names"], names_rows())
    write(OUT / "concat_errors.csv", ["case", "line", "error"], error_rows())


if __name__ == "__main__":
    main()
