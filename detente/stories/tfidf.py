"""The stories' TF-IDF vectors, computed as scikit-learn's `TfidfVectorizer` computes them, without it.

The clustering used `TfidfVectorizer(stop_words="english", sublinear_tf=True, max_df=...)`.
Importing scikit-learn for it cost the derived-views builder 176 MB of its RSS and about 3 s of
import in every build (7 s on a loaded machine); NumPy and SciPy's sparse module, which it needs
anyway, cost 22 MB. This module makes the same matrix, bit for bit (tests/stories/test_tfidf.py
compares the two where scikit-learn is installed): the same tokens, the same columns (terms in
alphabetical order), the same order of entries within a row (the order in which the corpus first
met each term), and the same floating-point operations in the same order, down to the row norms
summed one entry after the other as scikit-learn's Cython loop sums them. The same entries in
the same order matter: the cosines and each article's top terms (ties broken by position) are
read off them, and a different last bit could change which pairs make a story.
"""
from __future__ import annotations

import re
from array import array
from collections import Counter
from functools import lru_cache, partial
from importlib import resources

import numpy as np
from scipy.sparse import csr_matrix

TOKEN = re.compile(r"(?u)\b[a-zA-Z][a-zA-Z-]+\b")
ROWS_AT_ONCE = 4096  # rows whose norms are summed together (a padded block of their entries)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """scikit-learn's English stop words (a copy in detente/data)."""
    text = resources.files("detente.data").joinpath("stop_words_english.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _counts(texts: list[str]) -> tuple[dict[str, int], np.ndarray, np.ndarray, np.ndarray]:
    """Term counts per text: the vocabulary numbered in order of first sight in the corpus, and each
    row's entries sorted by that number (CountVectorizer's `_count_vocab` then `sort_indices`), as
    arrays of 4-byte ints (lists of Python ints held 8 bytes an entry and more)."""
    stop = stop_words()
    vocabulary: dict[str, int] = {}
    indices = array("i")
    counts = array("i")
    indptr = array("i", [0])
    for text in texts:
        counter: dict[int, int] = {}
        for token, count in Counter(TOKEN.findall(text.lower())).items():  # in order of first sight
            if token not in stop:
                counter[vocabulary.setdefault(token, len(vocabulary))] = count
        row = sorted(counter)
        indices.extend(row)
        counts.extend([counter[j] for j in row])
        indptr.append(len(indices))
    if not vocabulary:
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    as_array = partial(np.frombuffer, dtype=np.intc)
    return vocabulary, as_array(indices), as_array(counts), as_array(indptr)


def _row_norms(data: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Each row's L2 norm, its squares summed one entry after another in stored order (as
    scikit-learn's `inplace_csr_row_normalize_l2` does; NumPy's own sums are pairwise and may
    differ in the last bit). Vectorised over the rows: entry k of every row long enough at once."""
    lengths = np.diff(indptr)
    sums = np.zeros(len(lengths), dtype=np.float64)
    order = np.argsort(-lengths, kind="stable")  # longest first: the rows still going are a prefix
    for lo in range(0, len(order), ROWS_AT_ONCE):
        rows = order[lo:lo + ROWS_AT_ONCE]
        starts, longest = indptr[rows], lengths[rows]
        block = np.zeros(len(rows), dtype=np.float64)
        for k in range(int(longest[0]) if len(rows) else 0):
            going = int(np.searchsorted(-longest, -k, side="left"))  # rows with more than k entries
            values = data[starts[:going] + k]
            block[:going] += values * values
        sums[rows] = block
    return np.sqrt(sums)


def _normalize_rows(data: np.ndarray, indptr: np.ndarray) -> None:
    """Divide each row's entries by its norm, in place, a block of rows at a time (a row of norm 0,
    which scikit-learn leaves as it is, is divided by 1.0: the same values)."""
    norms = _row_norms(data, indptr)
    norms[norms == 0.0] = 1.0
    lengths = np.diff(indptr)
    for lo in range(0, len(norms), ROWS_AT_ONCE):
        hi = min(lo + ROWS_AT_ONCE, len(norms))
        data[indptr[lo]:indptr[hi]] /= np.repeat(norms[lo:hi], lengths[lo:hi])


def tfidf(texts: list[str], max_df: float = 1.0) -> tuple[csr_matrix, list[str]]:
    """The L2-normalised sublinear TF-IDF matrix of `texts` (one row each) and its terms, alphabetical:
    what `TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1, max_df=max_df,
    token_pattern=TOKEN.pattern).fit_transform(texts)` and `get_feature_names_out()` return."""
    vocabulary, columns, counts, first_indptr = _counts(texts)
    n = len(texts)
    frequency = np.bincount(columns, minlength=len(vocabulary))
    kept = frequency <= max_df * n  # min_df=1 keeps every term seen
    if not kept.any():
        raise ValueError("After pruning, no terms remain. Try a lower min_df or a higher max_df.")
    terms = sorted(t for t, j in vocabulary.items() if kept[j])
    rank = np.full(len(vocabulary), -1, dtype=np.int32)
    rank[[vocabulary[t] for t in terms]] = np.arange(len(terms), dtype=np.int32)
    if kept.all():
        indices, data, indptr = rank[columns], counts.astype(np.float64), first_indptr.astype(np.int32)
    else:
        entry_kept = kept[columns]
        indices, data = rank[columns[entry_kept]], counts[entry_kept].astype(np.float64)
        kept_before = np.zeros(len(columns) + 1, dtype=np.int32)  # entries kept before each entry
        np.cumsum(entry_kept, out=kept_before[1:])
        indptr = kept_before[first_indptr]
        del entry_kept, kept_before
    del columns, counts
    # TfidfTransformer: log(tf) + 1, times idf = ln((n + 1) / (df + 1)) + 1, then rows to unit length.
    np.log(data, data)
    data += 1.0
    df = np.bincount(indices, minlength=len(terms)).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, fill_value=n + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    data *= idf[indices]
    _normalize_rows(data, indptr)
    return csr_matrix((data, indices, indptr), shape=(n, len(terms))), terms
