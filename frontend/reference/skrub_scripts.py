"""What the frontend reference scripts share: running a test script under skrub, and naming a candidate.

Imported by the make_*_reference.py scripts beside it (they put this folder on sys.path by running from it).
"""
import contextlib
import io
import os
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_script(path):
    """Runs a DataOps script as real Python from the repository root (where its relative paths point), with its
    prints and warnings silenced; returns the script's global namespace."""
    namespace = {"__name__": "__main__"}
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            exec(compile(Path(path).read_text(), str(path), "exec"), namespace)
    finally:
        os.chdir(cwd)
    return namespace


def candidate_label(params):
    """A candidate as skrub's describe_params names its choices: name=value pairs, strings bare, numbers repr'd."""
    return ";".join(f"{k}={v}" if isinstance(v, str) else f"{k}={getattr(v, 'item', lambda: v)()!r}"
                    for k, v in params.items())
