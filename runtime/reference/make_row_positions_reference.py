"""Reference rows for positional row selection: pandas' slices with a step, .iloc with a list of positions, and
skrub's .skb.subsample(how="random") (pandas' sample with skrub's subsampling seed).

Each case picks rows of a frame whose column "row" holds 0..length-1, so the rows pandas returns are the positions it
took, in its order. Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 runtime/reference/make_row_positions_reference.py
Writes runtime/src/test/resources/reference/row_positions.csv; RowPositionsTest reads it.
"""
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_format import fmt_list, write  # noqa: E402
from skrub_source import import_skrub, skrub_version  # noqa: E402

skrub = import_skrub()
from skrub._config import get_config  # noqa: E402
from skrub._data_ops._subsampling import SubsamplePreviews  # noqa: E402,F401

SLICES = [(None, None, 2), (1, 10, 3), (None, None, -1), (None, None, -3), (-2, None, -2), (8, 2, -2),
          (-100, 100, 4), (5, None, 7), (None, -3, 2), (3, 3, 1), (10, 1, 1), (None, 4, None), (-4, None, None),
          (2, -2, None), (-6, 5, 1), (100, None, -1), (-1, -100, -5)]
POSITIONS = [[0], [3, 1, 2], [-1, 0, -2], [4, 4, 0], [], [2, -7]]
SAMPLES = [1, 5, 12, 20, 1000]


def picked(frame):
    return fmt_list(frame["row"].tolist())


def main():
    rows = []
    for length in (0, 1, 7, 12):
        frame = pd.DataFrame({"row": range(length)})
        for start, stop, step in SLICES:
            spec = ["" if v is None else str(v) for v in (start, stop, step)]
            rows.append([length, "slice", ",".join(spec), picked(frame[start:stop:step]), "ok"])
            # a Series sliced by position, and .iloc: the same rows
            assert frame["row"].iloc[start:stop:step].tolist() == frame[start:stop:step]["row"].tolist()
        for positions in POSITIONS:
            try:
                result, status = picked(frame.iloc[positions]), "ok"
            except IndexError as e:
                result, status = "", f"IndexError: {e}"
            rows.append([length, "positions", fmt_list(positions), result, status])
        seed = get_config()["subsampling_seed"]
        for n in SAMPLES:
            # skrub's SubsamplePreviews: n = min(n, rows), then pandas' sample(n, random_state=seed, replace=False)
            taken = skrub._dataframe.sample(frame, n=min(n, length), seed=seed)
            rows.append([length, "sample", f"{n} {seed}", picked(taken), "ok"])
    header = ["length", "kind", "spec", "rows", "status"]
    write("row_positions.csv", header, rows)
    print(f"pandas {pd.__version__}, {skrub_version()}")


if __name__ == "__main__":
    main()
