"""Every way of writing a private address is refused, at every hop and for every feed item;
`--allow-private HOST[:PORT]` opens exactly what it names."""
from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable

import httpx
import pytest

from detente.errors import FetchError, UnsafeAddressError
from detente.ingest.fetch import Fetcher, parse_allowed, system_resolve
from detente.ingest.sources import read_inputs
from tests.security.hostile import Recorder

NAMES = {"news.example.org": ["93.184.215.14"], "news.example.org.": ["93.184.215.14"],
         "xn--bcher-kva.example.org": ["93.184.215.14"], "bücher.example.org": ["93.184.215.14"], "rebind.example.org": ["10.9.9.9"],
         "v6only.example.org": ["2002:a9fe:a9fe::1"], "dev.example.org": ["127.0.0.1"]}


def resolve(host: str, port: int) -> list[str]:
    """Names from the table; address literals in any spelling via the system's own parser."""
    if host in NAMES:
        return NAMES[host]
    if host.endswith(".example.org"):
        raise socket.gaierror(-2, "Name or service not known")
    return system_resolve(host, port)  # numeric forms only: 2130706433, 0x7f.1, 017700000001


def fetcher(handler: Callable[[httpx.Request], httpx.Response] | None = None,
            **kwargs: object) -> tuple[Fetcher, list[str]]:
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return (handler or (lambda r: httpx.Response(200, html="<p>hi</p>")))(request)

    return Fetcher(transport=httpx.MockTransport(record), resolve=resolve, **kwargs), seen  # type: ignore[arg-type]


PRIVATE_FORMS = [
    "http://127.0.0.1/", "http://127.1/", "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/",
    "http://0.0.0.0/", "http://localhost./", "http://10.0.0.1/", "http://172.16.0.1/", "http://192.168.1.1/",
    "http://100.64.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[::]/",
    "http://[fe80::1]/", "http://[fc00::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
    "http://[::ffff:169.254.169.254]/", "http://[::127.0.0.1]/", "http://[2002:7f00:1::1]/",
    "http://[2002:a9fe:a9fe::]/", "http://[2002:c0a8:101::1]/", "http://[64:ff9b::7f00:1]/",
    "http://[64:ff9b::a9fe:a9fe]/", "http://[64:ff9b:1::a00:1]/", "http://[::ffff:0:7f00:1]/",
    "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "http://rebind.example.org/",
    "http://v6only.example.org/", "http://dev.example.org:8000/",
    "http://[fe80::1%25eth0]/", "http://224.0.0.1/", "http://255.255.255.255/", "http://198.18.0.1/",
]


@pytest.mark.parametrize("url", PRIVATE_FORMS)
def test_every_form_of_a_private_address_is_refused(url: str) -> None:
    fetch, seen = fetcher()
    with pytest.raises(FetchError) as err:
        fetch.get(url)
    assert seen == [], "nothing may be requested"
    if isinstance(err.value, UnsafeAddressError):
        assert "--allow-private" in err.value.reason


@pytest.mark.parametrize("url", ["http://user@127.0.0.1:80@news.example.org/", "http://127.0.0.1\\@news.example.org/",
                                 "http://news.example.org\\@127.0.0.1/"])
def test_a_url_two_parsers_read_differently_reaches_only_the_checked_host(url: str) -> None:
    fetch, seen = fetcher()
    with contextlib.suppress(FetchError):
        fetch.get(url)
    assert all(httpx.URL(u).host == "news.example.org" for u in seen), seen


@pytest.mark.parametrize("url", ["file:///etc/passwd", "gopher://127.0.0.1:70/", "ftp://10.0.0.1/",
                                 "dict://127.0.0.1:11211/", "jar:http://x/!/", "//127.0.0.1/"])
def test_other_schemes_are_refused(url: str) -> None:
    fetch, seen = fetcher()
    with pytest.raises(FetchError, match="http"):
        fetch.get(url)
    assert seen == []


@pytest.mark.parametrize("url", ["http://[2002:5db8:d70e::1]/", "http://[64:ff9b::5db8:d70e]/",
                                 "http://news.example.org/", "HTTP://NEWS.Example.ORG./",
                                 "http://xn--bcher-kva.example.org/", "http://bücher.example.org/"])
