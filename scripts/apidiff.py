"""What a spec change does to users: the public API diff of ``xverse_api``, its semver
verdict, and the changelog entry. Development tooling; never imported by the package.

``python scripts/apidiff.py report [REF]``   API and spec changes of the working tree
                                            against REF (default HEAD); ``make generate``
                                            prints the same report after regenerating
``python scripts/apidiff.py check``          ``make check-api``: exits 1 when the public API
                                            changed since the last release and
                                            pyproject.toml's version is not bumped as
                                            semver asks (0.x: minor for a breaking change,
                                            patch otherwise), naming each breaking change
                                            and the version to set
``python scripts/apidiff.py changelog [--write]``  the entry for everything since the last
                                            release (Breaking / Added / Changed, with the
                                            operations whose spec changed); ``--write`` puts
                                            it at the top of CHANGELOG.md (``make changelog``)
``python scripts/apidiff.py release``        after a release: records pyproject.toml's version
                                            and HEAD in release.json (``make release-baseline``)

The last release is ``release.json``: the released version and the git commit it was
built from. The API of that commit is read from git (``git archive``), so a fresh clone
with its history needs no tag and no stored snapshot.

The public API is what users reach: every name of ``xverse_api.__all__`` and its public
submodules (``testing``, ``cli``, ...), the models ``xverse_api`` exports lazily (every
name of ``_sdk.models.__all__``, new operations' included) and the typed resources of
``_sdk.resources`` (``client.runes`` is a ``Runes``), with their public members, methods'
parameters (name, kind, annotation, default) and models' fields (name, type, default).
griffe (static analysis, nothing is imported) reads both trees; its breakage check finds
removals, parameter kind/default/required-ness changes and removed bases. griffe does not
compare annotations, nor report additions: those are computed here from the same two
trees. A parameter's type may widen, a field's or return's may narrow; any other type
change is breaking. A model field losing its default (or added without one) breaks code
that constructs the model.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "xverse_api"
PACKAGE_DIR = "client/xverse_api"
#: private modules whose exported names users reach without naming the module
EXPOSED = ("_sdk.models", "_sdk.resources")
#: classes defined in these modules are models: their attributes are fields
MODEL_MODULES = ("xverse_api._sdk.models", "xverse_api._generated.models")
BASELINE = "release.json"
CHANGELOG = "CHANGELOG.md"
UNRELEASED = "## Unreleased"
#: the developer's git, found on PATH once
GIT = shutil.which("git") or "git"
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_TWIN = re.compile(r"^(Async)?(\w+?)(WithRawResponse)?$")
_COVARIANT = {"field", "attribute", "property", "method", "function"}


class ApiDiffError(Exception):
    """The comparison cannot be made; the message says what to do."""


# --- the public API of one tree ----------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One public thing users reach: its kind, its type and (parameters, fields) default."""

    what: str  # module, class, function, method, property, attribute, field, parameter, alias
    annotation: str  # the type; a function's return type; a class's bases
    default: str | None = None  # None: required (parameters, fields) or no value
    kind: str = ""  # a parameter's kind


@dataclass
class Surface:
    items: dict[str, Item]
    #: griffe path (of an object or the alias naming it) -> the public names it goes by
    names: dict[str, list[str]]


def load_api(client_dir: Path) -> griffe.Module:
    """``xverse_api`` read statically from ``client_dir`` (nothing else on the path)."""
    logging.getLogger("griffe").setLevel(logging.ERROR)  # aliases to httpx etc. stay unresolved
    loader = griffe.GriffeLoader(search_paths=[client_dir], allow_inspection=False)
    module = loader.load(PACKAGE)
    loader.resolve_aliases(implicit=True, external=False)
    if not isinstance(module, griffe.Module):  # pragma: no cover - a package is a module
        raise ApiDiffError(f"{client_dir}: {PACKAGE} is not a package")
    return module


def _exposed(module: griffe.Module) -> Iterator[tuple[str, griffe.Object | griffe.Alias]]:
    """(public name, object) of every root of the public API."""
    for name, member in module.members.items():
        if member.is_public:
            yield name, member
    for sub in EXPOSED:
        try:
            mod = module[sub]
        except KeyError:
            continue
        for name in mod.exports or ():
            key = name if isinstance(name, str) else name.name
            if key in mod.members:
                yield key, mod.members[key]


