"""Every exception the SDK raises, in one tree.

::

    XverseError                       anything this SDK raises (configuration too)
    ├── InvalidAddressError           also a ValueError: the address is not valid on the network
    ├── InvalidParameterError         also a ValueError: an argument is out of range or mistyped
    │   └── UnknownOperationError     also a KeyError: client.operations[key] for no operation
    └── APIError                      something went wrong talking to the API
        ├── APIConnectionError        no usable answer: refused, reset, DNS, TLS, protocol error
        │   └── APITimeoutError       the configured timeout passed
        ├── APIResponseValidationError  a 2xx whose body the spec does not allow
        ├── PagingLimitError          paging stopped at a bound (.limit: pages, items, bytes)
        └── APIStatusError            a non-2xx answer (.status_code, .response, .body)
            ├── BadRequestError       400
            ├── AuthenticationError   401
            ├── NotFoundError         404
            ├── RateLimitError        429 (.retry_after)
            └── InternalServerError   >= 500

Any other non-2xx status (403, 418, 499, 520 …) raises a plain :class:`APIStatusError`.
Messages say what happened and what to do; none ever contains the API key.
"""

from __future__ import annotations

import json
from typing import Any, Final

import httpx

from ._constants import API_KEY_HEADER, AUTH
from ._redact import clip, redact, safe_url

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InternalServerError",
    "InvalidAddressError",
    "InvalidParameterError",
    "NotFoundError",
    "PagingLimitError",
    "RateLimitError",
    "UnknownOperationError",
    "XverseError",
]


class XverseError(Exception):
    """Base class of every exception raised by xverse-api.

    Every one round-trips through :mod:`pickle` (process pools, task queues): the copy
    has the same type, message and attributes, but its request and response carry no
    API key (the key header and credentials in the URL are dropped, and the key is cut
    out of the body should the server have echoed it).
    """

    def __reduce__(self) -> tuple[Any, ...]:
        secret = _secret_of(self.__dict__.get("request"))
        args = tuple(_scrub(arg, secret) for arg in self.args)
        state = {name: _scrub(value, secret) for name, value in self.__dict__.items()}
        return (_restore, (type(self), args, state))


def _restore(cls: type[XverseError], args: tuple[Any, ...], state: dict[str, Any]) -> XverseError:
    """Unpickle an :class:`XverseError` without calling its (keyword-only) ``__init__``."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class InvalidAddressError(XverseError, ValueError):
    """The address is not a valid Bitcoin address on the network.

    ``reason`` is the message without advice on which network to use; ``hint_networks``
    lists the networks on which the address is valid (empty if none), so a front end can
    phrase that advice in its own syntax (the CLI says ``--network signet``).
    """

    def __init__(
        self,
        message: str,
        *,
        address: str,
        reason: str | None = None,
        hint_networks: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.address = address
        self.reason = message if reason is None else reason
        self.hint_networks = hint_networks

    @property
    def hint_network(self) -> str | None:
        """The first network the address is valid on, if any."""
        return self.hint_networks[0] if self.hint_networks else None


class InvalidParameterError(XverseError, ValueError):
    """An argument is out of range or of the wrong type (limit, offset, timeout …)."""


class UnknownOperationError(InvalidParameterError, KeyError):
    """``client.operations[key]`` for a key that is no operation of the spec; also a
    ``KeyError``, as a mapping's missing key is. The message lists the known keys."""

    def __init__(self, message: str, *, key: str = "") -> None:
        super().__init__(message)
        self.key = key

    def __str__(self) -> str:  # KeyError would show the message quoted, as a repr
        return str(self.args[0]) if self.args else ""


class APIError(XverseError):
    """Talking to the API failed. ``request`` is the request that failed, when known."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No usable HTTP answer: connection refused or reset, DNS, TLS or protocol failure."""


class APITimeoutError(APIConnectionError):
    """The request took longer than the configured timeout (after every retry)."""


class APIResponseValidationError(APIError):
    """A 2xx answer whose body the spec does not allow (or an amount that is not a u128)."""

    def __init__(self, message: str, *, response: httpx.Response, body: object = None) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class PagingLimitError(APIError):
    """Paging one collection stopped at a bound the SDK keeps whatever the server says:
    ``limit`` names it ("pages", "items" or "bytes") and ``bound`` is its value. A
    server announcing ever more pages cannot make one call take unbounded time or memory;
    page by hand with the single-page method to go further."""

    def __init__(self, message: str, *, limit: str, bound: int) -> None:
        super().__init__(message)
        self.limit = limit
        self.bound = bound


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    ``body`` is the parsed JSON if the body parses, else its text ("" when empty).
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class BadRequestError(APIStatusError):
    """400: the API refused the input (address, limit, offset or rune id)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or was refused."""


