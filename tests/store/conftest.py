"""Store fixtures: every test taking `store` runs against SQLite and a real, throwaway PostgreSQL.

The PostgreSQL server is started once per session with initdb + pg_ctl in a temporary folder and
listens only on a unix socket inside it. Each test gets its own schema, dropped afterwards.
Set DETENTE_TEST_POSTGRES_URL to use an existing server instead (e.g. a CI service container).
When running as root, initdb (which refuses root) runs as the `postgres` user.
"""
from __future__ import annotations

import itertools
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from detente.store import Store, open_store

URL_ENV = "DETENTE_TEST_POSTGRES_URL"
_schemas = itertools.count(1)


def find_pg_bindir() -> Path | None:
    """A folder holding both initdb and pg_ctl: PATH first, then Debian's /usr/lib/postgresql/N/bin."""
    candidates = []
    if found := shutil.which("initdb"):
        candidates.append(Path(found).resolve().parent)
    debian = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(debian, key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
                         reverse=True)
    return next((d for d in candidates if (d / "initdb").is_file() and (d / "pg_ctl").is_file()), None)


def as_server_user() -> tuple[Callable[[list[str]], list[str]] | None, str]:
    """How to run initdb/pg_ctl: as ourselves, or as `postgres` when root; None and the reason if neither."""
    if os.geteuid() != 0:
        return (lambda cmd: cmd), ""
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return None, "running as root and there is no 'postgres' user to run initdb as (initdb refuses root)"
    if runuser := shutil.which("runuser"):
        return (lambda cmd: [runuser, "-u", "postgres", "--", *cmd]), ""
    if su := shutil.which("su"):
        return (lambda cmd: [su, "postgres", "-c", shlex.join(cmd)]), ""
    return None, "running as root and neither runuser nor su is available to switch to the 'postgres' user"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgServer:
    """A private PostgreSQL cluster in `root`, reachable through the unix socket in `root`."""

    bindir: Path
    wrap: Callable[[list[str]], list[str]]
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="detente-pg-")))
    port: int = field(default_factory=free_port)

    def run(self, *args: str) -> None:
        full = self.wrap([str(self.bindir / args[0]), *args[1:]])
        done = subprocess.run(full, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace")[-2000:] \
                if (self.root / "server.log").exists() else ""
            raise RuntimeError(f"{shlex.join(full)} failed: {done.stderr.strip()}\n{log}")

    def start(self) -> None:
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
        data = str(self.root / "data")
        self.run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8",
                 "--no-sync")
        options = (f"-k {self.root} -p {self.port} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        self.run("pg_ctl", "-D", data, "-l", str(self.root / "server.log"), "-w", "-t", "60", "-o", options,
                 "start")

    def stop(self) -> None:
        try:
            self.run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@/postgres?host={self.root}&port={self.port}"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The admin URL of a PostgreSQL server for this session; skips (saying why) when none can run."""
    if url := os.environ.get(URL_ENV):
        yield url
        return
    bindir = find_pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not on PATH nor in "
                    "/usr/lib/postgresql/*/bin; install Debian's `postgresql` package to run these tests")
    wrap, why = as_server_user()
    if wrap is None:
        pytest.skip(why)
    server = PgServer(bindir, wrap)
    try:
        server.start()
    except BaseException:
        shutil.rmtree(server.root, ignore_errors=True)
        raise
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def pg_url(postgres_url: str) -> Iterator[str]:
    """A URL whose search_path is a fresh schema, so every test starts from an empty store."""
    import psycopg

    schema = f"detente_test_{os.getpid()}_{next(_schemas)}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in postgres_url else "?"
    yield f"{postgres_url}{joiner}options=-csearch_path%3D{schema}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where an empty store lives: a SQLite file, or a PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "detente.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open, migrated, empty store on each backend."""
    with open_store(store_url) as opened:
        yield opened
