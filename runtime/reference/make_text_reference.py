#!/usr/bin/env python3
"""Reference outputs of scikit-learn 1.9's text vectorizers as scripts use them (issue 7).

Run from the repository root:  python3 runtime/reference/make_text_reference.py
Needs numpy, pandas and scikit-learn; reads ../shared/data/movies.json when it is there to (re)write
examples/data/movie-titles.csv (the titles, genres and IMDB ratings of the films that have a title and a rating, in
the file's order; vega-datasets 3.2.1, BSD-3-Clause, see examples/data/README.md). Writes scikit-learn's
English stop words and Python's combining marks under runtime/src/main/resources/io/stratum/runtime/kernels/text/, and
under runtime/src/test/resources/reference/, in the format of fixture_format.py:
- text_document_frequency.csv: CountVectorizer/TfidfVectorizer vocabularies and matrices with min_df and max_df
  (ints and proportions) fitted on the first 2,000 committed titles: the vocabulary, the first 40 training and
  held-out rows entry by entry, and every column's sum over all training and all held-out rows (the vocabulary
  joined by "|", since bigrams hold spaces).
- text_svd_repeated_rows.csv: TruncatedSVD (randomized, three settings) of the TF-IDF or counts of the first 300
  titles repeated 1 to 7 times in a shuffled order: singular values and every seventh row of fit_transform (Stratum
  runs the SVD of such a matrix on its distinct rows); the rows are written to inputs/svd_repeated_titles.csv.
- text_svd_frame.csv: TruncatedSVD of four numeric columns of examples/data/seattle-weather.csv (fit_transform on the
  first 1,000 rows, transform on the rest, every ninth row), its singular values and output names.
"""
import os
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from fixture_format import OUT, fmt_list, write

warnings.filterwarnings("ignore")
assert sklearn.__version__ == "1.9.1", sklearn.__version__

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("STRATUM_SHARED_DATA", ROOT.parent / "shared" / "data"))
TITLES = ROOT / "examples" / "data" / "movie-titles.csv"


def write_titles():
    source = SHARED / "movies.json"
    if not source.exists():
        print(f"note: {source} is absent; keeping {TITLES.name} as committed")
        return
    m = pd.read_json(source)
    m = m[m["Title"].notna() & m["IMDB Rating"].notna()]
    out = pd.DataFrame({"title": m["Title"].astype(str), "genre": m["Major Genre"], "imdb_rating": m["IMDB Rating"]})
    out.to_csv(TITLES, index=False)
    print(f"wrote {TITLES.name} ({len(out)} rows)")


def titles():
    return pd.read_csv(TITLES)["title"]


DOCUMENT_FREQUENCY_CASES = [
    # (case name as the Java test parses it, vectorizer)
    ("CountVectorizer(min_df=2)", CountVectorizer(min_df=2)),
    ("CountVectorizer(min_df=0.01)", CountVectorizer(min_df=0.01)),
    ("CountVectorizer(max_df=0.02)", CountVectorizer(max_df=0.02)),
    ("CountVectorizer(max_df=5, min_df=2)", CountVectorizer(max_df=5, min_df=2)),
    ("CountVectorizer(min_df=3, ngram_range=(1, 2), binary=True)", CountVectorizer(min_df=3, ngram_range=(1, 2), binary=True)),
    ("TfidfVectorizer(min_df=2)", TfidfVectorizer(min_df=2)),
    ("TfidfVectorizer(min_df=0.005, analyzer='char_wb', ngram_range=(2, 3))",
     TfidfVectorizer(min_df=0.005, analyzer="char_wb", ngram_range=(2, 3))),
    ("TfidfVectorizer(max_df=0.5, sublinear_tf=True, norm='l1')", TfidfVectorizer(max_df=0.5, sublinear_tf=True, norm="l1")),
    ("CountVectorizer(stop_words='english', ngram_range=(1, 2))", CountVectorizer(stop_words="english", ngram_range=(1, 2))),
    ("TfidfVectorizer(strip_accents='ascii', stop_words=['the', 'of', 'and'])",
     TfidfVectorizer(strip_accents="ascii", stop_words=["the", "of", "and"])),
    ("CountVectorizer(strip_accents='unicode', analyzer='char', ngram_range=(1, 2), lowercase=False)",
     CountVectorizer(strip_accents="unicode", analyzer="char", ngram_range=(1, 2), lowercase=False)),
]


def document_frequency():
    docs = titles()
    train, test = docs.iloc[:2000], docs.iloc[2000:]
    rows = []
    for name, vectorizer in DOCUMENT_FREQUENCY_CASES:
        fitted = vectorizer.fit_transform(train).tocsr()
        rows.append([name, "vocabulary", -1, "|".join(vectorizer.get_feature_names_out())])
        for split, x in (("train", fitted), ("test", vectorizer.transform(test).tocsr())):
            # The first rows entry by entry (indices, then values), and every column's sum over all rows.
            for i in range(40):
                row = x.getrow(i)
                rows.append([name, split, i, fmt_list(list(row.indices) + list(row.data))])
            rows.append([name, split + "_column_sums", -1, fmt_list(np.asarray(x.sum(axis=0)).ravel())])
    write("text_document_frequency.csv", ["case", "split", "row", "values"], rows)


