"""The README's quickstart as a script; `make typecheck` holds it to mypy --strict.

XVERSE_API_KEY=... python examples/quickstart.py bc1p... [bc1q... ...]
"""

from __future__ import annotations

import asyncio
import sys
from decimal import Decimal

from xverse_api import (
    AsyncXverse,
    RateLimitError,
    RuneBalance,
    RuneBalances,
    Xverse,
    XverseError,
)


def show(address: str) -> None:
    with Xverse() as client:  # key from $XVERSE_API_KEY
        balances: RuneBalances = client.runes.balances(address)
        print(f"{address} at block {balances.indexer_height}: {len(balances)} runes")
        for b in balances:
            exact: Decimal = b.decimal_amount
            raw: int = b.amount
            print(f"  {b.rune_name:<30} {b.rune_id:<14} {b}  (raw {raw}, {exact})")
        dog: RuneBalance | None = balances.get("840000:3")
        if dog is not None:
            print("DOG:", dog)
        page = client.runes.balances_page(address, offset=0, limit=60)  # exactly one request
        print(f"first page: {len(page.items)} of {page.total}")


async def many(addresses: list[str]) -> int:
    async with AsyncXverse(rate_limit=2.0) as client:  # trial keys allow about 2/s
        results = await client.runes.balances_many(addresses, concurrency=8)
    failures = 0
    for address, result in results.items():
        if isinstance(result, RateLimitError):
            print(f"{address}: rate limited, retry in {result.retry_after} s")
            failures += 1
        elif isinstance(result, XverseError):
            print(f"{address}: {result}")
            failures += 1
        else:
            print(f"{address}: {len(result)} runes")
    return failures


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    try:
        show(sys.argv[1])
    except XverseError as exc:
        sys.exit(f"error: {exc}")
    sys.exit(1 if asyncio.run(many(sys.argv[1:])) else 0)
