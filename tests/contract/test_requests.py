"""1. Requests match the spec, for every operation of openapi.json: whatever arguments
the parameter schemas allow (and cases schemathesis generates), the request that
``client.operations[key](...)`` sends is one the spec describes (path and its
percent-encoding, query names and types, headers, body, the key header), carrying
exactly the values given, or the call is refused before anything is sent because a
value breaks a format the SDK checks (BitcoinAddress, rune_id); every way to break a
parameter schema is refused before sending, naming the parameter.

Per operation the example budgets are small and fixed (derandomised); the async twin,
the base-URL prefix and any-text path segments run on the operations chosen by shape
(``_spec.SHAPES``) with larger budgets."""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import respx
import schemathesis
from hypothesis import event, given, settings
from hypothesis import strategies as st
from schemathesis.core import NOT_SET
from xverse_api import (
    AsyncXverse,
    InvalidAddressError,
    InvalidParameterError,
    NotFoundError,
    Xverse,
    XverseError,
    is_valid_address,
)

from .. import schemathesis_hooks  # noqa: F401 - registers format: BitcoinAddress
from ..strategies import param_values
from ._spec import (
    KEYS,
    OPERATIONS,
    REPRESENTATIVES,
    ROOT,
    OperationSpec,
    ParamSpec,
    case_id,
    coerce,
    is_rune_id,
    path_values,
    request_problems,
    required_arguments,
    shape_id,
    violations,
)
from ._support import BASE, CONTRACT, KEY, examples

SCHEMA = schemathesis.openapi.from_path(ROOT / "openapi.json")
NOT_FOUND = httpx.Response(404, json="Not found")
EACH_OPERATION = pytest.mark.parametrize("op", OPERATIONS, ids=case_id)
EACH_SHAPE = pytest.mark.parametrize("op", REPRESENTATIVES, ids=shape_id)


@st.composite
def arguments(draw: st.DrawFn, op: OperationSpec) -> dict[str, Any]:
    """Keyword arguments (the generated Python names) with values each parameter's
    schema allows; optional ones drawn or left out."""
    kwargs: dict[str, Any] = {}
    paging = op.entry.get("paging") or {}
    counts = {paging.get("offset_param"), paging.get("limit_param")} - {None}
    for param in op.params:
        if param.required or draw(st.booleans()):
            values = param_values(param.schema, param.fmt)
            if param.location == "path":
                # "", "." and ".." cannot be one path segment: the SDK refuses them
                # (test_unsendable_segments_are_refused_before_sending)
                values = values.filter(lambda v: v not in ("", ".", ".."))
            if param.python in counts:  # the SDK sends paging counts as whole numbers only
                values = values.filter(lambda v: float(v).is_integer()).map(int)
            if param.location == "header":
                values = _header_values(param, values)
            kwargs[param.python] = draw(values, label=param.python)
    if op.body is not None:
        kwargs["body"] = draw(param_values(op.body, None), label="body")
    return kwargs


