"""What a run showed: per-operation results, the console table and the JUnit XML."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final
from xml.etree import ElementTree as ET

from .._constants import ENV_API_KEY
from ._check import Violation, _clip

if TYPE_CHECKING:
    from rich.console import Console


__all__ = [
    "OperationResult",
    "Report",
    "check_report_path",
    "print_report",
    "write_junit",
    "write_junit_error",
]

KEY_REFUSED: Final = "the API key was refused ({statuses}): check " + ENV_API_KEY + " or --api-key"
NO_SUCCESS: Final = "no 2xx answer was seen, so no success body was checked"


@dataclass
class OperationResult:
    """What one operation's answers showed."""

    key: str
    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    no_answer: int = 0
    violations: Counter[Violation] = field(default_factory=Counter)

    @property
    def conformant(self) -> bool:
        return not self.violations

    def add(self, violation: Violation, redact: Callable[[str], str]) -> None:
        """Count ``violation`` (the same one from many answers is listed once)."""
        clean = replace(
            violation, message=redact(violation.message), request=redact(violation.request)
        )
        self.violations[clean] += 1

    @property
    def succeeded(self) -> bool:
        """Whether some answer was a 2xx (so a success body was checked)."""
        return any(200 <= status < 300 for status in self.statuses)

    def statuses_text(self) -> str:
        seen = [f"{s}x{n}" for s, n in sorted(self.statuses.items())]
        if self.no_answer:
            seen.append(f"no answer x{self.no_answer}")
        return ", ".join(seen) or "-"


@dataclass
class Report:
    """A whole run: per-operation results, in the spec's order."""

    base_url: str
    results: list[OperationResult]
    elapsed: float = 0.0
    stopped: str | None = None  # why the run ended before its plan did
    unreachable: str | None = None  # why no answer came at all

    @property
    def requests(self) -> int:
        return sum(r.requests for r in self.results)

    @property
    def violations(self) -> list[Violation]:
        return sorted(v for r in self.results for v in r.violations)

    @property
    def succeeded(self) -> bool:
        """Whether any operation got a 2xx answer: without one no success body was
        checked, and the run is not called conformant."""
        return any(r.succeeded for r in self.results)

    @property
    def refused(self) -> str | None:
        """Why the key was refused (``"the API key was refused (401): ..."``) when every
        answer of the run was a 401 or a 403: then nothing was checked."""
        seen = Counter[int]()
        for result in self.results:
            seen.update(result.statuses)
        if not seen or not set(seen) <= {401, 403}:
            return None
        return KEY_REFUSED.format(statuses=", ".join(map(str, sorted(seen))))

    @property
    def exit_code(self) -> int:
        if self.unreachable is not None or self.refused is not None:
            return 2
        return 1 if self.violations or not self.succeeded else 0


def print_report(console: Console, report: Report, out: IO[str]) -> None:
    """The per-operation table, then one line per distinct violation."""
    from rich.table import Table  # noqa: PLC0415

    table = Table(title=f"conformance of {report.base_url}", title_justify="left")
    table.add_column("Operation", no_wrap=True)
    table.add_column("Requests", justify="right")
    table.add_column("Statuses")
    table.add_column("Violations", justify="right")
    table.add_column("Result")
    for result in report.results:
        outcome = "ok" if result.conformant else "FAIL"
        if not result.requests:
            outcome = "not run"
        elif result.conformant and not result.succeeded:
            outcome = "no 2xx"  # a warning; the whole run fails only when no 2xx came at all
        table.add_row(
            result.key,
            str(result.requests),
            result.statuses_text(),
            str(len(result.violations)),
            outcome,
        )
    console.print(table)
    out.flush()
    for result in report.results:
        for violation, count in sorted(result.violations.items(), key=lambda vc: vc[0]):
            times = f" ({count} of {result.requests} answers)" if count > 1 else ""
            out.write(violation.line() + times + "\n")
    if report.succeeded:
        for result in report.results:
            if result.requests and not result.succeeded:
                out.write(
                    f"warning: {result.key}: no 2xx answer ({result.statuses_text()}), "
                    "so its success body was not checked\n"
                )
    findings = [_plural(len(report.violations), "violation")] if report.violations else []
    if not report.succeeded:
        findings.append(NO_SUCCESS)
    summary = f"{_plural(report.requests, 'request')} in {report.elapsed:.1f} s: " + (
        "; ".join(findings) or "conformant"
    )
    if report.stopped:
        summary += f"; stopped early: {report.stopped}"
    out.write(summary + "\n")
    out.flush()


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def write_junit(report: Report, path: str | Path) -> None:
    """JUnit XML: one testcase per operation, its violations in the failure.

    An operation that got answers but no 2xx fails too when no operation got one (no
    success body was checked at all); otherwise its output carries a warning.
    """
    suite = ET.Element(
        "testsuite",
        name="xverse-api conformance",
        tests=str(len(report.results)),
        failures="0",
        skipped="0",
        time=f"{report.elapsed:.3f}",
    )
    failures = skipped = 0
    for result in report.results:
        case = ET.SubElement(suite, "testcase", classname="conformance", name=result.key)
        out = f"{result.requests} requests; statuses: {result.statuses_text()}"
        no_success = bool(result.requests) and not result.succeeded
        if no_success and report.succeeded:
            out += "; warning: no 2xx answer, so its success body was not checked"
        ET.SubElement(case, "system-out").text = out
        if result.violations:
            failures += 1
            failure = ET.SubElement(
                case,
                "failure",
                message=_plural(len(result.violations), "violation"),
                type="conformance",
            )
            failure.text = "\n".join(v.line() for v in sorted(result.violations))
        elif no_success and not report.succeeded:
            failures += 1
            ET.SubElement(case, "failure", message=NO_SUCCESS, type="no-2xx")
        elif not result.requests:
            skipped += 1
            ET.SubElement(case, "skipped", message="no request was sent (budget or time bound)")
    suite.set("failures", str(failures))
    suite.set("skipped", str(skipped))
    tree = ET.ElementTree(suite)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def write_junit_error(path: str | Path, message: str, elapsed: float = 0.0) -> None:
    """JUnit XML for a run that checked nothing: one testcase whose ``<error>`` says why
    (the server cannot be reached, the key was refused, a usage error)."""
    suite = ET.Element(
        "testsuite",
        name="xverse-api conformance",
        tests="1",
        failures="0",
        errors="1",
        skipped="0",
        time=f"{elapsed:.3f}",
    )
    case = ET.SubElement(suite, "testcase", classname="conformance", name="conformance run")
    ET.SubElement(case, "error", message=_clip(message), type="error").text = message
    tree = ET.ElementTree(suite)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def check_report_path(path: str | Path) -> Path:
    """``path`` if a JUnit report can be written there, checked by writing one (an
    ``<error>`` "the run did not finish", replaced when it does): so a run that cannot
    keep its report stops before sending anything, and a killed run leaves a
    well-formed report. ``ValueError`` says why not (no such directory, a directory,
    not writable)."""
    target = Path(path)
    if target.is_dir():
        raise ValueError(f"{str(path)!r} is a directory; name a file in it")
    if not target.parent.is_dir():
        raise ValueError(f"{str(path)!r}: the directory {str(target.parent)!r} does not exist")
    try:
        write_junit_error(target, "the run did not finish (interrupted, or it crashed)")
    except OSError as exc:
        raise ValueError(f"{str(path)!r} cannot be written: {exc.strerror or exc}") from None
    return target
