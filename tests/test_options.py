"""Constructor checks and secret-keeping helpers (``xverse_api._options``), and that the
clients use them (issue 10 rows 1, 10 and 13)."""

from __future__ import annotations

import asyncio
import logging
import math
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from xverse_api import (
    APIConnectionError,
    AsyncXverse,
    InternalServerError,
    InvalidParameterError,
    Xverse,
    XverseError,
)
from xverse_api._options import (
    MIN_RATE_LIMIT,
    check_api_key,
    check_default_headers,
    check_http_client,
    check_max_retries,
    check_rate_limit,
    check_retry_delay,
    check_timeout,
    redact,
    safe_url,
)

KEY = "sk-live-SENTINEL-7c1d"
ADDR = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"


# -- the API key ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (KEY + "\n", "ends in a newline: strip it, e.g. open(f).read().strip()"),
        (KEY + "\r\n", "ends in a newline"),
        (KEY + " ", "ends in a space"),
        ("\t" + KEY, "starts with a tab"),
        (KEY + "\u00a0", "ends in white space (U+00A0)"),
        (KEY[:5] + " " + KEY[5:], "has a space at position 6"),
        (KEY[:5] + "\x00" + KEY[5:], "a control character (U+0000) at position 6"),
        (KEY[:5] + "é" + KEY[5:], "a non-ASCII character (U+00E9)"),
        (KEY.encode(), "is bytes; pass a str"),
        (123, "must be a str, not int"),
        (None, "no API key"),
        ("", "no API key"),
    ],
)
def test_a_bad_key_is_refused_without_echoing_it(value: object, fragment: str) -> None:
    with pytest.raises(XverseError) as info:
        check_api_key(value)
    message = str(info.value)
    assert fragment in message
    assert KEY not in message
    assert KEY[5:] not in message  # no part of it either
    assert "SENTINEL" not in repr(info.value)


def test_a_good_key_comes_back() -> None:
    assert check_api_key(KEY) == KEY
    assert check_api_key("!~") == "!~"


@pytest.mark.parametrize("cls", [Xverse, AsyncXverse])
def test_the_clients_check_the_key_from_the_argument_and_the_environment(
    cls: type[Xverse] | type[AsyncXverse], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(XverseError, match="ends in a newline") as info:
        cls(KEY + "\n")
    assert KEY not in str(info.value)
    monkeypatch.setenv("XVERSE_API_KEY", KEY + "\n")
    with pytest.raises(XverseError, match="ends in a newline"):
        cls()
    with pytest.raises(XverseError, match="must be a str, not int"):
        cls(123)  # type: ignore[arg-type]
    with pytest.raises(XverseError, match="is bytes"):
        cls(b"k")  # type: ignore[arg-type]


# -- redaction --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "form",
    [
        "{k}",
        "{r}",  # repr of the str, without quotes
        "b{rb}",  # bytes repr, as httpx quotes an illegal header value
        "{pct}",
        "{pct_lower}",
        "{json}",
    ],
)
@pytest.mark.parametrize("secret", [KEY, KEY + "\n", "k'e\\y\"/+ =&?", "clé-ключ"])
def test_redact_removes_every_form_of_the_key(form: str, secret: str) -> None:
    import json  # noqa: PLC0415

    shown = form.format(
        k=secret,
        r=repr(secret)[1:-1],
        rb=repr(secret.encode())[1:],
        pct=quote(secret, safe=""),
        pct_lower="%".join(
            part[:2].lower() + part[2:] if i else part
            for i, part in enumerate(quote(secret, safe="").split("%"))
        ),
        json=json.dumps(secret)[1:-1],
    )
    text = f"Illegal header value {shown!s} (and again: {shown})"
    cleaned = redact(text, secret)
    assert cleaned.count("[redacted]") == 2, cleaned
    assert secret.strip() not in cleaned
    assert cleaned.startswith("Illegal header value ")


