"""Running a check: send the plan within the rate, request and time bounds, judge every
answer, and keep the API key out of everything reported."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Final

import httpx

from .._constants import DEFAULT_MAX_RESPONSE_BYTES
from .._drivers import read_capped
from .._errors import XverseError
from .._options import check_api_key, redact
from .._retry import parse_retry_after
from ._check import Violation, _clip, _Validators, check_response
from ._plan import network_of, plan_requests
from ._report import OperationResult, Report
from ._spec import Operation, load_operations, load_spec

if TYPE_CHECKING:
    pass


__all__ = ["Redactor", "check_base_url", "check_key", "run"]

DEFAULT_RATE_LIMIT: Final = 2.0  # requests per second: what trial keys are reported to allow
DEFAULT_MAX_REQUESTS: Final = 50
DEFAULT_MAX_TIME: Final = 300.0  # seconds of sending requests; none starts after it
DEFAULT_REQUEST_TIMEOUT: Final = 30.0
DEFAULT_SEED: Final = 0
# Before any answer, these mean the server cannot be reached (refused, DNS, connect
# timeout, proxy): exit 2. Anything else (a read timeout, a dropped connection) is an
# answer that did not come: a violation of that request.
_CANNOT_CONNECT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.ProxyError)


class Redactor:
    """The SDK's :func:`~xverse_api._options.redact` for one key: the key as is, escaped
    as in a ``repr`` of a str or bytes, in JSON, and percent-encoded (wholly or in part)."""

    def __init__(self, secret: str) -> None:
        self._secret = secret

    def __call__(self, text: str) -> str:
        return redact(text, self._secret)


def check_key(api_key: object) -> str:
    """``api_key`` if the SDK's client would take it (:func:`check_api_key`): a
    non-empty str of visible ASCII; else ``ValueError`` saying what is wrong with it,
    never what it is. Checked before anything is sent: httpx refuses such a header
    value with an error that quotes it."""
    try:
        return check_api_key(api_key)
    except XverseError as exc:
        raise ValueError(str(exc)) from None


def check_base_url(base_url: str) -> str:
    """``base_url`` if it is an absolute http(s) URL with a host; else ``ValueError``."""
    try:
        url = httpx.URL(base_url)
        port = url.port
    except httpx.InvalidURL as exc:
        raise ValueError(f"{base_url!r} is not a valid URL ({exc})") from None
    if url.scheme not in ("http", "https"):
        raise ValueError(f"{base_url!r} is not an http(s) URL")
    if not url.host:
        raise ValueError(f"{base_url!r} has no host")
    if port is not None and not 0 < port < 65536:
        raise ValueError(f"{base_url!r} has the port {port}, not one of 1..65535")
    return base_url


def run(  # noqa: PLR0915 - one loop: pace, send (a 5xx once more), check, in that order
    base_url: str,
    *,
    api_key: str,
    spec: Mapping[str, Any] | None = None,
    operations: Sequence[str] = (),
    registry: Mapping[str, Mapping[str, Any]] | None = None,
    addresses: Sequence[str] = (),
    max_requests: int = DEFAULT_MAX_REQUESTS,
    rate_limit: float = DEFAULT_RATE_LIMIT,
    max_time: float = DEFAULT_MAX_TIME,
    timeout: float = DEFAULT_REQUEST_TIMEOUT,
    seed: int = DEFAULT_SEED,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Report:
    """Send the planned requests to ``base_url`` and check every answer.

    The operations, their parameters and their response schemas are the generated
    registry's (``registry``: a mapping in its shape, for tests); ``spec`` is the OpenAPI
    document schemathesis generates requests from (default: the packaged ``openapi.json``,
    the one the registry was generated from).

    Raises ``ValueError`` for an ``operations`` entry the spec does not have, an
    ``api_key`` the SDK would refuse (:func:`check_key`) or a ``base_url`` that is not
    an http(s) URL (:func:`check_base_url`).
    """
    check_key(api_key)
    check_base_url(base_url)
    spec = load_spec() if spec is None else spec
    chosen = _chosen(operations, registry)
    began = clock()
    plan = plan_requests(
        chosen,
        spec=spec,
        max_requests=max_requests,
        seed=seed,
        addresses=addresses,
        network=network_of(base_url, addresses),
    )
    start = clock()  # the time bound counts from the first request
    validators = _Validators(spec)
    redact = Redactor(api_key)
    report = Report(redact(base_url), [OperationResult(op.key) for op in chosen])
    results = {r.key: r for r in report.results}
    interval = 1.0 / rate_limit
    last_send = -math.inf  # clock() when the previous request went out
    answered = False
    with httpx.Client(
        base_url=base_url.rstrip("/"),
        timeout=timeout,
        transport=transport,
        follow_redirects=False,
        headers={"User-Agent": "xverse-api-conformance"},
    ) as client:
        for planned in plan:
            # Each request at least 1/rate after the previous one actually went out (never
            # catching up on a late one), so no second holds more than `rate` requests.
            wait = last_send + interval - clock()
            while wait > 0 and clock() - start + wait <= max_time:
                sleep(wait)
                wait = last_send + interval - clock()
            if wait > 0 or clock() - start >= max_time:
                report.stopped = f"the time bound ({max_time:g} s) was reached"
                break
            result = results[planned.operation.key]
            result.requests += 1
            request = planned.build(client, api_key)
            sent = _described(request)
            last_send = clock()
            # --timeout and --max-time hold on the wall clock, however slowly the bytes come
            left = max_time - (last_send - start)
            went: list[float] = []  # when the worker thread actually began to send
            response = _fetch(client, request, min(timeout, left), went, clock)
            last_send = went[0] if went else last_send
            if (
                isinstance(response, httpx.Response)
                and response.status_code >= 500
                and clock() - start + interval < max_time
            ):
                # a 5xx may be a passing hiccup (a gateway's 502): the same request once
                # more, at the same pace, before its answer counts
                sleep(max(0.0, last_send + interval - clock()))
                result.requests += 1
                last_send = clock()
                left = max_time - (last_send - start)
                went = []
                again = planned.build(client, api_key)
                response = _fetch(client, again, min(timeout, left), went, clock)
                last_send = went[0] if went else last_send
            if not isinstance(response, httpx.Response):
                if not answered and isinstance(response, _CANNOT_CONNECT):
                    # nothing answered yet and no connection at all: nothing to check
                    report.unreachable = redact(f"{type(response).__name__}: {response}")
                    break
                # connected, but the server did not answer (in time): a finding, and
                # the rest of the plan still runs, unless the time bound is what ended it
                result.no_answer += 1
                why = _why_no_answer(response, left < timeout, timeout)
                result.add(
                    Violation(planned.operation.key, None, "$", _clip(why, redact), sent), redact
                )
                if response is None and left < timeout:
                    report.stopped = f"the time bound ({max_time:g} s) was reached"
                    break
                continue
            answered = True
            result.statuses[response.status_code] += 1
            for violation in _checked(planned.operation, response, validators, redact):
                result.add(replace(violation, request=sent), redact)
            if response.status_code == 429:
                pause = parse_retry_after(response.headers)
                pause = 1.0 / rate_limit if pause is None else pause
                sleep(min(pause, max(0.0, max_time - (clock() - start))))
    report.elapsed = clock() - began
    return report


def _described(request: httpx.Request) -> str:
    """``GET /v1/…?limit=25``: the method, path and query a violation came from."""
    return f"{request.method} {request.url.raw_path.decode('ascii', 'replace')}"


def _chosen(
    operations: Sequence[str], registry: Mapping[str, Mapping[str, Any]] | None
) -> list[Operation]:
    """The operations to check, in the order given (all of the spec's when none is)."""
    everything = load_operations(registry)
    by_key = {op.key: op for op in everything}
    unknown = [key for key in operations if key not in by_key]
    if unknown:
        raise ValueError(
            f"not an operation of the spec: {', '.join(map(repr, unknown))} "
            f"(known: {', '.join(by_key)})"
        )
    return [by_key[key] for key in dict.fromkeys(operations)] if operations else everything


def _why_no_answer(exc: httpx.RequestError | None, max_time_first: bool, timeout: float) -> str:
    if exc is None:
        bound = "the --max-time bound" if max_time_first else f"--timeout {timeout:g} s"
        return f"no whole answer within {bound} (wall clock: headers and body included)"
    if isinstance(exc, httpx.ReadTimeout):
        return f"no answer within --timeout {timeout:g} s (ReadTimeout)"
    return f"no answer ({type(exc).__name__}: {exc})"


def _fetch(
    client: httpx.Client,
    request: httpx.Request,
    seconds: float,
    went: list[float] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> httpx.Response | httpx.RequestError | None:
    """The answer to ``request``, read through the SDK's capped reader, if it came whole
    within ``seconds`` of wall clock; None if not. A request still running then is left
    to its thread (a daemon), which ends when the server does or the client closes.
    ``went`` gets the ``clock()`` at which the thread began to send (the pace counts
    from there, so no second on the wire holds more than the rate)."""
    box: list[httpx.Response | httpx.RequestError | BaseException | None] = []

    def send() -> None:
        if went is not None:
            went.append(clock())
        try:
            box.append(read_capped(client, request, DEFAULT_MAX_RESPONSE_BYTES))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            box.append(exc)

    worker = threading.Thread(target=send, name="xverse-conformance", daemon=True)
    worker.start()
    worker.join(max(0.0, seconds))
    if not box:
        return None
    outcome = box[0]
    if isinstance(outcome, BaseException) and not isinstance(outcome, httpx.RequestError):
        raise outcome
    return outcome


def _checked(
    op: Operation,
    response: httpx.Response,
    validators: _Validators,
    redact: Callable[[str], str],
) -> list[Violation]:
    """``check_response``, and a violation for an answer it cannot even read: a body past
    the SDK's cap, or one no parser gets through (100,000 nested arrays, say)."""
    if response.extensions.get("xverse_truncated"):
        message = (
            f"the body is larger than {DEFAULT_MAX_RESPONSE_BYTES:,} bytes (after "
            "decompression), the most the SDK reads; not read further"
        )
        return [Violation(op.key, response.status_code, "$", message)]
    try:
        return check_response(op, response, validators, redact)
    except Exception as exc:  # noqa: BLE001 - any failure to read it is a finding
        kind = "nested too deeply" if isinstance(exc, RecursionError) else type(exc).__name__
        message = _clip(f"the answer cannot be checked ({kind}: {exc})", redact)
        return [Violation(op.key, response.status_code, "$", message)]
