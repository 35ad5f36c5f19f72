"""Every default in one place."""

from __future__ import annotations

from typing import Final

from ._sdk.registry import AUTH as _AUTH

#: The provider's documented servers. The spec lists only mainnet; signet and testnet4
#: come from the provider's docs. No testnet3 host is documented.
SERVERS: Final[dict[str, str]] = {
    "mainnet": "https://api.secretkeylabs.io",
    "signet": "https://api-signet.secretkeylabs.io",
    "testnet4": "https://api-testnet4.secretkeylabs.io",
}

#: How the key goes out, from the spec's security scheme (``make generate`` writes it into
#: the registry): where ("header" or "query"), under which name, after which prefix
#: (``Bearer `` for HTTP bearer); None when the spec secures nothing.
AUTH: Final[tuple[str, str, str] | None] = (
    (_AUTH["in"], _AUTH["name"], _AUTH["prefix"]) if _AUTH else None
)
#: The header carrying the key (lower case; ``x-api-key`` for this provider's spec), also
#: when the key goes in the query: a second copy in a header is refused all the same.
API_KEY_HEADER: Final = AUTH[1].lower() if AUTH and AUTH[0] == "header" else "x-api-key"

ENV_API_KEY: Final = "XVERSE_API_KEY"
ENV_BASE_URL: Final = "XVERSE_BASE_URL"
ENV_LOG: Final = "XVERSE_LOG"

DEFAULT_TIMEOUT: Final = 30.0  # seconds, for every phase of a request
DEFAULT_MAX_RETRIES: Final = 2

#: Backoff between retries: min(INITIAL * 2**attempt, MAX) * (1 - JITTER * random()).
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
RETRY_JITTER: Final = 0.25
#: A server asking to wait longer than this is not waited for: RateLimitError is raised.
MAX_RETRY_AFTER: Final = 60.0
RETRY_STATUSES: Final = frozenset({408, 409, 429})  # and every 5xx

#: Paging: the largest page the spec allows, and a hard stop for runaway servers.
PAGE_LIMIT: Final = 60
MAX_PAGES: Final = 1000
#: The most one paged collection (``balances``, ``iter_balances``, one value of a
#: ``*_many``) may hold, whatever its pages say: items, and bytes of page bodies (after
#: decompression; never less than max_response_bytes, so one whole page always fits).
MAX_COLLECTION_ITEMS: Final = 250_000
MAX_COLLECTION_BYTES: Final = 128 * 1024 * 1024

DEFAULT_CONCURRENCY: Final = 8

#: The largest 2xx body read (after decompression): 64 MiB, about 250,000 balances.
#: Larger answers end in APIResponseValidationError; raise max_response_bytes= to allow.
DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
#: How much of a non-2xx body is read, for the error's message and ``.body``.
ERROR_PREFIX: Final = 64 * 1024
USER_AGENT: Final = "xverse-api-python"
#: The package version (``xverse_api.__version__``), here so the core reads it without
#: importing the public surface.
VERSION: Final = "0.2.0"