def repeated_titles():
    """The first 300 titles, title i repeated 1 + i % 7 times in a shuffled order (about 1,200 rows, 300 distinct)."""
    docs = titles().iloc[:300].tolist()
    rows = [t for i, t in enumerate(docs) for _ in range(1 + i % 7)]
    order = np.random.RandomState(5).permutation(len(rows))
    return pd.Series([rows[i] for i in order])


SVD_CASES = [
    # (case name as the Java test parses it, vectorizer, TruncatedSVD)
    ("TruncatedSVD(n_components=30, random_state=0) of char_wb tfidf",
     lambda: TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4)), lambda: TruncatedSVD(n_components=30, random_state=0)),
    ("TruncatedSVD(n_components=10, random_state=2, power_iteration_normalizer='QR') of word tfidf",
     lambda: TfidfVectorizer(), lambda: TruncatedSVD(n_components=10, random_state=2, power_iteration_normalizer="QR")),
    ("TruncatedSVD(n_components=8, random_state=1, n_iter=2) of word counts",
     lambda: CountVectorizer(), lambda: TruncatedSVD(n_components=8, random_state=1, n_iter=2)),
]


def svd_of_repeated_rows():
    """TruncatedSVD of a matrix whose rows repeat (a text column's), which Stratum runs on the distinct rows."""
    docs = repeated_titles()
    pd.DataFrame({"title": docs}).to_csv(OUT / "inputs" / "svd_repeated_titles.csv", index=False)
    rows = []
    for name, vectorizer, svd in SVD_CASES:
        x = vectorizer().fit_transform(docs)
        t = svd()
        out = t.fit_transform(x)
        rows.append([name, "singular_values", -1, fmt_list(t.singular_values_)])
        for i in range(0, out.shape[0], 7):
            rows.append([name, "train", i, fmt_list(out[i])])
    write("text_svd_repeated_rows.csv", ["case", "split", "row", "values"], rows)


FRAME_SVD_CASES = [
    ("TruncatedSVD(n_components=2, random_state=0)", TruncatedSVD(n_components=2, random_state=0)),
    ("TruncatedSVD(n_components=3, random_state=4, n_iter=2, power_iteration_normalizer='QR')",
     TruncatedSVD(n_components=3, random_state=4, n_iter=2, power_iteration_normalizer="QR")),
]


def svd_of_frame():
    """TruncatedSVD of numeric columns of a frame (skrub wraps it per frame): fit_transform on the first 1,000 rows of
    examples/data/seattle-weather.csv, transform on the rest."""
    data = pd.read_csv(ROOT / "examples" / "data" / "seattle-weather.csv")[["precipitation", "temp_max", "temp_min", "wind"]]
    train, test = data.iloc[:1000], data.iloc[1000:]
    rows = []
    for name, svd in FRAME_SVD_CASES:
        out_train = svd.fit_transform(train)
        out_test = svd.transform(test)
        rows.append([name, "singular_values", -1, fmt_list(svd.singular_values_)])
        rows.append([name, "names", -1, " ".join(svd.get_feature_names_out())])
        for split, out in (("train", out_train), ("test", out_test)):
            for i in range(0, out.shape[0], 9):
                rows.append([name, split, i, fmt_list(out[i])])
    write("text_svd_frame.csv", ["case", "split", "row", "values"], rows)


RESOURCES = ROOT / "runtime" / "src" / "main" / "resources" / "io" / "stratum" / "runtime" / "kernels" / "text"


def write_text_data():
    """scikit-learn's data the analyzers need: its English stop-word list (stop_words="english") and the code points
    Python's unicodedata calls combining (strip_accents="unicode" removes them after NFKD), as ranges."""
    import unicodedata

    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    (RESOURCES / "english_stop_words.txt").write_text("".join(w + "\n" for w in sorted(ENGLISH_STOP_WORDS)))
    ranges = []
    for cp in range(0x110000):
        if unicodedata.combining(chr(cp)):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    (RESOURCES / "combining_marks.txt").write_text(
        f"# code points with a nonzero canonical combining class in Python's unicodedata {unicodedata.unidata_version}\n"
        + "".join(f"{a:x} {b:x}\n" for a, b in ranges))
    print(f"wrote {len(ENGLISH_STOP_WORDS)} stop words and {len(ranges)} combining ranges")


def main():
    write_text_data()
    write_titles()
    document_frequency()
    svd_of_repeated_rows()
    svd_of_frame()


if __name__ == "__main__":
    main()
