"""ISO 4217: which codes exist and how many minor units each has.

Amounts travel in minor units (Checkout.com, Antom) or in major units with decimals (Payments AI,
PXP); converting needs the currency's exponent, and a wrong exponent is a hundredfold overcharge.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["exponent", "is_currency", "to_major", "to_minor"]

_ZERO = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
_THREE = "BHD IQD JOD KWD LYD OMR TND"
_TWO = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF "
    "CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL "
    "HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP "
    "MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD "
    "SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS "
    "VES WST XCD YER ZAR ZMW ZWG"
)
_EXPONENTS = dict.fromkeys(_ZERO.split(), 0) | dict.fromkeys(_THREE.split(), 3)
_EXPONENTS |= dict.fromkeys(_TWO.split(), 2)


def is_currency(code: str) -> bool:
    """Whether ``code`` is an active ISO 4217 alphabetic code (upper case)."""
    return code in _EXPONENTS


def exponent(code: str) -> int:
    """Minor units of ``code`` (JPY 0, EUR 2, KWD 3). Raises KeyError for an unknown code."""
    return _EXPONENTS[code]


def to_major(minor: int, code: str) -> Decimal:
    """``6510, "EUR"`` → ``Decimal("65.10")``: exact, never a float."""
    return Decimal(minor).scaleb(-exponent(code))


def to_minor(major: Decimal | float | int | str, code: str) -> int:
    """``"65.10", "EUR"`` → ``6510``; raises ValueError if the value has more decimals than allowed."""
    value = Decimal(str(major)).scaleb(exponent(code))
    if value != value.to_integral_value():
        raise ValueError(f"{major} {code} has more than {exponent(code)} decimals")
    return int(value)
