"""The stories' TF-IDF without scikit-learn: the same matrix, bit for bit, as TfidfVectorizer made."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from detente.stories.tfidf import TOKEN, tfidf

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "stories" / "same_story.jsonl"
# Our own sentences, in several voices, with repeated terms, hyphens, stop words and an empty text.
TEXTS = [
    "KYIV (Wire) - Negotiators met in Geneva on Tuesday; the talks on prisoner exchanges resumed.",
    "State media said the foreign minister welcomed the exchange of prisoners as a step toward peace.",
    "Readout: the two leaders discussed a cease-fire, a cease-fire monitoring mission and grain exports.",
    "Live: drones struck the port overnight, officials said. More drones were reported at dawn.",
    "Analysis - why the grain corridor matters: exports, insurance and the Black Sea shipping lanes.",
    "",
    "It is what it is, and they were there.",
    "Talks talks TALKS: the mediators' third round of talks ended without a joint statement.",
]


def sklearn_matrix(texts: list[str], max_df: float):  # type: ignore[no-untyped-def]
    text_module = pytest.importorskip("sklearn.feature_extraction.text")
    vectorizer = text_module.TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1,
                                             max_df=max_df, token_pattern=TOKEN.pattern)
    return vectorizer.fit_transform(texts).tocsr(), list(vectorizer.get_feature_names_out())


def assert_same(texts: list[str], max_df: float) -> None:
    mine, terms = tfidf(texts, max_df)
    theirs, their_terms = sklearn_matrix(texts, max_df)
    assert terms == their_terms
    assert mine.shape == theirs.shape
    assert np.array_equal(mine.indptr, theirs.indptr) and np.array_equal(mine.indices, theirs.indices)
    assert mine.data.tobytes() == theirs.data.tobytes()  # every bit of every weight


@pytest.mark.parametrize("max_df", [1.0, 0.5])
def test_same_matrix_as_scikit_learn_on_our_sentences(max_df: float) -> None:
    assert_same(TEXTS, max_df)


def test_same_matrix_on_the_story_fixture() -> None:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows]
    assert_same(texts, 0.9 if len(texts) > 20 else 1.0)


def test_stop_words_only_is_an_error_as_before() -> None:
    with pytest.raises(ValueError, match="empty vocabulary"):
        tfidf(["the and of", "it is"])


def test_clustering_does_not_import_scikit_learn() -> None:
    code = ("import sys\nfrom detente.stories.cluster import cluster_stories\n"
            "from detente.stories.features import ArticleFeatures\n"
            "f = [ArticleFeatures(str(i), t, '2025-03-0' + str(i + 1), {'place:Geneva'}, set())\n"
            "     for i, t in enumerate(['Talks in Geneva on grain', 'Grain talks in Geneva resumed'])]\n"
            "cluster_stories(f)\nprint('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
