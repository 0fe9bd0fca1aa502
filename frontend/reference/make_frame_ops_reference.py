#!/usr/bin/env python3
"""pandas' answers to DataOps scripts that use frame operations, for FrameOpsScriptTest.

Run from anywhere:  python3 frontend/reference/make_frame_ops_reference.py
Each case below is the body of a script, run here by real pandas (with the repository root as working directory)
and by Stratum from the same text: it reads committed inputs and leaves its result in `out`. Written under
frontend/src/test/resources/frame_ops/: <case>.py.txt (the script body; not .py, so that GraalPyParityTest does not
take it for a whole script) and <case>.csv (the column names, pandas' dtypes, then the rows; floats by repr(),
missing values as <NA>, booleans as True/False). A result that is a Series is written as its one-column frame.
skrub.var(name, value) is run eagerly (it is the value, as .skb.eval() gives it), since skrub is not installed here.
"""
import csv
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = HERE.parent / "src" / "test" / "resources" / "frame_ops"
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from pandas_format import dtype_name, fmt  # noqa: E402  (the runtime fixtures' formatter)

INPUTS = """import pandas as pd
import skrub
left = pd.read_csv("runtime/src/test/resources/reference/inputs/merge_left.csv")
right = pd.read_csv("runtime/src/test/resources/reference/inputs/merge_right.csv")
groups = pd.read_csv("runtime/src/test/resources/reference/inputs/groups_nulls.csv")
flights = pd.read_csv("runtime/src/test/resources/reference/inputs/flights_sample.csv")
"""

TEXTS = "texts = pd.read_csv('frontend/src/test/resources/frame_ops_inputs/text_filter.csv')\n"

