"""Fetch a URL the way a careful crawler would: capped, timed, and never at a private address.

Feeds and users hand us URLs we did not choose. A feed item pointing at `http://127.0.0.1:5432/`
or a cloud metadata address must not make detente a proxy into the user's network, so every hop
of a redirect chain is resolved and checked before we connect. Tests pass an
`httpx.MockTransport` and a fake `resolve`; nothing here needs the network to be tested.

The check runs twice: once on the URL before each request (a clear UnsafeAddressError), and
again inside the connection itself, which connects to the very address it checked, so a DNS
server that answers differently the second time (DNS rebinding) gains nothing. A proxy taken
from the environment resolves hosts itself; the first check still applies.

An IPv6 address that carries an IPv4 one (IPv4-mapped, IPv4-compatible, 6to4, NAT64, Teredo) is
judged by the IPv4 address it carries too: `[2002:7f00:1::1]` is loopback by another name.
`--allow-private HOST[:PORT]` opens exactly the hosts it names, never every private address.
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from detente.errors import FetchError, UnsafeAddressError

USER_AGENT = "detente/0.1 (+https://github.com/detente; news diplomacy research)"
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
Resolver = Callable[[str, int], list[str]]


@dataclass(frozen=True)
class Fetched:
    """A fetched response: the URL asked for, where it ended after redirects, and its body."""

    url: str
    final_url: str
    status: int
    content_type: str | None
    body: bytes

    @property
    def charset(self) -> str | None:
        """The charset declared in the Content-Type header, if any."""
        for part in (self.content_type or "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None

    @property
    def mime(self) -> str:
        """The bare media type, lower-cased (`text/html`), or '' when the server sent none."""
        return (self.content_type or "").split(";")[0].strip().lower()


def system_resolve(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host` (what a connection could reach)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


# Prefixes whose addresses carry an IPv4 address in their last 32 bits (RFC 6052, RFC 8215, RFC 4291).
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")
_IPV4_TRANSLATED = ipaddress.IPv6Network("::ffff:0:0:0/96")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """Every IPv4 address an IPv6 transition form of `ip` would reach (none for a plain IPv6)."""
    found: list[ipaddress.IPv4Address] = []
    last32 = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    if any(ip in net for net in _NAT64) or ip in _IPV4_TRANSLATED:
        found.append(last32)
    if ip in _IPV4_COMPATIBLE and int(ip) > 1:  # ::a.b.c.d (but not :: or ::1)
        found.append(last32)
    return found


def _reason(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    checks = (
        ("loopback", ip.is_loopback), ("link-local", ip.is_link_local), ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified), ("reserved", ip.is_reserved), ("private", ip.is_private),
    )
    for label, hit in checks:
        if hit:
            return label
    return None if ip.is_global else "non-public"


def unsafe_reason(address: str) -> str | None:
    """Why `address` is not a public internet address, or None when it is.

    An IPv6 address carrying an IPv4 address is unsafe when the IPv4 one is."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        inners = embedded_ipv4(ip)
        for inner in inners:
            reason = _reason(inner)
            if reason:
                return f"{reason} (IPv4 {inner} inside IPv6)"
        if inners and ip.teredo is None:  # a gateway's (NAT64, 6to4) form of a public IPv4 address
            return None
    return _reason(ip)


@dataclass(frozen=True)
class AllowedHost:
    """One `--allow-private` entry: a host name or IP address (or network), and maybe a port."""

    host: str
    port: int | None = None

    def permits(self, host: str, port: int, address: str) -> bool:
        """Whether this entry lets a connection to `host`:`port`, resolved to `address`, through."""
        if self.port is not None and self.port != port:
            return False
        if self.host == host.lower().rstrip(".").strip("[]"):
            return True
        try:
            network = ipaddress.ip_network(self.host, strict=False)
            return ipaddress.ip_address(address.split("%")[0]) in network
        except ValueError:
            return False


