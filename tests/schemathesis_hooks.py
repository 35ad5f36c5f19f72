"""Schemathesis hooks: ``format: BitcoinAddress`` generates real mainnet addresses, and a
secured operation may answer 401 to a request without a valid key, documented or not.

Loaded by the schemathesis CLI through ``SCHEMATHESIS_HOOKS=tests/schemathesis_hooks.py``
(see ``scripts/schemathesis_fake.py``); importing it registers the format, so in-process
suites can import it too. Without it, schemathesis would send arbitrary strings as
"valid" addresses and count the API's 400 for them as a failure.

The 401: schemathesis checks authentication itself (``ignored_auth`` sends requests
without the key and expects 401 or 403), but ``status_code_conformance`` then flags that
401 as undocumented on an operation whose spec lists only, say, 200 and 404. Every
operation under the API-key scheme answers a missing or refused key before anything
else, whatever its spec page lists, so such a 401 is dropped (:func:`keep_failure`),
for operations the registry marks ``security`` only and for no other status.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import strategies as st
from xverse_api._address import is_valid_address
from xverse_api._sdk.registry import OPERATIONS
from xverse_api.testing import DEFAULT_ADDRESSES

# The CLI loads this file by path, from any directory: make `tests` importable.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from tests.strategies import bitcoin_addresses  # noqa: E402 (needs the path above)

__all__ = ["keep_failure", "spec_addresses", "valid_addresses"]


def spec_addresses() -> st.SearchStrategy[str]:
    """Valid mainnet addresses of every kind, the default data set's drawn often.

    The fake's seeded addresses make generated requests find balances too, not only
    the empty list every other valid address holds.
    """
    return st.sampled_from(DEFAULT_ADDRESSES) | bitcoin_addresses("mainnet")


schemathesis.openapi.format("BitcoinAddress", spec_addresses())


def keep_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    """False for an "undocumented status code" failure that is a 401 of a secured
    operation (the registry's ``security``); True for every other failure."""
    if getattr(failure, "code", None) != "ST103" or getattr(failure, "status_code", None) != 401:
        return True
    entry = OPERATIONS.get(f"{case.operation.method.upper()} {case.operation.path}")
    return not (entry is not None and entry["security"])


schemathesis.hook("filter_failure")(keep_failure)


def _address_names(operation: Any) -> set[str]:
    """The names of ``operation``'s path parameters with ``format: BitcoinAddress``, read
    from the operation schemathesis is drawing for (its own document), never from our
    registry by path: another spec may hold the same path with a plain string there."""
    names: set[str] = set()
    for parameter in getattr(operation, "path_parameters", None) or ():
        definition = getattr(parameter, "definition", None) or {}
        schema = definition.get("schema") or {}
        if isinstance(schema, dict) and schema.get("format") == "BitcoinAddress":
            names.add(str(definition.get("name", "")))
    return names


def valid_addresses(context: Any, path_parameters: dict[str, Any] | None) -> bool:
    """Schemathesis draws an operation's path parameters as one object when it has
    several, and then does not apply the registered format strategy: a case whose
    ``BitcoinAddress`` parameter is no address at all is not schema-valid for this API,
    so it is filtered out (negative testing still sends such values)."""
    names = _address_names(getattr(context, "operation", None))
    values = path_parameters or {}
    return all(is_valid_address(str(values[n])) for n in names if n in values)


schemathesis.hook("filter_path_parameters")(valid_addresses)
