"""ISO 4217 as the emulated providers check it: which currency codes exist, and their minor units.

PXP and Payments AI take amounts in major units with decimals; a provider refuses an amount with
more decimals than its currency has (JPY 0, EUR 2, KWD 3). The sandbox keeps its own table (it
never shares the facade's code: it is the oracle the facade is tested against).
"""

from __future__ import annotations

__all__ = ["minor_units"]

# ISO 4217 list one (active codes), grouped by minor units.
_CODES_BY_MINOR_UNITS = {
    0: "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF",
    2: (
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND "
        "BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CNY COP CRC CUP CVE CZK "
        "DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD "
        "HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK "
        "LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN "
        "MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON "
        "RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP "
        "SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD "
        "YER ZAR ZMW ZWG"
    ),
    3: "BHD IQD JOD KWD LYD OMR TND",
}
_MINOR_UNITS = {code: units for units, codes in _CODES_BY_MINOR_UNITS.items() for code in codes.split()}


def minor_units(code: str) -> int | None:
    """How many decimals ``code`` has (upper-case alphabetic code), or None if it is no currency."""
    return _MINOR_UNITS.get(code)