def parse_allowed(entries: Iterable[str]) -> tuple[AllowedHost, ...]:
    """`HOST[:PORT]` entries (comma-separated or repeated) as AllowedHosts.

    HOST is a name (`localhost`), an IPv4 address or network (`10.0.0.5`, `10.1.0.0/16`) or a
    bracketed IPv6 one (`[::1]:8000`). Raises ValueError with a sentence for anything else."""
    allowed: list[AllowedHost] = []
    for entry in (e.strip() for raw in entries for e in raw.split(",")):
        if not entry:
            continue
        host, port = _split_host_port(entry)
        if "/" in host and not _is_network(host):
            raise ValueError(f"--allow-private takes HOST[:PORT] (e.g. localhost:8000), not {entry!r}.")
        allowed.append(AllowedHost(host.lower().rstrip("."), port))
    return tuple(allowed)


def _is_network(entry: str) -> bool:
    try:
        ipaddress.ip_network(entry, strict=False)
        return True
    except ValueError:
        return False


def _split_host_port(entry: str) -> tuple[str, int | None]:
    bad = ValueError(f"--allow-private takes HOST[:PORT] (e.g. localhost:8000), not {entry!r}.")
    if "://" in entry or "@" in entry or any(c.isspace() for c in entry):
        raise bad
    if entry.startswith("["):
        host, bracket, rest = entry[1:].partition("]")
        if not bracket or (rest and not rest.startswith(":")):
            raise bad
        port_text = rest[1:]
    elif entry.count(":") == 1:
        host, port_text = entry.split(":")
    else:
        host, port_text = entry, ""  # a bare IPv6 address or network, or a plain name
    if not host or (port_text and not port_text.isdigit()) or (port_text and not 0 < int(port_text) < 65536):
        raise bad
    return host, int(port_text) if port_text else None


AllowPrivate = bool | Iterable[str]


def _allow_list(allow_private: AllowPrivate) -> bool | tuple[AllowedHost, ...]:
    """True (every private address: tests and programmatic use only), or the named hosts."""
    if isinstance(allow_private, bool):
        return allow_private
    return parse_allowed([allow_private] if isinstance(allow_private, str) else allow_private)


def address_refusal(allowed: bool | tuple[AllowedHost, ...], host: str, port: int,
                    address: str) -> str | None:
    """Why connecting to `host`:`port` at `address` is refused, or None when it may go ahead."""
    reason = unsafe_reason(address)
    if reason is None or allowed is True:
        return None
    if allowed and any(entry.permits(host, port, address) for entry in allowed):
        return None
    return reason


