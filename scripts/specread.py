"""The one reader of ``openapi.json`` for code generation: load strictly, normalise, and
check every name and text that will be written into Python source.

The spec is untrusted input to a code generator. Three rules hold for everything
``make generate`` writes (``scripts/sdkgen.py`` and openapi-python-client alike):

1. **Loading** refuses what JSON cannot carry faithfully: ``NaN``/``Infinity`` literals
   and numbers that overflow to infinity (``1e400``) stop generation, naming the JSON
   pointer.
2. **Normalisation** (:func:`normalise`) rewrites, on the way into the generator, what
   openapi-python-client 0.29.1 cannot take; ``openapi.json`` itself is never edited.
   Each rewrite is listed in :data:`RULES` and tested:

   - ``path-default``: a path parameter is always required, so a ``default`` on it means
     nothing to a client; the provider puts one on ``address``, and the stock generator
     then writes a signature where a parameter without a default follows one with a
     default (a SyntaxError). The default becomes the schema's ``example`` and ``required`` is set.
   - ``status-range``: a response key such as ``2XX`` (OpenAPI's status ranges) is kept for
     the SDK's registry, but given to the generator as the range's first code (``200``)
     when that code is not documented too, since the generator expects numbers.
   - ``tag-name``: an operation tag is only a grouping; one that is not a plain word is
     not handed to the generator (it names modules after tags).

3. **Emission** goes through :func:`identifier` (every Python name: an ASCII identifier,
   not a keyword, not private or dunder, checked against the names it must not shadow)
   and :func:`text` / :func:`literal` (every string or value written into source: a
   docstring that cannot be closed early, or ``repr`` of JSON data that
   :func:`ast.literal_eval` reads back as the same value).
"""

from __future__ import annotations

import ast
import copy
import json
import keyword
import math
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
RULES = ("path-default", "status-range", "tag-name")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STATUS = re.compile(r"[1-5][0-9][0-9]|[1-5]XX|default")
_TAG = re.compile(r"[A-Za-z][A-Za-z0-9 _-]*")


class SpecError(Exception):
    """The spec (or sdk.yaml) cannot be generated as it is; the message says where and what
    to change."""


