"""The one generic request path every operation takes, and the resources built on it.

An :class:`Operation` is built from its entry in the generated registry
(``_sdk/registry.py``): it checks and encodes keyword arguments by the spec's parameter
schemas (path, query, header, JSON body), builds the ``httpx.Request`` and decodes a 2xx
body into the generated model. Nothing here names an operation, a field or a status:
the typed methods in ``_sdk/resources.py`` (generated) call :class:`SyncResource` /
:class:`AsyncResource`, and ``client.operations`` maps ``"METHOD /path"`` to them.

Paging and batches are declared in sdk.yaml and run here generically, on top of the
same call: every page is one :func:`_core.call` with its retries, pacing and errors.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import (
    AsyncIterator,
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar
from urllib.parse import quote

import httpx

from ._constants import MAX_PAGES
from ._core import BodyError, Emit, Flow, ItemFlow, call
from ._errors import (
    APIError,
    APIStatusError,
    AuthenticationError,
    InvalidAddressError,
    InvalidParameterError,
    XverseError,
)

if TYPE_CHECKING:
    from ._client import _BaseClient

__all__ = [
    "AsyncResource",
    "Operation",
    "Operations",
    "RawResponse",
    "SyncResource",
    "get_operation",
    "operation_keys",
    "validate_rune_id",
]

T = TypeVar("T")
_UNSENDABLE: Final = ("", ".", "..")
_RUNE_ID: Final = re.compile(r"(0|[1-9][0-9]{0,19}):(0|[1-9][0-9]{0,9})", re.ASCII)
_U64: Final = 2**64 - 1
_U32: Final = 2**32 - 1
#: what an HTTP header value may hold (RFC 9110 field-value, ASCII only as httpx sends it)
_HEADER_VALUE: Final = re.compile(r"[\t\x20-\x7e]*")


def validate_rune_id(value: object, name: str = "rune_id") -> str:
    """``BLOCK:TX`` with block a u64 and tx a u32 (e.g. ``840000:3``); returned as given."""
    if isinstance(value, str) and (match := _RUNE_ID.fullmatch(value)):
        block, tx = int(match.group(1)), int(match.group(2))
        if block <= _U64 and tx <= _U32:
            return value
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:59] + "…"
    raise InvalidParameterError(
        f"{name}={shown} is not a rune id: a rune id is BLOCK:TX, the block it was etched in "
        "and the transaction's index, e.g. '840000:3' (DOG•GO•TO•THE•MOON); "
        "rune names such as 'DOG' are not ids"
    )


# --- one operation --------------------------------------------------------------------


class Param:
    """One parameter: Python name, wire name, location and schema."""

    __slots__ = ("fmt", "location", "python", "required", "schema", "type", "wire")

    def __init__(self, entry: Mapping[str, Any]) -> None:
        self.python: str = entry["python"]
        self.wire: str = entry["wire"]
        self.location: str = entry["in"]
        self.required: bool = entry["required"]
        self.schema: Mapping[str, Any] = entry["schema"]
        self.type: str | None = self.schema.get("type")
        # sdk.yaml's declared format (checked by the SDK only), else the spec's own
        self.fmt: str | None = self.schema.get("x-sdk-format") or self.schema.get("format")


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


class Operation:
    """One operation of the spec, ready to check arguments, build requests and decode."""

    def __init__(self, key: str, entry: Mapping[str, Any]) -> None:
        self.key = key
        self.method: str = entry["method"]
        self.path: str = entry["path"]
        self.resource: str = entry["resource"]
        self.name: str = entry["name"]
        self.summary: str = entry["summary"]
        self.params: tuple[Param, ...] = tuple(Param(p) for p in entry["params"])
        self.by_python: dict[str, Param] = {p.python: p for p in self.params}
        self.body: Mapping[str, Any] | None = entry["body"]
        self.responses: Mapping[str, Mapping[str, Any]] = entry["responses"]
        self.paging: Mapping[str, Any] | None = entry["paging"]
        self.security: bool = entry["security"]
        self._path_parts = re.split(r"\{([^}]+)\}", self.path)
        self._decoders: dict[int, Any] = {}

    def __repr__(self) -> str:
        return f"<Operation {self.key}>"

    # -- arguments ---------------------------------------------------------------------

    def encode(
        self, client: _BaseClient[Any], kwargs: Mapping[str, Any]
    ) -> tuple[str, list[tuple[str, str]], dict[str, str], Any]:
        """Check ``kwargs`` by the spec; return (path, query, headers, json body).

        Raises :class:`InvalidParameterError` / :class:`InvalidAddressError` naming the
        parameter and the fix, before anything is sent.
        """
        unknown = [k for k in kwargs if k not in self.by_python and k != "body"]
        if unknown:
            names = ", ".join(p.python for p in self.params) or "none"
            raise InvalidParameterError(
                f"{self.key} has no parameter {unknown[0]!r}; its parameters are: {names}"
            )
        path_values: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        headers: dict[str, str] = {}
        for param in self.params:
            value = kwargs.get(param.python)
            if value is None:
                if param.required:
                    raise InvalidParameterError(
                        f"{self.key} needs {param.python}= ({param.location} parameter "
                        f"{param.wire!r})"
                    )
                continue
            encoded = self._encode(client, param, value)
            if param.location == "path":
                assert isinstance(encoded, str)
                if encoded in _UNSENDABLE:
                    raise InvalidAddressError(
                        f"{param.python}={value!r} cannot be sent as a path segment; "
                        "pass a real value",
                        address=str(value),
                    )
                path_values[param.wire] = quote(encoded, safe="")
            elif param.location == "query":
                if isinstance(encoded, list):
                    query.extend((param.wire, v) for v in encoded)
                else:
                    query.append((param.wire, encoded))
            else:
                text = encoded if isinstance(encoded, str) else ",".join(encoded)
                if not _HEADER_VALUE.fullmatch(text):
                    raise InvalidParameterError(
                        f"{param.python}={_shown(value)} cannot be sent in the {param.wire!r} "
                        "header: header values are printable ASCII (no line breaks, control "
                        "or non-ASCII characters)"
                    )
                headers[param.wire] = text
        body = kwargs.get("body")
        if self.body is None and body is not None:
            raise InvalidParameterError(f"{self.key} takes no body")
        if self.body is not None and self.body["required"] and body is None:
            raise InvalidParameterError(f"{self.key} needs body= (a JSON object)")
        parts = self._path_parts
        path = "".join(part if i % 2 == 0 else path_values[part] for i, part in enumerate(parts))
        return path, query, headers, _jsonable(body)

    def _encode(self, client: _BaseClient[Any], param: Param, value: object) -> str | list[str]:
        kind = param.type
        if param.fmt == "rune_id":
            return validate_rune_id(value, param.python)
        if kind == "array":
            if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
                raise InvalidParameterError(f"{param.python} must be a list, not {_shown(value)}")
            item_schema = param.schema.get("items") or {}
            inner = Param(
                {
                    "python": f"{param.python}[]",
                    "wire": param.wire,
                    "in": param.location,
                    "required": True,
                    "schema": item_schema,
                }
            )
            return [str(self._encode(client, inner, v)) for v in value]
        if kind == "string" or (kind is None and isinstance(value, str)):
            if not isinstance(value, str):
                raise InvalidParameterError(f"{param.python} must be a str, not {_shown(value)}")
            if param.fmt == "BitcoinAddress":
                return client._check_address(value)
            if param.fmt == "rune_id":
                return validate_rune_id(value, param.python)
            self._check_string(param, value)
            return value
        if kind in ("number", "integer"):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise InvalidParameterError(f"{param.python} must be a number, not {_shown(value)}")
            if isinstance(value, float):
                if not math.isfinite(value):
                    raise InvalidParameterError(f"{param.python} must be finite, not {value!r}")
                if value.is_integer():
                    value = int(value)
                elif kind == "integer":
                    raise InvalidParameterError(
                        f"{param.python} must be a whole number, not {value!r}"
                    )
            self._check_range(param, value)
            return str(value)
        if kind == "boolean":
            if not isinstance(value, bool):
                raise InvalidParameterError(
                    f"{param.python} must be True or False, not {_shown(value)}"
                )
            return "true" if value else "false"
        return str(value)

    @staticmethod
    def _check_string(param: Param, value: str) -> None:
        schema = param.schema
        if "enum" in schema and value not in schema["enum"]:
            allowed = ", ".join(repr(v) for v in schema["enum"])
            raise InvalidParameterError(f"{param.python}={_shown(value)} is not one of {allowed}")
        low, high = schema.get("minLength"), schema.get("maxLength")
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            raise InvalidParameterError(
                f"{param.python}={_shown(value)} has {len(value)} characters; "
                f"the API takes {low or 0}..{high if high is not None else 'any'}"
            )
        pattern = schema.get("pattern")
        if pattern is not None and not re.search(pattern, value):
            raise InvalidParameterError(
                f"{param.python}={_shown(value)} does not match the pattern {pattern!r}"
            )

    @staticmethod
    def _check_range(param: Param, value: float) -> None:
        schema = param.schema
        low, high = schema.get("minimum"), schema.get("maximum")
        if (low is not None and value < low) or (high is not None and value > high):
            span = (
                f"{low}..{high}"
                if low is not None and high is not None
                else f">= {low}"
                if low is not None
                else f"<= {high}"
            )
            raise InvalidParameterError(
                f"{param.python}={value} is outside {span}; pass a value in range"
            )

    # -- the request and its answer ----------------------------------------------------

    def build(self, client: _BaseClient[Any], kwargs: Mapping[str, Any]) -> httpx.Request:
        path, query, headers, body = self.encode(client, kwargs)
        return client._settings.build(
            client._http, self.method, path, query=query, headers=headers, body=body
        )

    def decode(self, response: httpx.Response) -> Any:
        """A 2xx body as the generated model (or the plain JSON the spec allows).

        Raises :class:`BodyError` saying what and where when the spec does not allow it.
        """
        status = response.status_code
        decoder = self._decoders.get(status)
        if decoder is None:
            decoder = self._decoders[status] = self._decoder_for(status)
        content = response.content
        if decoder is _NO_BODY:
            return _plain_body(response) if content else None
        try:
            return decoder.decode(content)
        except RecursionError:
            raise BodyError("the JSON is nested too deeply to read") from None
        except Exception as exc:  # noqa: BLE001 - msgspec's and the models' own errors
            raise BodyError(_decode_problem(exc, content)) from None

    def _decoder_for(self, status: int) -> Any:
        from ._sdk.models import RESPONSE_TYPES  # noqa: PLC0415 - models load on first use

        types = RESPONSE_TYPES.get(self.key, {})
        typ = types.get(status)
        if typ is None and len(set(map(id, types.values()))) == 1:
            typ = next(iter(types.values()))  # an undocumented 2xx: the documented shape
        if typ is None:
            return _NO_BODY
        import msgspec  # noqa: PLC0415

        return msgspec.json.Decoder(typ)


_NO_BODY: Final = object()


def _plain_body(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):
        return response.text


_FIELD_PROBLEM: Final = re.compile(r"^`(\w+)` (is .*) - at `(\$[^`]*)`$", re.S)


def _decode_problem(exc: BaseException, content: bytes) -> str:
    text = str(exc)
    field = _FIELD_PROBLEM.match(text)
    if field is not None:  # a model's own check: say where, the way msgspec does
        return f"`{field.group(1)}` at {field.group(3)} {field.group(2)}"
    if type(exc).__name__ == "DecodeError" and not content.strip():
        return "the body is empty"
    if type(exc).__name__ == "DecodeError" and "JSON" in text:
        return f"the body is not JSON ({text})"
    return text


def _jsonable(body: Any) -> Any:
    if body is None:
        return None
    import msgspec  # noqa: PLC0415

    try:
        return msgspec.to_builtins(body)
    except TypeError as exc:
        raise InvalidParameterError(f"body must be JSON-serialisable: {exc}") from None


@functools.cache
def _registry() -> Mapping[str, Mapping[str, Any]]:
    from ._sdk.registry import OPERATIONS  # noqa: PLC0415

    return OPERATIONS


@functools.cache
def get_operation(key: str) -> Operation:
    """The :class:`Operation` for ``"METHOD /path"`` (written as in openapi.json)."""
    try:
        entry = _registry()[key]
    except KeyError:
        known = "\n  ".join(_registry())
        raise InvalidParameterError(
            f"no operation {key!r} in openapi.json; the operations are:\n  {known}"
        ) from None
    return Operation(key, entry)


def operation_keys() -> list[str]:
    """Every operation of the vendored spec, as ``"METHOD /path"``, in spec order."""
    return list(_registry())


# --- raw responses ----------------------------------------------------------------------


class RawResponse(Generic[T]):
    """A successful call's HTTP answer: status, headers (rate-limit headers, say), the
    request that got it, how many retries it took, and ``parse()`` for the model."""

    __slots__ = ("_operation", "http_response", "retries_taken")

    def __init__(self, response: httpx.Response, operation: Operation, retries_taken: int) -> None:
        self.http_response = response
        self.retries_taken = retries_taken
        self._operation = operation

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """The body decoded as the typed method would return it."""
        from ._core import invalid_body  # noqa: PLC0415

        try:
            return self._operation.decode(self.http_response)  # type: ignore[no-any-return]
        except BodyError as exc:
            raise invalid_body(self.http_response, str(exc), "") from None

    def __repr__(self) -> str:
        return f"<RawResponse {self.status_code} {self._operation.key}>"


# --- flows: the sans-I/O parts of one call, a paging walk and a batch ----------------------


def request_flow(client: _BaseClient[Any], key: str, kwargs: Mapping[str, Any]) -> Flow[Any]:
    op = get_operation(key)
    return call(client._settings, op.build(client, kwargs), op.decode)


def raw_flow(client: _BaseClient[Any], key: str, kwargs: Mapping[str, Any]) -> Flow[Any]:
    op = get_operation(key)

    def raw(response: httpx.Response) -> RawResponse[Any]:
        return RawResponse(response, op, response.extensions.get("xverse_retries", 0))

    return call(client._settings, op.build(client, kwargs), raw)


def _page_args(op: Operation, kwargs: Mapping[str, Any]) -> dict[str, Any]:
    args = dict(kwargs)
    paging = op.paging
    assert paging is not None
    args[paging["limit_param"]] = paging["page_size"]
    return args


def paging_flow(
    client: _BaseClient[Any],
    key: str,
    kwargs: Mapping[str, Any],
    sink: list[Any] | None = None,
) -> ItemFlow[Any]:
    """Every item, page by page: never a duplicate, nothing skipped, and a bounded number
    of requests whatever the server does with limit/offset/total."""
    op = get_operation(key)
    paging = op.paging
    assert paging is not None
    args = _page_args(op, kwargs)
    items_attr, total_attr, unique = paging["items_attr"], paging["total_attr"], paging["unique"]
    seen: set[Any] = set()
    offset = 0
    for _ in range(MAX_PAGES):
        args[paging["offset_param"]] = offset
        request = op.build(client, args)
        page = yield from call(client._settings, request, op.decode)
        if sink is not None:
            sink.append(page)
        items = getattr(page, items_attr) or []
        fresh = []
        for item in items:
            ident = getattr(item, unique)
            if ident not in seen:
                seen.add(ident)
                fresh.append(item)
        if fresh:
            yield Emit(fresh)
        offset += len(items)
        # Stop on an empty page, a page with nothing new (the server ignores offset or
        # repeats itself), or reaching the total the server announced.
        total = getattr(page, total_attr)
        if not fresh or (total is not None and offset >= total):
            return
    raise APIError(
        f"paging {key} did not end after {MAX_PAGES} pages; the server keeps announcing "
        f"more. Use the single-page method ({op.name}) to page by hand"
    )


def _collection(
    op: Operation, items: list[Any], kwargs: Mapping[str, Any], pages: list[Any]
) -> Any:
    from ._sdk import models  # noqa: PLC0415

    paging = op.paging
    assert paging is not None
    cls = getattr(models, paging["collection"])
    context: dict[str, Any] = {paging["many_param"]: kwargs[paging["many_param"]]}
    for attr, how in paging["keep"].items():
        values = [getattr(p, attr) for p in pages if getattr(p, attr) is not None]
        if not values:
            context[attr] = None
        elif how in ("max", "min"):
            context[attr] = max(values) if how == "max" else min(values)
        else:
            context[attr] = values[0] if how == "first" else values[-1]
    return cls(items, **context)


def _normalised(client: _BaseClient[Any], op: Operation, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The normalised path value (a lowercased bech32 address, say) in place; the first
    page's request checks the rest before anything is sent."""
    paging = op.paging
    assert paging is not None
    many = paging["many_param"]
    kwargs[many] = op._encode(client, op.by_python[many], kwargs[many])
    return kwargs


