"""A read-only str -> str mapping in two numpy arrays, for the derived views' largest table (record id
-> article id: 135k pairs at 10k articles).

Every server worker holds its own copy of the derived views, so their size is paid once per
process: as a dict of Python strings that table took 34 MB a worker, here about 3 MB (the keys as one
fixed-width byte array searched by bisection, the values as indexes into the distinct values).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import numpy as np


class CompactMap(Mapping[str, str]):
    """`CompactMap(pairs)`: look-ups in O(log n), no insertion after construction."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        ordered = sorted(pairs)
        self._values = sorted({v for _, v in ordered})
        index = {v: i for i, v in enumerate(self._values)}
        self._keys = np.array([k.encode() for k, _ in ordered], dtype=bytes)
        self._slots = np.fromiter((index[v] for _, v in ordered), dtype=np.int32, count=len(ordered))

    def __getitem__(self, key: str) -> str:
        raw = key.encode()
        at = int(np.searchsorted(self._keys, raw))
        if at < len(self._keys) and self._keys[at] == raw and len(raw) <= self._keys.itemsize:
            return self._values[self._slots[at]]
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (k.decode() for k in self._keys)

    def __len__(self) -> int:
        return len(self._keys)
