"""``xverse-api call``: any operation of openapi.json from the command line, as JSON.

    xverse-api call "GET /v1/runes/{identifier}" --param identifier=840000:3
    xverse-api call --list

Built on ``client.operations``: parameters are the generated Python names, values are
read by each parameter's schema type (number, integer, boolean, array, string), and the
answer is the decoded body as JSON (u128 amounts as strings). Nothing here names an
operation, so an operation added to the spec is callable after ``make generate``.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click

from .._constants import ENV_API_KEY, SERVERS
from .._errors import APIStatusError, InvalidParameterError, XverseError
from .._operations import Operation, Param, get_operation, operation_keys
from ._terminal import (
    EXIT_FAILED,
    EXIT_KEY_REFUSED,
    EXIT_USAGE,
    KEY_REFUSED,
    NO_API_KEY,
    cli_wording,
    describe,
    json_text,
    key_refused,
    terminal_text,
    warn,
)

__all__ = ["call_command", "parse_value", "to_json"]


def parse_value(param: Param, text: str) -> Any:
    """A command-line string as the parameter's schema type."""
    kind = param.type
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            number = float(text)
            return int(number) if number.is_integer() and "." not in text else number
    except ValueError:
        raise InvalidParameterError(
            f"--param {param.python}={text!r}: {param.python} takes a number"
        ) from None
    if kind == "boolean":
        lowered = text.lower()
        if lowered not in ("true", "false", "1", "0", "yes", "no"):
            raise InvalidParameterError(
                f"--param {param.python}={text!r}: {param.python} takes true or false"
            )
        return lowered in ("true", "1", "yes")
    if kind == "array":
        inner = Param({**_entry(param), "schema": param.schema.get("items") or {}})
        return [parse_value(inner, part) for part in text.split(",") if part]
    return text


def _entry(param: Param) -> dict[str, Any]:
    return {
        "python": param.python,
        "wire": param.wire,
        "in": param.location,
        "required": param.required,
        "schema": param.schema,
    }


def to_json(value: Any) -> Any:
    """A decoded answer as JSON-ready data (models via ``to_dict()``)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    return value


def _kwargs(op: Operation, pairs: tuple[str, ...], body: str | None) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep:
            raise InvalidParameterError(f"--param {pair!r}: write NAME=VALUE")
        param = op.by_python.get(name) or next((p for p in op.params if p.wire == name), None)
        if param is None:
            names = ", ".join(p.python for p in op.params) or "none"
            raise InvalidParameterError(
                f"{op.key} has no parameter {name!r}; its parameters are: {names}"
            )
        kwargs[param.python] = parse_value(param, text)
    if body is not None:
        if op.body is None:
            raise InvalidParameterError(f"{op.key} takes no body; drop --body")
        try:
            kwargs["body"] = json.loads(body)
        except ValueError as exc:
            raise InvalidParameterError(f"--body is not JSON: {exc}") from None
    missing = [p for p in op.params if p.required and p.python not in kwargs]
    if missing:
        needed = " ".join(f"--param {p.python}=..." for p in missing)
        raise InvalidParameterError(f"{op.key} needs {needed}")
    if op.body is not None and op.body.get("required") and "body" not in kwargs:
        raise InvalidParameterError(f"{op.key} needs --body JSON")
    return kwargs


def _describe() -> str:
    lines = []
    for key in operation_keys():
        op = get_operation(key)
        params = " ".join(
            f"{p.python}{'' if p.required else '?'}:{p.type or 'any'}" for p in op.params
        )
        lines.append(f"{key}\n    client.{op.resource}.{op.name}({params})  {op.summary}")
    return "\n".join(lines)


def call_command() -> click.Command:
    @click.command("call")
    @click.argument("operation", required=False, metavar='"METHOD /path"')
    @click.option(
        "--param",
        "-p",
        "params",
        multiple=True,
        metavar="NAME=VALUE",
        help="A parameter by its Python name (rune_id) or wire name (runeId); repeat.",
    )
    @click.option("--body", default=None, metavar="JSON", help="The JSON body, if it takes one.")
    @click.option("--list", "list_", is_flag=True, help="List every operation and its parameters.")
    @click.option("--api-key", default=None, help=f"The API key [default: ${ENV_API_KEY}].")
    @click.option("--base-url", default=None, help="The server (overrides --network).")
    @click.option("--network", type=click.Choice(list(SERVERS)), default=None)
    @click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None)
    @click.option(
        "--rate-limit",
        type=click.FloatRange(min=0, min_open=True),
        default=None,
        help="Requests per second at most [default: learnt from the server's 429s].",
    )
    def call(
        operation: str | None,
        *,
        params: tuple[str, ...],
        body: str | None,
        list_: bool,
        api_key: str | None,
        base_url: str | None,
        network: str | None,
        timeout: float | None,
        rate_limit: float | None,
    ) -> None:
        """Call any operation of openapi.json; print the answer as JSON.

        OPERATION is written as in openapi.json, e.g. "GET /v1/runes/{identifier}"
        (xverse-api call "GET /v1/runes/{identifier}" --param identifier=840000:3).
        Exit codes: 0 answered, 1 the API failed, 2 usage error (bad operation or
        parameter, no API key), 3 the API key was refused (401/403).
        """
        from .. import Xverse  # noqa: PLC0415

        if list_ or operation is None:
            click.echo(_describe())
            if operation is None and not list_:
                sys.exit(EXIT_USAGE)
            return
        try:
            op = get_operation(operation)
            kwargs = _kwargs(op, params, body)
        except InvalidParameterError as exc:  # the operation listing keeps its lines
            click.echo(terminal_text(f"error: {cli_wording(exc)}"), err=True)
            sys.exit(EXIT_USAGE)
        key = api_key or os.environ.get(ENV_API_KEY) or None
        if not key:
            raise click.UsageError(NO_API_KEY)
        options: dict[str, Any] = {}
        for name, value in (("network", network), ("timeout", timeout), ("rate_limit", rate_limit)):
            if value is not None:
                options[name] = value
        try:
            client = Xverse(key, base_url=base_url, **options)
        except XverseError as exc:  # configuration the client refused (a bad URL or key)
            warn(f"error: {describe(exc)}")
            sys.exit(EXIT_USAGE)
        try:
            with client:
                result = client.operations[operation](**kwargs)
        except InvalidParameterError as exc:  # a value the operation refused (runeId=DOG)
            warn(f"error: {describe(exc)}")
            sys.exit(EXIT_USAGE)
        except XverseError as exc:
            if isinstance(exc, APIStatusError) and key_refused(exc):
                warn(f"error: {KEY_REFUSED} (the server answered {exc.status_code})")
                sys.exit(EXIT_KEY_REFUSED)
            warn(f"error: {describe(exc)}")
            sys.exit(EXIT_FAILED)
        click.echo(json_text(to_json(result)))  # exact, and safe on a terminal

    return call