def _prepared(client: _BaseClient[Any], op: Operation, kwargs: dict[str, Any]) -> dict[str, Any]:
    """Check the arguments up front (so errors come before the first request) and put the
    normalised path value (a lowercased bech32 address, say) in place."""
    paging = op.paging
    assert paging is not None
    many = paging["many_param"]
    param = op.by_python[many]
    kwargs[many] = op._encode(client, param, kwargs[many])
    op.encode(client, _page_args(op, kwargs) | {paging["offset_param"]: 0})
    return kwargs


def _is_refusal(error: XverseError) -> bool:
    return isinstance(error, AuthenticationError) or (
        isinstance(error, APIStatusError) and error.status_code == 403
    )


def _as_error(exc: BaseException, value: str) -> XverseError:
    if isinstance(exc, XverseError):
        return exc
    error = APIError(
        f"{value}: unexpected {type(exc).__name__} while reading the answer: {exc}"[:500]
    )
    error.__cause__ = exc
    return error


class _Batch:
    """Bookkeeping of one ``*_many`` call, shared by the sync and async drivers."""

    def __init__(  # noqa: PLR0917 - mirrors the generated *_many signature
        self,
        client: _BaseClient[Any],
        key: str,
        values: Iterable[str],
        concurrency: int,
        on_result: Callable[[str, Any], None] | None,
        kwargs: Mapping[str, Any],
    ) -> None:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise InvalidParameterError(f"concurrency must be an int >= 1, not {concurrency!r}")
        if isinstance(values, str):
            raise InvalidParameterError(
                "pass a list of values, not one str (e.g. [address] rather than address)"
            )
        self.op = get_operation(key)
        paging = self.op.paging
        assert paging is not None
        self.many: str = paging["many_param"]
        self.client = client
        self.on_result = on_result
        self.kwargs = dict(kwargs)
        self.concurrency = concurrency
        self.results: dict[str, Any] = {}
        self.refused: XverseError | None = None
        # normalise (lowercase bech32, say) before de-duplicating; a bad value keeps its
        # own spelling and gets its error as its result
        self.order: list[str] = []
        self.early: dict[str, XverseError] = {}
        param = self.op.by_python[self.many]
        for value in values:
            try:
                norm = self.op._encode(client, param, value)
                assert isinstance(norm, str)
            except XverseError as exc:
                norm = str(value)
                self.early.setdefault(norm, exc)
            if norm not in self.results:
                self.results[norm] = None
                self.order.append(norm)

    def start(self, value: str) -> XverseError | None:
        """An answer known without a request: a bad value, or a key already refused."""
        return self.early.get(value) or self.refused

    def finish(self, value: str, result: Any) -> None:
        if isinstance(result, XverseError) and _is_refusal(result) and self.refused is None:
            self.refused = result
        self.results[value] = result
        if self.on_result is not None:
            self.on_result(value, result)

    def args(self, value: str) -> dict[str, Any]:
        return {**self.kwargs, self.many: value}

    def done(self) -> dict[str, Any]:
        return {value: self.results[value] for value in self.order}