class NotFoundError(APIStatusError):
    """404: nothing at that path."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the wait the server asked for, in seconds."""

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any, retry_after: float | None
    ) -> None:
        super().__init__(message, response=response, body=body)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """A 5xx: the server (or a gateway in front of it) failed."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    404: NotFoundError,
}

_ADVICE: dict[int, str] = {
    400: "the API refused the input; check the arguments against the operation's parameters "
    "(the server's answer is in .body)",
    401: "the API key was refused; check XVERSE_API_KEY or the api_key argument",
    403: "the API key is not allowed to do this; check the key's plan",
    404: "nothing found at this path; check the path arguments and the base URL",
    429: "rate limit exceeded; slow down or pass rate_limit= (requests per second)",
}


def status_error(
    response: httpx.Response,
    body: Any,
    *,
    retry_after: float | None = None,
    secret: str | None = None,
) -> APIStatusError:
    """The typed error for a non-2xx ``response`` (``body`` already parsed).

    ``secret`` (the API key) is cut out of the message should the server echo it, and
    credentials in the URL are never shown.
    """
    code = response.status_code
    if code >= 500:
        advice = "the server failed; try again later"
    elif 300 <= code < 400:
        # shown without credentials and without the key, should the server put it there

        location = _short(safe_url(response.headers.get("location", "")), secret)
        advice = (
            f"a redirect to {location or '(no Location)'}; the SDK never follows redirects "
            "(the API key stays with the API): check base_url"
        )
    else:
        advice = _ADVICE.get(code, "unexpected status; see .body for the server's answer")
    detail = _short(body, secret)
    if secret:  # .body as the server sent it, but never with the key in it
        body = _scrub_data(body, secret) if not isinstance(body, int | float) else body
    message = f"{code} from {_shown_url(response.request)}: {advice}"
    if detail:
        message += f" (server said: {detail})"
    if code == 429:
        if retry_after is not None:
            message += f"; the server asked to wait {retry_after:g} s"
        return RateLimitError(message, response=response, body=body, retry_after=retry_after)
    if code >= 500:
        return InternalServerError(message, response=response, body=body)
    cls = _STATUS_CLASSES.get(code, APIStatusError)
    return cls(message, response=response, body=body)


def _short(body: Any, secret: str | None, limit: int = 200) -> str:

    text = body if isinstance(body, str) else repr(body) if body not in (None, "") else ""
    return clip(text, limit, secret)


def _shown_url(request: httpx.Request) -> str:
    """The request's URL for a message: no query, no credentials."""

    return safe_url(request.url.copy_with(query=None))


# -- pickling: copies without the key ----------------------------------------------------

_SECRET_HEADERS = (API_KEY_HEADER, "authorization", "proxy-authorization", "cookie")


def _secret_of(request: object) -> str | None:
    """The key a request carried, where the spec's security scheme puts it."""
    if not isinstance(request, httpx.Request) or AUTH is None:
        return None
    where, name, prefix = AUTH
    value = request.headers.get(name) if where == "header" else request.url.params.get(name)
    if value and value.startswith(prefix):
        return value[len(prefix) :] or None
    return value or None


def _scrub(value: Any, secret: str | None) -> Any:
    """``value`` as it may be pickled: requests and responses rebuilt without secrets,
    the key cut out of text."""
    if isinstance(value, httpx.Request):
        return _safe_request(value, secret)
    if isinstance(value, httpx.Response):
        return _safe_response(value, secret)
    if secret is None:
        return value
    try:
        return _scrub_data(value, secret)
    except RecursionError:  # a body nested deeper than pickle would go anyway
        return "<too deeply nested to copy>"


def _scrub_data(value: Any, secret: str) -> Any:

    if isinstance(value, str):
        return redact(value, secret)
    if isinstance(value, bytes):
        text = value.decode("utf-8", "surrogateescape")
        return redact(text, secret).encode("utf-8", "surrogateescape")
    if isinstance(value, list | tuple):
        return type(value)(_scrub_data(item, secret) for item in value)
    if isinstance(value, dict):
        return {_scrub_data(k, secret): _scrub_data(v, secret) for k, v in value.items()}
    return value


def _safe_response(response: httpx.Response, secret: str | None) -> httpx.Response:
    try:
        content = response.content
    except httpx.ResponseNotRead:  # a streamed response: its body is not kept
        content = b""
    try:
        request: httpx.Request | None = _safe_request(response.request, secret)
    except RuntimeError:  # a response built without a request
        request = None
    return httpx.Response(
        response.status_code,
        headers=_safe_headers(response.headers, secret),
        content=content if secret is None else _scrub_data(content, secret),
        request=request,
    )


def _safe_headers(headers: httpx.Headers, secret: str | None) -> list[tuple[str, str]]:

    return [
        (name, redact(value, secret))
        for name, value in headers.multi_items()
        if name.lower() not in _SECRET_HEADERS
    ]


def _safe_request(request: httpx.Request, secret: str | None) -> httpx.Request:
    try:
        content = request.content
    except httpx.RequestNotRead:  # a streamed upload: its body is not kept
        content = b""
    url = request.url.copy_with(userinfo=b"")
    if AUTH is not None and AUTH[0] == "query":
        url = url.copy_remove_param(AUTH[1])
    return httpx.Request(
        request.method,
        url,
        headers=_safe_headers(request.headers, secret),
        content=content if secret is None else _scrub_data(content, secret),
        extensions={},
    )


def parse_error_body(response: httpx.Response) -> Any:
    """An error body as the caller should see it: JSON if it parses, else text."""
    content = response.content
    if not content:
        return ""
    try:
        body = json.loads(content)
    except (ValueError, RecursionError):
        return response.text
    if _deeper_than(body, MAX_ERROR_BODY_DEPTH):  # walking it (redaction, repr) would recurse
        return response.text
    return body


#: no error body worth reading nests deeper; a deeper one is kept as text
MAX_ERROR_BODY_DEPTH: Final = 64


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether JSON ``value`` nests lists/objects more than ``limit`` deep (no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth >= limit:
                return True
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)
    return False
