"""The server's settings, in a module of their own: `detente serve` hands them to its worker
processes without importing the app (FastAPI, numpy and the views), which its supervising process,
that only starts and watches the workers, never needs (about 50 MB less)."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

SETTINGS_ENV = "DETENTE_SERVE_SETTINGS"  # ApiSettings.to_json() for the worker processes of `serve`
APP_FACTORY = "detente.api.app:from_environment"  # what each worker process of `serve` calls


@dataclass(frozen=True)
class ApiSettings:
    """How the server behaves. With no `token`, ingest over the API is switched off.

    `allow_private` names the private HOST[:PORT]s API ingest may fetch from (see ingest.fetch);
    `ingest_folders` the server folders whose files a token holder may ingest by path (none by
    default: the API ingests what is sent to it, never a server path)."""

    db: str
    token: str | None = None
    read_requires_token: bool = False
    allow_private: tuple[str, ...] = ()
    ingest_folders: tuple[str, ...] = ()
    # Build stories, facts and the timeline in a child process (`detente serve` does): the server's
    # memory stays flat and its requests keep the CPU while it builds. In-process suits tests.
    build_views_apart: bool = False
    # Offer computed answers to the other worker processes through the store, and read theirs
    # (detente.api.shared); `detente serve --workers N` with N > 1 does.
    share_answers: bool = False

    def to_json(self) -> str:
        """These settings as one JSON object: how `detente serve` hands them to its worker processes
        (in their environment, never on a command line another user could read)."""
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> ApiSettings:
        """Settings written by `to_json`."""
        given = json.loads(text)
        for name in ("allow_private", "ingest_folders"):
            given[name] = tuple(given.get(name) or ())
        return cls(**given)
