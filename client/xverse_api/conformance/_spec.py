"""The spec conformance checks against. Its operations, parameters and schemas come from
the generated registry (``make generate`` reads ``openapi.json`` once, in
``scripts/sdkgen.py``); the document itself is loaded only for schemathesis, which
generates requests from it."""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from .._sdk import registry

__all__ = ["SPEC_RESOURCE", "Operation", "load_operations", "load_spec", "packaged_spec_path"]

SPEC_RESOURCE: Final = "openapi.json"  # packaged as xverse_api/openapi.json (pyproject)


def load_spec(path: str | Path | None = None) -> dict[str, Any]:
    """The spec at ``path``, or the one packaged with the SDK.

    The wheel carries a copy of the repository's ``openapi.json`` as
    ``xverse_api/openapi.json`` (hatch ``force-include``); a source checkout or an
    editable install reads the repository's file itself, so the two cannot differ.
    """
    if path is None:
        path = packaged_spec_path()
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("paths"), dict):
        # a file that is not a spec is a usage error, like one that is not JSON
        raise ValueError(f"{path} is not an OpenAPI document (no `paths` object)")  # noqa: TRY004
    return data


def packaged_spec_path(package: Any = None) -> Path:
    """Where the SDK's spec is: the packaged copy, else the source checkout's file."""
    files = importlib.resources.files("xverse_api") if package is None else package
    packaged = files.joinpath(SPEC_RESOURCE)
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / SPEC_RESOURCE


@dataclass(frozen=True)
class Operation:
    """One operation as the generated registry (``xverse_api._sdk.registry``) holds it;
    ``key`` is ``"METHOD /path"`` as in ``openapi.json``.

    ``parameters`` are the registry's (``wire`` name, ``in``, ``required``, ``schema``);
    ``responses`` map a status (``"200"``, ``"4XX"``, ``"default"``) to its documented
    ``content_type`` and ``schema`` (``$ref`` already resolved by ``make generate``).
    """

    method: str
    path: str
    parameters: tuple[Mapping[str, Any], ...]
    responses: Mapping[str, Mapping[str, Any]]
    security: tuple[tuple[str, str], ...]  # (in, name) of each apiKey the call sends
    body_required: bool = False  # then only generated cases (which carry a body) are sent
    #: JSON pointers (relative to the operation) that are the provider's verbatim text;
    #: None: all of it. Elsewhere the spec was reconstructed from the provider's docs.
    verbatim: tuple[str, ...] | None = None

    def is_verbatim(self, pointer: str) -> bool:
        """Whether ``pointer`` (relative to the operation) is the provider's own text."""
        if self.verbatim is None:
            return True
        return any(pointer == root or pointer.startswith(root + "/") for root in self.verbatim)

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"

    @classmethod
    def from_registry(
        cls, entry: Mapping[str, Any], api_key_header: str | None = None
    ) -> Operation:
        """The operation a registry entry describes; a secured one sends the API key in
        ``api_key_header`` (default: the registry's ``API_KEY_HEADER``)."""
        header = registry.API_KEY_HEADER if api_key_header is None else api_key_header
        body = entry.get("body") or {}
        return cls(
            method=str(entry["method"]),
            path=str(entry["path"]),
            parameters=tuple(p for p in entry["params"] if p["in"] != "cookie"),
            responses=dict(entry["responses"]),
            security=(("header", header),) if entry["security"] and header else (),
            body_required=bool(body.get("required")),
            verbatim=None if entry.get("verbatim") is None else tuple(entry["verbatim"]),
        )


def load_operations(
    operations: Mapping[str, Mapping[str, Any]] | None = None,
    api_key_header: str | None = None,
) -> list[Operation]:
    """Every operation of the generated registry (or of ``operations``, a mapping in its
    shape), in the spec's order. ``make generate`` is the one reader of the spec; this
    is what it wrote."""
    entries = registry.OPERATIONS if operations is None else operations
    return [Operation.from_registry(entry, api_key_header) for entry in entries.values()]


def _media_type(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")
