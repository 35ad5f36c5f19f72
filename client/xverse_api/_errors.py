"""Every exception the SDK raises, in one tree.

::

    XverseError                       anything this SDK raises (configuration too)
    ├── InvalidAddressError           also a ValueError: the address is not valid on the network
    ├── InvalidParameterError         also a ValueError: an argument is out of range or mistyped
    └── APIError                      something went wrong talking to the API
        ├── APIConnectionError        no usable answer: refused, reset, DNS, TLS, protocol error
        │   └── APITimeoutError       the configured timeout passed
        ├── APIResponseValidationError  a 2xx whose body the spec does not allow
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

from typing import Any

import httpx

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
    "RateLimitError",
    "XverseError",
]


class XverseError(Exception):
    """Base class of every exception raised by xverse-api."""


class InvalidAddressError(XverseError, ValueError):
    """The address is not a valid Bitcoin address on the client's network."""

    def __init__(self, message: str, *, address: str) -> None:
        super().__init__(message)
        self.address = address


class InvalidParameterError(XverseError, ValueError):
    """An argument is out of range or of the wrong type (limit, offset, timeout …)."""


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
    400: "the API refused the input; check the address, limit (25..60), offset and rune id",
    401: "the API key was refused; check XVERSE_API_KEY or the api_key argument",
    403: "the API key is not allowed to do this; check the key's plan",
    404: "nothing found at this path; check the address and the base URL",
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

    ``secret`` (the API key) is cut out of the message should the server echo it.
    """
    code = response.status_code
    if code >= 500:
        advice = "the server failed; try again later"
    elif 300 <= code < 400:
        location = response.headers.get("location", "")[:200]
        advice = (
            f"a redirect to {location or '(no Location)'}; the SDK never follows redirects "
            "(the API key stays with the API): check base_url"
        )
    else:
        advice = _ADVICE.get(code, "unexpected status; see .body for the server's answer")
    detail = _short(body, secret)
    message = f"{code} from {response.request.url.copy_with(query=None)}: {advice}"
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
    if secret:
        text = text.replace(secret, "[redacted]")
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