def _target(obj: griffe.Object | griffe.Alias) -> griffe.Object | None:
    if not obj.is_alias:
        return obj  # type: ignore[return-value]
    try:
        return obj.final_target  # type: ignore[union-attr]
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


def _text(value: object) -> str:
    return "" if value is None else str(value)


def surface(module: griffe.Module) -> Surface:
    """Every public item of the tree, by the name users call it."""
    out = Surface({}, {})

    def name(obj: griffe.Object | griffe.Alias, display: str) -> None:
        out.names.setdefault(obj.path, []).append(display)
        target = _target(obj)
        if target is not None and target.path != obj.path:
            out.names.setdefault(target.path, []).append(display)

    def visit(obj: griffe.Object | griffe.Alias, display: str, in_model: bool = False) -> None:
        if display in out.items:
            return
        name(obj, display)
        target = _target(obj)
        if target is None:  # re-exported from another package: its name is the API
            out.items[display] = Item("alias", obj.target_path)  # type: ignore[union-attr]
            return
        if isinstance(target, griffe.Module):
            out.items[display] = Item("module", "")
            for key, member in target.members.items():
                if member.is_public and not key.startswith("_"):
                    visit(member, f"{display}.{key}")
        elif isinstance(target, griffe.Class):
            bases = ", ".join(_text(b) for b in target.bases)
            out.items[display] = Item("class", bases)
            model = target.module.path.startswith(MODEL_MODULES)
            for key, member in target.all_members.items():
                if member.is_public:
                    visit(member, f"{display}.{key}", in_model=model)
        elif isinstance(target, griffe.Function):
            method = isinstance(target.parent, griffe.Class)
            out.items[display] = Item("method" if method else "function", _text(target.returns))
            for i, param in enumerate(target.parameters):
                if method and i == 0 and param.name in ("self", "cls"):
                    continue
                out.items[f"{display}({param.name})"] = Item(
                    "parameter",
                    _text(param.annotation),
                    None if param.required else _text(param.default),
                    param.kind.value if param.kind else "",
                )
        elif isinstance(target, griffe.Attribute):
            what = (
                "property" if "property" in target.labels else "field" if in_model else "attribute"
            )
            value = _text(target.value) if what == "field" and target.value is not None else None
            out.items[display] = Item(what, _text(target.annotation), value)
        else:  # type aliases and anything griffe adds later
            out.items[display] = Item(str(target.kind.value), "")

    for key, member in _exposed(module):
        visit(member, key)
    return out


# --- the diff ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    change: str  # added, removed, changed
    path: str  # the public name: Runes.balances_page(limit), RuneBalance.symbol
    what: str  # class, method, parameter, field, ...
    detail: str
    breaking: bool


def _union(annotation: str) -> frozenset[str]:
    """The members of a ``A | B[C | D]`` annotation, split at the top level only."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(annotation):
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(annotation[start:i])
            start = i + 1
    parts.append(annotation[start:])
    return frozenset(p.strip() for p in parts)


def _parent(path: str) -> str:
    if path.endswith(")"):
        return path[: path.rindex("(")]
    return path.rpartition(".")[0]


def _breakage_changes(
    old: griffe.Module, new: griffe.Module, before: Surface, after: Surface
) -> Iterator[Change]:
    """griffe's breakages, named as users name things."""
    pairs = [(old, new)]
    for sub in EXPOSED:
        try:
            pairs.append((old[sub], new[sub]))
        except KeyError:
            continue
    removed = (griffe.BreakageKind.OBJECT_REMOVED, griffe.BreakageKind.PARAMETER_REMOVED)
    for old_root, new_root in pairs:
        for b in griffe.find_breaking_changes(old_root, new_root):
            side = before if b.kind in removed else after
            displays = side.names.get(b.obj.path) or (before.names.get(b.obj.path)) or []
            if not displays:
                continue  # not part of the public API (a private base class's own path)
            param = None
            if b.kind.name.startswith("PARAMETER_"):
                param = (b.old_value or b.new_value).name
            detail = b.kind.value
            if b.kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
                detail += f": {b.old_value.default} -> {b.new_value.default}"
            elif b.kind is griffe.BreakageKind.PARAMETER_CHANGED_KIND:
                detail += f": {b.old_value.kind.value} -> {b.new_value.kind.value}"
            elif b.kind is griffe.BreakageKind.OBJECT_CHANGED_KIND:
                detail += f": {b.old_value.value} -> {b.new_value.value}"
            elif b.kind is griffe.BreakageKind.CLASS_REMOVED_BASE:
                detail += (
                    f": {', '.join(map(str, b.old_value))} -> {', '.join(map(str, b.new_value))}"
                )
            change = (
                "removed"
                if b.kind in removed
                else "added"
                if b.kind is griffe.BreakageKind.PARAMETER_ADDED_REQUIRED
                else "changed"
            )
            for display in displays:
                path = f"{display}({param})" if param else display
                item = side.items.get(path) or before.items.get(path) or after.items.get(path)
                yield Change(change, path, item.what if item else "object", detail, True)


