#!/usr/bin/env python3
"""pandas' answers to scripts that broadcast group statistics back to the rows, for GroupTransformScriptTest.

Run from anywhere:  python3 frontend/reference/make_group_transform_reference.py
Each case is the body of a script, run here by real pandas (the repository root as working directory) and by Stratum
from the same text: it leaves its result in `out`. Written under frontend/src/test/resources/group_transform/:
<case>.py.txt (the script body) and <case>.csv: the column names, pandas' dtypes, then the rows, each row's label
(pandas' index) first under an empty name; floats by repr(), missing values as <NA>. A Series is written as its
one-column frame. The employee_salaries cases read ../shared/data (not redistributed): the test skips them without it.
"""
import csv
import os
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = HERE.parent / "src" / "test" / "resources" / "group_transform"
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from pandas_format import dtype_name, fmt  # noqa: E402  (the runtime fixtures' formatter)

INPUTS = """import pandas as pd
import skrub
groups = pd.read_csv("runtime/src/test/resources/reference/inputs/groups_nulls.csv")
flights = pd.read_csv("runtime/src/test/resources/reference/inputs/flights_sample.csv")
"""

EMPLOYEES = 'emp = pd.read_csv("../shared/data/employee_salaries.csv")\n'

CASES = {
    # groups_nulls.csv: key g has missing values (pandas' dropna=True gives those rows NaN, so int results are
    # float64), h is an int key without; x is float64 with NaN, n int64, s str with missing values
    "transform_mean_assign": "out = groups.assign(avg=groups.groupby('g')['x'].transform('mean'))",
    "transform_functions_missing_keys": "gb = groups.groupby('g')['n']\n"
                                        "out = groups[['g', 'n']].assign(mean=gb.transform('mean'), sum=gb.transform('sum'),\n"
                                        "    count=gb.transform('count'), size=gb.transform('size'), min=gb.transform('min'),\n"
                                        "    max=gb.transform('max'), median=gb.transform('median'), std=gb.transform('std'),\n"
                                        "    var=gb.transform('var'), nunique=gb.transform('nunique'), first=gb.transform('first'),\n"
                                        "    last=gb.transform('last'))",
    "transform_functions_int_key": "gb = groups.groupby('h')['n']\n"
                                   "out = groups[['h', 'n']].assign(mean=gb.transform('mean'), sum=gb.transform('sum'),\n"
                                   "    count=gb.transform('count'), size=gb.transform('size'), min=gb.transform('min'),\n"
                                   "    max=gb.transform('max'), median=gb.transform('median'), std=gb.transform('std'),\n"
                                   "    var=gb.transform('var'), nunique=gb.transform('nunique'), first=gb.transform('first'),\n"
                                   "    last=gb.transform('last'))",
    "transform_functions_float_nulls": "gb = groups.groupby('h')['x']\n"
                                       "out = groups[['h', 'x']].assign(mean=gb.transform('mean'), sum=gb.transform('sum'),\n"
                                       "    count=gb.transform('count'), min=gb.transform('min'), max=gb.transform('max'),\n"
                                       "    median=gb.transform('median'), std=gb.transform('std'), nunique=gb.transform('nunique'),\n"
                                       "    first=gb.transform('first'), last=gb.transform('last'))",
    "transform_strings": "gb = groups.groupby('h')['s']\n"
                         "out = groups[['h', 's']].assign(min=gb.transform('min'), max=gb.transform('max'),\n"
                         "    first=gb.transform('first'), last=gb.transform('last'), count=gb.transform('count'),\n"
                         "    nunique=gb.transform('nunique'), by_g=groups.groupby('g')['s'].transform('max'))",
    "transform_series_itself": "out = groups.groupby('g')['x'].transform('sum')",
    "transform_dropna_false": "gb = groups.groupby('g', dropna=False)\n"
                              "out = groups[['g', 'n']].assign(sum=gb['n'].transform('sum'), count=gb['x'].transform('count'),\n"
                              "    mean=gb['x'].transform('mean'), size=gb['n'].transform('size'), smax=gb['s'].transform('max'))",
    "transform_several_keys": "out = groups.assign(sd=groups.groupby(['g', 'h'])['x'].transform('std'),\n"
                              "    n_gh=groups.groupby(['h', 'g'])['n'].transform('size'),\n"
                              "    all_gh=groups.groupby(['g', 'h'], dropna=False)['n'].transform('sum'))",
    "transform_frame_selection": "out = groups.groupby('h')[['x', 'n']].transform('max')",
    "transform_frame_all_columns": "out = groups[['g', 'x', 'n']].groupby('g').transform('sum')",
    "transform_frame_size": "out = groups.assign(k=groups.groupby('h').transform('size'), k2=groups.groupby(['h'])[['x']].transform('size'))",
    "transform_key_selected": "out = groups.assign(c=groups.groupby('n')['n'].transform('count'), m=groups.groupby('g')[['g', 'x']].transform('max')['g'])",
    "transform_key_as_series": "out = groups.assign(m=groups.groupby(groups['g'])['x'].transform('mean'),\n"
                               "    k=groups.groupby(by=groups['h'], sort=False)['n'].transform('max'))",
    "transform_after_filter_labels": "late = flights[flights['delay'] > 20]\n"
                                     "out = late.groupby('origin')['delay'].transform('median')",
    "transform_then_filter": "f = flights.assign(avg=flights.groupby('origin')['delay'].transform('mean'))\n"
                             "out = f[f['delay'] > f['avg']]",
    "transform_filter_on_key_then_transform": "f = flights.assign(avg=flights.groupby('origin')['delay'].transform('mean'))\n"
                                              "out = f[f['origin'] == 'ORD']",
    "transform_datetime": "f = flights.assign(when=pd.to_datetime(flights['date']))\n"
                          "out = f[['origin', 'when']].assign(first=f.groupby('origin')['when'].transform('min'),\n"
                          "    last=f.groupby('origin')['when'].transform('max'), n=f.groupby('origin')['when'].transform('nunique'))",
    "transform_deviation_features": "gb = flights.groupby(['origin', 'destination'])['delay']\n"
                                    "out = flights.assign(route_mean=gb.transform('mean'), route_n=gb.transform('count'),\n"
                                    "    dev=flights['delay'] - gb.transform('mean'), z=(flights['delay'] - gb.transform('mean')) / gb.transform('std'))",
    # category columns (pandas 3: observed=True groups of a category key; first/last keep the category dtype)
    "transform_category": "cat = groups.astype({'g': 'category', 's': 'category'})\n"
                          "out = cat.assign(f=cat.groupby('h')['s'].transform('first'), l=cat.groupby('h')['s'].transform('last'),\n"
                          "    t=cat.groupby('g')['n'].transform('sum'), c=cat.groupby('g')['s'].transform('nunique'))",
    "transform_empty": "out = groups[groups['n'] > 100].assign(m=groups[groups['n'] > 100].groupby('g')['x'].transform('mean'))",
    "employees_by_department": EMPLOYEES
    + "gb = emp.groupby('department')['current_annual_salary']\n"
      "out = emp[['department', 'gender', 'current_annual_salary']].assign(avg_salary_by_dept=gb.transform('mean'),\n"
      "    n_dept=gb.transform('count'), med=gb.transform('median'),\n"
      "    share=emp['current_annual_salary'] / emp.groupby(['department', 'gender'])['current_annual_salary'].transform('max'),\n"
      "    hired=emp.groupby('gender', dropna=False)['year_first_hired'].transform('min'))[::7]",
}


class _EagerSkrub:
    """skrub.var(name, value) evaluates to value (what .skb.eval() gives), so pandas can run the case as written."""

    @staticmethod
    def var(name, value):
        return value


def main():
    os.chdir(ROOT)
    sys.modules["skrub"] = _EagerSkrub
    OUT.mkdir(parents=True, exist_ok=True)
    for case, body in CASES.items():
        scope = {}
        exec(INPUTS + body + "\n", scope)
        out = scope["out"]
        if isinstance(out, pd.Series):
            out = out.to_frame()
        assert isinstance(out, pd.DataFrame), case
        (OUT / f"{case}.py.txt").write_text(INPUTS + body + "\n", encoding="utf-8")
        with open(OUT / f"{case}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow([""] + [str(c) for c in out.columns])
            w.writerow(["int64"] + [dtype_name(d) for d in out.dtypes])
            for label, row in zip(out.index, out.itertuples(index=False)):
                w.writerow([fmt(label)] + [fmt(v) for v in row])
        print(f"wrote group_transform/{case} ({len(out)} rows)")


if __name__ == "__main__":
    main()
