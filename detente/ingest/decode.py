"""Turn the raw bytes of an input into text, or say clearly why we cannot.

Users bring files from anywhere: Windows-1251 scrapes, Latin-1 exports, UTF-16 with a BOM,
or a PDF renamed `.txt`. We try the declared or obvious encodings first (BOM, UTF-8), then
let charset-normalizer guess, and refuse binary data instead of ingesting mojibake.
"""
from __future__ import annotations

import codecs
import re
from typing import Any

from detente.errors import InputError

# Checked longest first: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 65_536  # enough bytes to judge whether an input is text
_MIN_PRINTABLE = 0.95  # share of printable characters below which we call text binary
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HALF_WIDTH_KANA = re.compile("[\uff61-\uff9f]")
_COMMON = ("cp1252", "cp1251", "latin_1", "koi8_r", "cp1250", "iso8859_2", "iso8859_15")
_CJK_MULTIBYTE = (
    "shift_jis", "shift_jis_2004", "shift_jisx0213", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213",
    "iso2022_jp", "gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs", "cp950", "euc_kr", "cp949",
    "johab", "iso2022_kr",
)
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029|\x85")


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode an input's bytes to text with `\\n` newlines.

    Args:
        data: the raw bytes as read from the file or the network.
        name: the input as the user gave it, used in error messages.
        declared: a charset the source declared (HTTP header, `<meta charset>`), tried first.

    Raises:
        InputError: the input is empty, binary, or in no encoding we can recognise.
    """
    if not data.strip():
        raise InputError(name, "is empty; there is no text to ingest.")
    text = _decode_by_bom(data) or _decode_declared(data, declared)
    if text is None:
        # NULs mark UTF-16/32 text or binary data; a stray NUL in a text is judged (and cleaned) below
        if b"\x00" in data[:_SAMPLE]:
            text = _decode_wide(data) or _decode_utf8(data)
            if text is None:
                raise _binary(name)
        text = text or _decode_utf8(data) or _decode_wide(data) or _decode_guessed(data, name)
    if not _looks_like_text(text[:_SAMPLE]):
        raise _binary(name)
    return clean_text(_NEWLINES.sub("\n", text).lstrip("\ufeff"))


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text every store accepts: lone surrogates become U+FFFD and NUL characters are dropped.

    JSON escapes (`\\ud800`), HTML entities (`&#xD800;`) and feeds can all carry them; SQLite stores
    them but PostgreSQL (NUL) and UTF-8 encoding (surrogates) refuse them, so they are cleaned once,
    where text enters detente.
    """
    if text.isascii():
        return text.replace("\x00", "") if "\x00" in text else text
    return _SURROGATE.sub("\ufffd", text.replace("\x00", ""))


def _decode_by_bom(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    """The bytes read with the declared charset, unless the content says the label lies.

    Bytes that are valid UTF-8 with multi-byte sequences are UTF-8 whatever the label says (a page
    re-encoded by its CMS but still labelled windows-1251): a legacy single-byte text almost never
    forms valid UTF-8 sequences by chance. A declared reading that holds NULs is not trusted either.
    """
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared.strip().strip("\"'")).name
        if codec != "utf-8" and not data.isascii() and _decode_utf8(data) is not None:
            return None
        text = data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None  # a wrong or unknown declaration is common; fall back to detection
    return None if "\x00" in text[:_SAMPLE] else text


def _decode_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


_WIDE = (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2))
_WIDE_SCRIPT_SHARE = 0.95  # share of characters in the text's 3 commonest 128-code-point blocks


def _decode_wide(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte order mark, recognised from the content.

    Read with the right codec, a text in one or two scripts falls into a few small blocks of code
    points (ASCII plus, say, Cyrillic); read with the wrong one, or when it is binary data, its
    characters scatter over the whole range. Returns None when no reading is that coherent.
    """
    sample = data[:_SAMPLE]
    for codec, unit in _WIDE:
        if len(data) % unit:
            continue
        try:
            text = sample[: len(sample) - len(sample) % unit].decode(codec)
        except UnicodeDecodeError:
            continue
        if _coherent(text):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _coherent(text: str) -> bool:
    chars = [c for c in text if not c.isspace()]
    if len(chars) < 2 or "\x00" in text or not _looks_like_text(text):
        return False
    if sum(c.isprintable() for c in chars) < _WIDE_SCRIPT_SHARE * len(chars):
        return False  # private-use and unassigned code points: a misreading
    blocks: dict[int, int] = {}
    for c in chars:
        blocks[ord(c) >> 7] = blocks.get(ord(c) >> 7, 0) + 1
    top = sum(sorted(blocks.values(), reverse=True)[:3])
    return top / len(chars) >= _WIDE_SCRIPT_SHARE


def _decode_guessed(data: bytes, name: str) -> str:
    """charset-normalizer's best guess, with two corrections for short inputs.

    A sentence or two of Windows-1251 or KOI8-R is often taken for Shift-JIS and comes out as
    half-width katakana: then we ask again without the CJK multi-byte codecs and keep the less
    chaotic reading. And when several codecs read the bytes equally well, the most widely used
    one wins (Windows-1252 before Windows-1250, whose `ŕ`/`č` stand where French has `à`/`è`).
    """
    from charset_normalizer import from_bytes

    best = _preferred(from_bytes(data))
    if best is not None and _HALF_WIDTH_KANA.search(str(best)):
        retry = _preferred(from_bytes(data, cp_exclusion=list(_CJK_MULTIBYTE)))
        if retry is not None and retry.chaos <= best.chaos:
            best = retry
    if best is None:
        raise InputError(
            name, "is not in any text encoding detente recognises; save it as UTF-8 and try again."
        )
    return str(best)


def _preferred(matches: Any) -> Any:
    """Among the matches tied with the best one, the one whose codec is most common."""
    best = matches.best()
    if best is None:
        return None
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return min(tied, key=lambda m: _COMMON.index(m.encoding) if m.encoding in _COMMON else len(_COMMON))


def _looks_like_text(sample: str) -> bool:
    if not sample:
        return False
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return 1 - bad / len(sample) >= _MIN_PRINTABLE


def _binary(name: str) -> InputError:
    return InputError(name, "looks like a binary file, not text or HTML; detente reads text, HTML, "
                            "JSONL, WARC and RSS/Atom feeds.")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def html_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in a `<meta>` tag near its top, if any."""
    match = _META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii") if match else None
