"""The one generic request path every operation takes: arguments, request, answer.

An :class:`Operation` is built from its entry in the generated registry
(``_sdk/registry.py``): it checks and encodes keyword arguments by the spec's parameter
schemas (path, query, header, JSON body), builds the ``httpx.Request`` and decodes a 2xx
body into the generated model. Nothing here names an operation, a field or a status:
the typed methods in ``_sdk/resources.py`` (generated) reach it through the resource
bases in ``_resources`` (with paging, batches and ``client.operations``).
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import (
    Mapping,
)
from typing import Any, Final, Protocol, TypeVar
from urllib.parse import quote

import httpx

from ._core import IDEMPOTENT_METHODS, BodyError, Settings
from ._errors import (
    InvalidAddressError,
    InvalidParameterError,
)
from ._pattern import matches

__all__ = [
    "ClientState",
    "Operation",
    "Param",
    "get_operation",
    "operation_keys",
    "validate_rune_id",
]

T = TypeVar("T")
_UNSENDABLE: Final = ("", ".", "..")
_RUNE_ID: Final = re.compile(r"(0|[1-9][0-9]{0,19}):(0|[1-9][0-9]{0,9})", re.ASCII)
_U64: Final = 2**64 - 1


class ClientState(Protocol):
    """What the call path needs of a client: its settings, its httpx client and its
    address check. ``_client._BaseClient`` is one; the core below ``_client`` sees it
    only through this protocol, so it never imports ``_client`` (no import cycle)."""

    @property
    def _settings(self) -> Settings: ...

    @property
    def _http(self) -> Any: ...

    def _check_address(self, address: str) -> str: ...


_U32: Final = 2**32 - 1
#: what an HTTP header value may hold (RFC 9110 field-value, ASCII only as httpx sends it)
_HEADER_VALUE: Final = re.compile(r"[\t\x20-\x7e]*")


def validate_rune_id(value: object, name: str = "rune_id") -> str:
    """``BLOCK:TX`` with block a u64 and tx a u32 (e.g. ``840000:3``); returned as given."""
    if isinstance(value, str) and (match := _RUNE_ID.fullmatch(value)):
        block, tx = int(match.group(1)), int(match.group(2))
        if block <= _U64 and tx <= _U32:
            return value
    raise InvalidParameterError(
        f"{name}={_shown(value)} is not a rune id: {_rune_id_problem(value)}. A rune id is "
        "BLOCK:TX, the block it was etched in and the transaction's index, e.g. '840000:3' "
        "(DOG•GO•TO•THE•MOON)"
    )


def _rune_id_problem(value: object) -> str:
    if not isinstance(value, str):
        return f"it must be a str, not {type(value).__name__}"
    if value != value.strip():
        return "it has white space around it"
    parts = value.split(":")
    if len(parts) != 2 or not all(p.isascii() and p.isdigit() for p in parts):
        if value.replace("•", "").replace(".", "").isalpha():
            return "that is a rune name; look its id up (names are not ids)"
        return "it is not two whole numbers (ASCII digits) joined by ':'"
    block, tx = parts
    if (len(block) > 1 and block[0] == "0") or (len(tx) > 1 and tx[0] == "0"):
        return "a number has a leading zero"
    if int(block) > _U64:
        return f"the block is larger than a u64 ({_U64})"
    return f"the transaction index is larger than a u32 ({_U32})"


def _is_multiple(value: float, step: float) -> bool:
    """``value`` is a whole multiple of ``step`` (exactly, for ints; decimals for floats)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # exact, however large
    if isinstance(value, int) and isinstance(step, int):
        return value % step == 0
    from decimal import Decimal, InvalidOperation, localcontext  # noqa: PLC0415

    with localcontext() as exact:
        exact.prec = 800  # a float's shortest repr has at most ~330 digits either side
        try:
            return (Decimal(str(value)) % Decimal(str(step))) == 0
        except InvalidOperation:  # pragma: no cover - beyond even that precision
            return False


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
        # sent twice, the server ends where it was after once: GET and the like, or an
        # operation sdk.yaml declares so (`idempotent: true`); decides what is retried
        self.idempotent: bool = self.method in IDEMPOTENT_METHODS or bool(entry.get("idempotent"))
        self._path_parts = re.split(r"\{([^}]+)\}", self.path)
        self._decoders: dict[int, Any] = {}

    def __repr__(self) -> str:
        return f"<Operation {self.key}>"

    # -- arguments ---------------------------------------------------------------------

    def encode(
        self, client: ClientState, kwargs: Mapping[str, Any]
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

    def _encode(self, client: ClientState, param: Param, value: object) -> str | list[str]:
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
                elif kind == "integer" or self._counts(param):
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

    def _counts(self, param: Param) -> bool:
        """True for the paging parameters (offset, limit): counts of items, whole numbers
        however the spec types them."""
        paging = self.paging or {}
        return param.python in (paging.get("offset_param"), paging.get("limit_param"))

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
        if pattern is not None and not matches(pattern, value):
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
        step = schema.get("multipleOf")
        if isinstance(step, int | float) and step > 0 and not _is_multiple(value, step):
            raise InvalidParameterError(
                f"{param.python}={value} is not a multiple of {step}; the API takes "
                f"{param.python} in steps of {step} (0, {step}, {2 * step}, ...)"
            )

    # -- the request and its answer ----------------------------------------------------

    def build(self, client: ClientState, kwargs: Mapping[str, Any]) -> httpx.Request:
        path, query, headers, body = self.encode(client, kwargs)
        return client._settings.build(
            client._http,
            self.method,
            path,
            query=query,
            headers=headers,
            body=body,
            secured=self.security,
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
        # loaded here, with the first answer: `import xverse_api` does not load msgspec
        from ._models import one_warning_per_field  # noqa: PLC0415

        try:
            with one_warning_per_field():  # a reconstructed field that differs: one warning
                return decoder.decode(content)
        except RecursionError:
            raise BodyError("the JSON is nested too deeply to read") from None
        except Exception as exc:  # noqa: BLE001 - msgspec's and the models' own errors
            raise BodyError(_decode_problem(exc, content)) from None

    def _decoder_for(self, status: int) -> Any:
        import importlib  # noqa: PLC0415

        from ._sdk.models import MODULES  # noqa: PLC0415 - models load on first use

        name = MODULES.get(self.key)
        if name is None:  # an operation built by hand, outside the registry: plain JSON
            return _NO_BODY
        module = importlib.import_module(f"{__package__}._sdk.models.{name}")
        types = module.RESPONSE_TYPES.get(self.key, {})
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
