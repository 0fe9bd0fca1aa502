"""Reference predictions of skrub's learner API on a train_test_split, computed by skrub itself.

For every script in frontend/src/test/resources/skb_ops/ named predict_*.py, this runs the script with skrub (imported
from a source checkout, see runtime/reference/skrub_source.py) and records every array learner.predict(...),
learner.predict_proba(...) and learner.decision_function(...) return, in call order: the method, the array's shape, its values (JSON: floats as Python's
repr, labels as strings) and the text print() shows for it (numpy's str of the array).

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 frontend/reference/make_predict_reference.py
Writes frontend/src/test/resources/reference/learner_predictions.csv; LearnerPredictTest reads it. Also writes
numpy_print.csv: arrays of the shapes and values predictions take (negative, whole, tiny and huge floats, NaN, ints,
labels, more than 1000 elements, 2-d) with numpy's str of each, and numpy's repr of each 1-d float array (what a
DataOp's preview shows of a learner's bare predictions), which NumpyArrayTextTest holds Stratum's printer to.
"""
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from skrub_source import import_skrub, skrub_version  # noqa: E402
from skrub_scripts import run_script  # noqa: E402

skrub = import_skrub()
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import sklearn  # noqa: E402

SCRIPTS = sorted((ROOT / "frontend" / "src" / "test" / "resources" / "skb_ops").glob("predict_*.py"))
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "learner_predictions.csv"
PRINT_OUT = OUT.parent / "numpy_print.csv"
METHODS = ("predict", "predict_proba", "decision_function")


def run_recording(path):
    """Runs the script with skrub, recording every array the learner's predict methods return."""
    calls = []
    learner_class = type(skrub.var("probe").skb.make_learner())
    original = learner_class._eval_in_mode

    def recording(self, mode, *args, **kwargs):
        value = original(self, mode, *args, **kwargs)
        if mode in METHODS:
            calls.append((mode, np.asarray(value)))
        return value

    learner_class._eval_in_mode = recording
    try:
        run_script(path)
    finally:
        learner_class._eval_in_mode = original
    return calls


def values(array):
    """The values in row-major order as JSON; non-finite floats as the strings "nan", "inf", "-inf"."""
    def one(v):
        if isinstance(v, float) and not np.isfinite(v):
            return repr(v)
        return v
    return json.dumps([one(v) for v in array.ravel().tolist()])


def print_cases():
    """Arrays predictions can be, each with numpy's str (what print() shows)."""
    rng = np.random.RandomState(0)
    return {
        "whole": np.array([1.0, 2.0, 30.0]),
        "mixed_decimals": np.array([1.0, 2.5, -3.25, 10.125]),
        "negative_wide": rng.normal(0, 100, 40),
        "long_digits": rng.uniform(0, 1, 25) / 3,
        "tiny_exp": np.array([1e-5, 0.5, 0.25]),
        "huge_exp": np.array([1.5e9, -2.0, 3.0]),
        "ratio_exp": np.array([0.001, 2.0, 7.5]),
        "with_nan": np.array([1.5, np.nan, -2.25, np.inf]),
        "all_nan": np.array([np.nan, np.nan]),
        "zeros": np.zeros(4),
        "ints": np.array([3, -12, 7, 100]),
        "ints_long": rng.randint(-5000, 5000, 60),
        "labels": np.array(["rain", "sun", "drizzle", "fog", "sun", "rain", "snow"] * 5, dtype=object),
        "summarized_floats": rng.normal(15, 7, 1500),
        "summarized_ints": np.arange(2000),
        "summarized_labels": np.array(["sun", "rain"] * 600, dtype=object),
        "proba": rng.dirichlet([1, 1, 1], 12),
        "proba_exp": np.array([[1e-6, 1 - 1e-6], [0.25, 0.75], [0.5, 0.5]]),
        "proba_summarized": rng.dirichlet([1, 1], 700),
        "wide_2d": rng.normal(0, 1, (4, 9)),
        "empty": np.array([], dtype=float),
        "summarized_huge": rng.normal(0, 1e7, 1200),
        "summarized_short": np.round(rng.uniform(0, 9, 1001)),
    }


def float_repr(array):
    """numpy's repr of a 1-d float array; empty for the other cases."""
    return repr(array) if array.ndim == 1 and array.dtype == np.float64 else ""


def main():
    rows = []
    for path in SCRIPTS:
        name = path.relative_to(ROOT).as_posix()
        for i, (method, array) in enumerate(run_recording(path)):
            rows.append([name, i, method, " ".join(str(d) for d in array.shape), values(array), str(array)])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_predict_reference.py with {skrub_version()}, "
                f"scikit-learn {sklearn.__version__}, pandas {pd.__version__}, numpy {np.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "call", "method", "shape", "values", "printed"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    with open(PRINT_OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_predict_reference.py with numpy {np.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "shape", "values", "printed", "repr"])
        for case, array in print_cases().items():
            w.writerow([case, " ".join(str(d) for d in array.shape), values(array), str(array), float_repr(array)])
    print(f"wrote {len(print_cases())} rows to {PRINT_OUT}")


if __name__ == "__main__":
    main()
