"""One exception per kind of failure.

``ItemError`` subclasses mean "this input failed, go on with the next"; ``RunError`` subclasses
mean "the run must stop". Each carries an HTTP status and a CLI exit code, so the API and the CLI
map them with one table each (see ``serve``).
"""

from __future__ import annotations

__all__ = [
    "ArmswatchError",
    "BadDocumentError",
    "BadListError",
    "BadQueryError",
    "ItemError",
    "ListDownloadError",
    "NotFoundError",
    "RunError",
    "StoreError",
]


class ArmswatchError(Exception):
    """Base of every error armswatch raises on purpose."""

    http_status = 500
    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class ItemError(ArmswatchError):
    """One input item failed; the run may go on with the others."""

    http_status = 400
    exit_code = 2


class RunError(ArmswatchError):
    """The run cannot go on."""


class BadDocumentError(ItemError):
    """An article cannot be read: empty, binary, too large, undecodable."""

    http_status = 422


class BadListError(ItemError):
    """A sanctions list file is malformed or of an unknown format."""

    http_status = 422


class BadQueryError(ItemError):
    """A screening query or argument is unusable (empty, too long, ...)."""


class NotFoundError(ItemError):
    http_status = 404


class ListDownloadError(RunError):
    """Fetching an official list failed; the previous lists stay in place."""

    http_status = 502
    exit_code = 3


class StoreError(RunError):
    """The database is unreachable or inconsistent."""

    http_status = 503
    exit_code = 4
