"""Contains all the data models used in inputs/outputs"""

from .rune_balance_item import RuneBalanceItem
from .rune_balances_page import RuneBalancesPage

__all__ = (
    "RuneBalanceItem",
    "RuneBalancesPage",
)
