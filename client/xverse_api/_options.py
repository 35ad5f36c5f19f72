"""Checks for what a client is constructed with.

(:func:`redact` and :func:`safe_url`, which keep secrets out of text, live in
``_redact`` so that ``_errors`` can use them without importing this module; they are
re-exported here.)

Every check either returns the value in the form the client keeps, or raises an
:class:`InvalidParameterError` (the API key: :class:`XverseError`) that names the
problem and the fix. No message ever echoes the API key.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any, Final, TypeVar

import httpx

from ._constants import API_KEY_HEADER, ENV_API_KEY
from ._errors import InvalidParameterError, XverseError
from ._redact import REDACTED, redact, safe_url

__all__ = [
    "MIN_RATE_LIMIT",
    "REDACTED",
    "check_api_key",
    "check_default_headers",
    "check_http_client",
    "check_max_retries",
    "check_rate_limit",
    "check_retry_delay",
    "check_timeout",
    "redact",
    "safe_url",
]

#: The slowest pace ``rate_limit`` accepts: one request a day. Anything
#: smaller is a typo (and 1/rate overflows on values like 1e-300).
MIN_RATE_LIMIT: Final = 1.0 / 86_400.0  # one request a day: the pacer's own floor

_WHITESPACE_NAMES: Final = {
    "\n": "a newline",
    "\r": "a carriage return",
    "\t": "a tab",
    " ": "a space",
}
# RFC 9110 token: the characters a header name may use.
_TOKEN: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def _char_name(ch: str) -> str:
    if ch in _WHITESPACE_NAMES:
        return _WHITESPACE_NAMES[ch]
    if ch.isspace():
        return f"white space (U+{ord(ch):04X})"
    if not ch.isascii():
        return f"a non-ASCII character (U+{ord(ch):04X})"
    return f"a control character (U+{ord(ch):04X})"


def check_api_key(value: object) -> str:
    """``value`` if it is a usable API key: a non-empty ``str`` of visible ASCII.

    Otherwise :class:`XverseError` saying what is wrong, never what the key is.
    """
    if value is None or value == "":
        raise XverseError(
            f"no API key: pass api_key=... or set the {ENV_API_KEY} environment variable"
        )
    if isinstance(value, bytes | bytearray):
        raise XverseError("the API key is bytes; pass a str (e.g. key.decode('ascii').strip())")
    if not isinstance(value, str):
        raise XverseError(f"the API key must be a str, not {type(value).__name__}")
    if value != value.strip():
        end = value[-1] if value[-1].isspace() else value[0]
        where = "ends in" if value[-1].isspace() else "starts with"
        raise XverseError(
            f"the API key {where} {_char_name(end)}: strip it, e.g. open(f).read().strip()"
        )
    for position, ch in enumerate(value, 1):
        if not "!" <= ch <= "~":
            raise XverseError(
                f"the API key has {_char_name(ch)} at position {position} of {len(value)}; "
                "a key is visible ASCII only: check that it was copied whole and alone"
            )
    return value


def _clipped(value: object, limit: int = 40) -> str:
    """``repr(value)``, cut short: a 400-digit number is no help in a message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _seconds(name: str, value: object, *, allow_zero: bool, example: str) -> float:
    kind = "finite number of seconds >= 0" if allow_zero else "finite positive number of seconds"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidParameterError(
            f"{name} must be a {kind}, not {type(value).__name__}; e.g. {example}"
        )
    try:
        seconds = float(value)
    except OverflowError:  # an int beyond any float
        seconds = math.inf
    if not math.isfinite(seconds) or seconds < 0 or (seconds == 0 and not allow_zero):
        raise InvalidParameterError(f"{name}={_clipped(value)} is not a {kind}; e.g. {example}")
    return seconds