def _describe(path: str, item: Item, items: dict[str, Item]) -> str:
    if item.what == "class":
        members = [
            p.rpartition(".")[2]
            for p, i in items.items()
            if _parent(p) == path and i.what == "field" and "(" not in p
        ]
        return f"fields: {', '.join(members)}" if members else ""
    if item.what in ("method", "function"):
        params = [p[p.rindex("(") + 1 : -1] for p in items if _parent(p) == path and "(" in p]
        return f"({', '.join(params)}) -> {item.annotation}"
    if item.what == "parameter":
        return f"{item.annotation} = {item.default}" if item.default else item.annotation
    return f"{item.annotation} = {item.default}" if item.default else item.annotation


def _compare(path: str, a: Item, b: Item) -> Iterator[Change]:
    if a.what != b.what:
        return  # griffe names kind changes
    if a.annotation != b.annotation and a.what not in ("class", "module", "alias"):
        old_u, new_u = _union(a.annotation), _union(b.annotation)
        # a parameter may accept more; a value (field, return) may promise less
        ok = new_u >= old_u if a.what == "parameter" else a.what in _COVARIANT and new_u <= old_u
        label = "return type" if a.what in ("method", "function") else "type"
        yield Change("changed", path, a.what, f"{label} {a.annotation} -> {b.annotation}", not ok)
    elif a.what == "class" and a.annotation != b.annotation:
        yield Change("changed", path, "class", f"bases {a.annotation} -> {b.annotation}", False)
    if a.what == "parameter" and a.default is None and b.default is not None:
        yield Change("changed", path, "parameter", f"now optional (default {b.default})", False)
    if a.what == "field":
        if a.default is not None and b.default is None:
            yield Change(
                "changed", path, "field", "now required (constructing the model needs it)", True
            )
        elif a.default is None and b.default is not None:
            yield Change("changed", path, "field", f"now optional (default {b.default})", False)
        elif a.default != b.default:
            yield Change("changed", path, "field", f"default {a.default} -> {b.default}", False)


def diff(old: griffe.Module, new: griffe.Module) -> list[Change]:
    """Every change to the public API from ``old`` to ``new``, breaking ones first."""
    before, after = surface(old), surface(new)
    changes = list(_breakage_changes(old, new, before, after))
    reported = {c.path for c in changes}
    added = after.items.keys() - before.items.keys()
    gone = before.items.keys() - after.items.keys()
    for path in sorted(added):
        item = after.items[path]
        if _parent(path) in added or path in reported:
            continue
        if item.what == "parameter" and item.default is None and "var" not in item.kind:
            continue  # griffe: "Parameter was added as required"
        breaking = item.what == "field" and item.default is None
        detail = _describe(path, item, after.items)
        if breaking:
            detail += " (required: constructing the model needs it)"
        changes.append(Change("added", path, item.what, detail, breaking))
    for path in sorted(gone):  # griffe's miss, if any, is still a removal
        if _parent(path) not in gone and path not in reported:
            changes.append(Change("removed", path, before.items[path].what, "removed", True))
    for path in sorted(before.items.keys() & after.items.keys()):
        changes.extend(_compare(path, before.items[path], after.items[path]))
    unique = list(dict.fromkeys(changes))
    return sorted(unique, key=lambda c: (not c.breaking, c.path, c.detail))


