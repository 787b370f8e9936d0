"""Near-duplicate detection for syndicated copies: MinHash signatures and an LSH index.

Exact re-ingest is caught earlier by the content hash; this links articles that are the same story
with small edits (a wire copy with another headline, a trimmed repost). They are linked, never dropped:
each outlet's copy is evidence of who reported what.
"""
from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
# Pinned so stored signatures stay comparable across datasketch upgrades (2.0 made it required
# when a MinHash is rebuilt from stored hash values).
SCHEME = "affine32"
SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    mh.update_batch([s.encode("utf-8") for s in shingles(text)])
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype=np.uint64).astype(np.uint32)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


class NearDuplicateIndex:
    """An LSH index of originals; `add` returns the originals an article copies (best first).

    A copy is linked to the original(s) it matches and is not indexed itself: a story syndicated a
    thousand times is a star around its first copy, not a clique of a million links, and every
    query stays small. Links are capped at `max_links` per article."""

    def __init__(self, threshold: float = 0.8, max_links: int = 3) -> None:
        self.threshold = threshold
        self.max_links = max_links
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}
        self._seen: set[str] = set()

    def add(self, key: str, mh: MinHash) -> list[tuple[str, float]]:
        if key in self._seen:
            return []
        self._seen.add(key)
        matches = []
        for other in self._lsh.query(mh):
            similarity = mh.jaccard(self._sigs[other])
            if similarity >= self.threshold:
                matches.append((other, round(float(similarity), 3)))
        if not matches:
            self._lsh.insert(key, mh)
            self._sigs[key] = mh
        return sorted(matches, key=lambda m: (-m[1], m[0]))[:self.max_links]
