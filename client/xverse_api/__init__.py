"""xverse-api: the Python SDK for the Xverse (SecretKeyLabs) rune-balances API."""

from ._generated.models import RuneBalanceItem, RuneBalancesPage

__all__ = ["RuneBalanceItem", "RuneBalancesPage"]
__version__ = "0.1.0"
