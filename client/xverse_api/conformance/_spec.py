"""The spec conformance checks against: the packaged ``openapi.json`` and its operations."""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import unquote

if TYPE_CHECKING:
    pass


__all__ = ["SPEC_RESOURCE", "Operation", "load_operations", "load_spec", "packaged_spec_path"]

SPEC_RESOURCE: Final = "openapi.json"  # packaged as xverse_api/openapi.json (pyproject)
_HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


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
    """One operation of the spec; ``key`` is ``"METHOD /path"`` as in ``openapi.json``."""

    method: str
    path: str
    parameters: tuple[Mapping[str, Any], ...]
    responses: Mapping[str, Mapping[str, Any]]
    security: tuple[tuple[str, str], ...]  # (in, name) of each apiKey the call sends
    body_required: bool = False  # then only generated cases (which carry a body) are sent

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"


def _resolve(spec: Mapping[str, Any], node: Any, depth: int = 0) -> Any:
    """Follow a local ``$ref`` (``#/components/...``) to what it names."""
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and depth < 32:
        ref: str = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported, not {ref!r}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[unquote(part).replace("~1", "/").replace("~0", "~")]
        node, depth = target, depth + 1
    return node


def load_operations(spec: Mapping[str, Any]) -> list[Operation]:
    """Every operation of ``spec``, in the spec's order."""
    schemes = _resolve(spec, spec.get("components", {})).get("securitySchemes", {})
    out = []
    for path, raw_item in spec["paths"].items():
        item = _resolve(spec, raw_item)
        shared = [_resolve(spec, p) for p in item.get("parameters", [])]
        for method in _HTTP_METHODS:
            if method not in item:
                continue
            op = _resolve(spec, item[method])
            params = {(p["in"], p["name"]): p for p in shared}
            params.update(
                {
                    (p["in"], p["name"]): p
                    for p in map(_resolve_with(spec), op.get("parameters", []))
                }
            )
            requirements = op.get("security", spec.get("security", []))
            security = []
            for requirement in requirements:
                for name in requirement:
                    scheme = _resolve(spec, schemes.get(name, {}))
                    if scheme.get("type") == "apiKey" and scheme.get("in") in ("header", "query"):
                        security.append((str(scheme["in"]), str(scheme["name"])))
            out.append(
                Operation(
                    method=method.upper(),
                    path=path,
                    parameters=tuple(params.values()),
                    responses={
                        str(k): _resolve(spec, v) for k, v in op.get("responses", {}).items()
                    },
                    security=tuple(dict.fromkeys(security)),
                    body_required=bool(_resolve(spec, op.get("requestBody", {})).get("required")),
                )
            )
    return out


def _resolve_with(spec: Mapping[str, Any]) -> Callable[[Any], Any]:
    return lambda node: _resolve(spec, node)


def _media_type(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")
