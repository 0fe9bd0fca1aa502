"""Imports skrub for the reference scripts.

skrub is not installable from the package registries these machines reach, but it is pure Python: a
checkout of its source tree works with the pandas and scikit-learn installed here. Point SKRUB_SRC at
the checkout (the folder that holds the `skrub` package). The fixture writers record `skrub_version()`
next to the numbers so a reader knows which skrub produced them.
"""
import os
import subprocess
import sys


def import_skrub():
    src = os.environ.get("SKRUB_SRC")
    if not src:
        sys.exit("set SKRUB_SRC to a skrub source checkout (the folder holding the 'skrub' package)")
    # skrub imports cloudpickle through joblib.externals, which joblib >= 1.6 no longer vendors.
    import cloudpickle
    import joblib.externals as externals

    externals.cloudpickle = cloudpickle
    sys.modules.setdefault("joblib.externals.cloudpickle", cloudpickle)
    sys.path.insert(0, src)
    import skrub

    return skrub


def skrub_version():
    import skrub

    src = os.environ.get("SKRUB_SRC", "")
    try:
        commit = subprocess.run(["git", "-C", src, "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
    except Exception:
        commit = os.environ.get("SKRUB_COMMIT", "unknown")
    return f"skrub {skrub.__version__} ({commit})"
