"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import httpx
from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint.

    ``status_code`` is the status as received: an ``int`` (an ``HTTPStatus`` compares equal), so
    that a status no registry lists (299, 599) is still a response, never an exception.
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


@define(frozen=True)
class Prepared(Generic[T]):
    """One call of an endpoint, described but not sent (``<endpoint>.prepare(...)``).

    ``request`` holds the keyword arguments of ``httpx.Client.request`` (method, url, params, json,
    headers); ``build`` turns the ``httpx.Response`` into the typed :class:`Response`. Whoever
    sends it keeps their own client, auth and retries: the endpoint's arguments are checked by the
    type checker when the call is prepared, not when it is sent.
    """

    operation: str
    request: Mapping[str, Any]
    build: Callable[[httpx.Response], Response[T]]


__all__ = ["UNSET", "File", "FileTypes", "Prepared", "RequestFiles", "Response", "Unset"]