# --- resources ------------------------------------------------------------------------------


class _Resource:
    def __init__(self, client: _BaseClient[Any]) -> None:
        self._client = client


class SyncResource(_Resource):
    """Base of the generated sync resources: every method is one of these five."""

    def _call(self, key: str, **kwargs: Any) -> Any:
        from ._core import run_sync  # noqa: PLC0415

        return run_sync(self._client._http, request_flow(self._client, key, kwargs))

    def _raw(self, key: str, **kwargs: Any) -> Any:
        from ._core import run_sync  # noqa: PLC0415

        return run_sync(self._client._http, raw_flow(self._client, key, kwargs))

    def _iterate(self, key: str, **kwargs: Any) -> Iterator[Any]:
        from ._core import iterate_sync  # noqa: PLC0415

        op = get_operation(key)
        kwargs = _prepared(self._client, op, kwargs)
        return iterate_sync(self._client._http, paging_flow(self._client, key, kwargs))

    def _collect(self, key: str, **kwargs: Any) -> Any:
        from ._core import iterate_sync  # noqa: PLC0415

        op = get_operation(key)
        kwargs = _normalised(self._client, op, kwargs)
        pages: list[Any] = []
        items = list(
            iterate_sync(self._client._http, paging_flow(self._client, key, kwargs, pages))
        )
        return _collection(op, items, kwargs, pages)

    def _many(
        self,
        key: str,
        values: Iterable[str],
        concurrency: int,
        on_result: Callable[[str, Any], None] | None,
        **kwargs: Any,
    ) -> dict[str, Any]:
        batch = _Batch(self._client, key, values, concurrency, on_result, kwargs)

        def one(value: str) -> None:
            result: Any = batch.start(value)
            if result is None:
                try:
                    result = self._collect(key, **batch.args(value))
                except Exception as exc:  # noqa: BLE001 - one address never loses the others
                    result = _as_error(exc, value)
            batch.finish(value, result)

        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415 - batch callers only

        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="xverse") as pool:
            list(pool.map(one, batch.order))
        return batch.done()