def _twin_key(path: str) -> tuple[str, str]:
    """Runes / AsyncRunes / RunesWithRawResponse / AsyncRunesWithRawResponse: one line."""
    head = re.match(r"\w+", path)
    if head is None:  # pragma: no cover - public names start with a word
        return path, ""
    match = _TWIN.match(head.group(0))
    base = match.group(2) if match else head.group(0)
    return base + path[head.end() :], head.group(0)


def grouped(changes: Iterable[Change]) -> list[tuple[Change, list[str]]]:
    """Changes with their sync/async/raw twins folded in: (first, other class names)."""
    groups: dict[tuple[object, ...], list[tuple[str, Change]]] = {}
    for c in changes:
        rest, head = _twin_key(c.path)
        groups.setdefault((c.change, c.what, rest, c.detail, c.breaking), []).append((head, c))
    out = []
    for members in groups.values():
        members.sort(key=lambda m: (len(m[0]), m[0]))  # Runes before AsyncRunes
        out.append((members[0][1], [head for head, _ in members[1:]]))
    return out


def render(change: Change, twins: list[str]) -> str:
    also = f" (also {', '.join(twins)})" if twins else ""
    sign = {"added": "+", "removed": "-", "changed": "~"}[change.change]
    detail = f": {change.detail}" if change.detail else ""
    return f"{sign} `{change.path}` {change.what} {change.change}{detail}{also}"


# --- the spec side -----------------------------------------------------------------------


@dataclass(frozen=True)
class SpecChange:
    operation: str
    where: str  # "operation", "parameter x (query)", "body", "200 $.items[].amount"
    detail: str
    #: for matching API changes: the Python name of a parameter, the JSON key of a field
    name: str = ""


def load_registry(path: Path) -> dict[str, Any]:
    """OPERATIONS of a generated ``_sdk/registry.py`` (plain data); {} when absent."""
    if not path.exists():
        return {}
    namespace: dict[str, Any] = {}
    try:
        exec(compile(path.read_text("utf-8"), str(path), "exec"), namespace)  # noqa: S102
    except Exception:  # noqa: BLE001 - an old registry that does not load: nothing to compare
        return {}
    return dict(namespace.get("OPERATIONS") or {})


def _walk(schema: Any, path: str) -> Iterator[tuple[str, Any, bool]]:
    """(JSON path, type, required) of every property below ``schema``."""
    if not isinstance(schema, dict):
        return
    required = set(schema.get("required") or ())
    for name, prop in (schema.get("properties") or {}).items():
        here = f"{path}.{name}"
        if isinstance(prop, dict):
            yield here, prop.get("type"), name in required
            yield from _walk(prop, here)
            if isinstance(prop.get("items"), dict):
                yield from _walk(prop["items"], here + "[]")
    if isinstance(schema.get("items"), dict) and path == "$":
        yield from _walk(schema["items"], "$[]")


def _schema_keys(old: Any, new: Any) -> str:
    """What differs at the top of two schemas, properties aside: ``maximum 60 -> 100``."""
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return f"{old} -> {new}" if old != new else ""
    skip = {"properties", "items", "required", "description"}
    keys = sorted((old.keys() | new.keys()) - skip)
    return ", ".join(
        f"{k} {old.get(k, '(none)')} -> {new.get(k, '(none)')}"
        for k in keys
        if old.get(k) != new.get(k)
    )


