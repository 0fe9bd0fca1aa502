#!/usr/bin/env python3
"""Reference tokens of token patterns with Python's inline flags, as scikit-learn's tokenizer finds them (issue 7).

Run from anywhere:  python3 runtime/reference/make_token_flags_reference.py
Needs scikit-learn 1.9 (its tokenizer is re.compile(token_pattern).findall). Writes text_token_flags.csv, texts,
patterns and tokens as code points in hex (as text_token_patterns.csv, make_text_reference.py):
- kind "tokens": findall of a pattern on each text (the tricky texts of make_text_reference.py and case-folding ones);
- kind "members": the code points c, U+0000 to U+10FFFF without surrogates, for which the single-character pattern
  fullmatches chr(c), as ranges "first-last" (held code point by code point: case folding is where Java and Python
  could differ);
- kind "error": patterns Python's re refuses, with its message.
"""
import re
import sys
from pathlib import Path

from sklearn.feature_extraction.text import CountVectorizer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import write  # noqa: E402
from make_text_reference import TOKEN_TEXTS, code_points  # noqa: E402

TEXTS = TOKEN_TEXTS + [
    "Stra\u00dfe STRASSE \u017ftar KELVIN \u212a k \u0130stanbul \u0131i I",
    "\u03a3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2 \u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3 \u00b5 \u03bc \u0345x",
    "Deseret \U00010400\U00010428 mixed CaSe words\nSecond Line here\n",
]

TOKEN_PATTERNS = [
    r"(?u)\b\w+\b", r"(?i)\w+", r"(?i)[a-z]+", r"(?i)[^a-z\s]+", r"(?i)star|wars|new", r"(?i)stra(?:ss|\u00df)e",
    r"(?i)[\w']+", r"(?i)[^\W\d]+", r"(?i)\bs\w*", r"(?i)(?-i:S)\w+", r"(?i:s)\w+", r"(?i:[a-z])[A-Z]+",
    r"(?a)\w+", r"(?a)\b\w+\b", r"(?a)[^\W\d_]+", r"(?a)\s+", r"(?a)\d+", r"(?ai)[a-z]+", r"(?a)(?i)k+",
    r"(?m)^\w+", r"(?m)\w+$", r"(?m:^)\w+", r"\w+(?m:$)", r"(?s).+", r"(?s:.)\w", r"\w(?s:.)", r"(?is).{2}",
    r"(?x) \w+ # words", r"(?x)[ ]\w+", r"(?x)\w+\ \w+", r"(?x: \w \w )", "(?x)\n  (\\w+)  # a group\n  \\s",
    r"(?ix) [a-z] +", r"(?u)(?i)\w\w+", r"(?iu)[\u03b1-\u03c9]+", r"(?i)\U00010400", r"(?i)[\U00010400-\U0001044f]+",
]

# Single characters or classes: which code points each fullmatches.
MEMBER_PATTERNS = [
    r"(?i)k", r"(?i)s", r"(?i)i", r"(?i)\u00df", r"(?i)\u03c3", r"(?i)\u0130", r"(?i)[a-z]", r"(?i)[^a-z]",
    r"(?i)[\u03b1-\u03c9]", r"(?i)[\u0100-\u017f]", r"(?i)[0-9a-f]", r"(?i)\U00010400", r"(?i)[\w]", r"(?i)[^\w]",
    r"(?i)[\w\-]", r"(?i)[^\d\s]", r"(?i)[\s\u0130]", r"(?i)\w", r"(?i)\W", r"(?i).", r"(?is).", r"(?ai)[a-z]",
    r"(?ai)k", r"(?a)\w", r"(?a)[\W]", r"(?a)\s", r"(?a)\d", r"(?a)[^\d\s]",
]

ERROR_PATTERNS = [r"a(?i)b", r"(?L)a", r"(?au)a", r"(?-a:a)", r"(?a-u:a)", r"\w(?i)"]


def ranges(pattern):
    compiled = re.compile(pattern)
    out = []
    start = None
    for c in range(0x110000):
        hit = not 0xD800 <= c <= 0xDFFF and compiled.fullmatch(chr(c)) is not None
        if hit and start is None:
            start = c
        if not hit and start is not None:
            out.append(f"{start:x}-{c - 1:x}")
            start = None
    if start is not None:
        out.append(f"{start:x}-10ffff")
    return " ".join(out)


def main():
    rows = []
    for pattern in TOKEN_PATTERNS:
        tokenize = CountVectorizer(token_pattern=pattern).build_tokenizer()
        for t, text in enumerate(TEXTS):
            rows.append([code_points(pattern), "tokens", t, code_points(text),
                         " ".join(code_points(tok) for tok in tokenize(text))])
    for pattern in MEMBER_PATTERNS:
        rows.append([code_points(pattern), "members", -1, "_", ranges(pattern)])
    for pattern in ERROR_PATTERNS:
        try:
            re.compile(pattern)
            raise AssertionError(pattern + " compiled")
        except re.error as e:
            rows.append([code_points(pattern), "error", -1, "_", str(e).replace(",", ";")])
    write("text_token_flags.csv", ["pattern", "kind", "index", "text", "tokens"], rows)


if __name__ == "__main__":
    main()
