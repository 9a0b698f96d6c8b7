"""Cassette recording that keeps secrets out: scrubbers, host normalisation, one config.

``recording_config(live_url)`` is a vcrpy / pytest-recording configuration. Before anything is
written it removes what must never be in a cassette — a full card number (only the last four
digits survive, padded with zeros so the field still fits its schema), a CVV, keys, secrets,
tokens' secret values, signatures — and replaces the sandbox's ``127.0.0.1:<port>`` by a fixed
host, so a replay never depends on the port the sandbox had.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import vcr
from vcr.persisters.filesystem import FilesystemPersister

from scaretry._request import luhn_ok

__all__ = ["REPLAY_HOST", "REPLAY_URL", "recorder", "recording_config", "replay_key", "scrub_text", "scrub_value"]

#: Where replayed cassettes point: a reserved name (RFC 2606) that can never resolve.
REPLAY_HOST = "sandbox.scaretry.invalid"
# https, like every provider: a client refuses plain http to anything but loopback.
REPLAY_URL = f"https://{REPLAY_HOST}"

# Headers that carry credentials or signatures, for every provider.
SECRET_HEADERS = (
    "authorization",
    "signature",
    "cko-signature",
    "x-signature",
    "x-signature-timestamp",
    "cookie",
    "set-cookie",
)
# JSON / form keys whose values are secrets whatever they look like.
_SECRET_KEY = re.compile(
    r"(cvv|cvc|cvn|card_?verification|verification_?(code|value)|secret|password|private_?key|api_?key|"
    r"cryptogram|authentication_?verification|cavv|token_?value)",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"(?<!\d)\d{12,19}(?!\d)")
_SCRUBBED = "scrubbed"


def _mask_pan(match: re.Match[str]) -> str:
    digits = match.group(0)
    return "0" * (len(digits) - 4) + digits[-4:] if luhn_ok(digits) else digits


def scrub_text(text: str) -> str:
    """Card numbers (Luhn-valid 12–19 digit runs) in free text keep only their last four digits."""
    return _DIGITS.sub(_mask_pan, text)


_PREFIX = re.compile(r"^[A-Za-z]{2,6}_")


def _mask_secret(value: Any) -> Any:
    if isinstance(value, str):
        # Zeros, same length, the id prefix kept (``sek_``): a CVV stays digits, a base64 or hex
        # value stays in its alphabet, so scrubbed cassettes still pass the contract check.
        prefix = match.group(0) if (match := _PREFIX.match(value)) else ""
        return prefix + "0" * (len(value) - len(prefix))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return 0
    return value


def scrub_value(value: Any, key: str = "") -> Any:
    """A JSON value with every secret field masked and every card number reduced to its last four."""
    if isinstance(value, Mapping):
        return {k: scrub_value(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_value(v, key) for v in value]
    if _SECRET_KEY.search(key):
        return _mask_secret(value)
    if isinstance(value, str):
        return scrub_text(value)
    return value


def _scrub_body(body: bytes | str | None, content_type: str, replace_host: Callable[[str], str]) -> Any:
    if body is None:
        return None
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if not text:
        return body
    text = replace_host(text)
    if "json" in content_type or text.lstrip().startswith(("{", "[")):
        try:
            out = json.dumps(scrub_value(json.loads(text)), separators=(",", ":"), ensure_ascii=False)
        except ValueError:
            out = scrub_text(text)
    elif "x-www-form-urlencoded" in content_type:
        pairs = parse_qsl(text, keep_blank_values=True)
        out = urlencode([(k, _mask_secret(v) if _SECRET_KEY.search(k) else scrub_text(v)) for k, v in pairs])
    else:
        out = scrub_text(text)
    return out.encode() if isinstance(body, bytes) else out


def _host_replacer(live_url: str | None) -> Callable[[str], str]:
    if not live_url:
        return lambda text: text
    parts = urlsplit(live_url)
    origin = f"{parts.scheme}://{parts.netloc}"
    return lambda text: text.replace(origin, REPLAY_URL).replace(parts.netloc, REPLAY_HOST)


def _header(headers: Mapping[str, Any], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name:
            return str(value[0] if isinstance(value, list) else value)
    return ""


def recording_config(live_url: str | None = None, *, replay: bool = False) -> dict[str, Any]:
    """vcrpy options for recording against the sandbox at ``live_url`` (or a real provider), or,
    with ``replay=True``, for replaying offline (``record_mode: none``, nothing is rewritten: vcrpy
    runs the before-record hooks on loading too, and they would undo the Antom re-signing).

    Matching ignores bodies (idempotency keys and signatures differ on every run); each recorded
    response plays once, in order, so N polls replay N recorded states.
    """
    replace_host = _host_replacer(live_url)

    def before_record_request(request: Any) -> Any:
        request.uri = scrub_text(replace_host(request.uri))
        for name in list(request.headers):
            if name.lower() in SECRET_HEADERS:
                request.headers[name] = _SCRUBBED
            elif name.lower() == "host":
                request.headers[name] = replace_host(str(request.headers[name]))
        request.body = _scrub_body(request.body, _header(request.headers, "content-type"), replace_host)
        return request

    def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
        headers = response.get("headers", {})
        for name in list(headers):
            if name.lower() in SECRET_HEADERS:
                headers[name] = [_SCRUBBED]
            elif name.lower() == "location":
                headers[name] = [scrub_text(replace_host(v)) for v in headers[name]]
        body = response.get("body", {})
        if "string" in body:
            body["string"] = _scrub_body(body["string"], _header(headers, "content-type"), replace_host)
        return response

    config: dict[str, Any] = {
        "record_mode": "none",
        "match_on": ["method", "scheme", "host", "port", "path", "query"],
        "allow_playback_repeats": False,
        "decode_compressed_response": True,
    }
    if not replay:
        config["record_mode"] = "all"
        config["before_record_request"] = before_record_request
        config["before_record_response"] = before_record_response
    return config


class _ResigningPersister(FilesystemPersister):  # type: ignore[misc]  # vcrpy is untyped
    """Loads cassettes and re-signs the sandbox's Antom answers, whose ``Signature`` was scrubbed.

    The Antom client verifies every response signature (an unsigned success is rejected), and a
    signature must not be stored. The sandbox's key is a published test key, so the replay can
    compute the signature the sandbox would have sent, over the body as stored.
    """

    @classmethod
    def load_cassette(cls, cassette_path: Any, serializer: Any) -> Any:
        from scaretry.testing._contract import provider_path

        requests, responses = super().load_cassette(cassette_path, serializer)
        folder = Path(cassette_path).parent.name
        if folder == "antom":
            _replayable_antom_keys(requests, responses)
        for request, response in zip(requests, responses, strict=True):
            path = urlsplit(request.uri).path
            headers = response.get("headers", {})
            located = provider_path(path, folder)
            if located is None or located[0] != "antom" or _header(headers, "signature") != _SCRUBBED:
                continue
            from scaretry.sandbox.providers.antom import sandbox_signature

            body = response.get("body", {}).get("string", b"")
            raw = body.encode() if isinstance(body, str) else body
            signed = sandbox_signature(
                request.method, path, _header(headers, "client-id"), _header(headers, "response-time"), raw
            )
            for name in list(headers):
                if name.lower() == "signature":
                    headers[name] = [signed]
        return requests, responses


#: An Antom ``paymentRequestId`` as the client makes them (``scr_`` and a uuid4 in hex).
_ANTOM_KEY = re.compile(r"scr_[0-9a-f]{32}")


def replay_key(number: int) -> str:
    """The ``number``-th (from 1) ``paymentRequestId`` of a replayed Antom cassette."""
    return f"scr_replay_{number:02d}"


def _replayable_antom_keys(requests: list[Any], responses: list[Any]) -> None:
    """Antom's client checks that each answer is about the ``paymentRequestId`` it sent (a signed
    answer can be replayed for another payment), and it makes a new one on every run. So a replay
    renames the recorded ones, in the order the recording made them, to :func:`replay_key` ``(1)``,
    ``(2)`` …, and the replaying client (``scenarios.antom.client_for`` on the replay host) makes
    those."""
    names: dict[str, str] = {}

    def rename(text: Any) -> Any:
        if isinstance(text, bytes):
            return rename(text.decode()).encode()
        if not isinstance(text, str):
            return text
        for key in _ANTOM_KEY.findall(text):
            names.setdefault(key, replay_key(len(names) + 1))
        return _ANTOM_KEY.sub(lambda match: names[match.group(0)], text)

    for request, response in zip(requests, responses, strict=True):
        request.body = rename(request.body)
        body = response.get("body", {})
        if "string" in body:
            body["string"] = rename(body["string"])


def recorder() -> vcr.VCR:
    """A ``vcr.VCR`` for scaretry cassettes (use with :func:`recording_config`)."""
    instance = vcr.VCR()
    instance.register_persister(_ResigningPersister)
    return instance