def _schema_changes(key: str, where: str, old: Any, new: Any) -> Iterator[SpecChange]:
    top = _schema_keys(old, new)
    if top:
        yield SpecChange(key, where, top)
    before = {p: (t, r) for p, t, r in _walk(old, "$")}
    after = {p: (t, r) for p, t, r in _walk(new, "$")}
    for path in sorted(before.keys() | after.keys()):
        leaf = path.rpartition(".")[2].removesuffix("[]")
        if path not in after:
            yield SpecChange(key, f"{where} {path}", "gone from the spec", leaf)
        elif path not in before:
            t, r = after[path]
            yield SpecChange(
                key, f"{where} {path}", f"added ({t}, {'required' if r else 'optional'})", leaf
            )
        else:
            (t0, r0), (t1, r1) = before[path], after[path]
            if t0 != t1:
                yield SpecChange(key, f"{where} {path}", f"JSON type {t0} -> {t1}", leaf)
            if r0 != r1:
                now = "required" if r1 else "optional"
                yield SpecChange(
                    key,
                    f"{where} {path}",
                    f"{now} now (was {'required' if r0 else 'optional'})",
                    leaf,
                )


def spec_changes(old: dict[str, Any], new: dict[str, Any]) -> list[SpecChange]:
    """Which operations, parameters, bodies and response schemas changed between two
    registries (every operation of a spec, ``$ref`` resolved, with its Python names)."""
    out: list[SpecChange] = []
    for key in sorted(new.keys() - old.keys()):
        out.append(SpecChange(key, "operation", "added"))
    for key in sorted(old.keys() - new.keys()):
        out.append(SpecChange(key, "operation", "removed"))
    for key in sorted(old.keys() & new.keys()):
        a, b = old[key], new[key]
        pa = {(p["in"], p["wire"]): p for p in a["params"]}
        pb = {(p["in"], p["wire"]): p for p in b["params"]}
        for loc, wire in sorted(pa.keys() | pb.keys()):
            where = f"parameter {wire} ({loc})"
            p0, p1 = pa.get((loc, wire)), pb.get((loc, wire))
            if p0 is None and p1 is not None:
                req = "required" if p1["required"] else "optional"
                out.append(SpecChange(key, where, f"added ({req})", p1["python"]))
            elif p1 is None and p0 is not None:
                out.append(SpecChange(key, where, "removed", p0["python"]))
            elif p0 is not None and p1 is not None:
                if p0["required"] != p1["required"]:
                    now = "required" if p1["required"] else "optional"
                    out.append(SpecChange(key, where, f"{now} now", p1["python"]))
                schema = _schema_keys(p0["schema"], p1["schema"])
                if schema:
                    out.append(SpecChange(key, where, schema, p1["python"]))
        if a.get("body") != b.get("body"):
            out.extend(_schema_changes(key, "body", a.get("body"), b.get("body")))
        ra, rb = a["responses"], b["responses"]
        for status in sorted(rb.keys() - ra.keys()):
            out.append(SpecChange(key, f"status {status}", "documented now"))
        for status in sorted(ra.keys() - rb.keys()):
            out.append(SpecChange(key, f"status {status}", "no longer documented"))
        for status in sorted(ra.keys() & rb.keys()):
            out.extend(_schema_changes(key, status, ra[status]["schema"], rb[status]["schema"]))
            if ra[status]["content_type"] != rb[status]["content_type"]:
                out.append(
                    SpecChange(
                        key,
                        status,
                        f"content type {ra[status]['content_type']} -> "
                        f"{rb[status]['content_type']}",
                    )
                )
    return out


def _camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", name) if part)


def _snake(name: str) -> str:
    s = re.sub(r"[^0-9A-Za-z]+", "_", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s).lower().strip("_")


def _methods(entry: dict[str, Any]) -> set[str]:
    """The public names of an operation's typed methods: Runes.balances_page, ..."""
    resource = _camel(str(entry.get("resource", "")))
    names = {str(entry.get("name", ""))}
    paging = entry.get("paging") or {}
    names |= {str(paging[k]) for k in ("all", "iter", "many") if paging.get(k)}
    classes = (
        resource,
        f"Async{resource}",
        f"{resource}WithRawResponse",
        f"Async{resource}WithRawResponse",
    )
    return {f"{c}.{n}" for c in classes for n in names}


