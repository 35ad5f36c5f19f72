"""The fake's request log is bounded in bytes as well as in count (issue 18, "fake
server"): 150 requests with 98 headers of 60 KB each no longer keep 880 MB."""

from __future__ import annotations

import pytest
from xverse_api.testing import DEFAULT_ADDRESS, FakeXverse
from xverse_api.testing import _fake as fake_module

PATH = f"/v1/ordinals/address/{DEFAULT_ADDRESS}/runes"


def _send(fake: FakeXverse, headers: list[tuple[str, str]], times: int) -> None:
    for _ in range(times):
        fake.handle("GET", PATH, "", [("x-api-key", fake.api_key), *headers])


def _kept(fake: FakeXverse) -> int:
    return sum(fake_module._size(r) for r in fake.requests)


def test_the_issues_probe_huge_headers_keep_the_log_under_its_byte_bound() -> None:
    fake = FakeXverse()
    big = [(f"x-pad-{i}", "v" * 60_000) for i in range(98)]
    _send(fake, big, 150)
    one = 98 * 60_000
    assert _kept(fake) <= fake_module._MAX_RECORDED_BYTES
    assert len(fake.requests) == fake_module._MAX_RECORDED_BYTES // one
    assert fake.requests[-1].header("x-pad-97") == "v" * 60_000  # the newest are kept


def test_the_oldest_go_first_and_small_requests_are_all_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fake_module, "_MAX_RECORDED_BYTES", 1_000_000)
    fake = FakeXverse()
    _send(fake, [], 50)
    assert len(fake.requests) == 50
    _send(fake, [("x-pad", "v" * 300_000)], 5)
    kept = fake.requests
    assert _kept(fake) <= 1_000_000
    assert [r.header("x-pad") is not None for r in kept] == [True] * 3
    fake.reset()
    assert fake.requests == []
    _send(fake, [], 2)
    assert len(fake.requests) == 2


def test_the_count_bound_still_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fake_module, "_MAX_RECORDED", 10)
    fake = FakeXverse()
    _send(fake, [], 25)
    assert len(fake.requests) == 10


def test_one_request_larger_than_the_bound_is_still_recorded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fake_module, "_MAX_RECORDED_BYTES", 1000)
    fake = FakeXverse()
    _send(fake, [("x-pad", "v" * 5000)], 3)
    assert len(fake.requests) == 1
