"""Schemathesis hooks: the spec's ``format: BitcoinAddress`` generates real mainnet addresses.

Loaded by the schemathesis CLI through ``SCHEMATHESIS_HOOKS=tests/schemathesis_hooks.py``
(see ``scripts/schemathesis_fake.py``); importing it registers the format, so in-process
suites can import it too. Without it, schemathesis would send arbitrary strings as
"valid" addresses and count the API's 400 for them as a failure.
"""

from __future__ import annotations

import sys
from pathlib import Path

import schemathesis
from hypothesis import strategies as st
from xverse_api.testing import DEFAULT_ADDRESSES

# The CLI loads this file by path, from any directory: make `tests` importable.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from tests.strategies import bitcoin_addresses  # noqa: E402 (needs the path above)

__all__ = ["spec_addresses"]


def spec_addresses() -> st.SearchStrategy[str]:
    """Valid mainnet addresses of every kind, the default data set's drawn often.

    The fake's seeded addresses make generated requests find balances too, not only
    the empty list every other valid address holds.
    """
    return st.sampled_from(DEFAULT_ADDRESSES) | bitcoin_addresses("mainnet")


schemathesis.openapi.format("BitcoinAddress", spec_addresses())