def test_redact_reaches_a_repr_of_a_repr_and_the_stripped_key() -> None:
    secret = KEY + "\n"
    message = repr(f"Illegal header value {secret.encode()!r}")
    assert redact(message, secret).count("[redacted]") == 1
    assert redact(f"key={KEY}.", secret) == "key=[redacted]."


def test_redact_without_a_secret_changes_nothing() -> None:
    assert redact("text", None) == "text"
    assert redact("text", "") == "text"
    assert redact("", KEY) == ""


@settings(max_examples=200, derandomize=True, deadline=None)
@given(secret=st.text(min_size=4, max_size=30), before=st.text(max_size=10))
def test_redact_leaves_no_plain_or_quoted_copy(secret: str, before: str) -> None:
    text = f"{before}{secret}|{secret!r}|{secret.encode('utf-8', 'surrogatepass')!r}|{before}"
    cleaned = redact(text, secret)
    assert secret not in cleaned.replace("[redacted]", "\0")


# -- URLs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://user:pw@example.com/v1", "http://example.com/v1"),
        ("https://token@example.com:8443/x?y=1", "https://example.com:8443/x?y=1"),
        (httpx.URL("http://u:p@127.0.0.1:9"), "http://127.0.0.1:9"),
        ("https://api.secretkeylabs.io", "https://api.secretkeylabs.io"),
        ("http://user:pw@[::1", "http://[::1"),  # not a URL: still no password
    ],
)
def test_safe_url_drops_credentials(url: object, shown: str) -> None:
    assert safe_url(url) == shown


def test_credentials_in_base_url_never_show(caplog: pytest.LogCaptureFixture) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def fail(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, text="boom")

    base = "http://alice:hunter2@127.0.0.1:9/api"
    caplog.set_level(logging.DEBUG, logger="xverse_api")
    for handler, error in ((refuse, APIConnectionError), (fail, InternalServerError)):
        http = httpx.Client(transport=httpx.MockTransport(handler))
        with Xverse(KEY, base_url=base, http_client=http, max_retries=1, retry_delay=0) as client:
            assert "hunter2" not in repr(client)
            assert "hunter2" not in repr(client._settings)
            with pytest.raises(error) as info:
                client.runes.balances(ADDR)
        assert "hunter2" not in str(info.value)
        assert "127.0.0.1:9/api" in str(info.value)
    assert "hunter2" not in caplog.text
    assert "127.0.0.1:9/api" in caplog.text
    with pytest.raises(InvalidParameterError) as bad:
        Xverse(KEY, base_url="ftp://alice:hunter2@host")
    assert "hunter2" not in str(bad.value)


# -- numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (None, "wait forever"),
        (math.nan, "not a finite positive number"),
        (math.inf, "not a finite positive number"),
        (-1, "not a finite positive number"),
        (0, "not a finite positive number"),
        (True, "not bool"),
        ("5", "not str"),
        (httpx.Timeout(None), "connect phase is None"),
        (httpx.Timeout(5.0, read=None), "read phase is None"),
        (httpx.Timeout(5.0, pool=math.inf), "pool phase=inf is not a finite"),
        (httpx.Timeout(5.0, write=-1.0), "write phase=-1.0"),
        (httpx.Timeout(5.0, connect=math.nan), "connect phase=nan"),
    ],
)
def test_bad_timeouts(value: object, fragment: str) -> None:
    with pytest.raises(InvalidParameterError, match=fragment):
        check_timeout(value)
    with pytest.raises(InvalidParameterError, match=fragment):
        Xverse(KEY, timeout=value)  # type: ignore[arg-type]


def test_good_timeouts() -> None:
    assert check_timeout(5) == httpx.Timeout(5.0)
    custom = httpx.Timeout(5.0, connect=1.0)
    assert check_timeout(custom) is custom


@pytest.mark.parametrize("value", [-1, math.nan, math.inf, True, "0.5", None])
def test_bad_retry_delays(value: object) -> None:
    with pytest.raises(InvalidParameterError, match="retry_delay"):
        check_retry_delay(value)
    with pytest.raises(InvalidParameterError, match="retry_delay"):
        Xverse(KEY, retry_delay=value)  # type: ignore[arg-type]


