"""Contract-suite fixtures and the hypothesis profile every property here runs under.

The profile is registered (as "contract"), not loaded, so other suites keep their own
settings; the tests here apply it with ``@settings(CONTRACT)``.
"""

from __future__ import annotations

import pytest
from hypothesis import settings

from ._support import CONTRACT

settings.register_profile("contract", CONTRACT)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
