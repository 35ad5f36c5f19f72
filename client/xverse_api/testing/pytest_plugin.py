"""pytest fixtures for testing code that uses xverse-api, against the fake API.

Installed with the package and loaded by pytest on its own (a ``pytest11`` entry point,
like respx's ``respx_mock``): no import, no ``conftest.py`` line needed::

    from xverse_api.testing import DEFAULT_ADDRESS, Fault

    def test_retries(fake_xverse, xverse_client):
        fake_xverse.add_fault(Fault.html(502), times=2)  # two gateway errors, then the answer
        assert len(xverse_client.runes.balances(DEFAULT_ADDRESS)) == 5
        assert len(fake_xverse.requests) == 3             # and no real sleeping in between

Fixtures (each function-scoped, so every test starts afresh)
------------------------------------------------------------
``fake_xverse``
    A :class:`~xverse_api.testing.FakeXverse` seeded with the default data set. Override
    it in your ``conftest.py`` for another data set or options (``honour_paging=True``,
    ``rate_limit=...``); the client fixtures use whatever it returns.
``xverse_client``
    An :class:`~xverse_api.Xverse` wired to ``fake_xverse`` through its in-process
    transport (no sockets), closed after the test.
``async_xverse_client``
    The same as an :class:`~xverse_api.AsyncXverse` (use it from any asyncio test:
    pytest-asyncio, anyio or ``asyncio.run``).

Retries that do not sleep
-------------------------
The fixture clients keep ``max_retries=2`` (so retries are tested) but wait 0 s
between attempts: ``retry_delay=0`` makes the backoff 0, and a fixed, unlimited pace
(``rate_limit=math.inf``) means nothing is learnt from a 429 that would space later
requests. A server's ``Retry-After`` is still honoured, as it must be: queue 429s as
``Fault.rate_limited(0)``. The fake's own ``rate_limit=`` bucket always asks for at
least 1 s, so tests of real pacing do wait.

:func:`client_for` and :func:`async_client_for` build such a client for any fake, with
your own options on top (``client_for(fake, max_retries=0)``).
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final, cast

import httpx
import pytest

from .. import AsyncXverse, Xverse

if TYPE_CHECKING:
    from ._fake import FakeXverse

__all__ = [
    "FAKE_BASE_URL",
    "async_client_for",
    "async_xverse_client",
    "client_for",
    "fake_xverse",
    "xverse_client",
]

#: The base URL of the fixture clients. The in-process transport answers whatever the
#: host; ``.test`` is reserved (RFC 2606), so it can never reach a real server.
FAKE_BASE_URL: Final = "https://fake-xverse.test"


def _options(fake: FakeXverse, options: dict[str, Any]) -> dict[str, Any]:
    return {
        "api_key": fake.api_key,
        "base_url": FAKE_BASE_URL,  # explicit, so $XVERSE_BASE_URL cannot redirect tests
        "network": cast(Any, fake.network),  # the fake's networks are the client's
        "retry_delay": 0.0,  # backoff 0 s between attempts
        "rate_limit": math.inf,  # a fixed, unlimited pace: nothing learnt from 429s
        **options,
    }


def client_for(fake: FakeXverse, **options: Any) -> Xverse:
    """An :class:`Xverse` answered by ``fake`` in-process, whose retries do not sleep.

    ``options`` go to :class:`Xverse` and override the defaults above. The in-process
    transport holds no sockets: closing the client (or not) releases nothing.
    """
    return Xverse(**_options(fake, options), http_client=httpx.Client(transport=fake.transport()))


def async_client_for(fake: FakeXverse, **options: Any) -> AsyncXverse:
    """The :class:`AsyncXverse` twin of :func:`client_for`."""
    http = httpx.AsyncClient(transport=fake.async_transport())
    return AsyncXverse(**_options(fake, options), http_client=http)


@pytest.fixture
def fake_xverse() -> FakeXverse:
    """A fresh fake Xverse API with the default data set."""
    from ._fake import FakeXverse  # noqa: PLC0415 - pytest loads this plugin at start-up

    return FakeXverse()


@pytest.fixture
def xverse_client(fake_xverse: FakeXverse) -> Iterator[Xverse]:
    """An ``Xverse`` answered by ``fake_xverse`` in-process; retries do not sleep."""
    with client_for(fake_xverse) as client:
        yield client


@pytest.fixture
def async_xverse_client(fake_xverse: FakeXverse) -> Iterator[AsyncXverse]:
    """An ``AsyncXverse`` answered by ``fake_xverse`` in-process; retries do not sleep."""
    client = async_client_for(fake_xverse)
    yield client
    # The in-process transport holds no sockets and no event-loop state, so this
    # synchronous teardown can close it in a loop of its own, whatever loop the test used.
    asyncio.run(client.aclose())
