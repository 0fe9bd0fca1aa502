#!/usr/bin/env python3
"""pandas' guess_datetime_format and to_datetime(format=...) on dates written with month names, for MonthNameDatesTest.

Run from the repository root:  python3 runtime/reference/make_datetime_guess_reference.py
Writes runtime/src/test/resources/reference/datetime_guess.csv: a value, the format pandas guesses for it (month
first, then day first; empty when it guesses none), and the microseconds since the epoch pd.to_datetime gives with
that format (empty when it guesses none or cannot parse). Then a few values parsed with a given format, any case.
"""
import csv
import warnings
from pathlib import Path

import pandas as pd
from pandas.tseries.api import guess_datetime_format

OUT = Path(__file__).resolve().parents[2] / "runtime" / "src" / "test" / "resources" / "reference" / "datetime_guess.csv"

GUESSED = ["Jun 12 1998", "Jun 2 1998", "12 Jun 1998", "June 12, 1998", "Jun 12, 1998", "12-Jun-1998", "Jun-12-1998",
           "1998 Jun 12", "2001-Sep-03", "Fri Jun 12 1998", "Friday June 12, 1998", "12 June 1998",
           "Sep 3 2001 10:30", "Jun 12 1998 10:30:00", "Jun 12 1998 10:30:00.25", "Feb 29 2000", "Dec 31 1999",
           "May 5 2005", "Jan 01 1970", "Oct 31 2010 23:59:59",
           # not guessed by pandas
           "jun 12 1998", "JUN 12 1998", "Jun 12 98", "3 Sept 2001", "Jun 1998", "June 1998", "Jun 12 1998 junk",
           "Foo 12 1998", "12 13 1998"]
GIVEN = [("jun 12 1998", "%b %d %Y"), ("JUNE 12, 1998", "%B %d, %Y"), ("Feb 30 2001", "%b %d %Y"),
         ("Jun  12 1998", "%b %d %Y"), ("12-jun-1998", "%d-%b-%Y"), ("Mon Jun 12 1998", "%a %b %d %Y"),
         ("Jun 12 1998", "%B %d %Y"), ("June 12 1998", "%b %d %Y")]


def micros(value, fmt):
    try:
        t = pd.to_datetime(value, format=fmt)
    except (ValueError, TypeError):
        return ""
    return str((t - pd.Timestamp(0)) // pd.Timedelta(microseconds=1))


def main():
    rows = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for v in GUESSED:
            month_first = guess_datetime_format(v, dayfirst=False)
            day_first = guess_datetime_format(v, dayfirst=True)
            fmt = month_first or day_first
            rows.append([v, month_first or "", day_first or "", "", micros(v, fmt) if fmt else ""])
        for v, fmt in GIVEN:
            rows.append([v, "", "", fmt, micros(v, fmt)])
    with open(OUT, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["value", "guess_month_first", "guess_day_first", "given_format", "micros"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT} with pandas {pd.__version__}")


if __name__ == "__main__":
    main()