def reached(
    change: SpecChange, api: list[Change], old: dict[str, Any], new: dict[str, Any]
) -> list[Change]:
    """The API changes a spec change shows up as (none: the SDK absorbed it)."""
    entry = new.get(change.operation) or old.get(change.operation) or {}
    methods = _methods(entry)
    if change.where == "operation":
        return [c for c in api if c.path in methods or _parent(c.path) in methods]
    if change.where.startswith("parameter "):
        return [c for c in api if c.path in {f"{m}({change.name})" for m in methods}]
    if change.name:  # a field: the model fields of that JSON key
        leaf = _snake(change.name)
        return [
            c for c in api if c.what == "field" and c.path.rpartition(".")[2] in (leaf, f"{leaf}_")
        ]
    return []


# --- trees, versions, baseline -----------------------------------------------------------


def git(root: Path, *args: str) -> str:
    proc = subprocess.run(
        [GIT, "-C", str(root), *args], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise ApiDiffError(f"git {' '.join(args)}: {proc.stderr.strip()}")
    return proc.stdout.strip()


def materialize(root: Path, ref: str, dest: Path) -> Path:
    """The ``client/`` folder of commit ``ref`` written under ``dest``; returns it."""
    proc = subprocess.run(
        [GIT, "-C", str(root), "archive", "--format=tar", ref, PACKAGE_DIR],
        capture_output=True,
        check=False,
    )
    if proc.returncode != 0:
        raise ApiDiffError(
            f"cannot read {PACKAGE_DIR} at {ref}: {proc.stderr.decode(errors='replace').strip()}"
        )
    with tempfile.TemporaryFile() as tar_file:
        tar_file.write(proc.stdout)
        tar_file.seek(0)
        with tarfile.open(fileobj=tar_file) as tar:
            tar.extractall(dest, filter="data")
    return dest / "client"


def base_tree(root: Path, dest: Path, ref: str = "HEAD") -> tuple[str, Path]:
    """(label, client folder) of ``ref``; without git or a commit, the tree as it is now
    (``make generate`` calls this before it replaces the generated folders)."""
    try:
        label = f"{ref} ({git(root, 'rev-parse', '--short', ref)})"
        return label, materialize(root, ref, dest)
    except ApiDiffError:
        shutil.copytree(
            root / PACKAGE_DIR,
            dest / PACKAGE_DIR,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        )
        return "the tree before this run", dest / "client"


def parse_version(text: str) -> tuple[int, int, int]:
    match = _VERSION.match(text)
    if match is None:
        raise ApiDiffError(f"version {text!r} is not MAJOR.MINOR.PATCH")
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def next_version(released: str, changes: list[Change]) -> str | None:
    """The lowest version semver allows after ``released`` for ``changes`` (None: any).
    0.x: a breaking change bumps the minor, anything else the patch; from 1.0 on, major
    for breaking and minor for the rest."""
    if not changes:
        return None
    major, minor, patch = parse_version(released)
    breaking = any(c.breaking for c in changes)
    if major == 0:
        return f"0.{minor + 1}.0" if breaking else f"0.{minor}.{patch + 1}"
    return f"{major + 1}.0.0" if breaking else f"{major}.{minor + 1}.0"


def project_version(root: Path) -> str:
    data = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))
    return str(data["project"]["version"])


def package_version(root: Path) -> str | None:
    """The package's version: ``VERSION`` in ``_constants.py`` (``__version__`` is that),
    or a literal ``__version__`` in ``__init__.py``."""
    for name, pattern in (
        ("_constants.py", r"^VERSION(?:: Final)? = ['\"]([^'\"]+)['\"]"),
        ("__init__.py", r"^__version__ = ['\"]([^'\"]+)['\"]"),
    ):
        path = root / PACKAGE_DIR / name
        if path.exists():
            match = re.search(pattern, path.read_text("utf-8"), re.MULTILINE)
            if match:
                return match.group(1)
    return None


def read_baseline(root: Path) -> tuple[str, str]:
    path = root / BASELINE
    if not path.exists():
        raise ApiDiffError(
            f"{BASELINE} is missing: record the last release with `make release-baseline`"
        )
    data = json.loads(path.read_text("utf-8"))
    return str(data["version"]), str(data["commit"])


