"""The Checkout.com account the sandbox emulates: its processing channels, one of them an account's
that opted out of the automatic SCA retry ("Manage SCA retries"), and how long a 3DS challenge waits."""

from __future__ import annotations

from typing import Any

from scaretry.sandbox._credentials import CHECKOUT

__all__ = ["CHALLENGE_TTL", "CHANNELS", "opted_out"]

#: Checkout.com expires a 3DS payment the cardholder did not complete after 15 minutes (code 20152).
CHALLENGE_TTL = 15 * 60.0

#: The processing channels the sandbox knows: the published one, and one of an account that opted
#: out of the automatic SCA retry.
CHANNELS = (CHECKOUT["processing_channel_id"], CHECKOUT["opted_out_processing_channel_id"])


def opted_out(body: dict[str, Any]) -> bool:
    """Whether the request's channel belongs to an account that opted out of SCA retries through
    its account manager ("Manage SCA retries"): then no 20154 is upgraded, even with allow_upgrade."""
    return bool(body.get("processing_channel_id") == CHECKOUT["opted_out_processing_channel_id"])
