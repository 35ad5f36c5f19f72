"""Bitcoin address checks: BIP-173/BIP-350 vectors, base58check, networks, messages."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from xverse_api import InvalidAddressError, is_valid_address, validate_address
from xverse_api._address import (
    NETWORKS,
    _cached_problem,
    encode_base58check,
    encode_segwit_address,
)

VALID_MAINNET = [
    "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch",  # the spec's default
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",  # BIP-173 P2WPKH
    "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",  # all upper case is allowed (lowered)
    "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",  # P2WSH
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",  # BIP-350 taproot
    "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",  # v1 40B
    "BC1SW50QGDZ25J",  # BIP-350 v16, 2-byte program
    "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",  # P2PKH
    "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",  # P2SH
]
VALID_TEST = [
    "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
    "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
    "mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn",
    "2MzQwSSnBHWHqSAqtTVQ6v47XtaisrJa1Vc",
]
# (address, a fragment the message must contain)
INVALID = [
    ("", "empty"),
    (".", "'.'"),
    ("..", "'.'"),
    (" bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch", "white space"),
    ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", "checksum"),
    ("bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxcH", "mixes upper and lower"),
    ("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P", "16-byte v0 program"),
    ("bc1rw5uspcuh", "wrong checksum type"),
    ("bc1zw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "checksum"),
    ("bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4", "'o' at position 59"),
    ("bc1" + "q" * 95, "at most 90"),
    ("bc1qqqqq", "too short"),
    (encode_segwit_address("bc", 1, b"\x01"), "1-byte witness program"),
    (encode_segwit_address("bc", 17, bytes(20)), "witness version 17"),
    (encode_segwit_address("tb", 0, bytes(20)), "signet or testnet4 address"),
    ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", "base58check checksum"),
    ("0BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "base58 does not use"),
    ("nope", "25"),
    ("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6z", "checksum"),
]


@pytest.mark.parametrize("address", VALID_MAINNET)
def test_valid_mainnet_addresses_pass_and_bech32_comes_back_in_lower_case(address: str) -> None:
    expected = address.lower() if address.lower().startswith("bc1") else address
    assert validate_address(address) == expected
    assert is_valid_address(address)


@pytest.mark.parametrize("address", VALID_TEST)
@pytest.mark.parametrize("network", ["signet", "testnet4"])
def test_test_network_addresses_pass_there_and_fail_on_mainnet(address: str, network: str) -> None:
    assert validate_address(address, network) == address
    with pytest.raises(InvalidAddressError, match="signet or testnet4 address, not mainnet"):
        validate_address(address)


def test_mainnet_address_on_a_test_network_names_the_right_network() -> None:
    with pytest.raises(InvalidAddressError, match=r"mainnet address, not signet.*'mainnet'"):
        validate_address(VALID_MAINNET[0], "signet")


@pytest.mark.parametrize(("address", "fragment"), INVALID)
def test_invalid_addresses_say_what_is_wrong(address: str, fragment: str) -> None:
    with pytest.raises(InvalidAddressError) as info:
        validate_address(address)
    assert fragment in str(info.value)
    assert isinstance(info.value, ValueError)
    assert info.value.address == address
    assert not is_valid_address(address)


def test_unknown_network_and_non_str_are_refused() -> None:
    with pytest.raises(InvalidAddressError, match="unknown network 'testnet3'"):
        validate_address(VALID_MAINNET[0], "testnet3")
    with pytest.raises(InvalidAddressError, match="not int"):
        validate_address(12345)  # type: ignore[arg-type]


def test_long_garbage_is_clipped_in_the_message() -> None:
    with pytest.raises(InvalidAddressError) as info:
        validate_address("x" * 500)
    assert len(str(info.value)) < 300


def test_base58_wrong_version_byte() -> None:
    other = encode_base58check(0x30, bytes(20))  # a Litecoin-style version byte
    with pytest.raises(InvalidAddressError, match="version byte 0x30"):
        validate_address(other)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(
    network=st.sampled_from(sorted(NETWORKS)),
    witver=st.integers(0, 16),
    program=st.binary(min_size=2, max_size=40),
    upper=st.booleans(),
)
def test_every_encoded_segwit_address_validates(
    network: str, witver: int, program: bytes, upper: bool
) -> None:
    if witver == 0 and len(program) not in (20, 32):
        program = program[:20].ljust(20, b"\0")
    address = encode_segwit_address(NETWORKS[network].hrp, witver, program)
    lower = address
    address = address.upper() if upper else address
    assert validate_address(address, network) == lower


@settings(max_examples=200, derandomize=True, deadline=None)
@given(
    network=st.sampled_from(sorted(NETWORKS)),
    p2sh=st.booleans(),
    payload=st.binary(min_size=20, max_size=20),
    flip=st.integers(0, 10_000),
)
def test_base58_round_trip_and_any_one_character_change_is_caught(
    network: str, p2sh: bool, payload: bytes, flip: int
) -> None:
    net = NETWORKS[network]
    address = encode_base58check(net.p2sh if p2sh else net.p2pkh, payload)
    assert validate_address(address, network) == address
    i = flip % len(address)
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    replacement = alphabet[(alphabet.index(address[i]) + 1 + flip % 57) % 58]
    changed = address[:i] + replacement + address[i + 1 :]
    assert not is_valid_address(changed, network)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(program=st.binary(min_size=20, max_size=20), pos=st.integers(4, 41), step=st.integers(1, 31))
def test_any_one_character_change_to_a_bech32_address_is_caught(
    program: bytes, pos: int, step: int
) -> None:
    address = encode_segwit_address("bc", 0, program)
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    replacement = charset[(charset.index(address[pos]) + step) % 32]
    assert not is_valid_address(address[:pos] + replacement + address[pos + 1 :])


# -- hostile input and wording (issue 10 rows 9 and 18, issue 12 item 9) -----------------


def test_a_million_characters_are_refused_before_any_decoding() -> None:
    huge = "1" + "2" * 10**6  # took 325 s of quadratic base58 maths before the length cap
    started = time.perf_counter()
    assert not is_valid_address(huge)
    with pytest.raises(InvalidAddressError, match=r"1000001 characters long; .* at most 90"):
        validate_address(huge)
    assert time.perf_counter() - started < 0.1  # generous: it is microseconds


@pytest.mark.parametrize(
    "garbage",
    [
        "x" * 91,
        "1" + "2" * 60,  # base58 characters, but longer than any base58 address
        "bc1 q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch",
        "\x1b[31mbc1q\x1b[0m",
        "bc1qé",
    ],
)
def test_implausible_input_is_refused_and_never_cached(garbage: str) -> None:
    _cached_problem.cache_clear()
    assert not is_valid_address(garbage)
    assert _cached_problem.cache_info().currsize == 0
    assert is_valid_address(VALID_MAINNET[0])  # a plausible one is remembered
    assert _cached_problem.cache_info().currsize == 1


def test_a_long_base58_lookalike_says_how_long_base58_gets() -> None:
    with pytest.raises(InvalidAddressError, match="61 characters long; a base58 address has"):
        validate_address("1" + "2" * 60)


@pytest.mark.parametrize("network", ["mainnet", "signet", "testnet4"])
def test_upper_case_bech32_is_normalised_and_base58_is_kept(network: str) -> None:
    hrp = NETWORKS[network].hrp
    address = encode_segwit_address(hrp, 1, bytes(range(32)))
    assert validate_address(address.upper(), network) == address
    base58 = encode_base58check(NETWORKS[network].p2pkh, bytes(range(20)))
    assert validate_address(base58, network) == base58


def test_a_test_network_address_on_mainnet_names_both_test_networks() -> None:
    address = encode_segwit_address("tb", 0, bytes(20))
    with pytest.raises(InvalidAddressError) as info:
        validate_address(address)
    error = info.value
    assert "signet or testnet4" in str(error)
    assert "network='signet' or network='testnet4'" in str(error)
    assert error.hint_networks == ("signet", "testnet4")
    assert error.hint_network == "signet"
    assert "network=" not in error.reason  # what a front end phrases in its own syntax
    # the reason says what is wrong without repeating the address (.address holds it)
    assert error.reason == "is a signet or testnet4 address, not mainnet"
    assert str(error).startswith(f"address {address!r} {error.reason}")


def test_a_mainnet_address_on_signet_hints_mainnet() -> None:
    with pytest.raises(InvalidAddressError) as info:
        validate_address(VALID_MAINNET[0], "signet")
    assert info.value.hint_networks == ("mainnet",)


def test_a_test_network_address_with_a_bad_checksum_is_a_checksum_error() -> None:
    good = encode_segwit_address("tb", 0, bytes(20))
    broken = good[:-1] + ("q" if good[-1] != "q" else "p")
    with pytest.raises(InvalidAddressError) as info:
        validate_address(broken)
    message = str(info.value)
    assert "fails its bech32 checksum" in message
    assert "starts with" not in message
    assert "signet or testnet4" in message
    assert info.value.hint_networks == ()  # valid nowhere, so no network to suggest


def test_a_foreign_prefix_is_quoted_whole() -> None:
    from xverse_api._address import NETWORKS, _segwit_problem  # noqa: PLC0415

    problem = _segwit_problem(encode_segwit_address("bcrt", 0, bytes(20)), NETWORKS["mainnet"])
    assert problem is not None
    assert "starts with 'bcrt1'" in problem
    assert "start with 'bc1'" in problem
    assert "'bcrt'1" not in problem


@pytest.mark.parametrize("network", ["mainnet", "signet", "testnet4"])
def test_a_regtest_address_is_named_and_its_checksum_checked(network: str) -> None:
    regtest = encode_segwit_address("bcrt", 0, bytes(20))
    with pytest.raises(InvalidAddressError) as info:
        validate_address(regtest, network)
    assert "is a regtest address; the API serves mainnet, signet, testnet4 only" in str(info.value)
    broken = regtest[:-1] + ("q" if regtest[-1] != "q" else "p")
    with pytest.raises(InvalidAddressError) as info:
        validate_address(broken, network)
    assert "fails its bech32 checksum" in str(info.value)
    assert "regtest" in str(info.value)
    assert "starts with" not in str(info.value)


def test_invalid_address_errors_without_hints_have_the_message_less_the_address() -> None:
    with pytest.raises(InvalidAddressError) as info:
        validate_address("nope")
    assert str(info.value) == f"address 'nope' {info.value.reason}"
    assert "nope" not in info.value.reason
    assert info.value.hint_network is None


@pytest.mark.parametrize(
    ("given", "says"),
    [
        (
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4,3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
            "holds a comma: two addresses?",
        ),
        (
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4;3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
            "holds a semicolon: two addresses?",
        ),
        (
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
            "holds white space: two addresses?",
        ),
        (
            "bitcoin:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4?amount=0.1",
            "is a bitcoin: payment URI (BIP-21), not an address; pass the address alone: "
            "'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'",
        ),
        ("3j98t1wpez73cnmqviecrnyiwrnqrhwnly", "base58 addresses are case-sensitive"),
        ("1bvbmseystwetqtfn5au4m4gfg7xjanvn2", "is all lower case"),
    ],
)
def test_what_is_not_one_address_is_named(given: str, says: str) -> None:
    with pytest.raises(InvalidAddressError) as info:
        validate_address(given)
    assert says in info.value.reason
    assert "mixes upper and lower case" not in str(info.value)
