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
- text_token_patterns.csv: re.findall of scikit-learn's tokenizer for token patterns other than the default on
  tricky texts (Unicode digits and numbers, separators Python calls white space, combining marks, supplementary code
  points), the patterns Python refuses with its message, and patterns Python takes that Stratum does not translate.
- text_svd_repeated_rows.csv: TruncatedSVD (randomized, three settings) of the TF-IDF or counts of the first 300
  titles repeated 1 to 7 times in a shuffled order: singular values and every seventh row of fit_transform (Stratum
  runs the SVD of such a matrix on its distinct rows); the rows are written to inputs/svd_repeated_titles.csv.
- text_svd_arpack.csv: TruncatedSVD(algorithm="arpack") of TF-IDF and count matrices of the first 2,000 titles and
  of the weather frame's numeric columns: singular values, components, fit_transform and held-out rows.
- text_svd_frame.csv: TruncatedSVD of four numeric columns of examples/data/seattle-weather.csv (fit_transform on the
  first 1,000 rows, transform on the rest, every ninth row), its singular values and output names.
"""
import os
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
import sklearn.base
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer, TfidfVectorizer

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
    # max_features at values where no two terms of equal frequency straddle the cut (checked below)
    ("CountVectorizer(max_features=39)", CountVectorizer(max_features=39)),
    ("CountVectorizer(max_features=33, binary=True)", CountVectorizer(max_features=33, binary=True)),
    ("TfidfVectorizer(max_features=120, ngram_range=(1, 2), min_df=2)",
     TfidfVectorizer(max_features=120, ngram_range=(1, 2), min_df=2)),
    # a fixed vocabulary: a list (an upper-case term never matches lowercased text), a dict with its own order
    ("CountVectorizer(vocabulary=['the', 'love', 'of', 'Star', 'war', 'zzz'])",
     CountVectorizer(vocabulary=["the", "love", "of", "Star", "war", "zzz"])),
    ("TfidfVectorizer(vocabulary={'war': 2, 'star': 0, 'night': 1, 'the': 3})",
     TfidfVectorizer(vocabulary={"war": 2, "star": 0, "night": 1, "the": 3})),
    # other token patterns (the Java test spells them out)
    ("CountVectorizer(token_pattern=one_or_more_word_chars)", CountVectorizer(token_pattern=r"(?u)\b\w+\b")),
    ("CountVectorizer(token_pattern=capitalized, lowercase=False)",
     CountVectorizer(token_pattern=r"[A-Z][a-z]+", lowercase=False)),
    ("TfidfVectorizer(token_pattern=word_before_space_group)", TfidfVectorizer(token_pattern=r"(\w+)\s")),
    ("CountVectorizer(token_pattern=digits_or_long_words, ngram_range=(1, 2))",
     CountVectorizer(token_pattern=r"\d+|[^\W\d]{4,}", ngram_range=(1, 2))),
    ("CountVectorizer(token_pattern=words_with_apostrophes, stop_words='english')",
     CountVectorizer(token_pattern=r"[\w']+", stop_words="english")),
    # HashingVectorizer analyzes as the others (no vocabulary: matrices only)
    ("HashingVectorizer(token_pattern=one_or_more_word_chars, n_features=256)",
     HashingVectorizer(token_pattern=r"(?u)\b\w+\b", n_features=256)),
]


def check_max_features_cut(vectorizer, docs):
    """The max_features cases must not cut through terms of equal frequency (Stratum refuses those)."""
    limit = getattr(vectorizer, "max_features", None)
    if limit is None:
        return
    full = sklearn.base.clone(vectorizer).set_params(max_features=None)
    counts = CountVectorizer(**{k: v for k, v in full.get_params().items() if k in CountVectorizer().get_params()})
    x = counts.fit_transform(docs)
    if counts.binary:
        x.data[:] = 1
    frequencies = np.sort(np.asarray(x.sum(axis=0)).ravel())[::-1]
    assert len(frequencies) <= limit or frequencies[limit - 1] != frequencies[limit], (vectorizer, "ties at the cut")


def document_frequency():
    docs = titles()
    train, test = docs.iloc[:2000], docs.iloc[2000:]
    rows = []
    for name, vectorizer in DOCUMENT_FREQUENCY_CASES:
        check_max_features_cut(vectorizer, train)
        fitted = vectorizer.fit_transform(train).tocsr()
        if hasattr(vectorizer, "get_feature_names_out"):
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


TOKEN_TEXTS = [
    "Star Wars: Episode IV \u2013 A New Hope (1977)",
    "na\u00efve caf\u00e9 \u00bd \u00b3 x\u00b2 \u216b \u0663\u0664 42nd",
    "tab\tsep\x1cfile\x1dsep\u2028line\u00a0nbsp\x85next\rcr",
    "line one\nline two\n",
    "e\u0301te combining \u0915\u093f marks",
    "don't stop-words_here 3.14 & co [x] {y}",
    "",
    "\U0001f600 emoji \U0001d518\U0001d52b\U0001d526 a\u00b7b",
]

TOKEN_PATTERNS = [
    r"(?u)\b\w\w+\b", r"\w+", r"\w*", r"\S+", r"\s+", r"\d+", r"\D+", r"[^\W\d_]+", r"\b\w", r"\B\w+", r".+",
    r".+$", r"^\w+", r"\w+$", r"\A\w+", r"\w+\Z", r"[]a-c]+", r"[^]a]+", r"[-\w]+", r"[\w-]+", r"a{,2}", r"\w{2,}",
    r"\w{2}", r"\w{1,3}?", r"x{", r"{}", r"(?P<w>\w)\w", r"(?:\w)(\w)", r"(\d)?\w", r"(?<=\s)\w+", r"(?<!\w)\d",
    r"\w+(?=\s)", r"\w+(?!\w|\s)", r"(?#comment)\w+", r"\x41|\u00e9|\U0001F600", r"[\x00-\x40]+", r"\w+?",
    r"\w++", r"(?>\w+)", r"[\d\s]+", r"[^\s]+", r"\t|\n", r"a|b|", r"[&&]+", r"[\[\]]", r"[.]", r"\.", r"\-|\+",
    r"[\b]|\w", r"#\s|\ ", "(?u)[a-z\u00e0-\u00ff]+", r"[^\D]+", r"[\S]+", r"\W+",
    # an empty match, then a non-empty one at the same place (Python looks again there; Java's find would not)
    r"(?=a)|a", r"(?=\w)|\w\w",
]
# Patterns Python refuses (re.error, or scikit-learn's check of the groups): Java must refuse them too.
TOKEN_PATTERN_ERRORS = [r"(\w)(\w)", r"\q", r"[z-a]", r"*a", r"(", r"\x4", r"[\w-z]", r"a**"]
# Patterns Python accepts that Stratum does not translate, with the position it names.
# (Inline flags are translated: make_token_flags_reference.py holds them.)
TOKEN_PATTERNS_UNTRANSLATED = [(r"(\w)\1", 4), (r"(?P<a>\w)(?P=a)", 9), (r"\N{DIGIT ONE}", 0),
                               (r"(a)?(?(1)b|c)", 4)]


def code_points(text):
    return ".".join(f"{ord(c):x}" for c in text) or "_"


def token_patterns():
    """re.findall of token patterns (as scikit-learn's tokenizer) on tricky texts; texts, patterns and tokens written
    as code points in hex ('.' between code points, ' ' between tokens, '_' for an empty string)."""
    rows = []
    for pattern in TOKEN_PATTERNS:
        tokenize = CountVectorizer(token_pattern=pattern).build_tokenizer()
        for t, text in enumerate(TOKEN_TEXTS):
            rows.append([code_points(pattern), "tokens", t, code_points(text),
                         " ".join(code_points(tok) for tok in tokenize(text))])
    for pattern in TOKEN_PATTERN_ERRORS:
        try:
            CountVectorizer(token_pattern=pattern).build_tokenizer()
            raise AssertionError(pattern + " compiled")
        except (re.error, ValueError) as e:
            rows.append([code_points(pattern), "error", -1, "_", str(e).replace(",", ";")])
    for pattern, position in TOKEN_PATTERNS_UNTRANSLATED:
        CountVectorizer(token_pattern=pattern).build_tokenizer()  # Python takes it
        rows.append([code_points(pattern), "untranslated", position, "_", "_"])
    write("text_token_patterns.csv", ["pattern", "kind", "index", "text", "tokens"], rows)


ARPACK_CASES = [
    # (case name as the Java test parses it, vectorizer on the first 2,000 titles (or None: the weather frame), k)
    ("arpack n_components=5 of word tfidf", lambda: TfidfVectorizer(), 5),
    ("arpack n_components=10 of char_wb tfidf", lambda: TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3)), 10),
    ("arpack n_components=3 of word counts min_df=20", lambda: CountVectorizer(min_df=20), 3),
    ("arpack n_components=2 of the weather frame", None, 2),
]


def svd_arpack():
    """TruncatedSVD(algorithm="arpack") (tol=0: ARPACK converged to rounding) of wide matrices (TF-IDF of the first
    2,000 titles: fewer rows than columns, so scipy iterates on X Xᵀ), a tall one (counts of frequent words) and the
    weather frame's numeric columns: singular values, every fourth entry of the components, every seventh row of fit_transform (U * Sigma) and
    every ninth held-out row of transform. The spectra are checked to be apart (a tie would make the vectors any basis
    of a shared subspace)."""
    docs = titles()
    weather = pd.read_csv(ROOT / "examples" / "data" / "seattle-weather.csv")[
        ["precipitation", "temp_max", "temp_min", "wind"]]
    rows = []
    for name, vectorizer, k in ARPACK_CASES:
        if vectorizer is None:
            train, test = weather.iloc[:1000], weather.iloc[1000:]
        else:
            v = vectorizer()
            train, test = v.fit_transform(docs.iloc[:2000]), v.transform(docs.iloc[2000:])
        svd = TruncatedSVD(n_components=k, algorithm="arpack", random_state=0)  # ARPACK's start: reruns give the same bits
        out_train = svd.fit_transform(train)
        out_test = svd.transform(test)
        s = svd.singular_values_
        assert np.all(-np.diff(s) > 1e-3 * s[:-1]), (name, s)
        rows.append([name, "singular_values", -1, fmt_list(s)])
        for c in range(k):
            # every fourth column's entry (columns 0, 4, 8, ...), which keeps the file small
            rows.append([name, "component", c, fmt_list(svd.components_[c][::4])])
        for split, out, step in (("train", out_train, 7), ("test", out_test, 9)):
            for i in range(0, out.shape[0], step):
                rows.append([name, split, i, fmt_list(out[i])])
    write("text_svd_arpack.csv", ["case", "split", "row", "values"], rows)


RESOURCES = ROOT / "runtime" / "src" / "main" / "resources" / "io" / "stratum" / "runtime" / "kernels" / "text"


def write_text_data():
    """scikit-learn's data the analyzers need: its English stop-word list (stop_words="english"), the code points
    Python's unicodedata calls combining (strip_accents="unicode" removes them after NFKD), and the code points of
    Python's re classes \\w, \\d and \\s (a token_pattern's), as ranges."""
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
    classes = []
    for name in "wds":
        pattern = re.compile("\\" + name)
        members = []
        for cp in range(0x110000):
            if pattern.match(chr(cp)):
                if members and members[-1][1] == cp - 1:
                    members[-1][1] = cp
                else:
                    members.append([cp, cp])
        classes += [f"{name} {a:x} {b:x}\n" for a, b in members]
    (RESOURCES / "python_regex_classes.txt").write_text(
        f"# code points Python's re (str patterns) puts in \\w, \\d and \\s, as ranges (Unicode {unicodedata.unidata_version})\n"
        + "".join(classes))
    (RESOURCES / "combining_marks.txt").write_text(
        f"# code points with a nonzero canonical combining class in Python's unicodedata {unicodedata.unidata_version}\n"
        + "".join(f"{a:x} {b:x}\n" for a, b in ranges))
    print(f"wrote {len(ENGLISH_STOP_WORDS)} stop words and {len(ranges)} combining ranges")


def main():
    write_text_data()
    write_titles()
    document_frequency()
    token_patterns()
    svd_of_repeated_rows()
    svd_of_frame()
    svd_arpack()


if __name__ == "__main__":
    main()
