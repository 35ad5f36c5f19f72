"""What the fake answers and records: :class:`Fault` (one misbehaviour, queued),
:class:`FakeResponse` (the decision for one request) and :class:`RecordedRequest`.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import http
import json
import math
from collections.abc import Iterable, Mapping
from typing import Any, Final, Literal, Protocol

import attrs

_JSON: Final = "application/json"


def _json_bytes(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _header_pairs(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(name), str(value)) for name, value in pairs)


def _check_status(_: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and not 100 <= value <= 999:
        raise ValueError(f"{attribute.name} must be a three-digit HTTP status, not {value}")


def _check_delay(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not value >= 0:  # also refuses NaN
        raise ValueError(f"{attribute.name} must be >= 0 seconds, not {value}")


@attrs.frozen(kw_only=True)
class Fault:
    """One misbehaviour of the fake, for one request (see the package docs).

    With ``drop`` the connection closes without an answer (after ``delay``). Otherwise,
    with ``status`` set, the answer is ``status`` with ``body``, ``content_type`` and
    ``headers``; without it, the normal answer. Then ``truncate`` cuts the body in half
    and ``delay`` holds the answer back that many seconds.
    """

    status: int | None = attrs.field(default=None, validator=_check_status)
    body: bytes = b""
    content_type: str | None = _JSON
    headers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_header_pairs)
    delay: float = attrs.field(default=0.0, validator=_check_delay)
    drop: bool = False
    truncate: bool = False

    @classmethod
    def error(cls, status: int = 500, message: str | None = None) -> Fault:
        """``status`` with a JSON string body, as the spec documents its errors."""
        return cls(status=status, body=_json_bytes(message or _reason(status)))

    @classmethod
    def json(cls, status: int, value: object) -> Fault:
        """``status`` with any JSON body (an object where the spec promises a string)."""
        return cls(status=status, body=_json_bytes(value))

    @classmethod
    def html(cls, status: int = 502, title: str | None = None) -> Fault:
        """``status`` with a gateway's HTML error page (``text/html``)."""
        text = html.escape(title or f"{status} {_reason(status)}")
        page = (
            f"<html>\r\n<head><title>{text}</title></head>\r\n<body>\r\n"
            f"<center><h1>{text}</h1></center>\r\n<hr><center>nginx</center>\r\n"
            "</body>\r\n</html>\r\n"
        )
        return cls(status=status, body=page.encode(), content_type="text/html")

    @classmethod
    def text(cls, status: int, text: str) -> Fault:
        """``status`` with a plain-text body."""
        return cls(status=status, body=text.encode(), content_type="text/plain; charset=utf-8")

    @classmethod
    def empty(cls, status: int) -> Fault:
        """``status`` with no body and no Content-Type."""
        return cls(status=status, content_type=None)

    @classmethod
    def rate_limited(
        cls,
        retry_after: float | dt.datetime | str | None = 1,
        *,
        retry_after_ms: float | None = None,
    ) -> Fault:
        """429 with the spec's JSON string body and ``Retry-After``.

        ``retry_after``: seconds (rounded up to a whole number), an aware ``datetime``
        (sent as an HTTP-date), a raw header value, or ``None`` for no header.
        ``retry_after_ms`` adds a ``retry-after-ms`` header.
        """
        headers: list[tuple[str, str]] = []
        if isinstance(retry_after, dt.datetime):
            headers.append(("Retry-After", email.utils.format_datetime(retry_after, usegmt=True)))
        elif isinstance(retry_after, str):
            headers.append(("Retry-After", retry_after))
        elif retry_after is not None:
            headers.append(("Retry-After", str(math.ceil(retry_after))))
        if retry_after_ms is not None:
            headers.append(("retry-after-ms", str(math.ceil(retry_after_ms))))
        return cls(status=429, body=_json_bytes("Rate limit exceeded"), headers=headers)

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """The normal answer, ``seconds`` late."""
        return cls(delay=seconds)

    @classmethod
    def dropped(cls, *, after: float = 0.0) -> Fault:
        """Close the connection without answering (after ``after`` seconds)."""
        return cls(drop=True, delay=after)

    @classmethod
    def truncated(cls) -> Fault:
        """The normal answer with its body cut in half: JSON that does not parse."""
        return cls(truncate=True)


@attrs.frozen(kw_only=True)
class FakeResponse:
    """The core's decision for one request. ``drop``: close without answering."""

    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    delay: float = 0.0
    drop: bool = False

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (any case), or ``None``."""
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), None)

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


@attrs.frozen(kw_only=True)
class RecordedRequest:
    """One request the fake saw, with the API key's value redacted."""

    method: str
    path: str
    query: str
    params: tuple[tuple[str, str], ...]
    headers: tuple[tuple[str, str], ...]
    api_key: Literal["valid", "invalid", "missing"]
    address: str | None
    status: int | None
    fault: Fault | None

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (any case), or ``None``."""
        wanted = name.lower()
        return next((v for k, v in self.headers if k == wanted), None)


class Handles(Protocol):
    """What the transports and the server need of the fake: its one request handler."""

    def handle(
        self,
        method: str,
        raw_path: str,
        query: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes | None = b"",
    ) -> FakeResponse: ...