def test_good_retry_delays() -> None:
    assert check_retry_delay(0) == 0.0
    assert check_retry_delay(0.25) == 0.25


@pytest.mark.parametrize("value", [0, -2, 1e-300, MIN_RATE_LIMIT / 2, math.nan, -math.inf])
def test_bad_rate_limits_say_the_floor(value: float) -> None:
    with pytest.raises(InvalidParameterError, match=f"at least {MIN_RATE_LIMIT:g}"):
        check_rate_limit(value)
    with pytest.raises(InvalidParameterError, match="rate_limit"):
        AsyncXverse(KEY, rate_limit=value)


@pytest.mark.parametrize("value", [True, "2", b"2"])
def test_rate_limits_of_the_wrong_type(value: object) -> None:
    with pytest.raises(InvalidParameterError, match="rate_limit must be a number"):
        check_rate_limit(value)


def test_good_rate_limits() -> None:
    assert check_rate_limit(None) is None
    assert check_rate_limit(2) == 2.0
    assert check_rate_limit(MIN_RATE_LIMIT) == MIN_RATE_LIMIT
    assert check_rate_limit(math.inf) == math.inf  # no pacing at all (tests against a fake)
    assert Xverse(KEY, rate_limit=MIN_RATE_LIMIT).rate_limit == pytest.approx(MIN_RATE_LIMIT)


@pytest.mark.parametrize("value", [-1, 1.5, True, "2", None])
def test_bad_max_retries(value: object) -> None:
    with pytest.raises(InvalidParameterError, match="max_retries must be an int >= 0"):
        check_max_retries(value)


def test_good_max_retries() -> None:
    assert check_max_retries(0) == 0
    assert check_max_retries(5) == 5


# -- headers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "fragment"),
    [
        ({"X-API-KEY": "other"}, "a second API key header"),
        ({"x-api-key": "other"}, "a second API key header"),
        ({"x-trace": 1}, "must be a str, not int"),
        ({b"x-trace": "1"}, "header name is a non-empty str"),
        ({"": "1"}, "header name is a non-empty str"),
        ({"bad name": "1"}, "header name"),
        ({"x-trace": "a\r\nx-evil: 1"}, "a carriage return at position 2"),
        ({"x-trace": "café"}, "a non-ASCII character (U+00E9)"),
        ([("x-trace", "1")], "must be a mapping"),
    ],
)
def test_bad_default_headers(headers: Any, fragment: str) -> None:
    with pytest.raises(InvalidParameterError) as info:
        check_default_headers(headers)
    assert fragment in str(info.value)
    with pytest.raises(InvalidParameterError):
        Xverse(KEY, default_headers=headers)


def test_good_default_headers_are_sent() -> None:
    assert check_default_headers(None) == {}
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    headers = {"X-Trace": "a b\tc", "User-Agent": "mine/1"}
    client = Xverse(KEY, default_headers=headers, http_client=http, max_retries=0)
    with pytest.raises(InternalServerError):
        client.runes.balances(ADDR)
    assert sent[0].headers["x-trace"] == "a b\tc"
    assert sent[0].headers["user-agent"] == "mine/1"
    assert sent[0].headers["x-api-key"] == KEY


# -- http_client -------------------------------------------------------------------------


def test_an_async_client_for_the_sync_xverse_is_refused() -> None:
    http = httpx.AsyncClient()
    with pytest.raises(InvalidParameterError, match=r"use AsyncXverse with an httpx\.Async"):
        Xverse(KEY, http_client=http)  # type: ignore[arg-type]
    asyncio.run(http.aclose())


def test_a_sync_client_for_asyncxverse_and_other_things_are_refused() -> None:
    with (
        httpx.Client() as http,
        pytest.raises(InvalidParameterError, match=r"use Xverse with an httpx\.Client"),
    ):
        AsyncXverse(KEY, http_client=http)  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match=r"must be an httpx.Client, not str"):
        check_http_client("http://x", httpx.Client)
    assert check_http_client(None, httpx.Client) is None
