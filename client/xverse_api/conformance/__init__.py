"""``xverse-api conformance``: check a live server against the vendored ``openapi.json``.

::

    pip install 'xverse-api[conformance]'
    XVERSE_API_KEY=... xverse-api conformance --base-url https://api.secretkeylabs.io

For every operation of the spec (or the ones named with ``--operation "GET /path"``) it
sends valid requests: first the spec's defaults and examples and the real addresses the
user lists, then cases schemathesis generates from the spec (positive mode, fixed seed,
so the same requests every night). The operations, parameters and schemas are the
generated registry's (``xverse_api._sdk.registry``: ``make generate`` is the one reader
of the spec); schemathesis alone loads the packaged ``openapi.json``, to draw requests.
Every answer is checked against the spec: the
status is documented, the Content-Type is one documented for it, the body validates
against the documented JSON Schema (each violation named by its JSON path, e.g.
``$.items[0].amount``), and the SDK itself can decode it (:func:`sdk_decode`).

It stays under ``--rate-limit`` (default 2 requests/second, the trial keys), sends at
most ``--max-requests`` (default 50) and stops after ``--max-time`` seconds, so a nightly
run costs a known, small part of a quota. It never retries (every answer is judged);
after a 429 it waits as ``Retry-After`` asks.

Exit codes: 0 conformant; 1 violations, or no 2xx answer at all (no success body was
checked); 2 usage error, the server cannot be reached, or the API key was refused (every
answer a 401 or 403). With ``--junit-xml`` a report is written whatever the outcome. The
API key is checked as the SDK checks it before anything is sent, and never appears in
the output or the JUnit report (it is cut out of every line in every form the SDK's
redactor knows, bodies the server echoes included).

Only the standard library and httpx are imported with this package; schemathesis,
jsonschema and rich (the ``conformance`` extra) load when a run starts. The command
line only wires it up (:mod:`xverse_api.cli._conformance`).

Inside the package: ``_spec`` (the operations to check), ``_plan`` (what to send),
``_check`` (what the answers must be), ``_run`` (sending within the bounds) and
``_report`` (the console table and JUnit XML).
"""

from __future__ import annotations

from typing import Final

from ._check import Violation, _Validators, check_response, documented_response, sdk_decode
from ._plan import (
    Planned,
    _candidates,
    _formats_drawn_from,
    address_pool,
    example_addresses,
    generated_cases,
    network_of,
    plan_requests,
    spec_cases,
)
from ._report import (
    OperationResult,
    Report,
    check_report_path,
    print_report,
    write_junit,
    write_junit_error,
)
from ._run import (
    DEFAULT_MAX_REQUESTS,
    DEFAULT_MAX_TIME,
    DEFAULT_RATE_LIMIT,
    DEFAULT_REQUEST_TIMEOUT,
    DEFAULT_SEED,
    Redactor,
    check_base_url,
    check_key,
    run,
)
from ._spec import SPEC_RESOURCE, Operation, load_operations, load_spec, packaged_spec_path

__all__ = [
    "DEFAULT_MAX_REQUESTS",
    "DEFAULT_MAX_TIME",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_REQUEST_TIMEOUT",
    "DEFAULT_SEED",
    "INSTALL_HINT",
    "SPEC_RESOURCE",
    "Operation",
    "OperationResult",
    "Planned",
    "Redactor",
    "Report",
    "Violation",
    "_Validators",
    "_candidates",
    "_formats_drawn_from",
    "address_pool",
    "check_base_url",
    "check_key",
    "check_report_path",
    "check_response",
    "documented_response",
    "example_addresses",
    "generated_cases",
    "load_operations",
    "load_spec",
    "network_of",
    "packaged_spec_path",
    "plan_requests",
    "print_report",
    "run",
    "sdk_decode",
    "spec_cases",
    "write_junit",
    "write_junit_error",
]

INSTALL_HINT: Final = (
    "xverse-api conformance needs click, rich, schemathesis and jsonschema (the "
    "`conformance` extra); install them with: pip install 'xverse-api[conformance]'"
)
