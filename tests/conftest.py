"""Shared fixtures: the vendored spec and its one operation, read once."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.json"
RUNES_PATH = "/v1/ordinals/address/{address}/runes"


def load_spec() -> dict[str, Any]:
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="session")
def runes_operation(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"][RUNES_PATH]["get"]


def fresh(name: str, taken: Iterable[str]) -> str:
    """``name``, or ``name2``, ``name3``, ... : the first one not in ``taken`` (compared
    case-insensitively), so a fixture adding something to the spec never collides with
    what the spec already has."""
    used = {t.lower() for t in taken}
    candidates = (name if i == 1 else f"{name}{i}" for i in itertools.count(1))
    return next(c for c in candidates if c.lower() not in used)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The spec-change guard (tests/test_wire_types.py) runs first: after a spec change
    it is the failure that says what changed and where to act, so it leads the report."""
    items.sort(key=lambda item: item.path.name != "test_wire_types.py")
