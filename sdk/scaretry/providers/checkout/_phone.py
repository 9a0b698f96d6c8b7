"""E.164 numbers split into country calling code and national number, as Checkout.com's phone
objects take them (``{"country_code": "44", "number": "1234567890"}``, "Request a session").

Country calling codes (ITU-T E.164, "List of ITU-T Recommendation E.164 assigned country codes")
are a prefix code: no code is the beginning of another, so the digits say where the code ends.
Only two codes have one digit and these have two; every other one has three.
"""

from __future__ import annotations

__all__ = ["split_phone"]

_ONE_DIGIT = frozenset({"1", "7"})
_TWO_DIGITS = frozenset(
    [
        "20",
        "27",
        "30",
        "31",
        "32",
        "33",
        "34",
        "36",
        "39",
        "40",
        "41",
        "43",
        "44",
        "45",
        "46",
        "47",
        "48",
        "49",
        "51",
        "52",
        "53",
        "54",
        "55",
        "56",
        "57",
        "58",
        "60",
        "61",
        "62",
        "63",
        "64",
        "65",
        "66",
        "81",
        "82",
        "84",
        "86",
        "90",
        "91",
        "92",
        "93",
        "94",
        "95",
        "98",
    ]
)


def split_phone(e164: str) -> tuple[str, str]:
    """``"+441234567890"`` → ``("44", "1234567890")`` (the request model checked the E.164 form)."""
    digits = e164.removeprefix("+")
    length = 1 if digits[:1] in _ONE_DIGIT else 2 if digits[:2] in _TWO_DIGITS else 3
    return digits[:length], digits[length:]
