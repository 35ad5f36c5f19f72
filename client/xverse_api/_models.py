"""What the generated models (``_sdk/models.py``) are built on: no field is written here.

``make generate`` derives every model's fields, types and required-ness from openapi.json;
sdk.yaml declares what the spec cannot say (which strings are u128 amounts, which number
is a divisibility, friendly names, a base class such as :class:`RuneAmount`). This
module holds the generic pieces those declarations name:

- :class:`Model`, the msgspec base of every model (immutable, ``to_dict()``);
- :class:`RuneAmount`, the base sdk.yaml gives a model with ``amount``, ``divisibility``
  and ``symbol``: exact ``decimal_amount``, ``format_amount()``, ``str()``;
- :class:`Collected`, the read-only sequence a paging operation gathers into;
- the checks behind the declared types (``as_u128``, ``as_divisibility``, ``as_count``),
  which run in each model's ``__post_init__`` for decoded and hand-built objects alike;
- :func:`present`, which makes ``help()`` and ``inspect`` show the types users get.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, TypeVar, overload

import msgspec

from ._errors import InvalidParameterError

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = [
    "MAX_DIVISIBILITY",
    "NO_SYMBOL",
    "U128_MAX",
    "Collected",
    "Model",
    "RuneAmount",
    "as_count",
    "as_decimal",
    "as_divisibility",
    "as_i128",
    "as_u128",
    "lenient",
    "one_warning_per_field",
    "present",
    "to_decimal",
]

U128_MAX: Final = 2**128 - 1
MAX_DIVISIBILITY: Final = 38
NO_SYMBOL: Final = "¤"  # the Runes protocol's generic currency sign
_MAX_DIGITS: Final = 39  # len(str(U128_MAX))


class ModelValueError(InvalidParameterError):
    """A model field holds a value its declared type does not allow.

    Raised when a model is built by hand; inside a decode msgspec turns it into a
    validation error with the JSON path, which the client reports as
    ``APIResponseValidationError``.
    """


def _clip(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def as_u128(value: object, name: str) -> int:
    """An exact int in 0..2**128-1 from a JSON string of digits (or an int); judged by
    value, so leading zeros are fine, and never ``int()`` on a huge string."""
    if type(value) is str:
        if value.isdigit() and value.isascii() and len(value) <= _MAX_DIGITS:
            number = int(value)
        elif value.isdigit() and value.isascii() and len(value.lstrip("0")) <= _MAX_DIGITS:
            number = int(value.lstrip("0") or "0")
        else:
            number = -1
    elif type(value) is int:
        number = value
    else:
        number = -1
    if 0 <= number <= U128_MAX:
        return number
    raise ModelValueError(
        f"`{name}` is {_clip(value)}, not a whole number of the smallest unit in 0..2**128-1 "
        "(a string of digits or an int)"
    )


def as_i128(value: object, name: str) -> int:
    """An exact int in -2**127..2**127-1 (a signed amount, such as a net change) from a
    JSON string of digits with an optional ``-`` (or an int)."""
    number: object = None
    if type(value) is str:
        digits = value[1:] if value[:1] == "-" else value
        if digits.isdigit() and digits.isascii() and len(digits.lstrip("0")) <= _MAX_DIGITS:
            number = int(value[:1] + (digits.lstrip("0") or "0") if value[:1] == "-" else digits)
    elif type(value) is int:
        number = value
    if type(number) is int and -(2**127) <= number < 2**127:
        return number
    raise ModelValueError(
        f"`{name}` is {_clip(value)}, not a whole number in -2**127..2**127-1 "
        "(a string of digits with an optional '-', or an int)"
    )


_DECIMAL: Final = re.compile(r"-?(?:0|[0-9]+)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]{1,4})?", re.ASCII)


def as_decimal(value: object, name: str) -> Decimal:
    """An exact :class:`~decimal.Decimal` from a JSON string of a decimal number (or a
    JSON integer); never a float, never rounded by a decimal context."""
    from decimal import Decimal  # noqa: PLC0415 - keeps `import xverse_api` light

    if type(value) is str and len(value) <= 100 and _DECIMAL.fullmatch(value):
        return Decimal(value)
    if type(value) is int:
        return Decimal(value)
    if type(value) is Decimal and value.is_finite():
        return value
    raise ModelValueError(
        f"`{name}` is {_clip(value)}, not a decimal number (a string such as '0.0025')"
    )


def to_decimal(amount: int | None, divisibility: int) -> Decimal | None:
    """``amount`` smallest units as whole units, exactly (``None`` stays ``None``)."""
    from decimal import Decimal  # noqa: PLC0415

    if amount is None:
        return None
    sign = 1 if amount < 0 else 0
    return Decimal((sign, tuple(map(int, str(abs(amount)))), -divisibility))


def as_divisibility(value: object, name: str) -> int:
    """A whole number in 0..38 (a JSON number, ``5.0`` is 5, or a string of digits as some
    pages send it); ``None`` (absent) is 0."""
    number: object = value
    if value is None:
        return 0
    if (isinstance(value, float) and value.is_integer()) or (
        type(value) is str and value.isdigit() and value.isascii() and len(value) <= 2
    ):
        number = int(value)
    if type(number) is int and 0 <= number <= MAX_DIVISIBILITY:
        return number
    raise ModelValueError(
        f"`{name}` is {_clip(value)}, not a whole number in 0..{MAX_DIVISIBILITY}"
    )


def as_count(value: object, name: str) -> int:
    """A whole number >= 0 (a JSON number; ``60.0`` is 60)."""
    number: object = value
    if isinstance(value, float) and value.is_integer():
        number = int(value)
    if type(number) is int and number >= 0:
        return number
    raise ModelValueError(f"`{name}` is {_clip(value)}, not a whole number >= 0")


#: the (model, field) pairs already warned about in the answer being decoded
_WARNED: ContextVar[set[tuple[str, str]] | None] = ContextVar("xverse_api_warned", default=None)
_logger: Final = logging.getLogger("xverse_api")


@contextmanager
def one_warning_per_field() -> Iterator[None]:
    """While decoding one answer: a reconstructed field that differs is warned about once."""
    token = _WARNED.set(set())
    try:
        yield
    finally:
        _WARNED.reset(token)


def lenient(
    value: Any, typ: Any, check: Callable[[Any, str], Any] | None, name: str, model: str
) -> Any:
    """A field whose schema was reconstructed, not the provider's verbatim text
    (openapi.provenance.json): the value as its type when it fits, else the plain JSON
    value and one warning on the ``xverse_api`` logger naming the field."""
    if value is None:
        return None
    try:
        out = msgspec.convert(value, typ, strict=True)
        return check(out, name) if check is not None else out
    except (msgspec.ValidationError, ModelValueError, TypeError) as exc:
        warned = _WARNED.get()
        if warned is None or (model, name) not in warned:
            if warned is not None:
                warned.add((model, name))
            _logger.warning(
                "%s.%s differs from the spec, whose schema for it was reconstructed from the "
                "provider's docs (not its verbatim text): kept as sent (%s)",
                model,
                name,
                _clip(str(exc)),
            )
        return value


def present(cls: type[msgspec.Struct], **shown: Any) -> None:
    """Show users the types they get (``amount: int``) in ``help()``, ``inspect`` and
    ``typing.get_type_hints``, while decoding keeps the wire types.

    msgspec reads a struct's annotations once, when its first decoder is built; this
    builds it, then replaces the annotations that differ on the wire.
    """
    msgspec.json.Decoder(cls)
    cls.__annotations__ = {**cls.__annotations__, **shown}


class Model(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """Base of every model: immutable; ``to_dict()`` gives a JSON-ready dict."""

    def to_dict(self) -> dict[str, Any]:
        """Python names as keys; big ints (u128 amounts) as strings so no JSON reader
        rounds them; nested models as dicts."""
        out: dict[str, Any] = {}
        for name in self.__struct_fields__:
            out[name] = _plain(getattr(self, name))
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if type(value) is int and not -(2**53) <= value <= 2**53:
        return str(value)
    if value.__class__.__name__ == "Decimal":
        return str(value)
    return value


class RuneAmount(Model, frozen=True, kw_only=True, gc=False):
    """What a rune amount means: ``amount`` in the smallest unit, ``divisibility`` digits
    after the point, ``symbol`` (``¤`` when absent). Declared as a base in sdk.yaml."""

    if TYPE_CHECKING:
        amount: int
        divisibility: int
        symbol: str | None

    @property
    def decimal_amount(self) -> Decimal:
        """The amount in whole runes, exact: built from the digits, never rounded by a
        decimal context. Arithmetic on it uses the current context (28 digits by
        default): widen it with ``decimal.localcontext(prec=80)`` or use ``amount``."""
        from decimal import Decimal  # noqa: PLC0415 - keeps `import xverse_api` light

        return Decimal((0, tuple(map(int, str(self.amount))), -self.divisibility))

    @property
    def display_symbol(self) -> str:
        """The rune's symbol, or ``¤`` when it has none (as the protocol shows it)."""
        symbol = getattr(self, "symbol", None)
        return symbol if symbol else NO_SYMBOL

    def format_amount(self) -> str:
        """The amount with thousands separators and exactly ``divisibility`` decimals."""
        whole, frac = divmod(self.amount, 10**self.divisibility)
        if not self.divisibility:
            return f"{whole:,}"
        return f"{whole:,}.{frac:0{self.divisibility}d}"

    def __str__(self) -> str:
        return f"{self.format_amount()} {self.display_symbol}"

    def to_dict(self) -> dict[str, Any]:
        """As :meth:`Model.to_dict`, amounts as strings, plus the exact ``decimal_amount``."""
        out = super().to_dict()
        out["amount"] = str(self.amount)
        out["decimal_amount"] = format(self.decimal_amount, "f")  # never exponent form
        return out


