from enum import StrEnum


class CardBrand(StrEnum):
    """Open enum: a value the spec does not list parses instead of raising (providers add values).

    Such a value becomes a pseudo-member whose ``value`` is the string the provider sent and whose
    ``is_known`` is False; ``to_dict()`` writes it back unchanged.
    """

    AMEX = "AMEX"
    BC = "BC"
    CARNET = "CARNET"
    CARTES_BANCAIRES = "CARTES_BANCAIRES"
    CITI = "CITI"
    CUP = "CUP"
    DINERS = "DINERS"
    DISCOVER = "DISCOVER"
    ELO = "ELO"
    GWANGJUBANK = "GWANGJUBANK"
    HIPERCARD = "HIPERCARD"
    HYUNDAI = "HYUNDAI"
    IBK_BC = "IBK_BC"
    JCB = "JCB"
    JEJUBANK = "JEJUBANK"
    JEONBUKBANK = "JEONBUKBANK"
    KAKAOBANK = "KAKAOBANK"
    KBANK = "KBANK"
    KDBBANK = "KDBBANK"
    KEBHANA = "KEBHANA"
    KOOKMIN = "KOOKMIN"
    LOTTE = "LOTTE"
    MAESTRO = "MAESTRO"
    MASTERCARD = "MASTERCARD"
    MIR = "MIR"
    NONGHYUP = "NONGHYUP"
    POST = "POST"
    SAEMAUL = "SAEMAUL"
    SAMSUNG = "SAMSUNG"
    SAVINGBANK = "SAVINGBANK"
    SHINHAN = "SHINHAN"
    SHINHYEOP = "SHINHYEOP"
    SUHYEOP = "SUHYEOP"
    TOSSBANK = "TOSSBANK"
    TROY = "TROY"
    VISA = "VISA"
    WOORI = "WOORI"

    @classmethod
    def _missing_(cls, value: object) -> "CardBrand | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)