CASES = {
    # rename(columns=function): pandas calls it on each column name (Stratum does while it builds the plan)
    "rename_columns_function": "out = left.rename(columns=lambda c: c.upper().replace('K', 'key_')).rename(columns=str.lower)",
    # add_prefix/add_suffix: every column renamed (a filter and a selection of the renamed names after it)
    "add_prefix_suffix": "tagged = flights.add_prefix('f_').add_suffix('_v')\n"
                         "out = tagged[tagged['f_delay_v'] > 10][['f_origin_v', 'f_delay_v']].add_suffix('', axis='columns')",
    # Python's str methods on strings the script knows (column names), as agents normalise names
    "str_methods_on_names": "names = [' Beak Length (mm) ', 'a_b-c d', 'ÉCOLE straße', 'x.y.z', '  ', '-42']\n"
                            "out = pd.DataFrame({'lower': [n.lower() for n in names], 'upper': [n.upper() for n in names],\n"
                            "    'casefold': [n.casefold() for n in names], 'strip': [n.strip() for n in names],\n"
                            "    'lstrip': [n.lstrip(' -') for n in names], 'rstrip': [n.rstrip(') ') for n in names],\n"
                            "    'replace': [n.replace(' ', '_') for n in names], 'replace1': [n.replace('.', '', 1) for n in names],\n"
                            "    'starts': [n.startswith((' ', 'a')) for n in names], 'ends': [n.endswith('z') for n in names],\n"
                            "    'split': ['|'.join(n.split()) for n in names], 'split_dot': ['|'.join(n.split('.', 1)) for n in names],\n"
                            "    'rsplit': ['|'.join(n.rsplit(None, 1)) for n in names],\n"
                            "    'split1': ['|'.join(n.split(None, 1)) for n in names], 'split0': ['|'.join(n.split(None, 0)) for n in names], 'capitalize': [n.capitalize() for n in names],\n"
                            "    'title': [n.title() for n in names], 'zfill': [n.zfill(6) for n in names]})",
    # frame["col"] = value inside a script function (skrub hands a deferred function a pandas frame): on a copy, a new
    # column, a replaced one and a column from a comparison; and on the caller's frame itself, changed in place
    "setitem_in_function": "@skrub.deferred\n"
                           "def add_features(frame):\n"
                           "    frame = frame.copy()\n"
                           "    frame['ratio'] = frame['delay'] / frame['distance']\n"
                           "    frame['late'] = frame['delay'] > 15\n"
                           "    frame['delay'] = frame['delay'].fillna(0) * 2\n"
                           "    for k in [1, 2]:\n"
                           "        frame[f'd{k}'] = frame['distance'] + k\n"
                           "    return frame\n"
                           "out = add_features(flights)",
    "setitem_changes_argument": "def tag(frame, scale):\n"
                                "    frame['a10'] = frame['a'] * scale\n"
                                "work = left.copy()\n"
                                "before = work\n"
                                "tag(work, 10)\n"
                                "out = before.assign(same=work['a10'] == before['a10'])",
    # shift(periods) and diff(periods) by row position: lags and leads of numbers, text and datetimes, a frame's columns,
    # after a filter (positions, not labels) and before one (which must not move below it)
    "shift_columns": "out = flights.assign(prev=flights['delay'].shift(1), next=flights['delay'].shift(-2),\n"
                     "    same=flights['delay'].shift(0), d=flights['delay'].diff(), d3=flights['distance'].diff(periods=3),\n"
                     "    back=flights['delay'].diff(-1), o=flights['origin'].shift(1),\n"
                     "    when=pd.to_datetime(flights['date']).shift(2))",
    "shift_frame": "out = pd.concat([groups[['x', 'n']].shift(2), groups[['x', 'n']].diff().rename(columns={'x': 'dx', 'n': 'dn'}),\n"
                   "    groups[['g']].shift(-1)], axis=1)",
    "shift_after_filter": "late = flights[flights['delay'] > 20]\n"
                          "out = late.assign(prev=late['delay'].shift(1), gap=late['distance'].diff())",
    "filter_after_shift": "lagged = flights.assign(prev=flights['delay'].shift(1), rise=flights['delay'].diff() > 0)\n"
                          "out = lagged[(lagged['delay'] > 30) & lagged['rise']]",
    "shift_longer_than_rows": "out = groups.assign(far=groups['x'].shift(100), back=groups['n'].diff(-50))",
    # fillna with per-column values of other labels (agents' df.fillna(df.median(numeric_only=True))): each column
    # filled from its label's value, columns without one unchanged, values without a column ignored
    "fillna_with_medians": "out = groups.fillna(groups.median(numeric_only=True))",
    "fillna_with_extra_labels": "out = groups[['s', 'x']].fillna(groups.mean(numeric_only=True))",
    # The cumulative methods, pct_change, expanding and rolling statistics (one Window node; pct_change a Shift): on
    # real data (Seattle weather: runs of equal precipitation, which pandas' rolling sums special-case), on int64 and
    # bool columns, on NaN at the start, middle and end, on windows longer than the frame, and on a frame's columns
    "cumulative_columns": "out = flights.assign(cs=flights['delay'].cumsum(), cmx=flights['delay'].cummax(),\n"
                          "    cmn=flights['distance'].cummin(), cp=(flights['distance'] / 1000).cumprod(),\n"
                          "    late=(flights['delay'] > 15).cumsum(), ever=(flights['delay'] > 60).cummax())",
    "cumulative_nan": "out = groups.assign(cs=groups['x'].cumsum(), cp=groups['x'].cumprod(), cmx=groups['x'].cummax(),\n"
                      "    cmn=groups['x'].cummin(), nsum=groups['n'].cumsum(skipna=True), nprod=groups['n'].cumprod())",
    "cumulative_frame": "out = pd.concat([groups[['x', 'n']].cumsum(), groups[['h', 'x']].cummin().rename(columns={'h': 'hm', 'x': 'xm'})], axis=1)",
    "pct_change_columns": "weather = pd.read_csv('examples/data/seattle-weather.csv')\n"
                          "out = weather.assign(p1=weather['temp_max'].pct_change(), p3=weather['precipitation'].pct_change(3),\n"
                          "    back=weather['wind'].pct_change(periods=-2), t=weather['temp_min'].pct_change())",
    "pct_change_nan": "out = pd.concat([groups[['x', 'n']].pct_change(), groups[['n']].pct_change(20).rename(columns={'n': 'far'})], axis=1)",
    "expanding_stats": "weather = pd.read_csv('examples/data/seattle-weather.csv')\n"
                       "e = weather['temp_max'].expanding()\n"
                       "out = weather.assign(m=e.mean(), s=e.sum(), lo=e.min(), hi=e.max(), sd=e.std(), n=e.count(), md=e.median(),\n"
                       "    rain=weather['precipitation'].expanding(min_periods=30).mean(),\n"
                       "    v=weather['wind'].expanding(5).var(), sd0=weather['wind'].expanding().std(ddof=0))",
    "expanding_nan": "out = pd.concat([groups[['x', 'n']].expanding().mean(), groups[['x']].expanding(min_periods=3).std().rename(columns={'x': 'sd'}),\n"
                     "    groups[['x']].expanding(min_periods=0).sum().rename(columns={'x': 's0'}),\n"
                     "    groups[['x']].expanding().count().rename(columns={'x': 'c'}), groups[['x']].expanding().max().rename(columns={'x': 'hi'})], axis=1)",
    "rolling_stats": "weather = pd.read_csv('examples/data/seattle-weather.csv')\n"
                     "r = weather['precipitation'].rolling(7)\n"
                     "out = weather.assign(m=r.mean(), s=r.sum(), lo=r.min(), hi=r.max(), sd=r.std(), v=r.var(), med=r.median(),\n"
                     "    n=r.count(), t30=weather['temp_max'].rolling(30, min_periods=10).mean(),\n"
                     "    w4=weather['wind'].rolling(window=4).median(), t2=weather['temp_min'].rolling(2).std(ddof=0),\n"
                     "    big=weather['temp_max'].rolling(365).max())",
    "rolling_nan": "out = pd.concat([groups[['x', 'n']].rolling(3).mean(), groups[['x']].rolling(3, min_periods=1).sum().rename(columns={'x': 's1'}),\n"
                   "    groups[['x']].rolling(2, min_periods=0).count().rename(columns={'x': 'c'}),\n"
                   "    groups[['x']].rolling(4, min_periods=2).median().rename(columns={'x': 'med'}),\n"
                   "    groups[['x']].rolling(3, min_periods=1).min().rename(columns={'x': 'lo'}),\n"
                   "    groups[['x']].rolling(3, min_periods=2).std().rename(columns={'x': 'sd'}),\n"
                   "    groups[['n']].rolling(50, min_periods=1).max().rename(columns={'n': 'longer'}),\n"
                   "    groups[['n']].rolling(50).mean().rename(columns={'n': 'none'})], axis=1)",
    "rolling_after_filter": "late = flights[flights['delay'] > 20]\n"
                            "out = late.assign(avg=late['delay'].rolling(5).mean(), run=late['distance'].cumsum())",
    "filter_after_rolling": "smooth = flights.assign(avg=flights['delay'].rolling(10, min_periods=3).mean(), top=flights['delay'].cummax())\n"
                            "out = smooth[smooth['avg'] > 12]",
    "window_edges": "edges = pd.DataFrame({'v': [None, None, 1.0, None, None, None, 2.5, 2.5, 2.5, 2.5, -0.0, -1.0, None],\n"
                    "    'k': [3, 3, 3, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2]})\n"
                    "r = edges['v'].rolling(2, min_periods=0)\n"
                    "out = edges.assign(mx=r.max(), mn=r.min(), md=r.median(), m=r.mean(), s=r.sum(), sd=r.std(), c=r.count(),\n"
                    "    em=edges['v'].expanding(min_periods=0).mean(), es=edges['v'].expanding(min_periods=0).sum(),\n"
                    "    r4=edges['v'].rolling(4).mean(), r4s=edges['v'].rolling(4, min_periods=1).std(),\n"
                    "    kc=edges['k'].cumsum(), kx=edges['k'].cummin(), kp=edges['k'].pct_change(),\n"
                    "    up=(edges['k'] > 1).rolling(3).sum(), share=(edges['k'] > 1).expanding().mean())",
    # A group-by's row methods, aligned to the rows: keys with missing values (dropped rows get NaN, so int columns
    # become float64), keys without (int64 stays int64), dropna=False, several keys, a frame's columns, real data
    "grouped_row_methods": "out = groups.assign(cs=groups.groupby('g')['x'].cumsum(), cc=groups.groupby('g').cumcount(),\n"
                           "    sh=groups.groupby('g')['n'].shift(1), d=groups.groupby('g')['n'].diff(),\n"
                           "    pc=groups.groupby('g')['x'].pct_change(), mx=groups.groupby('g')['n'].cummax(),\n"
                           "    back=groups.groupby('g')['s'].shift(-1), mn=groups.groupby('g')['x'].cummin(),\n"
                           "    cp=groups.groupby('g')['n'].cumprod())",
    # transform("cumcount") is cumcount(): with or without a selection, missing keys (float64 with NaN) or none (int64)
    "grouped_transform_cumcount": "out = groups.assign(t=groups.groupby('g')['x'].transform('cumcount'),\n"
                                  "                    f=groups.groupby('g')[['x', 'n']].transform('cumcount'),\n"
                                  "                    a=groups.groupby('h').transform('cumcount'),\n"
                                  "                    m=groups.groupby(['h', 's'])['n'].transform('cumcount'))",
    "grouped_row_methods_full_keys": "out = groups.assign(cs=groups.groupby('h')['n'].cumsum(), cc=groups.groupby('h').cumcount(),\n"
                                     "    keep=groups.groupby('g', dropna=False)['n'].cumsum(), d2=groups.groupby(['h', 'g'])['x'].diff(2),\n"
                                     "    first=groups.groupby('h')['n'].shift(0), lead=groups.groupby('h')['n'].shift(periods=-1))",
    "grouped_frame_methods": "out = pd.concat([groups.groupby('g')[['x', 'n']].cumsum(), groups.groupby('h').shift(1).rename(columns={'g': 'pg', 'x': 'px', 'n': 'pn', 's': 'ps'}),\n"
                             "    groups.groupby('g', dropna=False)[['n']].diff().rename(columns={'n': 'dn'})], axis=1)",
    "grouped_flights": "late = flights[flights['delay'] > 0]\n"
                       "g = late.groupby('origin')\n"
                       "out = late.assign(total=g['delay'].cumsum(), nth=g.cumcount(), prev=g['delay'].shift(1),\n"
                       "    gap=g['distance'].diff(), worst=g['delay'].cummax(), change=g['delay'].pct_change(2))",
    "grouped_transform_by_name": "out = pd.concat([groups.assign(a=groups.groupby('g')['x'].transform('cumsum'),\n"
                                 "    b=groups.groupby('h')['n'].transform('shift'), c=groups.groupby('g')['x'].transform('pct_change'),\n"
                                 "    d=groups.groupby('h')['n'].transform('diff')),\n"
                                 "    groups.groupby('g')[['x', 'n']].transform('cummax').rename(columns={'x': 'xm', 'n': 'nm'})], axis=1)",
    # groupby(k)[c].transform(f) of a script function that is one per-row method of the column: per group, aligned
    "grouped_transform_function": "out = groups.assign(r=groups.groupby('g')['x'].transform(lambda s: s.rolling(2, min_periods=1).mean()),\n"
                                  "    e=groups.groupby('h')['n'].transform(lambda s: s.expanding().max()),\n"
                                  "    em=groups.groupby('g')['x'].transform(lambda s: s.expanding().median()),\n"
                                  "    c=groups.groupby('g')['n'].transform(lambda s: s.cumsum()),\n"
                                  "    l=groups.groupby('h')['x'].transform(lambda s: s.shift(1)),\n"
                                  "    sd=groups.groupby('h')['x'].transform(lambda s: s.rolling(3, min_periods=2).std()))",
    "grouped_rolling_flights": "def smooth(s):\n"
                               "    return s.rolling(5, min_periods=2).mean()\n"
                               "out = flights.assign(avg=flights.groupby('origin')['delay'].transform(smooth),\n"
                               "    top=flights.groupby('origin')['delay'].transform(lambda s: s.rolling(10).max()),\n"
                               "    mid=flights.groupby('destination')['distance'].transform(lambda s: s.rolling(4, min_periods=1).median()))",
    # groupby(k)[c].rolling(w).f().reset_index(level=0, drop=True): pandas' keyed result with the keys dropped, in
    # group order with the rows' labels; assigned to the frame it aligns by label
    "grouped_rolling_reset_index": "r = groups.groupby('g')['x'].rolling(2, min_periods=1).mean().reset_index(level=0, drop=True)\n"
                                   "out = groups.assign(r=r, e=groups.groupby('h')['n'].expanding().max().reset_index(level='h', drop=True),\n"
                                   "    s=groups.groupby(['h', 'g'])['x'].rolling(3, min_periods=1).sum().reset_index(level=[0, 1], drop=True))",
    "grouped_rolling_order": "out = groups.groupby('g')['x'].rolling(3, min_periods=1).sum().reset_index(level=0, drop=True)",
    "grouped_rolling_reset_flights": "out = flights.assign(avg=flights.groupby('origin')['delay'].rolling(7).mean().reset_index(0, drop=True),\n"
                                     "    hi=flights.groupby('origin', dropna=False)['distance'].rolling(3).max().reset_index(level=0, drop=True))",
    # rolling(center=True): each row's window centred on it, cut at the ends (odd and even widths, min_periods, every
    # statistic, a window longer than the rows); per group through transform(lambda) and the reset_index form
    "rolling_center": "weather = pd.read_csv('examples/data/seattle-weather.csv')\n"
                      "r = weather['precipitation'].rolling(7, center=True)\n"
                      "out = weather.assign(m=r.mean(), s=r.sum(), mx=r.max(), n=r.count(), md=r.median(),\n"
                      "    c4=weather['temp_max'].rolling(4, center=True, min_periods=1).max(),\n"
                      "    lo=weather['temp_min'].rolling(window=6, min_periods=2, center=True).min(),\n"
                      "    n5=weather['precipitation'].rolling(5, center=True, min_periods=2).count(),\n"
                      "    sd=weather['wind'].rolling(3, center=True).std(), v=weather['wind'].rolling(10, center=True, min_periods=4).var(ddof=0),\n"
                      "    big=weather['temp_max'].rolling(2000, center=True, min_periods=1).mean())",
    "grouped_rolling_center": "out = groups.assign(r=groups.groupby('g')['x'].transform(lambda s: s.rolling(3, center=True, min_periods=1).mean()),\n"
                              "    k=groups.groupby('h')['n'].rolling(4, center=True, min_periods=2).sum().reset_index(level=0, drop=True),\n"
                              "    c=groups['x'].rolling(3, center=True, min_periods=0).count())",
    "rolling_center_flights": "out = flights.assign(f=flights.groupby('origin')['delay'].transform(lambda s: s.rolling(5, center=True).max()),\n"
                              "    a=flights['distance'].rolling(8, center=True, min_periods=3).mean())",
    # ewm(...).mean(): the decay as span, alpha, halflife or com, adjust, ignore_na, min_periods; a frame's columns;
    # per group through transform(lambda) and the reset_index form
    "ewm_mean": "weather = pd.read_csv('examples/data/seattle-weather.csv')\n"
                "out = weather.assign(s7=weather['temp_max'].ewm(span=7).mean(), a3=weather['wind'].ewm(alpha=0.3, adjust=False).mean(),\n"
                "    h=weather['precipitation'].ewm(halflife=3, min_periods=5).mean(), c=weather['temp_min'].ewm(com=2.5).mean(),\n"
                "    s30=weather['temp_max'].ewm(span=30, adjust=False, min_periods=10).mean())",
    "ewm_groups": "out = pd.concat([groups[['x', 'n']].ewm(span=3).mean(),\n"
                  "    groups[['x']].ewm(alpha=0.5, ignore_na=True).mean().rename(columns={'x': 'xi'}),\n"
                  "    groups[['x']].ewm(com=1, adjust=False, ignore_na=True, min_periods=2).mean().rename(columns={'x': 'xa'}),\n"
                  "    groups.assign(gx=groups.groupby('g')['x'].transform(lambda s: s.ewm(span=2).mean()),\n"
                  "        hn=groups.groupby('h')['n'].ewm(halflife=2).mean().reset_index(level=0, drop=True))[['gx', 'hn']]], axis=1)",
    # ffill()/bfill(): each missing value the last (next) non-missing one, of a column, of a frame's columns and per
    # group (text, floats, limit; an int column keeps its dtype; pandas' advice x.ffill().pct_change())
    "fill_forward_backward": "out = groups.assign(fx=groups['x'].ffill(), bx=groups['x'].bfill(), fs=groups['s'].ffill(),\n"
                             "    l1=groups['x'].ffill(limit=1), b1=groups['s'].bfill(limit=1), nf=groups['n'].ffill(),\n"
                             "    gf=groups.groupby('g')['x'].ffill(), gb=groups.groupby('h')['s'].bfill(),\n"
                             "    gl=groups.groupby('h')['x'].ffill(limit=1), tf=groups.groupby('h')['x'].transform('ffill'),\n"
                             "    pc=groups['x'].ffill().pct_change())",
    "fill_frames": "out = pd.concat([groups[['x', 's']].ffill(), groups[['x', 'n']].bfill().rename(columns={'x': 'bx', 'n': 'bn'}),\n"
                   "    groups.groupby('h')[['x', 's']].ffill().rename(columns={'x': 'gx', 's': 'gs'})], axis=1)",
    "fill_flights": "late = flights.assign(d=flights['delay'].where(flights['delay'] > 0))\n"
                    "out = late.assign(f=late['d'].ffill(), b=late.groupby('origin')['d'].bfill(), l=late['d'].ffill(limit=2))",
    # df.query with the script's variables (@name), as agents parametrise filters
    "query_local_variables": "threshold = 11\n"
                             "wanted = ['x', 'z']\n"
                             "label = 'red'\n"
                             "out = left.query('a > @threshold and k2 in @wanted or s == @label and \"@x\" != s')",
    # pd.concat
    "concat_rows": "out = pd.concat([left, right])",
    "concat_rows_ignore_index": "out = pd.concat([right, left[['k1', 'a', 's']], right], ignore_index=True)",
    "concat_columns": "out = pd.concat([left[['k1', 'a']], left[['s', 'b']].rename(columns={'s': 'colour'})], axis=1)",
    "concat_columns_named_axis": "out = pd.concat([groups[['g']], groups[['x', 'n']]], axis='columns')",
    "concat_after_filter": "out = pd.concat([flights[flights['delay'] > 60], flights[flights['delay'] < -20]]).head(40)",
    # Python's abs() of a column (pandas' Series.abs()), of a frame, and of a value computed from the data
    "abs_column": "out = flights.assign(late=abs(flights['delay']), neg=abs(-flights['delay'] * 0.5))",
    "abs_frame": "out = abs(groups[['x', 'n']] - 2)",
    "abs_value_from_data": "out = flights.assign(spread=flights['delay'] - abs(flights['delay'].min()))",
    # rows by position: slices with a step, a negative start with a non-negative stop, .iloc with a list
    "rows_step_slice": "out = flights[::7]",
    "rows_reversed_step": "out = left[::-2]",
    "rows_negative_start_slice": "out = left[-4:6]",
    "column_step_slice": "out = flights['delay'][1:40:3]",
    "iloc_step_slice": "out = left.iloc[1::2]",
    "iloc_positions": "out = flights.iloc[[5, 0, -1, 5]]",
    "iloc_positions_column": "out = groups['x'].iloc[[2, -3]]",
    # drop_duplicates
    "drop_duplicates_all": "out = pd.concat([left, left.head(3)]).drop_duplicates()",
    "drop_duplicates_subset": "out = left.drop_duplicates(subset=['k1', 'k2'])",
    "drop_duplicates_last": "out = left.drop_duplicates('k2', keep='last')",
    "drop_duplicates_none": "out = groups.drop_duplicates(subset=['g', 'h'], keep=False)",
    "drop_duplicates_column": "out = flights['origin'].drop_duplicates()",
    # value_counts
    "value_counts_column": "out = flights['origin'].value_counts().reset_index()",
    "value_counts_normalize": "out = groups['g'].value_counts(normalize=True).reset_index()",
    "value_counts_frame": "out = left[['k2', 'b']].value_counts().reset_index()",
    "value_counts_subset": "out = groups.value_counts(subset=['g', 'h']).reset_index()",
    # value_counts' options: missing values counted at their first appearance, first-appearance order, ascending
    # counts with ties in first-appearance order (pandas' stable sort)
    "value_counts_dropna_false": "out = groups['g'].value_counts(dropna=False).reset_index()",
    "value_counts_dropna_false_normalize": "out = groups.value_counts(['g', 'h'], dropna=False, normalize=True).reset_index()",
    "value_counts_unsorted": "out = flights['origin'].value_counts(sort=False).reset_index()",
    "value_counts_frame_unsorted": "out = groups.value_counts(['h', 'g'], sort=False, dropna=False).reset_index()",
    "value_counts_ascending": "out = flights['destination'].value_counts(ascending=True).reset_index()",
    # steps chained on value_counts() and group-by results that keep the keys in the index, then reset_index()
    "value_counts_chained": "out = (flights['origin'].value_counts().sort_index().tail(4) * 100 / 7).round(2).reset_index()",
    "value_counts_reset_name": "out = flights['origin'].value_counts().head(3).reset_index(name='n')",
    "value_counts_reset_drop": "out = flights['destination'].value_counts().tail(3).reset_index(drop=True)",
    "group_mean_sorted": "out = flights.groupby('origin')['delay'].mean().sort_values(ascending=False).head(3).reset_index()",
    "group_frame_chained": "out = (flights.groupby(['origin', 'destination'])[['delay']].max() - 1).sort_index(ascending=False).head(5).reset_index()",
    "group_size_selected": "out = groups.groupby('g').agg(m=('x', 'mean'), s=('x', 'sum'))['s'].reset_index()",
    # agg([...]) of several columns (two-level column names), one aggregated column selected back
    "group_agg_list_selected": "out = groups.groupby(['g', 'h'])[['x', 'n']].agg(['mean', 'max', 'count'])['x'].round(3).reset_index()",
    # describe() and corr() with their row labels made a column ('index', as pandas' reset_index() names it)
    "describe_frame": "out = groups.describe().reset_index()",
    # describe() with datetime columns: pandas' object column of a count and Timestamps, compared as its texts (astype(str))
    "describe_datetime_frame": "f = flights.assign(when=pd.to_datetime(flights['date']))\n"
                               "out = f.describe().reset_index().astype({'when': 'str'})",
    "describe_datetime_units": "p = pd.read_parquet('frontend/src/test/resources/frame_ops_inputs/datetime_units.parquet')\n"
                               "out = p.describe().reset_index().astype({'ms': 'str', 'us': 'str', 'ns': 'str'})",
    # a frame's describe() leaves out datetimes with a time zone; a column's describes them
    "describe_datetime_only_zones": "z = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_zones.feather')\n"
                                    "out = z[['utc', 'paris', 'fixed', 'naive', 'k']].describe().reset_index().astype({'naive': 'str'})",
    "describe_datetime_column_zone": "z = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_zones.feather')\n"
                                     "out = z['paris'].describe().reset_index().astype({'paris': 'str'})",
    "describe_datetime_column": "out = pd.to_datetime(flights['date']).describe().reset_index().astype({'date': 'str'})",
    # durations: pandas counts them among the numbers (every statistic, std too), as Timedelta texts
    "describe_durations": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\n"
                          "f = t.assign(gap=t['us'] - t['s'], wait=(t['ns'] - t['us']) * 2, when=t['ms'])\n"
                          "out = f[['k', 'gap', 'wait', 'when']].describe().reset_index().astype({'gap': 'str', 'wait': 'str', 'when': 'str'})",
    "describe_duration_column": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\n"
                                "f = t.assign(d=t['ms'] - t['s'])\n"
                                "out = f['d'].describe().reset_index().astype({'d': 'str'})",
    "describe_column": "out = flights['delay'].describe().round(4).reset_index()",
    "corr_numeric_only": "out = groups.corr(numeric_only=True).reset_index()",
    "corr_flights": "out = flights[['delay', 'distance']].corr().reset_index()",
    "group_agg_dict_lists_selected": "out = flights.groupby('origin').agg({'delay': ['min', 'median'], 'distance': 'max'})['delay'].reset_index()",
    # masks from isin / isna / notna
    "mask_isin": "out = flights[flights['origin'].isin(['ORD', 'DEN', 'ATL'])]",
    "mask_isna": "out = groups[groups['x'].isna()]",
    "mask_notna": "out = groups[groups['s'].notna()]",
    "mask_notnull_and_isin": "out = left[left['s'].notnull() & ~left['k2'].isin(['y'])]",
    "mask_isnull_or_compare": "out = groups[groups['g'].isnull() | (groups['n'] > 6)]",
    # masks of number comparisons combined by & | ^ (one pass in Stratum): missing x and NaN compare False, != True
    "mask_compare_and_nulls": "out = groups[(groups['x'] > 0.15) & (groups['n'] < 8)]",
    "mask_compare_not_equal_nulls": "out = groups[(groups['x'] != 0.2) | (groups['n'] >= 9)]",
    "mask_compare_xor_constant_left": "out = groups[(1 < groups['x']) ^ (4 == groups['n'])]",
    "mask_compare_nested": "out = groups[((groups['n'] > 2) & (groups['x'] < 1.0)) | (groups['n'] == 9)]",
    "mask_compare_int_with_float": "out = flights[(flights['delay'] > 10.5) & (flights['distance'] <= 1000)]",
    # a filter's text gathered only when read (at least 1,024 kept rows, at most half): nulls, varying and fixed widths
    "filter_text_deferred": TEXTS + "out = texts[(texts['n'] > 5) & (texts['x'] < 0.6)]",
    "filter_text_deferred_twice": TEXTS + "some = texts[texts['n'] < 4]\nout = some[some['x'] < 0.45]",
    "filter_text_deferred_len": TEXTS + "kept = texts[(texts['n'] > 6) & (texts['x'] > 0.2)]\n"
                                "out = kept[['n']].assign(rows=kept['n'] * 0 + kept.shape[0]).head(3)",
    "filter_text_deferred_sorted": TEXTS + "out = texts[texts['n'] == 3].sort_values('word').head(60)",
    "filter_text_deferred_groupby": TEXTS + "kept = texts[texts['n'] >= 6]\n"
                                    "out = kept.groupby('day').agg(k=('n', 'size'), s=('x', 'sum')).reset_index().head(80)",
    "filter_text_deferred_str": TEXTS + "kept = texts[texts['n'] <= 1]\n"
                                "out = kept.assign(w=kept['word'].str.len(), u=kept['word'].str.upper())",
    "mask_compare_none_kept": "out = groups[(groups['n'] > 100) & (groups['x'] < 0)]",
    "mask_compare_all_kept": "out = groups[(groups['n'] > 0) | (groups['x'] > 0)]",
    "mask_compare_nan_constant": "import numpy as np\nout = groups[(groups['x'] < np.nan) | (groups['n'] != np.nan)]",
    "mask_compare_as_column": "out = groups.assign(m=(groups['x'] > 0) & (groups['n'] > 3), k=(groups['x'] > 0) | (groups['x'] < -1))",
    # where with a column as other (rows pair by position)
    "where_column_int": "out = left.assign(w=left['a'].where(left['a'] > 12, left['a'] * 10))",
    "where_column_int_by_float_nan": "out = groups.assign(w=groups['n'].where(groups['n'] > 4, groups['x']))",
    "where_column_int_by_whole_floats": "out = groups.assign(w=groups['n'].where(groups['n'] > 4, groups['n'] * 1.0))",
    "where_column_float_by_int": "out = groups.assign(w=groups['x'].where(groups['x'] > 0.5, groups['n']))",
    "where_column_str": "out = groups.assign(w=groups['s'].where(groups['s'].notna(), groups['g']))",
    "where_column_bool": "out = left.assign(w=left['b'].where(left['a'] > 12, ~left['b']))",
    # pd.DataFrame literals (alone, in skrub.var, joined and stacked with read frames)
    "literal_dtypes": "out = pd.DataFrame({'i': [1, 2, 3], 'f': [1.5, None, 3], 's': ['x', None, 'z'], 'b': [True, False, True], 'n': [1, None, 3]})",
    "literal_columns_picked": "out = pd.DataFrame({'a': [1, 2], 'b': ['u', 'v'], 'c': [0.5, 0.25]}, columns=['c', 'a'])",
    "literal_in_var_merged": "regions = skrub.var('regions', pd.DataFrame({'origin': ['ORD', 'DEN', 'ATL'], 'region': ['midwest', 'west', 'south']}))\n"
                             "out = flights.merge(regions, on='origin', how='left').head(30)",
    "literal_concat": "out = pd.concat([pd.DataFrame({'k1': [9.0, 8], 'k2': ['w', None]}), left[['k1', 'k2']]])",
    "where_column_nothing_replaced": "out = groups.assign(w=groups['n'].where(groups['n'] > 0, groups['x']))",
    "where_column_int_by_whole_floats_nan_kept": "out = left.assign(w=left['a'].where(left['b'], left['k1']))",
    # where on a whole frame: a row mask, a boolean frame, a constant or a frame as other
    "where_frame_row_mask": "out = groups[['h', 'x', 'n', 's']].where(groups['n'] > 3)",
    "where_frame_row_mask_constant": "out = flights[['delay', 'distance']].where(flights['origin'] != 'ORD', 0).head(60)",
    "where_frame_notna": "out = groups[['x', 'n']].where(groups[['x', 'n']].notna(), 0)",
    "where_frame_other_frame": "out = left[['a', 'k1']].where(left['b'], left[['k1', 'a']].rename(columns={'k1': 'a', 'a': 'k1'}))",
    "where_frame_keywords": "out = left[['s', 'k2']].where(cond=left['a'] > 11, other='none')",
    # shape, len(), columns, dtypes and dtype as values of the script (known while Stratum builds the plan)
    "facts_shape_len": "out = pd.DataFrame({'fact': ['rows', 'len', 'columns', 'len_columns', 'len_column', 'column_shape', 'ndim'],\n"
                       "                    'value': [flights.shape[0], len(flights), flights.shape[1], len(flights.columns),\n"
                       "                              len(flights['origin']), flights['delay'].shape[0], flights.ndim]})",
    "facts_columns_comprehension": "out = flights[[c for c in flights.columns if c != 'date' and c in ['origin', 'delay', 'distance']]].head(25)",
    "facts_dtypes_select": "out = groups[[c for c, t in groups.dtypes.items() if t == 'float64' or t == 'str']]",
    "facts_dtypes_table": "kept = flights.drop(columns=['destination']).rename(columns={'origin': 'from'}).assign(\n"
                          "    km=flights['distance'] * 1.609, when=pd.to_datetime(flights['date']), late=flights['delay'] > 15)\n"
                          "out = pd.DataFrame({'column': list(kept.columns), 'dtype': [str(t) for t in kept.dtypes],\n"
                          "                    'same': [str(kept[c].dtype) == str(kept.dtypes[c]) for c in kept.columns.tolist()]})",
    "facts_len_arithmetic": "out = flights.assign(share=flights['delay'] / len(flights), rows=flights['delay'] * 0 + flights.shape[0] * 2).head(len(flights) // 100)",
    # the number of rows a filter keeps, counted from its mask (fused number comparisons, a text comparison, a column)
    "filter_row_count": "kept = flights[(flights['delay'] > 10) & (flights['distance'] < 1000)]\n"
                        "out = flights.assign(share=flights['delay'] / kept.shape[0],\n"
                        "                     ord=flights['delay'] * 0 + flights[flights['origin'] == 'ORD'].shape[0],\n"
                        "                     short=flights['delay'] * 0 + flights['delay'][flights['distance'] < 500].shape[0]).head(30)",
    "facts_after_merge_and_sort": "joined = left.merge(right, on='k1', suffixes=('_l', '_r')).sort_values('k1').head(3)\n"
                                  "out = pd.DataFrame({'column': joined.columns.tolist(), 'dtype': [str(t) for t in joined.dtypes],\n"
                                  "                    'rows': [len(left) for c in joined.columns]})",
    "facts_columns_membership": "names = [c for c in groups.columns if c in ['g', 'x', 'zz'] or 'n' not in c]\n"
                                "out = groups.rename(columns={c: c + '_' + str(len(names)) for c in names if c in groups.columns})",
    # the category dtype (pandas 3: sorted str categories, observed=True groups, unobserved categories counted as 0)
    "category_astype_filter_groupby": "cat = groups.astype({'g': 'category'})\n"
                                      "out = cat[cat['n'] < 5].groupby('g').agg(x=('x', 'sum'), s=('s', 'first')).reset_index()",
    "category_value_counts_unobserved": "cat = groups.astype({'g': 'category', 's': 'category'})\n"
                                        "out = cat[cat['n'] < 5]['g'].value_counts().reset_index()",
    "category_dtypes_table": "cat = flights.astype({'origin': 'category'}).merge(flights[['origin']].drop_duplicates()"
                             ".astype('category').assign(k=1), on='origin')\n"
                             "out = pd.DataFrame({'column': list(cat.columns), 'dtype': [str(t) for t in cat.dtypes]})",
    "category_read_csv_mask": "cat = pd.read_csv('runtime/src/test/resources/reference/inputs/groups_nulls.csv', dtype={'h': 'category'})\n"
                              "two = cat[cat['h'] == '2']\n"
                              "out = two.assign(g=two['g'].astype('category').fillna('a'), e=two['h'] != '1')",
    # .cat.codes (int8 in pandas, int64 in Stratum: astype makes the dtypes agree) and remove_unused_categories
    "category_cat_codes": "cat = groups.astype({'g': 'category', 's': 'category'})\n"
                          "kept = cat[cat['n'] < 5]\n"
                          "used = kept['s'].cat.remove_unused_categories()\n"
                          "out = kept.assign(gc=kept['g'].cat.codes.astype('int64'), sc=kept['s'].cat.codes.astype('int64'),\n"
                          "                  used=used, uc=used.cat.codes.astype('int64')).sort_values(['g', 'n'], kind='stable')",
    # values computed from the data: reductions of a column (one number) or a frame (one per column) broadcast in
    # arithmetic, comparisons, fillna and assign
    "reduce_column_broadcast": "out = flights.assign(centered=flights['delay'] - flights['delay'].mean(),\n"
                               "                     z=(flights['distance'] - flights['distance'].mean()) / flights['distance'].std())",
    "reduce_every_function": "b = groups['n'] > 4\n"
                             "out = groups.head(2).assign(mean=groups['x'].mean(), median=groups['x'].median(), sum=groups['n'].sum(),\n"
                             "    fsum=groups['x'].sum(), min=groups['n'].min(), max=groups['x'].max(), std=groups['x'].std(),\n"
                             "    var0=groups['n'].var(ddof=0), q=groups['x'].quantile(0.3), count=groups['x'].count(),\n"
                             "    nunique=groups['s'].nunique(), smax=groups['s'].max(), smin=groups['g'].min(), bsum=b.sum(),\n"
                             "    bmean=b.mean(), bmax=b.max(), dstd=flights['delay'].std(), dmedian=flights['delay'].median(),\n"
                             "    dq=flights['distance'].quantile(0.95), dmean=flights['distance'].mean())",
    "reduce_filter_quantile": "out = flights[flights['delay'] > flights['delay'].quantile(0.9)]",
    # fillna with a column of the same frame (row by row: the labels are the same), as agents impute with a group
    # statistic or another column
    "fillna_with_column": "out = groups.assign(x=groups['x'].fillna(groups.groupby('h')['x'].transform('mean')),\n"
                          "    s=groups['s'].fillna(groups['g']), n=groups['n'].fillna(groups['x']))",
    "fillna_with_column_after_filter": "kept = groups[groups['h'] == 2]\nout = kept.assign(x=kept['x'].fillna(kept['n']))",
    "reduce_fillna_column": "out = groups.assign(x=groups['x'].fillna(groups['x'].mean()), s=groups['s'].fillna(groups['s'].max()))",
    "reduce_fillna_frame": "num = groups[['x', 'n']]\nout = num.fillna(num.median())",
    "reduce_frame_divide_max": "num = flights[['delay', 'distance']]\nout = num / num.max()",
    "reduce_frame_standardize": "num = flights[['delay', 'distance']]\nout = (num - num.mean()) / num.std()",
    "reduce_frame_int_minus_max": "out = flights[['delay', 'distance']] - flights[['delay', 'distance']].max()",
    "reduce_frame_mixed_types": "num = groups[['x', 'n']]\nout = num - num.max()",
    "reduce_row_arithmetic": "num = flights[['delay', 'distance']]\nout = (num - num.min()) / (num.max() - num.min())",
    "reduce_scalar_arithmetic": "out = flights.assign(r=flights['delay'] / (flights['delay'].max() - flights['delay'].min()),\n"
                                "                     m=flights['delay'] - flights['delay'].mean().round(1)).head(50)",
    "reduce_rows_after_filter": "late = flights[flights['delay'] > 30]\nout = late.assign(share=late['delay'] / late.shape[0],\n"
                                "    rows=late['delay'] * 0 + late.shape[0], cols=late.shape[1])",
    "reduce_after_filter": "late = flights[flights['delay'] > 30]\nout = late.assign(share=late['delay'] / late['delay'].sum(), n=late['delay'].count())",
    # datetime resolutions (pandas 3 keeps the unit a file or an epoch number gives: datetime64[s|ms|us|ns]); .dt
    # fields are int32 in pandas and int64 in Stratum, so astype makes the dtypes agree
    "datetime_units_fields": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\n"
                             "out = t.assign(y=t['s'].dt.year.astype('int64'), m=t['ms'].dt.month.astype('int64'), h=t['ms'].dt.hour.astype('int64'), sec=t['ns'].dt.second.astype('int64'),\n"
                             "               doy=t['us'].dt.dayofyear.astype('int64'), wd=t['ns'].dt.weekday.astype('int64'), q=t['s'].dt.quarter.astype('int64'))",
    "datetime_units_parquet": "p = pd.read_parquet('frontend/src/test/resources/frame_ops_inputs/datetime_units.parquet')\n"
                              "out = p[p['ms'].notna()].sort_values('ns').assign(min_=p['ns'].dt.minute.astype('int64'))",
    "datetime_units_dtypes_table": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\n"
                                   "p = pd.read_parquet('frontend/src/test/resources/frame_ops_inputs/datetime_units.parquet')\n"
                                   "j = pd.read_json('frontend/src/test/resources/frame_ops_inputs/datetime_units.json')\n"
                                   "out = pd.DataFrame({'column': list(t.columns) + list(p.columns) + list(j.columns),\n"
                                   "                    'dtype': [str(x) for x in list(t.dtypes) + list(p.dtypes) + list(j.dtypes)]})",
    "datetime_units_concat": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\n"
                             "out = pd.concat([t[['s', 'us']].rename(columns={'s': 'd'}), t[['ns', 'ms']].rename(columns={'ns': 'd', 'ms': 'us'})])",
    "datetime_units_astype": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\n"
                             "out = t.assign(si=t['s'].astype('int64'), nsi=t['ns'].astype('int64'), ss=t['s'].astype(str),\n"
                             "               mss=t['ms'].astype(str), nss=t['ns'].astype(str))",
    "datetime_units_astype_unit": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\n"
                                  "out = t.assign(ns_s=t['ns'].astype('datetime64[s]'), ns_ms=t['ns'].astype('datetime64[ms]'),\n"
                                  "               us_ns=t['us'].astype('datetime64[ns]'), s_ms=t['s'].astype('datetime64[ms]'),\n"
                                  "               neg=pd.to_datetime(t['k'] * -1500, unit='ms').astype('datetime64[s]'))",
    "datetime_units_json": "j = pd.read_json('frontend/src/test/resources/frame_ops_inputs/datetime_units.json')\n"
                           "out = j[j['paid_at'].isin(j['sent_at'])].assign(y=j['created_at'].dt.year.astype('int64'), d=j['sent_at'].dt.day.astype('int64'))",
    "datetime_units_to_datetime_epoch": "j = pd.read_json('frontend/src/test/resources/frame_ops_inputs/datetime_units.json', convert_dates=False)\n"
                                        "out = j.assign(s=pd.to_datetime(j['created_at'], unit='s'), ms=pd.to_datetime(j['sent_at'], unit='ms'),\n"
                                        "               us=pd.to_datetime(j['paid_at'] * 1000, unit='us'), ns=pd.to_datetime(j['paid_at'] * 1000000),\n"
                                        "               d=pd.to_datetime(j['n'], unit='D'), f=pd.to_datetime(j['n'] * 1.0, unit='s'),\n"
                                        "               h=pd.to_datetime(j['sent_at'], unit='ms').dt.hour.astype('int64'))",
    # sort_values' order of equal keys: pandas' default kind='quicksort' is numpy's introsort for datetime, bool and
    # category keys (reproduced, ascending and descending, missing values last), pyarrow's stable sort for str, a
    # stable lexsort for several keys; kind='stable' everywhere
    "sort_ties_datetime": "f = flights.assign(when=pd.to_datetime(flights['date'].str.slice(0, 7) + '-01'))\n"
                          "out = pd.concat([f.sort_values('when'), f.sort_values('when', ascending=False)], ignore_index=True)",
    "sort_ties_datetime_missing": "f = flights.assign(when=pd.to_datetime(flights['date'].str.slice(0, 4).where(flights['delay'] > -5) + '-01-01'))\n"
                                  "out = pd.concat([f.sort_values('when', ascending=False), f.sort_values('when')], ignore_index=True)",
    "sort_ties_bool": "f = flights.assign(late=flights['delay'] > 15)\n"
                      "out = pd.concat([f.sort_values('late'), f.sort_values('late', ascending=False)], ignore_index=True)",
    "sort_ties_category": "f = flights.astype({'origin': 'category'})\n"
                          "out = pd.concat([f.sort_values('origin'), f.sort_values('origin', ascending=False)], ignore_index=True)",
    "sort_ties_str_and_keys": "out = pd.concat([flights.sort_values('origin'), flights.sort_values(['destination', 'origin'], ascending=[True, False]),\n"
                              "                 flights.sort_values('delay', kind='stable'), flights.sort_values('distance', kind='mergesort')], ignore_index=True)",
    # category columns of a Feather file (pandas' category from an Arrow dictionary in Python's str order)
    "category_feather": "c = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/categories.feather')\n"
                        "kept = c[c['k'] > 0]\n"
                        "out = kept[['k', 's']].assign(codes=kept['s'].cat.codes.astype('int64'), used=kept['s'].cat.remove_unused_categories(),\n"
                        "                               up=kept['s'].astype(str).str.upper()).sort_values('s')",
    "category_feather_dtypes": "c = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/categories.feather', columns=['k', 's'])\n"
                               "out = pd.DataFrame({'column': list(c.columns), 'dtype': [str(t) for t in c.dtypes]})",
    # time-zone-aware datetimes: UTC instants shown (and their .dt fields taken) in the zone's local time, DST included
    # (a NaT makes the fields float64 in both)
    "datetime_tz_files": "z = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_zones.feather')\n"
                         "p = pd.read_parquet('frontend/src/test/resources/frame_ops_inputs/datetime_zones.parquet')\n"
                         "out = z.assign(h=z['paris'].dt.hour, d=z['paris'].dt.day,\n"
                         "               fh=z['fixed'].dt.hour, ps=z['paris'].astype(str), us=z['utc'].astype(str),\n"
                         "               pp=p['paris'], pu=p['utc'], ph=p['paris'].dt.hour)",
    "datetime_tz_convert_localize": "z = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_zones.feather')\n"
                                    "local = z['naive'].dt.tz_localize('Europe/Paris')\n"
                                    "sp = local.dt.tz_convert('America/Sao_Paulo')\n"
                                    "out = z[['k']].assign(local=local, sp=sp, sph=sp.dt.hour, back=sp.dt.tz_localize(None),\n"
                                    "                      utc=z['paris'].dt.tz_convert('UTC'), naive_utc=z['paris'].dt.tz_convert(None),\n"
                                    "                      wall=z['paris'].dt.tz_localize(None), ny=z['utc'].dt.tz_convert('America/New_York').dt.day)",
    "datetime_tz_to_datetime_utc": "t = pd.DataFrame({'s': ['2020-03-29T00:30:00+01:00', '2020-03-29T03:30:00Z', '2020-10-25T01:30:00-0230', None],\n"
                                   "                  'n': ['2020-01-01 10:00', '2020-06-01 10:00', '2020-12-31 23:59', '2021-01-01 00:00'],\n"
                                   "                  'e': [1600000000, 1600003600, 1600007200, 1600010800]})\n"
                                   "out = t.assign(u=pd.to_datetime(t['s'], utc=True), nu=pd.to_datetime(t['n'], utc=True),\n"
                                   "               eu=pd.to_datetime(t['e'], unit='s', utc=True),\n"
                                   "               h=pd.to_datetime(t['s'], utc=True).dt.tz_convert('Asia/Kolkata').dt.minute)",
    # tz_localize's choices for a time the clocks skip (nonexistent: NaT, the first instant after, the last tick before)
    # or pass twice (ambiguous: NaT, True for daylight-saving time, False for standard time), in each unit
    "datetime_tz_localize_options": "t = pd.DataFrame({'s': ['2020-03-29 02:30:00', '2020-10-25 02:30:00', '2020-06-01 12:00:00', None,\n"
                                    "                        '2020-03-29 02:00:00', '2020-10-25 02:00:00', '2020-10-25 03:00:00', '2020-03-08 02:30:00', '2020-11-01 01:30:00']})\n"
                                    "d = pd.to_datetime(t['s'])\n"
                                    "out = t.assign(a=d.dt.tz_localize('Europe/Paris', ambiguous='NaT', nonexistent='NaT'),\n"
                                    "               b=d.dt.tz_localize('Europe/Paris', ambiguous=True, nonexistent='shift_forward'),\n"
                                    "               c=d.dt.tz_localize('Europe/Paris', ambiguous=False, nonexistent='shift_backward'),\n"
                                    "               e=d.astype('datetime64[s]').dt.tz_localize('Europe/Paris', ambiguous=True, nonexistent='shift_backward'),\n"
                                    "               f=d.astype('datetime64[ns]').dt.tz_localize('Europe/Paris', ambiguous='NaT', nonexistent='shift_backward'),\n"
                                    "               g=d.astype('datetime64[ms]').dt.tz_localize('America/New_York', ambiguous=False, nonexistent='shift_forward'),\n"
                                    "               h=d.dt.tz_localize('UTC', ambiguous='NaT', nonexistent='NaT'))",
    # comparisons of datetimes: ISO text read as pd.Timestamp reads it (a year, a month, down to nanoseconds), columns
    # of two units by their instants, NaT False except !=, a number or an offset next to a naive column never equal
    "datetime_compare_text": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\n"
                             "out = t[['k']].assign(a=t['s'] >= '2020-09-13', b=t['ms'] < '2020-09-13 12:26:40.005', c=t['ns'] == '2020-09-14T12:26:39.999999998',\n"
                             "               d='2020-08' > t['us'], e=t['s'] != '2020', f=t['us'] <= '2020-09-13 19:27', g=t['ns'] > '2020-09-13 12:26:40.9999999',\n"
                             "               h=t['us'] == 5, i=t['ms'] != 1.5, j='2001-09-09 01:46:40' == t['s'], l=t['s'] == '2020-09-13T12:26:40+00:00',\n"
                             "               m=t['us'] < '2020-9-13 12', n=t['us'] != '2020-09-13T12:26:40Z')",
    "datetime_compare_columns": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\n"
                                "p = pd.read_parquet('frontend/src/test/resources/frame_ops_inputs/datetime_units.parquet')\n"
                                "out = p[['k']].assign(a=t['s'] < t['ns'], b=t['ms'] == t['s'], c=t['us'] >= t['ms'], d=p['ms'] != p['us'],\n"
                                "                      e=p['ms'] >= p['us'], f=p['ms'] == p['ms'], g=p['ns'] > p['ms'], h=t['s'].astype('datetime64[ns]') == t['s'])",
    "datetime_compare_filter": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\n"
                               "p = pd.read_parquet('frontend/src/test/resources/frame_ops_inputs/datetime_units.parquet')\n"
                               "out = pd.concat([t[t['ms'] > '2020-09-13'][['k']], p[(p['ms'] <= '2020-09-13 12:26:40.007') | (p['us'] < p['ms'])][['k']],\n"
                               "                 t[('2001' < t['ns']) & (t['ns'] < '2020-09-14')][['k']]])",
    # durations (timedelta64): datetime - datetime in the finer unit, datetime ± duration, duration / duration, their
    # .dt components (float64 with NaN beside a NaT; seconds and microseconds int32 in pandas, int64 in Stratum),
    # comparisons, and the frame operations that carry them
    "timedelta_columns": "t = pd.DataFrame({'k': [0, 1, 2, 3, 4, 5],\n"
                         "                  'start': ['2020-01-01 00:00:00', '2020-03-01 10:30:15', None, '2020-12-31 23:59:59', '2021-06-15 08:00:00', '2019-07-04 12:00:00'],\n"
                         "                  'end': ['2020-01-03 00:00:00', '2020-02-28 09:00:00', '2020-05-05 00:00:00', None, '2021-06-15 08:00:00', '2019-07-04 11:59:58']})\n"
                         "s = pd.to_datetime(t['start'])\n"
                         "e = pd.to_datetime(t['end'])\n"
                         "d = e - s\n"
                         "out = t[['k']].assign(d=d, days=d.dt.days, secs=d.dt.seconds, us=d.dt.microseconds, total=d.dt.total_seconds(),\n"
                         "                      back=s + d, earlier=e - d, also=d + s, half=d / (d + d), same=d / d, longer=d > (e - e), eq=d == (e - s),\n"
                         "                      late=d.dt.days >= 1, twice=d + d - (e - e), text=d.astype(str))",
    "timedelta_units": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\n"
                       "p = pd.read_parquet('frontend/src/test/resources/frame_ops_inputs/datetime_units.parquet')\n"
                       "out = t[['k']].assign(a=t['ns'] - t['s'], b=t['s'] - t['us'], c=p['ms'] - p['ns'], d=(t['ms'] - t['s']).dt.microseconds.astype('int64'),\n"
                       "                      e=(p['us'] - p['ms']).dt.total_seconds(), f=t['s'] + (t['ns'] - t['ms']), g=(t['ns'] - t['s']) / (t['ms'] - t['s']),\n"
                       "                      h=(t['us'] - t['ns']).dt.days, i=(t['ns'] - t['us']).dt.seconds.astype('int64'), j=(p['ms'] - p['us']) < (t['s'] - t['us']),\n"
                       "                      l=(t['s'] - t['ns']).astype(str), m=(t['ns'] - t['s']).astype('int64'))",
    "timedelta_zones": "z = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_zones.feather')\n"
                       "local = z['naive'].dt.tz_localize('Europe/Paris')\n"
                       "out = z[['k']].assign(gap=local - z['paris'], hours=(local - z['utc']).dt.total_seconds(),\n"
                       "                      moved=z['paris'] + (local - z['utc']), naive=z['naive'] - (z['utc'] - z['fixed']))",
    "timedelta_frame_ops": "t = pd.DataFrame({'k': [0, 1, 2, 3, 4, 5],\n"
                           "                  'start': ['2020-01-01 00:00:00', '2020-03-01 10:30:15', None, '2020-12-31 23:59:59', '2021-06-15 08:00:00', '2019-07-04 12:00:00'],\n"
                           "                  'end': ['2020-01-03 00:00:00', '2020-02-28 09:00:00', '2020-05-05 00:00:00', None, '2021-06-15 08:00:00', '2019-07-04 11:59:58']})\n"
                           "f = t.assign(d=pd.to_datetime(t['end']) - pd.to_datetime(t['start']))\n"
                           "g = f[['k', 'd']].rename(columns={'d': 'd2'})\n"
                           "out = pd.concat([f.sort_values('d', kind='stable'), f[f['d'].notna()], f[f['d'].isna()]]).merge(g, on='k')",
    # merges on datetime keys of two units: matched by instant; the key keeps the left unit (inner, left), the right
    # one (right) or the finer one (outer); NaT keys match each other, as in pandas; durations ride along
    "merge_datetime_units_inner": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\np = pd.read_parquet('frontend/src/test/resources/frame_ops_inputs/datetime_units.parquet')\nleft = p[['k']].assign(when=p['ms'].astype('datetime64[s]'), gap=t['ns'] - t['us'])\nright = pd.concat([p[['k']].assign(when=p['ms'], gap=t['ms'] - t['s']), t[['k']].assign(when=t['s'].astype('datetime64[ms]'), gap=t['s'] - t['s'])]).rename(columns={'k': 'r'})\n"
                                 "out = left.merge(right, on='when', how='inner', suffixes=('', '_r'))",
    "merge_datetime_units_left": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\np = pd.read_parquet('frontend/src/test/resources/frame_ops_inputs/datetime_units.parquet')\nleft = p[['k']].assign(when=p['ms'].astype('datetime64[s]'), gap=t['ns'] - t['us'])\nright = pd.concat([p[['k']].assign(when=p['ms'], gap=t['ms'] - t['s']), t[['k']].assign(when=t['s'].astype('datetime64[ms]'), gap=t['s'] - t['s'])]).rename(columns={'k': 'r'})\n"
                                 "out = left.merge(right, on='when', how='left', suffixes=('', '_r'))",
    "merge_datetime_units_right": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\np = pd.read_parquet('frontend/src/test/resources/frame_ops_inputs/datetime_units.parquet')\nleft = p[['k']].assign(when=p['ms'].astype('datetime64[s]'), gap=t['ns'] - t['us'])\nright = pd.concat([p[['k']].assign(when=p['ms'], gap=t['ms'] - t['s']), t[['k']].assign(when=t['s'].astype('datetime64[ms]'), gap=t['s'] - t['s'])]).rename(columns={'k': 'r'})\n"
                                 "out = left.merge(right, on='when', how='right', suffixes=('', '_r'))",
    "merge_datetime_units_outer": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\np = pd.read_parquet('frontend/src/test/resources/frame_ops_inputs/datetime_units.parquet')\nleft = p[['k']].assign(when=p['ms'].astype('datetime64[s]'), gap=t['ns'] - t['us'])\nright = pd.concat([p[['k']].assign(when=p['ms'], gap=t['ms'] - t['s']), t[['k']].assign(when=t['s'].astype('datetime64[ms]'), gap=t['s'] - t['s'])]).rename(columns={'k': 'r'})\n"
                                 "out = left.merge(right, on='when', how='outer', suffixes=('', '_r'))",
    # pd.Timestamp / pd.Timedelta constants with datetime and duration columns: pandas' values, units and NaT rules
    "temporal_constants_columns": "t = pd.DataFrame({'k': [0, 1, 2, 3, 4, 5],\n"
                                   "                  'start': ['2020-01-01 00:00:00', '2020-03-01 10:30:15', None, '2020-12-31 23:59:59', '2021-06-15 08:00:00', '2019-07-04 12:00:00'],\n"
                                   "                  'end': ['2020-01-03 00:00:00', '2020-02-28 09:00:00', '2020-05-05 00:00:00', None, '2021-06-15 08:00:00', '2019-07-04 11:59:58']})\n"
                                   "s = pd.to_datetime(t['start'])\n"
                                   "d = pd.to_datetime(t['end']) - s\n"
                                   "out = t[['k']].assign(since=s - pd.Timestamp('2020-01-01'), until=pd.Timestamp('2021-01-01') - s,\n"
                                   "                      week=s + pd.Timedelta(days=7), back=s - pd.Timedelta('1h30min'),\n"
                                   "                      late=s >= pd.Timestamp('2020-03-01 10:30:15'), early=pd.Timestamp('2020-06-01') > s,\n"
                                   "                      num=s == 3, long=d > pd.Timedelta('30 days'), same=d == pd.Timedelta(days=2),\n"
                                   "                      short=pd.Timedelta(hours=1) >= d)",
    "temporal_constants_durations": "t = pd.DataFrame({'k': [0, 1, 2, 3, 4, 5],\n"
                                   "                  'start': ['2020-01-01 00:00:00', '2020-03-01 10:30:15', None, '2020-12-31 23:59:59', '2021-06-15 08:00:00', '2019-07-04 12:00:00'],\n"
                                   "                  'end': ['2020-01-03 00:00:00', '2020-02-28 09:00:00', '2020-05-05 00:00:00', None, '2021-06-15 08:00:00', '2019-07-04 11:59:58']})\n"
                                   "s = pd.to_datetime(t['start'])\n"
                                   "d = pd.to_datetime(t['end']) - s\n"
                                   "out = t[['k']].assign(twice=d * 2, thrice=3 * d, half=d / 2, more=d * 1.5, third=d // 3,\n"
                                   "                      hours=d // pd.Timedelta(hours=1), rest=d % pd.Timedelta(days=1), neg=-d,\n"
                                   "                      ratio=d / pd.Timedelta('1h'), by_k=d * t['k'], scaled=pd.Timedelta(minutes=1) * t['k'])",
    "temporal_constants_filter": "t = pd.DataFrame({'k': [0, 1, 2, 3, 4, 5],\n"
                                   "                  'start': ['2020-01-01 00:00:00', '2020-03-01 10:30:15', None, '2020-12-31 23:59:59', '2021-06-15 08:00:00', '2019-07-04 12:00:00'],\n"
                                   "                  'end': ['2020-01-03 00:00:00', '2020-02-28 09:00:00', '2020-05-05 00:00:00', None, '2021-06-15 08:00:00', '2019-07-04 11:59:58']})\n"
                                   "s = pd.to_datetime(t['start'])\n"
                                   "d = pd.to_datetime(t['end']) - s\n"
                                 "out = t[(s >= pd.Timestamp(2020, 3, 1)) & (d < pd.Timedelta(days=1) * 30)].assign(due=s + pd.Timedelta(7, unit='D'))",
    "temporal_constants_units": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\n"
                                "out = t[['k']].assign(a=t['s'] + pd.Timedelta(7, unit='D'), b=t['s'] + pd.Timedelta(days=7),\n"
                                "                      c=t['ms'] - pd.Timestamp('2020-01-01'), d=t['s'] - pd.Timestamp('2020-01-01 00:00:00.000000001'),\n"
                                "                      e=(t['s'] - t['s']) + pd.Timedelta(5, unit='ms'), f=t['ns'] > pd.Timestamp('2020-09-13 12:26:40.999999998'),\n"
                                "                      g=(t['ns'] - t['us']) < pd.Timedelta(1, unit='us'), h=t['ms'] + pd.Timedelta('1.5s'))",
    "temporal_constants_zones": "z = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_zones.feather')\n"
                                "out = z[['k']].assign(a=z['paris'] > pd.Timestamp('2020-03-29 03:30', tz='Europe/Paris'),\n"
                                "                      b=z['utc'] - pd.Timestamp('2020-01-01', tz='UTC'), c=z['naive'] == pd.Timestamp('2020-01-01', tz='UTC'),\n"
                                "                      d=z['paris'] + pd.Timedelta(hours=1), e=z['utc'] <= pd.Timestamp('2020-09-13 14:26:40', tz='Europe/Paris'),\n"
                                "                      f=pd.Timestamp('2021-01-01', tz='America/New_York') - z['paris'])",
    # .dt methods that are not fields: rounding to fixed frequencies (halves to even), normalize, text, calendar flags
    "datetime_methods_round": "t = pd.DataFrame({'k': [0, 1, 2, 3, 4, 5],\n"
                            "                  'start': ['2020-01-01 10:07:30', '2020-02-29 10:22:30', None, '2020-12-31 23:59:59', '2021-06-15 10:52:30', '1969-12-31 23:59:59.500'],\n"
                            "                  'end': ['2020-01-03 00:00:00', '2020-02-28 09:00:00', '2020-05-05 00:00:00', None, '2021-06-15 08:00:00', '2019-07-04 11:59:58']})\n"
                            "s = pd.to_datetime(t['start'], format='ISO8601')\n"
                              "out = t[['k']].assign(f=s.dt.floor('15min'), c=s.dt.ceil('h'), r=s.dt.round('15min'), d=s.dt.floor('D'),\n"
                              "                      n=s.dt.normalize(), r2=s.dt.round('s'), c2=s.dt.ceil('2h'), same=s.dt.floor('us'))",
    "datetime_methods_text": "t = pd.DataFrame({'k': [0, 1, 2, 3, 4, 5],\n"
                            "                  'start': ['2020-01-01 10:07:30', '2020-02-29 10:22:30', None, '2020-12-31 23:59:59', '2021-06-15 10:52:30', '1969-12-31 23:59:59.500'],\n"
                            "                  'end': ['2020-01-03 00:00:00', '2020-02-28 09:00:00', '2020-05-05 00:00:00', None, '2021-06-15 08:00:00', '2019-07-04 11:59:58']})\n"
                            "s = pd.to_datetime(t['start'], format='ISO8601')\n"
                             "out = t[['k']].assign(ym=s.dt.strftime('%Y-%m'), full=s.dt.strftime('%d/%m/%y %H:%M:%S.%f %p %I %j %a %A %b %B %u %w %%'),\n"
                             "                      day=s.dt.day_name(), month=s.dt.month_name())",
    "datetime_methods_flags": "t = pd.DataFrame({'k': [0, 1, 2, 3, 4, 5],\n"
                            "                  'start': ['2020-01-01 10:07:30', '2020-02-29 10:22:30', None, '2020-12-31 23:59:59', '2021-06-15 10:52:30', '1969-12-31 23:59:59.500'],\n"
                            "                  'end': ['2020-01-03 00:00:00', '2020-02-28 09:00:00', '2020-05-05 00:00:00', None, '2021-06-15 08:00:00', '2019-07-04 11:59:58']})\n"
                            "s = pd.to_datetime(t['start'], format='ISO8601')\n"
                              "out = t[['k']].assign(ms=s.dt.is_month_start, me=s.dt.is_month_end, qs=s.dt.is_quarter_start, qe=s.dt.is_quarter_end,\n"
                              "                      ys=s.dt.is_year_start, ye=s.dt.is_year_end, leap=s.dt.is_leap_year, dim=s.dt.days_in_month,\n"
                              "                      dim2=s.dt.daysinmonth, e=pd.to_datetime(t['end']).dt.is_month_end)",
    "datetime_methods_units": "t = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_units.feather')\n"
                              "out = t[['k']].assign(a=t['s'].dt.floor('min'), b=t['ns'].dt.round('us'), c=t['ms'].dt.ceil('s'), d=t['s'].dt.floor('ms'),\n"
                              "                      h=t['ns'].dt.strftime('%S.%f'), i=t['ns'].dt.round('ns'), j=t['us'].dt.is_year_end)",
    "datetime_methods_zones": "z = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_zones.feather')\n"
                              "out = z[['k']].assign(e=z['paris'].dt.strftime('%Y-%m-%d %H:%M'), f=z['utc'].dt.day_name(), g=z['paris'].dt.is_month_start,\n"
                              "                      m=z['fixed'].dt.month_name(), d=z['paris'].dt.days_in_month)",
    # map(dict) and replace(...): unmatched values missing (map) or kept (replace), a missing value finds a None key,
    # numbers matched by value, dtypes as pandas gives them (int64 only when nothing is missing)
    "map_replace_text": "out = groups[['g', 's']].assign(m=groups['g'].map({'a': 'A', 'b': 'B'}), n=groups['s'].map({'kiwi': 1, 'apple': 2}),\n"
                        "                              r=groups['s'].replace({'kiwi': 'KIWI'}), q=groups['s'].replace('apple', None),\n"
                        "                              l=groups['g'].replace(['a', 'b'], 'ab'), z=groups['s'].map({None: 'none', 'kiwi': 'k'}),\n"
                        "                              i=groups['g'].map({'a': 1, 'b': 2, 'c': 3}), f=groups['g'].map({'a': 0.5}),\n"
                        "                              x=groups['x'].replace(-2.25, 0.0), h=groups['h'].map({1: True, 2: False}))",
    "map_replace_numbers": "out = left[['k1', 'a', 'b']].assign(m=left['k1'].map({1: 10, 2: 20, 3: 30}), n=left['k1'].map({1.0: 'one', 2: 'two'}),\n"
                           "                                 r=left['a'].replace({10: 100}), f=left['a'].replace(10, 0.5), t=left['b'].map({True: 'y', False: 'n'}))",
    # select_dtypes: the forms agents write (pandas 3: "number" and np.integer include durations, "object" includes str)
    "select_dtypes_number": "wide = flights.assign(when=pd.to_datetime(flights['date']), late=flights['delay'] > 15, km=flights['distance'] * 1.609)\n"
                            "out = wide.select_dtypes(include='number').head(30)",
    "select_dtypes_np_number": "import numpy as np\nout = groups.select_dtypes(include=np.number)",
    "select_dtypes_exclude": "out = groups.astype({'g': 'category'}).select_dtypes(exclude=['number', 'category'])",
    "select_dtypes_object": "out = groups.select_dtypes('object')",
    "select_dtypes_str": "out = left.select_dtypes(include=['str'])",
    "select_dtypes_string": "out = left.select_dtypes(include='string')",
    "select_dtypes_category": "out = groups.astype({'s': 'category'}).select_dtypes(include='category')",
    "select_dtypes_python_types": "out = left.select_dtypes(include=[float, bool])",
    "select_dtypes_python_int": "out = left.select_dtypes(include=int)",
    "select_dtypes_exclude_python_str": "out = left.select_dtypes(exclude=str)",
    "select_dtypes_numpy_float": "import numpy as np\nout = groups.select_dtypes(include=np.float64)",
    "select_dtypes_numpy_list": "import numpy as np\nout = left.select_dtypes(include=[np.int64, np.bool_])",
    "select_dtypes_floating_names": "import numpy as np\nout = groups.select_dtypes(include=np.floating, exclude='float32').assign(f=groups.select_dtypes('float')['x'])",
    "select_dtypes_datetime": "wide = flights.assign(when=pd.to_datetime(flights['date']))\n"
                              "out = wide.select_dtypes(include=['datetime', 'float64']).assign(e=wide.select_dtypes(include='datetime64')['when']).head(20)",
    "select_dtypes_bool": "out = flights.assign(late=flights['delay'] > 15).select_dtypes('bool').head(20)",
    "select_dtypes_durations": "import numpy as np\nd = pd.DataFrame({'k': [1, 2, 3], 'start': ['2020-01-01', '2020-02-01', None], 'end': ['2020-01-03', None, '2020-05-01']})\n"
                               "w = d.assign(span=pd.to_datetime(d['end']) - pd.to_datetime(d['start']))\n"
                               "out = w.select_dtypes('number').assign(i=w.select_dtypes(np.integer)['span'], t=w.select_dtypes('timedelta')['span'],\n"
                               "                                     k2=w.select_dtypes(include='int')['k'])",
    "select_dtypes_zones": "z = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_zones.feather')\n"
                           "out = z.select_dtypes(include='datetimetz').assign(naive=z.select_dtypes('datetime')['naive'], k=z.select_dtypes(exclude=['datetime', 'datetimetz'])['k'])",
    "select_dtypes_nothing_then_more": "out = groups.select_dtypes(include='int32').assign(n=groups['n'])",
    "select_dtypes_in_pipeline": "num = flights.select_dtypes(include='number')\nout = num.fillna(num.median()).assign(ratio=num['delay'] / num['distance'])",
    # astype float32: values rounded to float32 (Stratum holds them in float64 columns, typed float32 by the plan)
    "astype_float32_frame": "out = groups[['x', 'n', 'h']].astype('float32')",
    "astype_float32_numpy_and_dict": "import numpy as np\nout = flights[['delay', 'distance']].astype({'delay': np.float32}).assign(\n"
                                     "    km=(flights['distance'] * 1.609).astype(np.float32), back=flights['distance'].astype('float32').astype('float64'),\n"
                                     "    whole=(flights['delay'] * 1000003).astype('float32').astype('int64'))",
    "astype_float32_text_and_bools": "t = pd.DataFrame({'s': ['0.1', '16777217', '1e39', None, '-2.5'], 'b': [True, False, True, True, False],\n"
                                     "                  'i': [16777217, 2 ** 60 + 1, -3, 0, 7]})\nout = t.astype('float32')",
    "astype_float32_moves": "f = groups.astype({'x': 'float32', 'n': 'f4'})\n"
                            "out = pd.concat([f[f['h'] > 1].sort_values('x', kind='stable').head(8), f.tail(3).drop(columns=['s'])]).drop_duplicates().dropna(subset=['x'])",
    "astype_float32_merge_concat": "m = left.merge(right.astype({'a': 'float32'}), on='k1', how='left')\n"
                                   "out = pd.concat([m, m.select_dtypes('float32').rename(columns={'a_y': 'k1'})]).select_dtypes(include=['float32', 'float64'])",
    # reductions with numeric_only=True: int, float and bool columns that are not group keys (not durations or text)
    "numeric_only_frame_mean": "w = groups.assign(big=groups['n'] > 4)\nout = w[['h', 'x', 'n', 'big']].astype('float64') - w.mean(numeric_only=True)",
    "numeric_only_frame_median_std": "out = (flights[['delay', 'distance']] - flights.median(numeric_only=True)) / flights.std(numeric_only=True)",
    "numeric_only_frame_min_max_sum": "num = groups.select_dtypes('number')\nout = (num - groups.min(numeric_only=True)) / (groups.max(numeric_only=True) - groups.min(numeric_only=True)) + groups.sum(numeric_only=True)",
    "numeric_only_frame_var_count": "num = groups.select_dtypes('number')\nout = num / groups.var(numeric_only=True, ddof=0) + groups.count(numeric_only=True)",
    "numeric_only_column": "out = groups.assign(m=groups['x'].mean(numeric_only=True), s=groups['n'].sum(numeric_only=True), b=(groups['n'] > 4).mean(numeric_only=True))",
    "numeric_only_groupby_mean": "out = groups.groupby('g').mean(numeric_only=True).reset_index()",
    "numeric_only_groupby_keys_sum": "out = groups.assign(big=groups['n'] > 4).groupby(['g', 'h']).sum(numeric_only=True).reset_index()",
    "numeric_only_groupby_selection": "out = groups.groupby('g')[['s', 'n', 'x']].max(numeric_only=True).reset_index()",
    "numeric_only_groupby_std": "out = flights.assign(late=flights['delay'] > 15).groupby('origin').std(numeric_only=True).reset_index()",
    "numeric_only_groupby_median": "out = flights.assign(late=flights['delay'] > 15).groupby('origin').median(numeric_only=True).reset_index()",
    "numeric_only_groupby_min": "out = flights.assign(late=flights['delay'] > 15).groupby('origin').min(numeric_only=True).reset_index()",
    "numeric_only_groupby_first_last": "w = flights.assign(late=flights['delay'] > 15)\n"
                                       "out = w.groupby('origin').first(numeric_only=True).reset_index().merge(\n"
                                       "    w.groupby('origin', as_index=False).last(numeric_only=True), on='origin')",
    "numeric_only_groupby_var": "out = groups.groupby(['g']).var(numeric_only=True).reset_index()",
    # nlargest/nsmallest (keep='first': equal values in row order, missing values after the numbers) and sample
    # (numpy's RandomState permutation); assigning a frame's column checks the row labels they keep
    "nlargest_frame": "out = flights.nlargest(15, 'delay').assign(d=flights['distance'])",
    "nsmallest_frame_nulls": "out = groups.nsmallest(11, 'x').assign(n2=groups['n'])",
    "nlargest_full_length_nulls": "out = groups.nlargest(20, columns=['x'])",
    "nlargest_column_labels": "w = flights.assign(d=flights['delay'] * 1.0, k=flights['distance'] / 2)\n"
                              "out = w.assign(top=w['d'].nlargest(12), low=w['k'].nsmallest(n=30))",
    "nlargest_ints_ties": "out = left.nsmallest(3, 'k1').assign(a2=left['a'])",
    "nlargest_datetime_bool": "w = flights.assign(when=pd.to_datetime(flights['date']), late=flights['delay'] > 30)\n"
                              "out = pd.concat([w.nlargest(7, 'when'), w.nsmallest(9, 'late'), w.nlargest(4, 'late')])",
    "sample_n": "out = flights.sample(n=25, random_state=0).assign(o=flights['origin'])",
    "sample_frac": "out = groups.sample(frac=0.5, random_state=42)",
    "sample_column_ignore_index": "out = flights['delay'].sample(7, random_state=3, ignore_index=True)",
    "sample_default_n": "out = left.sample(random_state=1)",
    "sample_after_filter": "late = flights[flights['delay'] > 20]\nout = late.sample(frac=0.25, random_state=5).assign(d=late['distance'])",
    # .iloc[rows, columns]: positions on both axes (slices, lists, one column as a Series)
    "iloc_rows_columns_slices": "out = flights.iloc[10:40:3, 1:3]",
    "iloc_rows_columns_lists": "out = groups.iloc[[5, 0, -1, 5], [-1, 0, 2]]",
    "iloc_all_rows_columns": "out = left.iloc[:, ::-2].assign(c=left.iloc[:, 2])",
    "iloc_rows_one_column": "out = groups.iloc[-6:, 2]",
    "iloc_after_filter": "late = flights[flights['delay'] > 30]\nout = late.iloc[[0, 3, -2], :3].assign(d=late.iloc[:, 1])",
    # query: the expression string bound as the row mask it stands for
    "query_and_compare": "out = flights.query(\"delay > 30 and origin == 'ORD'\")",
    "query_or_not_in": "out = groups.query(\"n >= 7 or not (x < 1) or g in ['c']\")",
    "query_chain_arithmetic": "out = flights.query('-10 < delay * 2 <= 60 and distance != 1000')",
    "query_list_equality": "out = left.query(\"k2 == ['x', 'z'] and a != [10, 12]\")",
    "query_bool_column": "w = flights.assign(late=flights['delay'] > 15)\nout = w.query('late and distance < 500 or not late and distance > 2500')",
    "datetime_compare_zones": "z = pd.read_feather('frontend/src/test/resources/frame_ops_inputs/datetime_zones.feather')\n"
                              "out = z[['k']].assign(a=z['paris'] < '2020-03-29 03:30', b=z['utc'] >= '2020-10-25T01:30:00+00:00', c=z['paris'] == z['utc'],\n"
                              "                      d=z['fixed'] > '2020-03-29T01:00:00Z', e=z['naive'] == z['utc'], f=z['naive'] != '2020-03-29T00:30:00+01:00',\n"
                              "                      g=z['naive'] <= '2020-03-29 03:30', h=z['paris'] != z['fixed'], i=z['paris'] >= '2020-10-25 03:00',\n"
                              "                      j=z['fixed'] <= '2020-09-13 14:26:40', l=z['utc'] < '2020-09-13T12:26:40.000001-00:30', m=z['utc'] != 3)",
}



