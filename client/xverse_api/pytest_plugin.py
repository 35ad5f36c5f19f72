"""The pytest plugin moved to :mod:`xverse_api.testing.pytest_plugin` (the ``pytest11``
entry point names it); this module keeps ``from xverse_api.pytest_plugin import ...``
working."""

from __future__ import annotations

from .testing.pytest_plugin import (
    FAKE_BASE_URL,
    async_client_for,
    async_xverse_client,
    client_for,
    fake_xverse,
    xverse_client,
)

__all__ = [
    "FAKE_BASE_URL",
    "async_client_for",
    "async_xverse_client",
    "client_for",
    "fake_xverse",
    "xverse_client",
]