class Fetcher:
    """Fetch http(s) URLs with a timeout, a size cap, a redirect limit and an address check.

    Usage: `Fetcher(allow_private=["localhost:8000"]).get("http://localhost:8000/feed.xml")`.
    `allow_private` names the private HOST[:PORT]s that may be reached (`True` opens every one,
    for tests; the CLI never passes it).
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 20.0,
        max_bytes: int = 20_000_000,
        max_redirects: int = 5,
        allow_private: AllowPrivate = False,
        user_agent: str = USER_AGENT,
        resolve: Resolver | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.allow_private = _allow_list(allow_private)
        self.resolve = resolve or system_resolve
        if transport is None:
            transport = _pinned_transport(self.resolve, self.allow_private)
        self._client = httpx.Client(
            transport=transport, timeout=timeout, follow_redirects=False,
            headers={"User-Agent": user_agent},
            trust_env=isinstance(transport, httpx.HTTPTransport),  # proxy env vars, never around a fake
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str) -> Fetched:
        """GET `url`, following up to `max_redirects` redirects, each one checked.

        Raises:
            UnsafeAddressError: a hop points at a loopback, private, link-local... address.
            FetchError: bad scheme, timeout, connection failure, HTTP error or body over the cap.
        """
        current = url
        for _ in range(self.max_redirects + 1):
            self.check_url(current, given=url)
            status, content_type, location, body = self._get_once(current, given=url)
            if location is None:
                return Fetched(url, current, status, content_type, body)
            current = urljoin(current, location)
        raise FetchError(url, f"redirected more than {self.max_redirects} times; giving up.")

    def check_url(self, url: str, given: str | None = None) -> None:
        """Refuse URLs detente must not contact: other schemes, and (unless allowed) private hosts."""
        given = given or url
        where = "" if url == given else f" (redirected to {url})"
        try:
            parts = urlsplit(url)
        except ValueError as exc:
            raise FetchError(given, f"is not a valid URL{where} ({exc}).") from exc
        if parts.scheme.lower() not in ("http", "https"):
            raise FetchError(given, f"is not an http(s) URL{where}; detente only fetches http and https.")
        if not parts.hostname:
            raise FetchError(given, f"has no host name{where}.")
        try:  # the host we check must be the host httpx connects to (no parser disagreement)
            host = parts.hostname
            alone = httpx.URL(f"http://{f'[{host}]' if ':' in host else host}/").host
            same = httpx.URL(url).host == alone
        except (httpx.InvalidURL, ValueError, TypeError, UnicodeError):
            same = False
        if not same:
            raise FetchError(given, f"has an ambiguous host name{where}; detente does not fetch it.")
        try:
            port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        except ValueError as exc:
            raise FetchError(given, f"has an invalid port{where}.") from exc
        if self.allow_private is True:
            return
        for address in self._addresses(parts.hostname, port, given, where):
            reason = address_refusal(self.allow_private, parts.hostname, port, address)
            if reason:
                raise UnsafeAddressError(
                    given, f"points at {reason} address {address}{where}; detente refuses to fetch from "
                           f"private networks unless you name the host with --allow-private "
                           f"{_host_port(parts.hostname, port)}.")

    def _addresses(self, host: str, port: int, given: str, where: str) -> list[str]:
        try:
            ipaddress.ip_address(host.split("%")[0])
            return [host]
        except ValueError:
            pass
        try:
            addresses = self.resolve(host, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(given, f"host {host} could not be resolved{where} ({exc}).") from exc
        if not addresses:
            raise FetchError(given, f"host {host} could not be resolved{where}.")
        return addresses

    def _get_once(self, url: str, given: str) -> tuple[int, str | None, str | None, bytes]:
        where = "" if url == given else f" (redirected to {url})"
        try:
            with self._client.stream("GET", url) as response:
                location = response.headers.get("location")
                if response.status_code in REDIRECT_CODES and location:
                    return response.status_code, None, location, b""
                if response.status_code >= 400:
                    raise FetchError(given, f"the server answered HTTP {response.status_code}{where}.")
                body = self._read_capped(response, given, where)
                return response.status_code, response.headers.get("content-type"), None, body
        except httpx.TimeoutException as exc:
            raise FetchError(given, f"timed out after {self.timeout:g} s{where}.") from exc
        except httpx.InvalidURL as exc:
            raise FetchError(given, f"is not a valid URL{where} ({exc}).") from exc
        except httpx.HTTPError as exc:
            raise FetchError(given, f"could not be fetched{where}: {exc or type(exc).__name__}.") from exc

    def _read_capped(self, response: httpx.Response, given: str, where: str) -> bytes:
        too_big = FetchError(given, f"is larger than the {_mb(self.max_bytes)} limit{where}; not downloaded.")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise too_big
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise too_big
            chunks.append(chunk)
        return b"".join(chunks)


class PinnedBackend(httpcore.NetworkBackend):
    """A network backend that resolves and checks a host itself, then connects to that address."""

    def __init__(self, inner: httpcore.NetworkBackend, resolve: Resolver,
                 allow_private: bool | tuple[AllowedHost, ...]) -> None:
        self.inner, self.resolve, self.allow_private = inner, resolve, allow_private

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: Any = None) -> httpcore.NetworkStream:
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            try:
                addresses = self.resolve(host, port)
            except (OSError, UnicodeError) as exc:
                raise httpcore.ConnectError(f"host {host} could not be resolved ({exc})") from exc
        for address in addresses:
            reason = address_refusal(self.allow_private, host, port, address)
            if reason:
                raise httpcore.ConnectError(f"refused to connect to {reason} address {address} for {host}")
        error: Exception = httpcore.ConnectError(f"host {host} has no address")
        for address in addresses:
            try:
                return self.inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                error = exc
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("detente does not connect to unix sockets")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def _pinned_transport(resolve: Resolver, allow_private: bool | tuple[AllowedHost, ...]
                      ) -> httpx.HTTPTransport:
    """httpx's own transport, with its connection pool using a PinnedBackend (httpx 0.28 layout)."""
    transport = httpx.HTTPTransport()
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool) and hasattr(pool, "_network_backend"):
        pool._network_backend = PinnedBackend(pool._network_backend, resolve, allow_private)
    return transport


def _host_port(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _mb(n: int) -> str:
    return f"{n / 1_000_000:g} MB"