def _header_values(param: ParamSpec, values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """What a header can carry (HTTP: printable ASCII); a free string header draws from
    exactly that, a constrained one keeps its schema's values that fit."""
    free = param.schema.get("type", "string") == "string" and not (
        {"pattern", "enum", "format"} & set(param.schema) or param.fmt
    )
    if free:
        return st.from_regex(r"[\x20-\x7e]*", fullmatch=True)
    return values.filter(lambda v: not isinstance(v, str) or HEADER_TEXT.fullmatch(v) is not None)


HEADER_TEXT = re.compile(r"[\t\x20-\x7e]*")


@pytest.fixture(scope="module")
def xverse() -> Iterator[Xverse]:
    with Xverse(api_key=KEY, base_url=BASE, max_retries=0) as client:
        yield client


def capture(client: Xverse, op: OperationSpec, kwargs: dict[str, Any]) -> httpx.Request | None:
    """The request ``client.operations[op.key](**kwargs)`` sends (answered 404), or None
    when the call is refused before sending (the refusal is re-raised)."""
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = router.route().mock(return_value=NOT_FOUND)
        try:
            client.operations[op.key](**kwargs)
        except NotFoundError:
            assert route.call_count == 1
            return route.calls.last.request
        except XverseError:
            assert route.call_count == 0, "refused after sending"
            raise
    raise AssertionError("a 404 was not raised as NotFoundError")


def _wire_matches(param: ParamSpec, sent: str, value: Any) -> bool:
    """Did ``value`` go out as ``sent`` (one query value / header / unquoted segment)?"""
    if isinstance(value, bool):
        return sent == ("true" if value else "false")
    if isinstance(value, int | float):
        if float(value).is_integer():
            return sent == str(int(value))  # never "60.0"
        return json.loads(sent) == value
    return sent == str(value)


def assert_values_sent(op: OperationSpec, request: httpx.Request, kwargs: dict[str, Any]) -> None:
    """Every argument went out under its wire name, exactly; nothing else did but the
    spec's defaults."""
    segments = path_values(op, request, BASE)
    assert segments is not None
    for wire, param in op.in_("path").items():
        assert _wire_matches(param, unquote(segments[wire]), kwargs[param.python])
    query = request.url.params
    for wire, param in op.in_("query").items():
        if param.python not in kwargs and "default" not in param.schema:
            assert wire not in query, f"{wire} sent though not given"
            continue
        if param.python not in kwargs and wire not in query:
            continue
        # not given: absent, or the spec's default (the generated methods' defaults)
        value = kwargs.get(param.python, param.schema.get("default"))
        values = value if isinstance(value, list) else [value]
        sent = query.get_list(wire)
        assert len(sent) == len(values), (wire, sent, values)
        for got, given_value in zip(sent, values, strict=True):
            assert _wire_matches(param, got, given_value), (wire, got, given_value)
    for wire, param in op.in_("header").items():
        if param.python in kwargs:
            assert _wire_matches(param, request.headers[wire], kwargs[param.python])
    if "body" in kwargs:
        assert json.loads(request.content) == kwargs["body"]


# --- the registry's names are the generated methods' names ------------------------------


@EACH_OPERATION
def test_every_operation_is_callable_with_the_registry_names(
    xverse: Xverse, op: OperationSpec
) -> None:
    assert op.key in xverse.operations
    signature = inspect.signature(xverse.operations[op.key])
    assert {p.python for p in op.params} <= set(signature.parameters), signature
    required = {p.python for p in op.params if p.required}
    no_default = {
        n for n, p in signature.parameters.items() if p.default is inspect.Parameter.empty
    }
    assert required == no_default - {"body"}, (required, signature)


def test_the_suites_see_every_operation_of_the_client(xverse: Xverse) -> None:
    assert list(xverse.operations) == KEYS


# --- arguments drawn from the parameter schemas --------------------------------------------


@EACH_OPERATION
@settings(CONTRACT, max_examples=examples(10))
@given(data=st.data())
def test_requests_carry_exactly_the_arguments_the_spec_allows(
    xverse: Xverse, op: OperationSpec, data: st.DataObject
) -> None:
    kwargs = data.draw(arguments(op), label="kwargs")
    request = capture(xverse, op, kwargs)
    assert request is not None
    assert request_problems(op, request, base=BASE, api_key=KEY) == []
    assert_values_sent(op, request, kwargs)


@EACH_SHAPE
@settings(CONTRACT, max_examples=examples(25))
@given(data=st.data())
def test_async_operations_send_the_same_requests(
    xverse: Xverse, op: OperationSpec, data: st.DataObject
) -> None:
    kwargs = data.draw(arguments(op), label="kwargs")

    async def send() -> httpx.Request:
        with respx.mock(base_url=BASE) as router:
            route = router.route().mock(return_value=NOT_FOUND)
            async with AsyncXverse(api_key=KEY, base_url=BASE, max_retries=0) as client:
                call = client.operations[op.key]
                assert inspect.iscoroutinefunction(call)
                with pytest.raises(NotFoundError):
                    await call(**kwargs)
            return route.calls.last.request

    got = asyncio.run(send())
    expected = capture(xverse, op, kwargs)
    assert expected is not None
    assert (got.method, got.url, got.content) == (expected.method, expected.url, expected.content)
    if op.api_key_header is not None:
        assert got.headers[op.api_key_header] == expected.headers[op.api_key_header] == KEY


@EACH_SHAPE
@settings(CONTRACT, max_examples=examples(10))
@given(data=st.data())
def test_base_url_with_a_path_prefix_keeps_it(op: OperationSpec, data: st.DataObject) -> None:
    kwargs = data.draw(arguments(op), label="kwargs")
    base = BASE + "/proxy/xverse/"
    with respx.mock() as router:
        route = router.route().mock(return_value=NOT_FOUND)
        with (
            Xverse(api_key=KEY, base_url=base, max_retries=0) as client,
            pytest.raises(NotFoundError),
        ):
            client.operations[op.key](**kwargs)
        request = route.calls.last.request
    assert request_problems(op, request, base=base, api_key=KEY) == []


# --- schemathesis' cases -------------------------------------------------------------------


def _sdk_refuses(param: ParamSpec, value: Any) -> bool:
    """The test's reading of what the SDK checks beyond the spec's schema."""
    if param.location == "path" and value in ("", ".", ".."):
        return True
    if param.fmt == "rune_id":
        return not is_rune_id(value)
    if param.fmt == "BitcoinAddress":
        return not (isinstance(value, str) and is_valid_address(value))
    return False


def _fractional_count(op: OperationSpec, param: ParamSpec, value: Any) -> bool:
    """A paging offset or limit that is not a whole number: the SDK refuses it (issue 19
    item 12), though the spec types it as any number."""
    paging = op.entry.get("paging") or {}
    if param.python not in (paging.get("offset_param"), paging.get("limit_param")):
        return False
    return isinstance(value, float) and not value.is_integer()


def _case_kwargs(op: OperationSpec, case: Any) -> dict[str, Any]:
    """A schemathesis case as keyword arguments with the registry's Python names."""
    where = {
        "path": case.path_parameters or {},
        "query": case.query or {},
        "header": case.headers or {},
    }
    kwargs: dict[str, Any] = {}
    for param in op.params:
        source = where.get(param.location, {})
        if param.wire in source:
            value = source[param.wire]
            if isinstance(value, str):
                # schemathesis may hand a value in its wire form ("false", "7")
                value = coerce(unquote(value) if param.location == "path" else value, param.schema)
            kwargs[param.python] = value
    if op.body is not None and case.body is not NOT_SET:
        kwargs["body"] = case.body
    return kwargs


def _cases(op: OperationSpec) -> st.SearchStrategy[Any]:
    return SCHEMA[op.path][op.method].as_strategy()


@EACH_OPERATION
@settings(CONTRACT, max_examples=examples(6))
@given(data=st.data())
def test_schemathesis_cases_are_sent_as_the_spec_describes_or_refused_first(
    xverse: Xverse, op: OperationSpec, data: st.DataObject
) -> None:
    kwargs = _case_kwargs(op, data.draw(_cases(op), label="case"))
    refused = [
        p.python
        for p in op.params
        if p.python in kwargs
        and (_sdk_refuses(p, kwargs[p.python]) or _fractional_count(op, p, kwargs[p.python]))
    ]
    event("refused before sending" if refused else "sent")
    if refused:
        with pytest.raises((InvalidParameterError, InvalidAddressError)) as info:
            capture(xverse, op, kwargs)
        if isinstance(info.value, InvalidParameterError):
            assert any(name in str(info.value) for name in refused), (refused, info.value)
        return
    request = capture(xverse, op, kwargs)
    assert request is not None
    assert request_problems(op, request, base=BASE, api_key=KEY) == []
    assert_values_sent(op, request, kwargs)


# --- path segments -----------------------------------------------------------------------

PATH_PARAMS = [(op, p) for op in OPERATIONS for p in op.params if p.location == "path"]
EACH_PATH_PARAM = pytest.mark.parametrize(
    ("op", "param"), PATH_PARAMS, ids=[f"{op.key}:{p.python}" for op, p in PATH_PARAMS]
)
#: one free-text path parameter per distinct path-parameter format/type: the deep
#: any-text property runs on these (the encoding is one generic step)
_FREE_KINDS: dict[tuple[Any, Any], tuple[OperationSpec, ParamSpec]] = {}
for _op, _param in PATH_PARAMS:
    _FREE_KINDS.setdefault((_param.fmt, _param.schema.get("type")), (_op, _param))
FREE_PATH_PARAMS = list(_FREE_KINDS.values())


@pytest.fixture(scope="module")
def lax_xverse() -> Iterator[Xverse]:
    """A client that does not validate addresses: anything but an unsendable segment goes."""
    with Xverse(api_key=KEY, base_url=BASE, max_retries=0, validate_addresses=False) as client:
        yield client


def _free_text(param: ParamSpec) -> bool:
    """Can this parameter carry any text? (formats the SDK checks always, such as
    rune_id, cannot; addresses can, with validate_addresses=False)."""
    return param.fmt in (None, "BitcoinAddress") and param.schema.get("type") in ("string", None)


@pytest.mark.parametrize(
    ("op", "param"),
    FREE_PATH_PARAMS,
    ids=[f"{op.key}:{p.python}" for op, p in FREE_PATH_PARAMS],
)
@settings(CONTRACT, max_examples=examples(100))
@given(data=st.data())
def test_any_text_stays_one_path_segment(
    lax_xverse: Xverse, op: OperationSpec, param: ParamSpec, data: st.DataObject
) -> None:
    """Any text a path parameter may carry is sent percent-encoded as exactly one segment."""
    if not _free_text(param):
        pytest.skip(f"{param.python} takes only {param.fmt or param.schema.get('type')} values")
    kwargs = data.draw(arguments(op), label="kwargs")
    text = data.draw(st.text(min_size=1).filter(lambda a: a not in (".", "..")), label="text")
    kwargs[param.python] = text
    request = capture(lax_xverse, op, kwargs)
    assert request is not None
    segments = path_values(op, request, BASE)
    assert segments is not None, request.url
    assert unquote(segments[param.wire]) == text


@EACH_PATH_PARAM
@pytest.mark.parametrize("value", ["", ".", ".."])
def test_unsendable_segments_are_refused_before_sending(
    lax_xverse: Xverse, op: OperationSpec, param: ParamSpec, value: str
) -> None:
    """``.`` and ``..`` would be collapsed by httpx into another path (NOTES.md)."""
    kwargs = required_arguments(op)
    kwargs[param.python] = value
    with pytest.raises((InvalidAddressError, InvalidParameterError)):
        capture(lax_xverse, op, kwargs)


# --- arguments the spec does not allow ---------------------------------------------------


@EACH_OPERATION
def test_arguments_the_spec_does_not_allow_are_refused_before_sending(
    xverse: Xverse, op: OperationSpec
) -> None:
    """Every way to break each parameter schema, one at a time, is refused with the typed
    error naming the parameter (or, for a call the generated signature cannot take at
    all, Python's TypeError), and nothing is sent."""
    method = xverse.operations[op.key]
    cases = violations(op)
    assert len(cases) > len(op.params)
    for label, kwargs, name in cases:
        try:
            inspect.signature(method).bind(**kwargs)
        except TypeError:
            expected: tuple[type[Exception], ...] = (TypeError,)
        else:
            expected = (InvalidParameterError, InvalidAddressError)
        with respx.mock(base_url=BASE, assert_all_called=False) as router:
            route = router.route().mock(return_value=NOT_FOUND)
            with pytest.raises(expected) as info:
                method(**kwargs)
            assert route.call_count == 0, label
        if isinstance(info.value, InvalidParameterError):
            assert name in str(info.value), (label, info.value)