def write_text_filter_input():
    """8,000 rows with text of varying widths (nulls, non-ASCII) and of one width (dates), for filters of text."""
    out = OUT.parent / "frame_ops_inputs"
    out.mkdir(parents=True, exist_ok=True)
    n = 8000
    words = [None if i % 13 == 5 else f"w{(i * 7919) % 100003}" + ("\u00e9t\u00e9" if i % 5 == 0 else "") for i in range(n)]
    days = [f"2001-{1 + i % 12:02d}-{1 + i % 28:02d} {i % 24:02d}:{(i * 7) % 60:02d}:{(i * 13) % 60:02d}" for i in range(n)]
    x = [float("nan") if i % 17 == 3 else ((i * 2654435761) % 1000) / 1000 for i in range(n)]
    pd.DataFrame({"word": words, "day": days, "n": [i % 10 for i in range(n)], "x": x}).to_csv(
        out / "text_filter.csv", index=False)
    print(f"wrote {out / 'text_filter.csv'}")


def write_datetime_inputs():
    """Small Feather, Parquet and JSON files whose timestamps are in each of pandas' four units."""
    import json
    import pyarrow as pa
    import pyarrow.feather as feather
    import pyarrow.parquet as pq
    out = OUT.parent / "frame_ops_inputs"
    out.mkdir(parents=True, exist_ok=True)
    base = 1_600_000_000  # 2020-09-13 12:26:40
    seconds = [base, base + 86_399, base - 40 * 86_400, base + 3_600 * 7 + 59, 0, 1_000_000_000, base + 1]
    table = pa.table({
        "k": pa.array(range(len(seconds)), pa.int64()),
        "s": pa.array(seconds, pa.timestamp("s")),
        "ms": pa.array([x * 1_000 + 5 * i for i, x in enumerate(seconds)], pa.timestamp("ms")),
        "us": pa.array([x * 1_000_000 + 123_456 * (i % 2) for i, x in enumerate(seconds)], pa.timestamp("us")),
        "ns": pa.array([x * 1_000_000_000 + 999_999_999 - i for i, x in enumerate(seconds)], pa.timestamp("ns")),
    })
    feather.write_feather(table, out / "datetime_units.feather", compression="uncompressed")
    nulls = table.set_column(2, "ms", pa.array([None if i % 3 == 1 else x * 1_000 + 7 * i for i, x in enumerate(seconds)],
                                                pa.timestamp("ms")))
    pq.write_table(nulls.drop_columns(["s"]), out / "datetime_units.parquet", compression="snappy")
    records = [{"created_at": x, "sent_at": x * 1_000 + (i % 2), "paid_at": x * 1_000 + (i % 3), "n": i}
               for i, x in enumerate(seconds) if x > 0]
    (out / "datetime_units.json").write_text(json.dumps(records) + "\n", encoding="utf-8")
    # instants around Paris' 2020 DST changes (29 March 01:00 UTC, 25 October 01:00 UTC) and a NaT
    instants = [1585443600 - 1800, 1585443600 + 1800, 1603587600 - 1800, 1603587600 + 1800, None, 1600000000]
    naive = ["2020-03-29 00:30:00", "2020-03-29 03:30:00", "2020-10-25 01:30:00", "2020-10-25 03:00:00", None,
             "2020-09-13 12:26:40"]
    zones = pa.table({
        "k": pa.array(range(len(instants)), pa.int64()),
        "utc": pa.array([None if x is None else x * 1_000_000 for x in instants], pa.timestamp("us", tz="UTC")),
        "paris": pa.array([None if x is None else x * 1_000 for x in instants], pa.timestamp("ms", tz="Europe/Paris")),
        "fixed": pa.array([None if x is None else x for x in instants], pa.timestamp("s", tz="+02:00")),
        "naive": pa.array(pd.to_datetime(pd.Series(naive)).astype("datetime64[us]")),
    })
    feather.write_feather(zones, out / "datetime_zones.feather", compression="uncompressed")
    pq.write_table(zones.drop_columns(["fixed"]), out / "datetime_zones.parquet", compression="snappy")
    cats = pd.DataFrame({"k": [0, 1, 2, 3, 4, 5], "s": pd.Series(["b", "a", None, "b", "c", "a"], dtype="category"),
                         "u": pd.Categorical(["b", "a", "c", "b", "a", "c"], categories=["c", "a", "b"])})
    cats["s"] = cats["s"].cat.add_categories(["zz"])
    cats.to_feather(out / "categories.feather")
    # int categories: pandas' category of int64, which Stratum refuses naming the column
    pd.DataFrame({"k": [0, 1], "n": pd.Series([3, 1], dtype="category")}).to_feather(out / "categories_int.feather")
    print(f"wrote datetime inputs in {out}")


