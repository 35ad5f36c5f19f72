"""xverse-api: the Python SDK for the Xverse (SecretKeyLabs) rune-balances API.

    from xverse_api import Xverse

    with Xverse() as client:                      # key from $XVERSE_API_KEY
        for balance in client.runes.balances("bc1p..."):
            print(balance.rune_name, balance)     # DOG•GO•TO•THE•MOON 31,427.48244 🐕

Every operation of the vendored ``openapi.json`` is a typed method of a resource
(``client.runes.balances_page``) and an entry of ``client.operations`` (``"GET /path"``).
Models (``RuneBalance``, ``RuneBalancePage``, …) are generated from the spec by
``make generate`` and load on first use. The stock openapi-python-client package is in
``xverse_api._generated``; its attrs models are re-exported as ``RuneBalancesPage`` and
``RuneBalanceItem``.
"""

from typing import TYPE_CHECKING

from ._address import is_valid_address, validate_address
from ._client import AsyncXverse, Network, Xverse
from ._constants import SERVERS, VERSION
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    InvalidAddressError,
    InvalidParameterError,
    NotFoundError,
    PagingLimitError,
    RateLimitError,
    UnknownOperationError,
    XverseError,
)
from ._operations import validate_rune_id
from ._resources import RawResponse
from ._sdk import models as _sdk_models
from ._sdk import resources as _sdk_resources
from ._sdk.resources import *  # noqa: F403 - every typed resource (Runes, AsyncRunes, Ordinals, ...)

if TYPE_CHECKING:
    from ._generated.models import RuneBalanceItem, RuneBalancesPage
    from ._sdk.models import *  # noqa: F403 - every model make generate wrote
    from ._sdk.models import RuneBalance, RuneBalancePage, RuneBalances

__version__ = VERSION

# Loaded on first use, so `import xverse_api` stays light: the models pull in msgspec,
# the stock generated models attrs. The client loads them on its first request anyway.
_LAZY = {
    "RuneBalanceItem": "._generated.models",
    "RuneBalancesPage": "._generated.models",
}


def _lazy() -> dict[str, str]:
    """Every model make generate wrote (a new operation's too), beside the named ones."""
    from ._sdk.registry import MODELS  # noqa: PLC0415 - plain data

    return dict.fromkeys(MODELS, "._sdk.models") | _LAZY


def __getattr__(name: str) -> object:
    lazy = _lazy()
    if name in lazy:
        import importlib  # noqa: PLC0415

        value = getattr(importlib.import_module(lazy[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'xverse_api' has no attribute {name!r}")


def __dir__() -> list[str]:
    """What users import: the public names and every model (not the module's internals)."""
    return sorted(set(__all__) | set(_lazy()))


__all__ = [
    "SERVERS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncXverse",
    "AuthenticationError",
    "BadRequestError",
    "InternalServerError",
    "InvalidAddressError",
    "InvalidParameterError",
    "Network",
    "NotFoundError",
    "PagingLimitError",
    "RateLimitError",
    "RawResponse",
    "RuneBalance",
    "RuneBalanceItem",
    "RuneBalancePage",
    "RuneBalances",
    "RuneBalancesPage",
    "UnknownOperationError",
    "Xverse",
    "XverseError",
    "__version__",
    "is_valid_address",
    "validate_address",
    "validate_rune_id",
]
__all__ += _sdk_resources.__all__  # whatever resources make generate wrote
__all__ += [n for n in _sdk_models.__all__ if n not in __all__]  # every model, loaded on first use
