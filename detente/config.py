"""Settings: one table of (name, default, help), read by the CLI, the docs and the tests.

A setting can be overridden with an environment variable `DETENTE_<NAME>` (upper case), which is
how a deployment configures detente without a config file.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "detente.db", "Store to use: a SQLite path, sqlite:///PATH or postgresql://URL"),
    Setting("max_input_mb", 50, "Reject input files and downloads larger than this many megabytes"),
    Setting("fetch_timeout", 20.0, "Seconds before a URL or feed request is abandoned"),
    Setting("batch_size", 16, "Articles parsed together by spaCy's nlp.pipe"),
    Setting("workers", 0, "Worker processes that parse and extract during ingest and extract (0: one per "
            "core; 1: all in the main process)"),
    Setting("near_duplicate_threshold", 0.8, "MinHash Jaccard similarity above which two articles are "
            "linked as syndicated copies"),
    Setting("max_article_chars", 200_000, "Articles longer than this are cut before language analysis"),
    Setting("article_time_budget", 60.0, "Seconds the language core and extractors may spend on one article "
            "before it is recorded as failed and the batch goes on (0 switches the bound off)"),
    Setting("api_token", "", "Token for ingest over the API (Authorization: Bearer TOKEN); empty switches "
            "API ingest off"),
    Setting("read_requires_token", False, "Whether reading the API and pages also needs the token"),
    Setting("api_ingest_folders", "", "Server folders (os.pathsep-separated) whose files POST /api/ingest "
            "may name by path; empty: the API ingests only uploads, inline articles and http(s) URLs"),
    Setting("learned_model", "off", "Trained sentence classifier that adds events where no rule trigger "
            "fired: off, shipped (the weights in the package, made by `make train`) or a model folder"),
    Setting("learned_decisions", "off", "Decision model over the event rules' own trigger candidates, "
            "overriding a declined trigger it is sure of: off, shipped (made by `make train`) or a weights "
            "file"),
)


def get(name: str) -> Any:
    """A setting's value: the environment variable DETENTE_<NAME> if set, else its default."""
    for setting in SETTINGS:
        if setting.name == name:
            raw = os.environ.get(f"DETENTE_{name.upper()}")
            if raw is None:
                return setting.default
            if isinstance(setting.default, bool):
                return raw.strip().lower() in ("1", "true", "yes", "on")
            return type(setting.default)(raw)
    raise KeyError(f"No setting {name!r}. Available: {', '.join(s.name for s in SETTINGS)}")
