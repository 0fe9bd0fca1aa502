"""Reference candidates of skrub's make_randomized_search, drawn by skrub itself.

For every script in frontend/src/test/resources/sampling/ this runs the script with skrub (imported from a source
checkout, see runtime/reference/skrub_source.py), takes the parameter grid of its searched pipeline and draws the
candidates the way skrub's randomized search does (scikit-learn's ParameterSampler with the search's n_iter and
random_state), and writes each candidate as skrub's results_ describes it: the display name of each choice and the
outcome chosen (estimator outcomes by their repr, numbers exactly). No search is fitted: only the draws are recorded.

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 frontend/reference/make_sampling_reference.py
Writes frontend/src/test/resources/reference/randomized_samples.csv; ParameterSamplingTest reads it.
"""
import csv
import math
import os
import sys
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from skrub_source import import_skrub, skrub_version  # noqa: E402

skrub = import_skrub()
from sklearn.model_selection import ParameterSampler  # noqa: E402
from skrub._data_ops._evaluation import choice_graph  # noqa: E402
from skrub._data_ops._inspection import describe_params  # noqa: E402

SCRIPTS = ROOT / "frontend" / "src" / "test" / "resources" / "sampling"
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "randomized_samples.csv"


def label(v):
    if isinstance(v, (bool, np.bool_)):
        return "True" if v else "False"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return "nan" if math.isnan(v) else repr(float(v))
    return str(v)


def candidates(script):
    namespace = {}
    os.chdir(ROOT)
    with warnings.catch_warnings():
        # skrub warns about choices used before X/y (clamped) and sklearn about grids smaller than n_iter.
        warnings.simplefilter("ignore")
        exec(compile(script.read_text(), str(script), "exec"), namespace)
        search = namespace["search"]
        data_op = search.data_op
        rs = search.search
        # What ParamSearch.fit hands to RandomizedSearchCV as param_distributions.
        grid = data_op.skb.make_learner().get_param_grid()
        sampler = ParameterSampler(grid, n_iter=rs.n_iter, random_state=rs.random_state)
        graph = choice_graph(data_op)
        rows = []
        for params in sampler:
            ids = {int(k.removeprefix("data_op__")): v for k, v in params.items()}
            rows.append(describe_params(ids, graph))
    return rows


def main():
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        f.write(f"# made by frontend/reference/make_sampling_reference.py with {skrub_version()}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "candidate", "choice", "outcome"])
        for script in sorted(SCRIPTS.glob("*.py")):
            for i, described in enumerate(candidates(script)):
                for name, value in described.items():
                    w.writerow([script.name, i, name, label(value)])
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
