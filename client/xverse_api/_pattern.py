"""JSON Schema ``pattern``s from the spec, run where a hostile one can do no harm.

The spec is untrusted input: ``^(a+)+$`` takes Python's backtracking ``re`` seconds per
call (holding the GIL, so every thread stops), and ``^\\p{L}+$`` (valid ECMA-262) makes it
raise ``re.error``. Patterns run on RE2 (google-re2) instead: time linear in the text
whatever the pattern, memory capped, ``\\p{L}`` understood. A pattern RE2 cannot run
(a lookaround, a backreference, a malformed one, or RE2 missing) is not run at all: the
value passes that check, with one warning per pattern; the server still checks its
own input. The SDK's argument checks (``_operations``) and the fake
(``testing/_spec.py``) share this one runner.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Final

__all__ = ["MAX_PATTERN_LENGTH", "matches"]

logger: Final = logging.getLogger("xverse_api")

#: A longer pattern is not run (no spec needs one; each compiled one is kept).
MAX_PATTERN_LENGTH: Final = 4096
#: RE2's memory budget for one compiled pattern (its default is 8 MiB).
_MAX_MEM: Final = 1 << 20


@functools.lru_cache(maxsize=512)
def _compiled(pattern: str) -> Callable[[str], bool] | None:
    """``pattern``'s search, or None (with one warning) when it cannot run safely."""
    why = None
    if len(pattern) > MAX_PATTERN_LENGTH:
        why = f"it is longer than {MAX_PATTERN_LENGTH} characters"
    else:
        try:
            import re2  # type: ignore[import-untyped]  # noqa: PLC0415 - loaded on first use
        except ImportError:  # pragma: no cover - a dependency; missing only if broken
            why = "google-re2 is not installed"
        else:
            options = re2.Options()
            options.max_mem = _MAX_MEM
            options.log_errors = False
            try:
                regex = re2.compile(pattern, options)
            except Exception as exc:  # noqa: BLE001 - re2's own error type, and bad input
                text = exc.args[0] if exc.args else exc
                if isinstance(text, bytes):
                    text = text.decode("utf-8", "replace")
                why = f"RE2 cannot run it ({text})"
            else:

                def search(value: str) -> bool:
                    try:
                        return regex.search(value) is not None
                    except UnicodeEncodeError:  # a lone surrogate: no UTF-8 text matches it
                        return False

                return search
    logger.warning(
        "the spec's pattern %.80r is not checked: %s; the server checks its own input",
        pattern,
        why,
    )
    return None


def matches(pattern: object, value: str) -> bool:
    """Whether ``value`` matches the spec's ``pattern`` (searched, as JSON Schema does).

    True also when the pattern cannot be run safely (see the module's doc), so a hostile
    or unsupported pattern never refuses a value, never hangs and never raises.
    """
    if not isinstance(pattern, str):
        return True
    search = _compiled(pattern)
    return True if search is None else search(value)
