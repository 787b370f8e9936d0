"""Compact read-only containers for the derived views, which every server worker holds a copy of.

`CompactMap`: a str -> str mapping in two numpy arrays, for the views' largest table (record id
-> article id: 135k pairs at 10k articles). `PackedList`: a list of JSON objects kept as their
encoded lines, each decoded when it is read (the timeline: 19,277 entries at 10k articles, 32 MB
as dicts, 12 MB as lines; a request reads a page of it).

Every server worker holds its own copy of the derived views, so their size is paid once per
process: as a dict of Python strings that table took 34 MB a worker, here about 3 MB (the keys as one
fixed-width byte array searched by bisection, the values as indexes into the distinct values).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, overload

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


class PackedList(Sequence[Any]):
    """`PackedList(lines)`: a sequence of the JSON values of `lines` (compact JSON, one value each),
    decoded on every read; a slice is decoded in one `json.loads`, so its objects share their keys."""

    def __init__(self, lines: Iterable[bytes]) -> None:
        self._lines = list(lines)

    @overload
    def __getitem__(self, at: int) -> Any: ...

    @overload
    def __getitem__(self, at: slice) -> list[Any]: ...

    def __getitem__(self, at: int | slice) -> Any:
        if isinstance(at, slice):
            lines = self._lines[at]
            return json.loads(b"[" + b",".join(lines) + b"]") if lines else []
        return json.loads(self._lines[at])

    def __len__(self) -> int:
        return len(self._lines)

    def __iter__(self) -> Iterator[Any]:
        for at in range(0, len(self._lines), 256):
            yield from self[at:at + 256]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]
