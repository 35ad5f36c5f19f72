"""Shared fixtures: the vendored spec and its one operation, read once."""

from __future__ import annotations

import json
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
