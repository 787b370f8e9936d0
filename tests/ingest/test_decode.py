"""Raw bytes in every encoding users bring become the right text, or one clear refusal."""
from __future__ import annotations

import pytest

from detente.errors import InputError
from detente.ingest.decode import decode_bytes, html_charset

RUSSIAN = ("Министр иностранных дел заявил во вторник, что переговоры о прекращении огня "
           "возобновятся в Женеве на следующей неделе.\nДелегации обменялись проектами документов, "
           "сообщил представитель министерства.")
FRENCH = ("Le ministre a déclaré mardi que les négociations reprendront à Genève la semaine prochaine.\n"
          "Les délégations ont échangé des projets de texte, a précisé un porte-parole à l'agence.")


def test_utf8_passes_through_with_newlines_normalised() -> None:
    data = "Talks resumed.\r\nA second line.\rA third — with a dash.".encode()
    assert decode_bytes(data, "a.txt") == "Talks resumed.\nA second line.\nA third — with a dash."


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_marks_are_honoured_and_removed(codec: str) -> None:
    assert decode_bytes(FRENCH.encode(codec), "bom.txt") == FRENCH


@pytest.mark.parametrize("text,codec", [(RUSSIAN, "cp1251"), (RUSSIAN, "koi8-r"), (FRENCH, "latin-1"),
                                        (FRENCH, "cp1252")])
def test_legacy_encodings_are_detected(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec), "legacy.txt") == text


def test_a_declared_charset_is_tried_first() -> None:
    data = "Prisoner swap agreed — ‘in principle’.".encode("cp1252")
    assert decode_bytes(data, "page.html", declared="windows-1252") == "Prisoner swap agreed — ‘in principle’."


def test_a_wrong_declared_charset_falls_back_to_detection() -> None:
    assert decode_bytes(RUSSIAN.encode("utf-8"), "page.html", declared="ascii") == RUSSIAN
    assert decode_bytes(RUSSIAN.encode("utf-8"), "page.html", declared="no-such-codec") == RUSSIAN


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n"])
def test_empty_input_is_refused_by_name(data: bytes) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data, "blank.txt")
    assert err.value.source == "blank.txt"
    assert "empty" in str(err.value)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,  # NUL bytes
    b"%PDF-1.7\n" + bytes(range(1, 32)) * 40,       # control characters, no NUL
])
def test_binary_input_is_refused_by_name(data: bytes) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data, "scan.txt")
    assert str(err.value).startswith("scan.txt: ")
    assert "binary" in err.value.reason


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [FRENCH, RUSSIAN, "Envoys met in Vienna.\nNo deal was reached."])
def test_utf16_and_utf32_without_a_bom_are_detected_from_content(codec: str, text: str) -> None:
    assert decode_bytes(text.encode(codec), "wide.txt") == text


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes_are_not_taken_for_wide_text(seed: int) -> None:
    import random

    data = random.Random(seed).randbytes(2000)
    with pytest.raises(InputError):
        decode_bytes(data, "noise.bin")


@pytest.mark.parametrize("label", ["windows-1251", "latin-1", "koi8-r"])
def test_utf8_under_a_lying_legacy_label_is_read_as_utf8(label: str) -> None:
    assert decode_bytes(RUSSIAN.encode("utf-8"), "page.html", declared=label) == RUSSIAN
    assert decode_bytes(FRENCH.encode("utf-8"), "page.html", declared=label) == FRENCH


def test_a_true_legacy_label_still_wins() -> None:
    assert decode_bytes(RUSSIAN.encode("cp1251"), "page.html", declared="windows-1251") == RUSSIAN


def test_surrogates_and_nul_are_cleaned_at_the_edge() -> None:
    from detente.ingest.decode import clean_text

    assert clean_text("Talks\x00 resumed \ud800today.") == "Talks resumed \ufffdtoday."
    assert clean_text("plain ascii") == "plain ascii"
    text = "Delegations met in Kyiv — \x00talks went on late into the night, officials said."
    assert decode_bytes(text.encode(), "nul.txt") == text.replace("\x00", "")


def test_html_charset_reads_both_meta_forms() -> None:
    assert html_charset(b'<head><meta charset="windows-1251"></head>') == "windows-1251"
    assert html_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">') == "koi8-r"
    assert html_charset(b"<html><head><title>none</title></head>") is None