def since_release(root: Path, tmp: Path) -> tuple[str, str, Path]:
    """(released version, commit, its client folder)."""
    version, commit = read_baseline(root)
    try:
        git(root, "cat-file", "-e", f"{commit}^{{commit}}")
    except ApiDiffError:
        raise ApiDiffError(
            f"{BASELINE}: commit {commit} (release {version}) is not in this clone's history; "
            "fetch it (`git fetch --unshallow`) or fix release.json"
        ) from None
    return version, commit, materialize(root, commit, tmp)


# --- reports ------------------------------------------------------------------------------


def api_section(changes: list[Change]) -> list[str]:
    if not changes:
        return ["  no change to the public Python API"]
    lines = []
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    for title, group in (("breaking", breaking), ("not breaking", other)):
        if group:
            folded = grouped(group)
            lines.append(f"  {title} ({len(folded)}):")
            lines += [f"    {render(c, twins)}" for c, twins in folded]
    return lines


def spec_section(
    specs: list[SpecChange], api: list[Change], old: dict[str, Any], new: dict[str, Any]
) -> list[str]:
    if not specs:
        return ["  no operation, parameter or schema changed"]
    lines: list[str] = []
    current = None
    for s in specs:
        if s.operation != current:
            current = s.operation
            lines.append(f"  {current}")
        hits = reached(s, api, old, new)
        if not hits:
            verdict = "absorbed by the SDK (no change to the Python API)"
        else:
            names = ", ".join(dict.fromkeys(f"`{c.path}`" for c, _ in grouped(hits)))
            kind = "breaking" if any(c.breaking for c in hits) else "not breaking"
            verdict = f"passed on to users, {kind}: {names}"
        lines.append(f"    {s.where}: {s.detail} -> {verdict}")
    return lines


def compare(old_client: Path, new_client: Path) -> tuple[list[Change], list[SpecChange], Any, Any]:
    old_reg = load_registry(old_client / "xverse_api/_sdk/registry.py")
    new_reg = load_registry(new_client / "xverse_api/_sdk/registry.py")
    api = diff(load_api(old_client), load_api(new_client))
    return api, spec_changes(old_reg, new_reg), old_reg, new_reg


def report(old_client: Path, new_client: Path, label: str) -> str:
    api, specs, old_reg, new_reg = compare(old_client, new_client)
    lines = [f"Public Python API of xverse_api, {label} -> working tree:"]
    lines += api_section(api)
    lines.append(f"Spec (operations of openapi.json), {label} -> working tree:")
    lines += spec_section(specs, api, old_reg, new_reg)
    return "\n".join(lines)


def changelog_entry(version: str, api: list[Change], specs: list[SpecChange]) -> str:
    """Markdown for CHANGELOG.md: Breaking / Added / Changed and the operations whose
    spec changed."""
    lines = [f"## {version}", ""]
    ops = sorted({s.operation for s in specs})
    if ops:
        lines += ["Spec changes in: " + ", ".join(f"`{op}`" for op in ops) + ".", ""]
    sections = (
        ("Breaking", [c for c in api if c.breaking]),
        ("Added", [c for c in api if not c.breaking and c.change == "added"]),
        ("Changed", [c for c in api if not c.breaking and c.change != "added"]),
    )
    for title, group in sections:
        if group:
            lines.append(f"### {title}")
            lines += [f"- {render(c, twins)[2:]}" for c, twins in grouped(group)]
            lines.append("")
    if not api:
        lines += ["No change to the public Python API.", ""]
    return "\n".join(lines)


def write_changelog(path: Path, entry: str) -> None:
    """Put ``entry`` first in ``path`` (after its preamble), replacing the entry of the
    same version."""
    version = entry.split(maxsplit=2)[1]  # "## 0.2.0" and "## 0.2.0 (unreleased)" alike
    text = path.read_text("utf-8") if path.exists() else "# Changelog\n\n"
    head, sep, rest = text.partition("\n## ")
    body = sep.lstrip("\n") + rest if sep else ""
    entries = re.split(r"(?m)^(?=## )", body)
    kept = [e for e in entries if e and e.split(maxsplit=2)[1] != version]
    path.write_text(
        head.rstrip("\n") + "\n\n" + entry.rstrip("\n") + "\n\n" + "".join(kept), "utf-8"
    )