class _EagerSkrub:
    """skrub.var(name, value) evaluates to value (what .skb.eval() gives), so pandas can run the case as written."""

    @staticmethod
    def var(name, value):
        return value

    @staticmethod
    def deferred(func):
        return func  # called on values, a deferred function is the function


# What print() shows of the plan-time facts: the script (prints.py.txt, one print per line) and pandas' output.
PRINTS = ["print(flights.shape)", "print(len(groups))", "print(groups.dtypes)", "print(left['a'].dtype)",
          "print(flights['origin'].shape)", "print(list(left.columns))",
          "print([str(t) for t in left.dtypes], 'k2' in left.columns, left.shape[1] * 2)"]


def write_prints():
    import contextlib
    import io
    body = "\n".join(PRINTS) + "\n"
    text = io.StringIO()
    with contextlib.redirect_stdout(text):
        exec(INPUTS + body, {})
    (OUT.parent / "frame_facts_prints.py.txt").write_text(INPUTS + body, encoding="utf-8")
    (OUT.parent / "frame_facts_prints.out").write_text(text.getvalue(), encoding="utf-8")
    print("wrote frame_facts_prints")


def main():
    os.chdir(ROOT)
    sys.modules["skrub"] = _EagerSkrub
    OUT.mkdir(parents=True, exist_ok=True)
    write_datetime_inputs()
    write_text_filter_input()
    write_prints()
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
            w.writerow([str(c) for c in out.columns])
            w.writerow([dtype_name(d) for d in out.dtypes])
            for row in out.itertuples(index=False):
                w.writerow([fmt(v) for v in row])
        print(f"wrote frame_ops/{case} ({len(out)} rows)")


if __name__ == "__main__":
    main()
