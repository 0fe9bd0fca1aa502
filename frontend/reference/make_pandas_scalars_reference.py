"""Reference values of pandas' scalar constructors of dates and durations, and of their arithmetic.

For each expression below (pd.Timestamp, pd.Timedelta, pd.to_timedelta of constants, and arithmetic and comparisons
between them), pandas computes the value; this records Python's repr() and str() of it. PandasScalarsTest binds
`print(repr(EXPR))` and `print(EXPR)` in both frontends and holds Stratum's text to these. Units are held by the
frame cases (`temporal_constants_*` in make_frame_ops_reference.py), whose dtypes show the finer unit.

Usage (from the repository root): python3 frontend/reference/make_pandas_scalars_reference.py
Writes frontend/src/test/resources/reference/pandas_scalars.csv.
"""
import csv
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "pandas_scalars.csv"

EXPRESSIONS = [
    # Timestamps: ISO text, components, zones
    "pd.Timestamp('2012-01-01')",
    "pd.Timestamp('2012-01-01T10:30')",
    "pd.Timestamp('2012-01-01 10:30:00.123')",
    "pd.Timestamp('2012-01-01 10:30:00.123456')",
    "pd.Timestamp('2012-01-01 10:30:00.123456789')",
    "pd.Timestamp('2012-01')",
    "pd.Timestamp('2012')",
    "pd.Timestamp(2012, 1, 5)",
    "pd.Timestamp(2012, 1, 5, 10, 30)",
    "pd.Timestamp(year=2012, month=1, day=5, hour=3)",
    "pd.Timestamp(2012, 1, 5, 10, 30, 15, 250000)",
    "pd.Timestamp('2020-03-29 03:30', tz='Europe/Paris')",
    "pd.Timestamp('2020-01-01', tz='UTC')",
    "pd.Timestamp('2020-06-01T12:00:00+02:00', tz='UTC')",
    "pd.Timestamp('2020-06-01T12:00:00Z', tz='America/New_York')",
    "pd.Timestamp('1969-12-31 23:59:59.5')",
    # Timedeltas: components, numbers with units, text
    "pd.Timedelta(days=7)",
    "pd.Timedelta(weeks=1)",
    "pd.Timedelta(days=1.5)",
    "pd.Timedelta(seconds=1)",
    "pd.Timedelta(milliseconds=1)",
    "pd.Timedelta(nanoseconds=1)",
    "pd.Timedelta(days=-1, hours=2)",
    "pd.Timedelta(hours=36)",
    "pd.Timedelta(minutes=90, seconds=30)",
    "pd.Timedelta(7, unit='D')",
    "pd.Timedelta(7, 'days')",
    "pd.Timedelta(1.5, unit='h')",
    "pd.Timedelta(90, 'm')",
    "pd.Timedelta(5, unit='ms')",
    "pd.Timedelta(0.5, 's')",
    "pd.Timedelta(3)",
    "pd.Timedelta('7 days')",
    "pd.Timedelta('1h')",
    "pd.Timedelta('30min')",
    "pd.Timedelta('1 days 02:00:00')",
    "pd.Timedelta('2D')",
    "pd.Timedelta('1.5h')",
    "pd.Timedelta('00:30:00')",
    "pd.Timedelta('1:02:03')",
    "pd.Timedelta('1ms')",
    "pd.Timedelta('-1h30min')",
    "pd.Timedelta('-1 days +02:00:00')",
    "pd.Timedelta('-1 days 02:00:00')",
    "pd.Timedelta('-00:30:00')",
    "pd.Timedelta('2 hours 30 minutes')",
    "pd.Timedelta('1D2h')",
    "pd.Timedelta('7days 1h')",
    "pd.Timedelta('1 days 00:00:00.5')",
    "pd.Timedelta('1.123456789s')",
    "pd.Timedelta('+3h')",
    "pd.Timedelta('1W')",
    "pd.to_timedelta(7, unit='D')",
    "pd.to_timedelta('1h')",
    "pd.to_timedelta(2.25, unit='min')",
    # arithmetic and comparisons of constants
    "pd.Timestamp('2012-03-04 05:06:07') + pd.Timedelta(days=1)",
    "pd.Timedelta(hours=2) + pd.Timestamp('2012-03-04')",
    "pd.Timestamp('2012-03-04 05:06:07') - pd.Timestamp('2012-01-01')",
    "pd.Timestamp('2012-03-04') - pd.Timedelta('1h30min')",
    "pd.Timestamp('2020-03-29 01:30', tz='Europe/Paris') + pd.Timedelta(hours=1)",
    "pd.Timedelta(days=2) / pd.Timedelta(hours=1)",
    "pd.Timedelta(days=1) * 3",
    "2 * pd.Timedelta(minutes=45)",
    "pd.Timedelta(days=1) * 1.5",
    "pd.Timedelta(hours=1) / 4",
    "pd.Timedelta('1h') // pd.Timedelta('7min')",
    "pd.Timedelta('1h') % pd.Timedelta('7min')",
    "-pd.Timedelta(hours=1)",
    "pd.Timedelta(days=1) - pd.Timedelta(hours=25)",
    "pd.Timedelta(days=1) > pd.Timedelta(hours=23)",
    "pd.Timedelta('1h') == pd.Timedelta(minutes=60)",
    "pd.Timestamp('2012-01-02') > pd.Timestamp('2012-01-01 23:59')",
    "pd.Timestamp('2012-01-02') == pd.Timestamp(2012, 1, 2)",
    "pd.Timestamp('2012-01-02') != pd.Timestamp('2012-01-02 00:00:00.000000001')",
]


def main():
    rows = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for expr in EXPRESSIONS:
            value = eval(expr)
            rows.append({"expression": expr, "repr": repr(value), "str": str(value)})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="") as f:
        f.write(f"# made by frontend/reference/make_pandas_scalars_reference.py with pandas {pd.__version__}\n")
        w = csv.DictWriter(f, fieldnames=["expression", "repr", "str"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} expressions to {OUT} (pandas {pd.__version__})")


if __name__ == "__main__":
    main()