# --- commands -----------------------------------------------------------------------------


def cmd_check(root: Path) -> int:
    current = project_version(root)
    declared = package_version(root)
    if declared != current:
        print(
            f"check-api: pyproject.toml says {current} but {PACKAGE_DIR}/__init__.py's "
            f"version (VERSION in _constants.py) is {declared}: set both to the same version",
            file=sys.stderr,
        )
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        released, commit, old_client = since_release(root, Path(tmp))
        api = diff(load_api(old_client), load_api(root / "client"))
    need = next_version(released, api)
    breaking = grouped(c for c in api if c.breaking)
    if parse_version(current) < parse_version(released):
        print(f"check-api: version {current} is lower than the release {released}", file=sys.stderr)
        return 1
    if need is not None and parse_version(current) < parse_version(need):
        why = (
            f"{len(breaking)} breaking change(s)"
            if breaking
            else f"{len(grouped(api))} non-breaking change(s)"
        )
        print(
            f"check-api: the public API has {why} since release {released} "
            f"(commit {commit[:12]}), and the version is still {current}.\n"
            f'Set version = "{need}" in pyproject.toml and VERSION = "{need}" in '
            f"{PACKAGE_DIR}/_constants.py (semver, 0.x: "
            f"{'minor for breaking' if breaking else 'patch for non-breaking'} changes), "
            "then add the entry with `make changelog`.",
            file=sys.stderr,
        )
        for c, twins in breaking:
            print(f"  {render(c, twins)}", file=sys.stderr)
        return 1
    summary = (
        "no change"
        if not api
        else f"{len(breaking)} breaking, {len(grouped(api)) - len(breaking)} other"
    )
    print(f"check-api: {current} vs release {released} ({summary}): version is fine")
    return 0


def cmd_changelog(root: Path, write: bool) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        released, _, old_client = since_release(root, Path(tmp))
        api, specs, _, _ = compare(old_client, root / "client")
    current = project_version(root)
    if current == released and not api and not specs:
        print(f"nothing changed since release {released}: no entry to write")
        return 0
    # the version set in pyproject.toml, else the one check-api will ask for
    # (a spec change the SDK absorbed still makes a patch release)
    absorbed = [Change("changed", "", "spec", "", breaking=False)]
    heading = current if current != released else str(next_version(released, api or absorbed))
    if current == released:
        heading += " (unreleased)"
    entry = changelog_entry(heading, api, specs)
    if write:
        write_changelog(root / CHANGELOG, entry)
        print(f"{CHANGELOG}: wrote the entry for {heading}")
    else:
        print(entry)
    return 0


def cmd_release(root: Path) -> int:
    version = project_version(root)
    commit = git(root, "rev-parse", "HEAD")
    if git(root, "status", "--porcelain", "--", "pyproject.toml", PACKAGE_DIR):
        raise ApiDiffError("commit the release first: release.json records HEAD")
    data = {
        "version": version,
        "commit": commit,
        "note": "the last release: make check-api compares the public API with this commit",
    }
    (root / BASELINE).write_text(json.dumps(data, indent=2) + "\n", "utf-8")
    print(f"{BASELINE}: release {version} at {commit[:12]}; commit it")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="apidiff.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="API and spec changes of the working tree against REF")
    rep.add_argument("ref", nargs="?", default="HEAD")
    sub.add_parser("check", help="the version bump semver asks for since the last release")
    log = sub.add_parser("changelog", help="the changelog entry since the last release")
    log.add_argument("--write", action="store_true", help=f"put it at the top of {CHANGELOG}")
    sub.add_parser("release", help=f"record the version and HEAD in {BASELINE}")
    args = parser.parse_args(argv[1:])
    try:
        if args.command == "report":
            with tempfile.TemporaryDirectory() as tmp:
                label, old_client = base_tree(ROOT, Path(tmp), args.ref)
                print(report(old_client, ROOT / "client", label))
            return 0
        if args.command == "check":
            return cmd_check(ROOT)
        if args.command == "changelog":
            return cmd_changelog(ROOT, args.write)
        return cmd_release(ROOT)
    except ApiDiffError as exc:
        print(f"apidiff: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