T = TypeVar("T", bound=Model)


class _MissingKey(KeyError):
    """A key no item of a collection has: a ``KeyError`` whose message reads as a sentence."""

    def __str__(self) -> str:
        return str(self.args[0])


class Collected(Sequence[T], Generic[T]):
    """A read-only sequence gathered from every page of a paging operation.

    Generated subclasses (``RuneBalances``) add the context: the path parameter it was
    asked for and the page fields sdk.yaml keeps (``indexer_height``).
    """

    __slots__ = ("_items",)
    _fields: ClassVar[tuple[str, ...]] = ()
    _unique: ClassVar[tuple[str, ...]] = ()

    def __init__(self, items: Iterable[T]) -> None:
        self._items: tuple[T, ...] = tuple(items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    @overload
    def __getitem__(self, index: str | tuple[Any, ...]) -> T: ...
    def __getitem__(self, index: int | slice | str | tuple[Any, ...]) -> T | Sequence[T]:
        """By position (``[0]``, ``[1:3]``), or by the item's unique key, as ``get()``
        finds it (``balances["840000:3"]``; a tuple where the key has several parts).
        A key no item has raises ``KeyError`` naming the key and ``get()``."""
        if isinstance(index, int | slice):
            return self._items[index]
        if not self._unique:
            raise TypeError(f"{type(self).__name__} is indexed by position (an int or a slice)")
        key = index if isinstance(index, tuple) else (index,)
        found = self._get(*key)
        if found is None:
            shown = " and ".join(
                f"{name} {part!r}" for name, part in zip(self._unique, key, strict=False)
            )
            raise _MissingKey(
                f"no item with {shown} in this {type(self).__name__} of {len(self)}; "
                ".get() returns None instead of raising"
            )
        return found

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def _key(self) -> tuple[Any, ...]:
        return (*(getattr(self, f) for f in self._fields), self._items)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Collected)
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        context = "".join(f"{f}={getattr(self, f)!r}, " for f in self._fields)
        return f"{type(self).__name__}({context}{len(self._items)} items)"

    def _get(self, *key: object) -> T | None:
        for item in self._items:
            if tuple(getattr(item, u) for u in self._unique) == key:
                return item
        return None