class AsyncResource(_Resource):
    """Base of the generated async resources: the same five, awaited."""

    async def _call(self, key: str, **kwargs: Any) -> Any:
        from ._core import run_async  # noqa: PLC0415

        return await run_async(self._client._http, request_flow(self._client, key, kwargs))

    async def _raw(self, key: str, **kwargs: Any) -> Any:
        from ._core import run_async  # noqa: PLC0415

        return await run_async(self._client._http, raw_flow(self._client, key, kwargs))

    def _iterate(self, key: str, **kwargs: Any) -> AsyncIterator[Any]:
        from ._core import iterate_async  # noqa: PLC0415

        op = get_operation(key)
        kwargs = _prepared(self._client, op, kwargs)
        return iterate_async(self._client._http, paging_flow(self._client, key, kwargs))

    async def _collect(self, key: str, **kwargs: Any) -> Any:
        from ._core import iterate_async  # noqa: PLC0415

        op = get_operation(key)
        kwargs = _normalised(self._client, op, kwargs)
        pages: list[Any] = []
        flow = paging_flow(self._client, key, kwargs, pages)
        items = [item async for item in iterate_async(self._client._http, flow)]
        return _collection(op, items, kwargs, pages)

    async def _many(
        self,
        key: str,
        values: Iterable[str],
        concurrency: int,
        on_result: Callable[[str, Any], None] | None,
        **kwargs: Any,
    ) -> dict[str, Any]:
        import asyncio  # noqa: PLC0415

        batch = _Batch(self._client, key, values, concurrency, on_result, kwargs)
        pending = iter(batch.order)

        async def worker() -> None:
            for value in pending:
                result: Any = batch.start(value)
                if result is None:
                    try:
                        result = await self._collect(key, **batch.args(value))
                    except Exception as exc:  # noqa: BLE001 - one never loses the others
                        result = _as_error(exc, value)
                batch.finish(value, result)

        workers = min(concurrency, len(batch.order))
        await asyncio.gather(*(worker() for _ in range(workers)))
        return batch.done()


# --- client.operations ------------------------------------------------------------------------


class Operations(Mapping[str, Callable[..., Any]]):
    """``client.operations``: ``"METHOD /path"`` (as in openapi.json) -> the bound typed
    method. Keyword arguments take the generated Python names; on ``AsyncXverse`` the
    callables are coroutine functions. ``.with_raw_response`` is the same mapping for
    raw responses. Read-only."""

    def __init__(self, client: _BaseClient[Any], *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def __getitem__(self, key: str) -> Callable[..., Any]:
        if key not in _registry():
            raise KeyError(key)
        from ._sdk.resources import METHODS  # noqa: PLC0415

        resource_name, method = METHODS[key]
        resource = getattr(self._client, resource_name)
        if self._raw:
            resource = resource.with_raw_response
        return getattr(resource, method)  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return iter(_registry())

    def __len__(self) -> int:
        return len(_registry())

    def __contains__(self, key: object) -> bool:
        return key in _registry()

    @property
    def with_raw_response(self) -> Operations:
        return Operations(self._client, raw=True)

    def __repr__(self) -> str:
        return f"<operations: {', '.join(self)}>"