def pointer(*parts: object) -> str:
    """A JSON pointer from its parts (``~`` and ``/`` escaped)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _reject_constant(name: str) -> Any:
    raise SpecError(
        f"openapi.json holds the number {name}, which JSON does not allow: replace it with a "
        "finite number (or remove it) and run make generate"
    )


def load(path: Path) -> dict[str, Any]:
    """``path`` parsed strictly: no NaN/Infinity, no number that overflows a float."""
    try:
        data = json.loads(path.read_text("utf-8"), parse_constant=_reject_constant)
    except ValueError as exc:
        raise SpecError(f"{path.name} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise SpecError(f"{path.name} is not an OpenAPI document (a JSON object)")
    for where, value in _walk(data, ""):
        if isinstance(value, float) and not math.isfinite(value):
            raise SpecError(
                f"{path.name}#{where} is a number too large for a float ({value}): write a "
                "finite number there and run make generate"
            )
    return data


def _walk(node: Any, where: str) -> Iterator[tuple[str, Any]]:
    yield where, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, where + pointer(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, where + pointer(i))


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) of every operation, in spec order."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield method, path, item[method]


def normalise(spec: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A copy of ``spec`` that openapi-python-client 0.29.1 generates valid code for, and
    a note per rewrite (rule name and JSON pointer)."""
    out = copy.deepcopy(spec)
    notes: list[str] = []
    for path, item in (out.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = [p for p in item.get("parameters") or [] if isinstance(p, dict)]
        for i, param in enumerate(shared):
            _path_default(param, pointer("paths", path, "parameters", i), notes)
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            here = pointer("paths", path, method)
            for i, param in enumerate(op.get("parameters") or []):
                if isinstance(param, dict):
                    _path_default(param, f"{here}/parameters/{i}", notes)
            responses = op.get("responses") or {}
            for status in list(responses):
                text = str(status)
                if not _STATUS.fullmatch(text):
                    raise SpecError(
                        f"openapi.json#{here}/responses/{text} is not an HTTP status "
                        "(100..599, 1XX..5XX or default): fix the response key"
                    )
                if text.endswith("XX"):
                    first = text[0] + "00"
                    value = responses.pop(status)
                    if first not in responses:
                        responses[first] = value
                    notes.append(f"status-range: {here}/responses/{text} given as {first}")
            tags = op.get("tags")
            if isinstance(tags, list):
                kept = [t for t in tags if isinstance(t, str) and _TAG.fullmatch(t)]
                if kept != tags:
                    notes.append(f"tag-name: {here}/tags keeps {kept}")
                    op["tags"] = kept
    return out, notes


def _path_default(param: dict[str, Any], where: str, notes: list[str]) -> None:
    if param.get("in") != "path":
        return
    schema = param.get("schema")
    if isinstance(schema, dict) and "default" in schema:
        default = schema.pop("default")
        schema.setdefault("example", default)  # the value stays known, as an example
        notes.append(f"path-default: {where}/schema/default made an example")
    if param.get("required") is not True:
        param["required"] = True


def normalised_file(spec_path: Path, dest: Path) -> tuple[dict[str, Any], list[str]]:
    """Normalise ``spec_path`` into ``dest`` (what the generator reads); return both."""
    spec, notes = normalise(load(spec_path))
    dest.write_text(json.dumps(spec, indent=1, ensure_ascii=False), "utf-8")
    return spec, notes


# --- emission -----------------------------------------------------------------------


def identifier(name: object, where: str, reserved: Iterable[str] = ()) -> str:
    """``name`` if it is safe to write as a Python name; else :class:`SpecError`.

    Safe: ASCII letters, digits and ``_``, not starting with a digit or ``_`` (no private
    or dunder names), not a keyword (``True``, ``class``, ...), not one of ``reserved``.
    """
    text = str(name)
    if not _IDENT.fullmatch(text) or keyword.iskeyword(text) or text.startswith("_"):
        raise SpecError(
            f"{where}: {text[:80]!r} cannot be a Python name (ASCII letters, digits and '_', "
            "not a keyword, not starting with a digit or '_')"
        )
    if text in set(reserved):
        raise SpecError(f"{where}: {text!r} is already taken by the SDK itself")
    return text


def text(value: object, limit: int = 400) -> str:
    """``value`` as one line of plain text that is safe inside a ``\"\"\"`` docstring:
    tags dropped, white space folded, no backslash or double quote (they could end the
    string or start an escape), only printable characters, at most ``limit`` long."""
    plain = re.sub(r"<[^>]*>", " ", str(value))
    plain = "".join(ch if ch.isprintable() else " " for ch in plain)
    plain = plain.replace("\\", "/").replace('"', "'")
    plain = " ".join(plain.split())
    return plain if len(plain) <= limit else plain[: limit - 3] + "..."


def literal(value: Any) -> str:
    """``repr(value)`` for JSON data, checked to read back as the same value."""
    source = repr(value)
    try:
        same = ast.literal_eval(source) == value
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        same = False
    if not same:
        raise SpecError(f"cannot write {source[:80]} into Python source as a literal")
    return source


def reserved_names(module: Path, *classes: str) -> set[str]:
    """Every name the given classes of a hand-written module define (methods, properties,
    class attributes, ``self.x`` assignments), read from its source, not imported."""
    tree = ast.parse(module.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef) or (classes and node.name not in classes):
            continue
        for stmt in node.body:  # the class's own names
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(stmt.name)
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                names.add(stmt.target.id)
            elif isinstance(stmt, ast.Assign):
                names.update(t.id for t in stmt.targets if isinstance(t, ast.Name))
        for sub in ast.walk(node):  # and what its methods set on self
            if (
                isinstance(sub, ast.Attribute)
                and isinstance(sub.ctx, ast.Store)
                and isinstance(sub.value, ast.Name)
                and sub.value.id == "self"
            ):
                names.add(sub.attr)
    return {n for n in names if not n.startswith("_")}
