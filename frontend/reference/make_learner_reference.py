"""Reference scores of skrub's learner API on a train_test_split, computed by skrub itself.

For every script in frontend/src/test/resources/skb_ops/ named tts_*.py, and for examples/train_test_split.py, this
runs the script with skrub (imported from a source checkout, see runtime/reference/skrub_source.py) and records
every value learner.score(...) returns, in call order, with the row indices of each train_test_split (the rows of X
in the training and test environments, as pandas index labels of the frame at mark_as_X).

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 frontend/reference/make_learner_reference.py
Writes frontend/src/test/resources/reference/learner_scores.csv; LearnerTest reads it.
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from skrub_source import import_skrub, skrub_version  # noqa: E402
from skrub_scripts import run_script  # noqa: E402

skrub = import_skrub()
import pandas as pd  # noqa: E402
import sklearn  # noqa: E402

SCRIPTS = sorted((ROOT / "frontend" / "src" / "test" / "resources" / "skb_ops").glob("tts_*.py"))
EXAMPLES = [ROOT / "examples" / "train_test_split.py"]
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "learner_scores.csv"


def run_recording(path):
    """Runs the script with skrub, recording every learner score and every split's test rows."""
    scores, splits = [], []
    namespace_class = type(skrub.var("probe").skb)
    original_split = namespace_class.train_test_split
    learner_class = type(skrub.var("probe").skb.make_learner())
    original_score = learner_class._score

    def recording_split(self, *args, **kwargs):
        split = original_split(self, *args, **kwargs)
        splits.append(split)
        return split

    def recording_score(self, *args, **kwargs):
        value = original_score(self, *args, **kwargs)
        scores.append(float(value))
        return value

    namespace_class.train_test_split = recording_split
    learner_class._score = recording_score
    try:
        run_script(path)
    finally:
        namespace_class.train_test_split = original_split
        learner_class._score = original_score
    return scores, splits


def main():
    rows = []
    for path in SCRIPTS + EXAMPLES:
        if not path.exists():
            continue
        scores, splits = run_recording(path)
        if len(scores) != 1 or len(splits) != 1:
            sys.exit(f"{path}: expected one split and one score, got {len(splits)} and {len(scores)}")
        name = path.relative_to(ROOT).as_posix()
        test_rows = " ".join(str(int(i)) for i in splits[0]["X_test"].index)
        rows.append([name, repr(scores[0]), test_rows])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_learner_reference.py with {skrub_version()}, "
                f"scikit-learn {sklearn.__version__}, pandas {pd.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "score", "test_rows"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
