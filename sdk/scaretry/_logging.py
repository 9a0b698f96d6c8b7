"""Logging: the ``scaretry`` logger, and redaction of what httpcore logs at DEBUG.

httpcore logs every response's headers at DEBUG level, Antom's ``Signature`` among them. The
README promises that no signature, key or card number reaches a log line, whatever level the
application turns on, so a filter on httpcore's loggers replaces those header values before any
handler sees them.
"""

from __future__ import annotations

import logging
import re

__all__ = ["log", "redact_httpcore_logs"]

log = logging.getLogger("scaretry")

_SENSITIVE = re.compile(
    r"(?i)(\(b'(?:authorization|signature|cko-signature|x-signature|proxy-authorization|cookie|set-cookie)', b')"
    r"(?:[^'\\]|\\.)*(')"
)
_HTTPCORE = ("httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy", "httpcore.socks")


class _Redact(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _SENSITIVE.sub(r"\1[redacted]\2", message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_FILTER = _Redact()


def redact_httpcore_logs() -> None:
    """Install the filter on httpcore's loggers (idempotent)."""
    for name in _HTTPCORE:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
