"""Conformance: a transient 5xx is asked once more before it counts, and a violation names
the request that produced it (issue 19 item 23)."""

from __future__ import annotations

from xverse_api import conformance
from xverse_api.testing import DEFAULT_API_KEY, FakeXverse, Fault

RUNES = "GET /v1/ordinals/address/{address}/runes"


def run(fake: FakeXverse, requests: int) -> conformance.Report:
    return conformance.run(
        "http://fake.test",
        api_key=DEFAULT_API_KEY,
        operations=[RUNES],
        max_requests=requests,
        transport=fake.transport(),
        sleep=lambda _: None,
    )


def test_one_transient_502_does_not_fail_the_run() -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.html(502), times=1)
    report = run(fake, 2)
    assert report.exit_code == 0, [v.line() for v in report.violations]
    (result,) = report.results
    assert result.requests == 3  # the 502's request was asked once more
    assert result.statuses[502] == 0


def test_a_persistent_5xx_counts_and_names_its_request() -> None:
    fake = FakeXverse()
    fake.add_fault(Fault.html(502), times=2)
    report = run(fake, 1)
    assert report.exit_code == 1
    (violation,) = report.violations
    assert violation.status == 502
    assert violation.request.startswith("GET /v1/ordinals/address/")
    assert violation.line().endswith(f"(request: {violation.request})")
    assert DEFAULT_API_KEY not in violation.line()
