"""xverse_api.pytest_plugin: the fixtures users get, loaded as users load them.

Every test here runs a pytest session of its own (pytester) in which the plugin comes
from the installed ``pytest11`` entry point, not from an import or a conftest line.
(This suite's own session runs with ``-p no:xverse_api``; see pyproject.toml.)
"""

from __future__ import annotations

import importlib.metadata

import pytest

pytest_plugins = ["pytester"]

ENTRY_POINT = "xverse_api"


def test_entry_point_is_registered() -> None:
    (entry,) = [
        e for e in importlib.metadata.entry_points(group="pytest11") if e.name == ENTRY_POINT
    ]
    assert entry.value == "xverse_api.testing.pytest_plugin"


def test_the_old_plugin_module_still_imports_the_same_names() -> None:
    from xverse_api import pytest_plugin  # noqa: PLC0415 - the pre-package path README users know
    from xverse_api.testing import pytest_plugin as plugin  # noqa: PLC0415

    assert pytest_plugin.__all__ == plugin.__all__
    for name in plugin.__all__:
        assert getattr(pytest_plugin, name) is getattr(plugin, name), name


def test_fixtures_are_listed(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--fixtures")
    for name in ("fake_xverse", "xverse_client", "async_xverse_client"):
        result.stdout.fnmatch_lines(
            [
                "*fixtures defined from xverse_api.testing.pytest_plugin*",
                f"{name} -- *pytest_plugin.py*",
            ]
        )


def test_client_fixture_is_wired_to_the_fake_and_never_sleeps(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import time

        import pytest
        from xverse_api import InternalServerError, RateLimitError, Xverse
        from xverse_api.testing import (
            DEFAULT_ADDRESS, MANY_RUNES_ADDRESS, MANY_RUNES_COUNT, FakeXverse, Fault
        )

        def test_balances(fake_xverse, xverse_client):
            assert isinstance(fake_xverse, FakeXverse)
            assert isinstance(xverse_client, Xverse)
            assert len(xverse_client.runes.balances(MANY_RUNES_ADDRESS)) == MANY_RUNES_COUNT
            assert [r.address for r in fake_xverse.requests] == [MANY_RUNES_ADDRESS]

        def test_retries_do_not_sleep(fake_xverse, xverse_client):
            started = time.monotonic()
            fake_xverse.add_fault(Fault.html(502), times=3)  # 0.5 s + 1 s of backoff by default
            with pytest.raises(InternalServerError):
                xverse_client.runes.balances(DEFAULT_ADDRESS)
            fake_xverse.add_fault(Fault.html(502), times=2)
            assert len(xverse_client.runes.balances(DEFAULT_ADDRESS)) == 5
            assert len(fake_xverse.requests) == 3 + 3
            assert time.monotonic() - started < 0.5

        def test_a_429_does_not_slow_what_follows(fake_xverse, xverse_client):
            started = time.monotonic()
            fake_xverse.add_fault(Fault.rate_limited(0))  # Retry-After: 0
            for _ in range(4):
                xverse_client.runes.balances(DEFAULT_ADDRESS)
            assert len(fake_xverse.requests) == 5
            assert time.monotonic() - started < 0.5

        def test_retry_after_is_still_honoured(fake_xverse, xverse_client):
            fake_xverse.add_fault(Fault.rate_limited(120), times=3)
            with pytest.raises(RateLimitError) as info:
                xverse_client.runes.balances(DEFAULT_ADDRESS)
            assert info.value.retry_after == 120

        def test_each_test_gets_a_fresh_fake(fake_xverse):
            assert fake_xverse.requests == []
            assert fake_xverse.pending_faults == 0
        """
    )
    pytester.runpytest().assert_outcomes(passed=5)


def test_async_client_fixture(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import asyncio
        import time

        import pytest
        from xverse_api import AsyncXverse
        from xverse_api.testing import DEFAULT_ADDRESS, EMPTY_ADDRESS, Fault

        def test_async(fake_xverse, async_xverse_client):
            assert isinstance(async_xverse_client, AsyncXverse)
            fake_xverse.add_fault(Fault.html(503), times=2)

            async def go():
                async with async_xverse_client as client:
                    return await client.runes.balances_many([DEFAULT_ADDRESS, EMPTY_ADDRESS])

            started = time.monotonic()
            results = asyncio.run(go())
            assert time.monotonic() - started < 0.5
            assert [len(r) for r in results.values()] == [5, 0]

        @pytest.mark.anyio
        async def test_under_anyio(async_xverse_client):
            page = await async_xverse_client.runes.balances_page(DEFAULT_ADDRESS)
            assert page.total == 5

        @pytest.fixture
        def anyio_backend():
            return "asyncio"
        """
    )
    pytester.runpytest().assert_outcomes(passed=2)


def test_overriding_the_fake_reaches_the_clients(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest
        from xverse_api.testing import FakeXverse

        @pytest.fixture
        def fake_xverse():
            return FakeXverse(honour_paging=True)  # pages like a future server
        """
    )
    pytester.makepyfile(
        """
        from xverse_api.testing import MANY_RUNES_ADDRESS

        def test_pages(fake_xverse, xverse_client):
            assert len(xverse_client.runes.balances(MANY_RUNES_ADDRESS)) == 150
            assert len(fake_xverse.requests) == 3
        """
    )
    pytester.runpytest().assert_outcomes(passed=1)


def test_environment_does_not_redirect_the_fixtures(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XVERSE_BASE_URL", "http://127.0.0.1:9/nowhere")
    monkeypatch.setenv("XVERSE_API_KEY", "a-real-key-that-must-not-be-used")
    pytester.makepyfile(
        """
        from xverse_api.pytest_plugin import FAKE_BASE_URL
        from xverse_api.testing import DEFAULT_ADDRESS

        def test_env(fake_xverse, xverse_client):
            assert str(xverse_client.base_url).rstrip("/") == FAKE_BASE_URL
            xverse_client.runes.balances(DEFAULT_ADDRESS)
            assert fake_xverse.requests[0].api_key == "valid"
        """
    )
    pytester.runpytest().assert_outcomes(passed=1)


def test_client_for_takes_options(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest
        from xverse_api import AuthenticationError, InternalServerError
        from xverse_api.pytest_plugin import async_client_for, client_for
        from xverse_api.testing import DEFAULT_ADDRESS, FakeXverse, Fault

        def test_no_retries(fake_xverse):
            fake_xverse.add_fault(Fault.html(502))
            with client_for(fake_xverse, max_retries=0) as client:
                with pytest.raises(InternalServerError):
                    client.runes.balances(DEFAULT_ADDRESS)
            assert len(fake_xverse.requests) == 1

        def test_another_fake():
            fake = FakeXverse({DEFAULT_ADDRESS: []}, api_key="k2", network="mainnet")
            assert len(client_for(fake).runes.balances(DEFAULT_ADDRESS)) == 0
            with pytest.raises(AuthenticationError):
                client_for(fake, api_key="wrong").runes.balances(DEFAULT_ADDRESS)
            assert async_client_for(fake).max_retries == 2
        """
    )
    pytester.runpytest().assert_outcomes(passed=2)


def test_failures_in_users_tests_are_reported(pytester: pytest.Pytester) -> None:
    """The fixtures do not swallow failures: a wrong expectation fails the user's test."""
    pytester.makepyfile(
        """
        from xverse_api.testing import DEFAULT_ADDRESS

        def test_wrong(xverse_client):
            assert len(xverse_client.runes.balances(DEFAULT_ADDRESS)) == 6
        """
    )
    pytester.runpytest().assert_outcomes(failed=1)


def test_can_be_disabled_by_name(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_x(fake_xverse):\n    pass\n")
    result = pytester.runpytest("-p", f"no:{ENTRY_POINT}")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'fake_xverse' not found*"])


def test_a_fresh_interpreter_loads_it_from_the_entry_point(pytester: pytest.Pytester) -> None:
    """As a user's `pytest` run finds it: a new process, nothing imported beforehand."""
    pytester.makepyfile(
        """
        from xverse_api.testing import DEFAULT_ADDRESS

        def test_it(xverse_client):
            assert xverse_client.runes.balances(DEFAULT_ADDRESS).get("840000:3") is not None
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
