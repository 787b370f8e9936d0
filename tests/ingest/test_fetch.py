"""The fetcher: caps, timeouts, redirects checked hop by hop, and no private addresses."""
from __future__ import annotations

import socket
from collections.abc import Callable

import httpcore
import httpx
import pytest

from detente.errors import FetchError, UnsafeAddressError
from detente.ingest.fetch import Fetcher, PinnedBackend, unsafe_reason

PUBLIC = "93.184.215.14"
HOSTS = {"news.example.org": [PUBLIC], "mirror.example.org": ["151.101.1.67"],
         "intranet.example.org": ["192.168.10.5"], "mixed.example.org": [PUBLIC, "10.1.2.3"]}


def fake_resolve(host: str, port: int) -> list[str]:
    if host not in HOSTS:
        raise socket.gaierror(-2, "Name or service not known")
    return HOSTS[host]


def make_fetcher(handler: Callable[[httpx.Request], httpx.Response], **kwargs: object) -> tuple[Fetcher, list[str]]:
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return handler(request)

    return Fetcher(transport=httpx.MockTransport(record), resolve=fake_resolve, **kwargs), seen  # type: ignore[arg-type]


def page(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, html="<html><body><p>hello</p></body></html>")


def test_get_returns_body_status_type_and_sends_our_user_agent() -> None:
    agents = []

    def handler(request: httpx.Request) -> httpx.Response:
        agents.append(request.headers["user-agent"])
        return page(request)

    fetcher, _ = make_fetcher(handler, user_agent="detente-test/1")
    got = fetcher.get("https://news.example.org/a")
    assert (got.url, got.final_url, got.status) == ("https://news.example.org/a", "https://news.example.org/a", 200)
    assert got.mime == "text/html" and got.charset == "utf-8"
    assert b"<p>hello</p>" in got.body
    assert agents == ["detente-test/1"]


def test_redirects_are_followed_and_each_hop_is_checked() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "news.example.org":
            return httpx.Response(301, headers={"Location": "https://mirror.example.org/moved"})
        return page(request)

    fetcher, seen = make_fetcher(handler)
    got = fetcher.get("https://news.example.org/old")
    assert got.final_url == "https://mirror.example.org/moved"
    assert seen == ["https://news.example.org/old", "https://mirror.example.org/moved"]


def test_a_redirect_into_a_private_network_is_refused_before_connecting() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "news.example.org":
            return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
        return page(request)

    fetcher, seen = make_fetcher(handler)
    with pytest.raises(UnsafeAddressError) as err:
        fetcher.get("https://news.example.org/trap")
    assert err.value.source == "https://news.example.org/trap"
    assert "169.254.169.254" in err.value.reason and "--allow-private" in err.value.reason
    assert seen == ["https://news.example.org/trap"]


def test_too_many_redirects() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.path.strip("/") or 0)
        return httpx.Response(302, headers={"Location": f"/{n + 1}"})

    fetcher, seen = make_fetcher(handler, max_redirects=3)
    with pytest.raises(FetchError, match="redirected more than 3 times"):
        fetcher.get("https://news.example.org/0")
    assert len(seen) == 4


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8080/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://10.0.0.7/",
    "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/", "http://224.0.0.1/",
    "http://intranet.example.org/wiki", "https://mixed.example.org/", "http://100.64.0.1/",
])
def test_private_and_special_addresses_are_refused(url: str) -> None:
    fetcher, seen = make_fetcher(page)
    with pytest.raises(UnsafeAddressError) as err:
        fetcher.get(url)
    assert err.value.source == url
    assert seen == []


def test_allow_private_lets_local_addresses_through() -> None:
    fetcher, seen = make_fetcher(page, allow_private=True)
    assert fetcher.get("http://127.0.0.1:8080/feed").status == 200
    assert fetcher.get("http://intranet.example.org/wiki").status == 200
    assert len(seen) == 2


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://news.example.org/a.txt", "gopher://x/", "http:///nohost",
                                 "http://[::1/", "http://news.example.org:99999/"])
def test_only_http_and_https_with_a_host(url: str) -> None:
    fetcher, seen = make_fetcher(page, allow_private=True)
    with pytest.raises(FetchError) as err:
        fetcher.get(url)
    assert err.value.source == url and not isinstance(err.value, UnsafeAddressError)
    assert seen == []