def check_timeout(timeout: object) -> httpx.Timeout:
    """An ``httpx.Timeout`` whose every phase (connect, read, write, pool) is a finite
    positive number of seconds; a plain number applies to every phase."""
    if timeout is None:
        raise InvalidParameterError(
            "timeout=None would wait forever; pass seconds (e.g. 30.0) or an httpx.Timeout"
        )
    if isinstance(timeout, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            value = getattr(timeout, phase)
            if value is None:
                raise InvalidParameterError(
                    f"timeout's {phase} phase is None, which would wait forever; give every "
                    "phase a number of seconds, e.g. httpx.Timeout(30.0, connect=5.0)"
                )
            _seconds(f"timeout's {phase} phase", value, allow_zero=False, example="30.0")
        return timeout
    seconds = _seconds("timeout", timeout, allow_zero=False, example="timeout=30.0")
    return httpx.Timeout(seconds)


def check_retry_delay(delay: object) -> float:
    """The backoff's first step: a finite number of seconds >= 0."""
    return _seconds("retry_delay", delay, allow_zero=True, example="retry_delay=0.5")


def check_rate_limit(rate: object) -> float | None:
    """None (paced by what the server says), requests per second of at least
    :data:`MIN_RATE_LIMIT`, or ``math.inf``: no pacing at all and nothing learnt from
    429s (tests against a fake; retries still honour Retry-After)."""
    if rate is None:
        return None
    if isinstance(rate, bool) or not isinstance(rate, int | float):
        raise InvalidParameterError(
            f"rate_limit must be a number of requests per second (or None), "
            f"not {type(rate).__name__}; e.g. rate_limit=2.0"
        )
    try:
        value = float(rate)
    except OverflowError:  # an int beyond any float is no pace either
        value = math.nan
    if value == math.inf:
        return value
    if not math.isfinite(value) or value < MIN_RATE_LIMIT:
        raise InvalidParameterError(
            f"rate_limit={_clipped(rate)} is not a usable pace; pass a number of requests per "
            f"second of at least {MIN_RATE_LIMIT:g} (e.g. 2.0), None to follow the server, "
            "or math.inf for no pacing at all"
        )
    return value


def check_max_retries(retries: object) -> int:
    """How many times a failed request is tried again: an int >= 0."""
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise InvalidParameterError(
            f"max_retries must be an int >= 0, not {_clipped(retries)}; e.g. max_retries=2 "
            "(0 turns retries off)"
        )
    return retries


def _bad_header_text(text: str) -> str | None:
    for position, ch in enumerate(text, 1):
        if not (" " <= ch <= "~" or ch == "\t"):
            return f"{_char_name(ch)} at position {position}"
    return None


#: headers that frame or route a request: httpx sets them, a default would corrupt it
_FRAMING_HEADERS: Final = frozenset(
    ("host", "content-length", "transfer-encoding", "connection", "upgrade", "te", "trailer")
)


def check_default_headers(headers: object) -> dict[str, str]:
    """Extra headers for every request: str names (HTTP tokens) to str values of
    printable ASCII; never the API key header (pass ``api_key=`` instead). Names come
    back in lower case, so they replace the client's defaults whatever their case."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise InvalidParameterError(
            f"default_headers must be a mapping of str to str, not {type(headers).__name__}"
        )
    out: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise InvalidParameterError(
                f"default_headers has the name {name!r}; a header name is a non-empty str "
                "of letters, digits and !#$%&'*+-.^_`|~"
            )
        if name.lower() == API_KEY_HEADER:
            raise InvalidParameterError(
                f"default_headers holds {name!r}, a second API key header; pass the key as "
                "api_key= (or the environment variable) instead"
            )
        if name.lower() in _FRAMING_HEADERS:
            raise InvalidParameterError(
                f"default_headers holds {name!r}, which httpx sets itself for each request "
                "(it says how the request is framed or where it goes); leave it out"
            )
        if not isinstance(value, str):
            raise InvalidParameterError(
                f"default_headers[{name!r}] must be a str, not {type(value).__name__}"
            )
        problem = _bad_header_text(value)
        if problem:
            raise InvalidParameterError(
                f"default_headers[{name!r}] has {problem}; header values are printable "
                "ASCII on one line: strip or encode it"
            )
        out[name.lower()] = value  # so "User-Agent" replaces the default "user-agent"
    return out


C = TypeVar("C")


def check_http_client(client: Any, expected: type[C]) -> C | None:
    """``client`` if it is None or an ``expected`` (``httpx.Client`` for ``Xverse``,
    ``httpx.AsyncClient`` for ``AsyncXverse``)."""
    if client is None or isinstance(client, expected):
        return client
    want = f"{expected.__module__}.{expected.__qualname__}"
    want = want.replace("httpx._client.", "httpx.")
    hint = ""
    if isinstance(client, httpx.AsyncClient):
        hint = "; use AsyncXverse with an httpx.AsyncClient"
    elif isinstance(client, httpx.Client):
        hint = "; use Xverse with an httpx.Client"
    raise InvalidParameterError(f"http_client must be an {want}, not {type(client).__name__}{hint}")