def test_transition_forms_of_public_addresses_still_pass(url: str) -> None:
    fetch, seen = fetcher()
    assert fetch.get(url).status == 200 and len(seen) == 1


def test_allow_private_opens_only_the_named_host_and_port() -> None:
    fetch, seen = fetcher(allow_private=["dev.example.org:8000"])
    assert fetch.get("http://dev.example.org:8000/feed").status == 200
    for url in ("http://dev.example.org:8001/", "http://127.0.0.1:8000/", "http://169.254.169.254/",
                "http://rebind.example.org:8000/", "http://[2002:7f00:1::1]:8000/"):
        with pytest.raises(UnsafeAddressError):
            fetch.get(url)
    assert seen == ["http://dev.example.org:8000/feed"]


def test_allow_private_network_entry() -> None:
    fetch, _ = fetcher(allow_private=["10.0.0.0/8"])
    assert fetch.get("http://rebind.example.org/").status == 200  # 10.9.9.9
    with pytest.raises(UnsafeAddressError):
        fetch.get("http://192.168.1.1/")


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/", "http://10.0.0.7/", "http://[::1]:8000/",
                                    "http://127.0.0.1:8000/admin", "http://dev.example.org:9999/"])
def test_redirects_from_an_allowed_host_are_checked_at_every_hop(target: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/start":
            return httpx.Response(302, headers={"Location": target})
        return httpx.Response(200, html="<p>reached</p>")

    fetch, seen = fetcher(handler, allow_private=["dev.example.org:8000"])
    with pytest.raises(UnsafeAddressError, match="redirected to"):
        fetch.get("http://dev.example.org:8000/start")
    assert seen == ["http://dev.example.org:8000/start"]


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>http://dev.example.org:8000/ok</link></item>
<item><title>b</title><link>http://169.254.169.254/latest/meta-data/</link></item>
<item><title>c</title><link>http://[64:ff9b::a00:1]/</link></item>
<item><title>d</title><link>file:///etc/passwd</link></item>
</channel></rss>"""


def test_feed_items_are_checked_one_by_one() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/feed.xml":
            return httpx.Response(200, content=FEED.encode(), headers={"Content-Type": "application/rss+xml"})
        return httpx.Response(200, html="<html><body><article><p>" + "Talks went on. " * 20 +
                                        "</p></article></body></html>")

    fetch, seen = fetcher(handler, allow_private=["dev.example.org:8000"])
    results = list(read_inputs(["http://dev.example.org:8000/feed.xml"], fetcher=fetch))
    assert seen == ["http://dev.example.org:8000/feed.xml", "http://dev.example.org:8000/ok"]
    refused = " ".join(str(r.error) for r in results if isinstance(r.error, FetchError))
    assert "169.254.169.254" in refused and "(IPv4 10.0.0.1 inside IPv6)" in refused
    assert "passwd: is not an http(s) URL" in refused


@pytest.mark.parametrize("entry", ["http://localhost:8000", "localhost:http", "host:99999", "a b", "x/y",
                                   "[::1", "user@host"])
def test_allow_private_entries_must_be_host_and_port(entry: str) -> None:
    with pytest.raises(ValueError, match="HOST"):
        parse_allowed([entry])


def test_a_real_loopback_server_is_reached_only_when_named(recorder: Recorder) -> None:
    """The real network path (pinned connection): refused by default, reached when named."""
    url = f"{recorder.url}/page"
    with Fetcher() as fetch, pytest.raises(UnsafeAddressError):
        fetch.get(url)
    with Fetcher(allow_private=[f"127.0.0.1:{recorder.port + 1 if recorder.port < 65535 else 1}"]) as fetch, \
            pytest.raises(UnsafeAddressError):
        fetch.get(url)
    assert recorder.hits == []
    with Fetcher(allow_private=[f"127.0.0.1:{recorder.port}"]) as fetch:
        assert fetch.get(url).status == 200
    assert recorder.hits == ["/page"]