def test_an_unresolvable_host_is_a_fetch_error_naming_the_url() -> None:
    fetcher, _ = make_fetcher(page)
    with pytest.raises(FetchError) as err:
        fetcher.get("https://no-such-host.invalid/story")
    assert str(err.value).startswith("https://no-such-host.invalid/story: ")
    assert "could not be resolved" in err.value.reason


@pytest.mark.parametrize("exc,words", [
    (httpx.ReadTimeout("read timed out"), "timed out after 20 s"),
    (httpx.ConnectTimeout("connect timed out"), "timed out"),
    (httpx.ConnectError("[Errno 111] Connection refused"), "Connection refused"),
])
def test_network_failures_become_fetch_errors(exc: Exception, words: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    fetcher, _ = make_fetcher(handler)
    with pytest.raises(FetchError, match=words) as err:
        fetcher.get("https://news.example.org/slow")
    assert err.value.source == "https://news.example.org/slow"


def test_http_errors_name_the_status() -> None:
    fetcher, _ = make_fetcher(lambda request: httpx.Response(404, text="gone"))
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher.get("https://news.example.org/missing")


def test_a_declared_oversized_body_is_refused_without_reading_it() -> None:
    fetcher, _ = make_fetcher(lambda r: httpx.Response(200, headers={"Content-Length": "5000"}, content=b"x" * 5000),
                              max_bytes=1000)
    with pytest.raises(FetchError, match="larger than the 0.001 MB limit"):
        fetcher.get("https://news.example.org/big")


def test_a_streamed_body_is_cut_off_at_the_cap() -> None:
    produced = []

    def chunks():
        for _ in range(100):
            produced.append(1)
            yield b"y" * 100

    fetcher, _ = make_fetcher(lambda r: httpx.Response(200, content=chunks()), max_bytes=1000)
    with pytest.raises(FetchError, match="larger than"):
        fetcher.get("https://news.example.org/endless")
    assert len(produced) < 100


@pytest.mark.parametrize("address,reason", [
    ("8.8.8.8", None), ("2a00:1450:4001:80b::200e", None), ("127.0.0.2", "loopback"),
    ("fe80::1", "link-local"), ("172.16.0.1", "private"), ("fd00::1", "private"), ("ff02::1", "multicast"),
])
def test_unsafe_reason(address: str, reason: str | None) -> None:
    assert unsafe_reason(address) == reason


class RecordingBackend(httpcore.NetworkBackend):
    """Stands in for the real sockets: records where a connection would go, then fails it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: object = None) -> httpcore.NetworkStream:
        self.calls.append((host, port))
        raise httpcore.ConnectError("test backend: no sockets")


def test_the_connection_goes_to_the_address_that_was_checked() -> None:
    inner = RecordingBackend()
    backend = PinnedBackend(inner, fake_resolve, allow_private=False)
    with pytest.raises(httpcore.ConnectError, match="no sockets"):
        backend.connect_tcp("news.example.org", 443)
    assert inner.calls == [(PUBLIC, 443)]
    with pytest.raises(httpcore.ConnectError, match="private address 192.168.10.5"):
        backend.connect_tcp("intranet.example.org", 80)
    with pytest.raises(httpcore.ConnectError, match="loopback"):
        backend.connect_tcp("127.0.0.1", 80)
    assert inner.calls == [(PUBLIC, 443)]
    with pytest.raises(httpcore.ConnectError, match="no sockets"):
        PinnedBackend(inner, fake_resolve, allow_private=True).connect_tcp("intranet.example.org", 80)
    assert inner.calls[-1] == ("192.168.10.5", 80)


def test_dns_rebinding_after_the_check_is_refused_at_connect_time() -> None:
    answers = iter([[PUBLIC], ["127.0.0.1"]])
    fetcher = Fetcher(resolve=lambda host, port: next(answers))
    backend = fetcher._client._transport._pool._network_backend  # type: ignore[attr-defined]
    assert isinstance(backend, PinnedBackend)
    backend.inner = RecordingBackend()
    with pytest.raises(FetchError, match="refused to connect to loopback address 127.0.0.1") as err:
        fetcher.get("http://rebind.example.org/")
    assert err.value.source == "http://rebind.example.org/"
    assert backend.inner.calls == []
