"""The exception tree. Every error carries a sentence a user can act on.

    DetenteError
      InputError            an input cannot be read (names the input and the reason)
        FetchError          a URL or feed could not be fetched
        UnsafeAddressError  a URL points at a loopback, private or link-local address
      StoreError            the store cannot be opened or written
        MigrationError
      ConfigError
"""
from __future__ import annotations


class DetenteError(Exception):
    """Base of every error detente raises on purpose."""


class InputError(DetenteError):
    """An input cannot be ingested. `source` names it (path or URL)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(InputError):
    """A URL or a feed could not be fetched (timeout, refused, too large, HTTP error)."""


class UnsafeAddressError(FetchError):
    """A URL resolves to an address detente refuses to contact without --allow-private."""


class StoreError(DetenteError):
    """The store cannot be opened, migrated or written."""


class MigrationError(StoreError):
    """A schema migration failed; the store is left at the last good version."""


class ConfigError(DetenteError):
    """A setting or option has a value detente cannot use."""
