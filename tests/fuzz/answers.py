"""Hypothesis strategies for a provider's answers: a real one (recorded) or one built from the
operation's response schema, then mutated — wrong types, missing and extra fields, enum values the
spec does not list or that belong elsewhere, deep nesting, huge numbers — then serialised well or
badly (truncated, not UTF-8, not JSON, nested past any parser's stack), under any status from 1xx to
5xx (299, 520, 599 included) and with odd headers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
from hypothesis import strategies as st

from tests.fuzz.schemas import from_schema, response_schema
from tests.reliability.operations import spec

__all__ = ["ODD_STATUSES", "Answers", "encoded", "mutated"]

ODD_STATUSES = (100, 103, 199, 200, 201, 202, 204, 299, 301, 304, 400, 401, 403, 404, 409, 418, 422, 429, 500, 501)
ODD_STATUSES += (502, 503, 504, 520, 599)
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from(["true", "false", "0", "", "null", "Authorized", "SUCCESS", "S", "approved", "Authorised"]),
    st.integers(-(2**70), 2**70),
    st.sampled_from([10**30, -1, 2**63, 1e308, -0.0]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
_JSON = st.recursive(
    _SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
)


def _paths(value: Any, deepest: int = 20) -> Iterator[tuple[Any, ...]]:
    """Every place in ``value`` (down to ``deepest`` levels), without recursion."""
    stack: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    while stack:
        path, node = stack.pop()
        yield path
        if len(path) >= deepest:
            continue
        if isinstance(node, dict):
            stack.extend(((*path, key), item) for key, item in node.items())
        elif isinstance(node, list):
            stack.extend(((*path, index), item) for index, item in enumerate(node))


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


def _replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replaced(value[head], rest, new)}
    copy = list(value)
    copy[head] = _replaced(copy[head], rest, new)
    return copy


def _nested(depth: int, leaf: Any) -> Any:
    for level in range(depth):
        leaf = [leaf] if level % 2 else {"a": leaf}
    return leaf


@st.composite
def mutated(draw: st.DrawFn, value: Any, strings: list[str]) -> Any:
    """``value`` with up to three mutations at random places."""
    for _ in range(draw(st.integers(0, 3))):
        paths = list(_paths(value))
        path = draw(st.sampled_from(paths))
        target = _get(value, path)
        kind = draw(st.sampled_from(["type", "delete", "extra", "swap", "deep", "number"]))
        if kind == "delete" and path:
            parent = _get(value, path[:-1])
            if isinstance(parent, dict):
                value = _replaced(value, path[:-1], {k: v for k, v in parent.items() if k != path[-1]})
            elif isinstance(parent, list):
                value = _replaced(value, path[:-1], parent[: path[-1]] + parent[path[-1] + 1 :])
        elif kind == "extra" and isinstance(target, dict):
            value = _replaced(value, path, {**target, draw(st.text(min_size=1, max_size=8)): draw(_JSON)})
        elif kind == "swap" and strings:
            value = _replaced(value, path, draw(st.sampled_from(strings)))  # a value that belongs elsewhere
        elif kind == "deep":
            value = _replaced(value, path, _nested(draw(st.sampled_from([50, 300])), target))
        elif kind == "number":
            value = _replaced(value, path, draw(st.sampled_from([10**400, 2**64, -(10**30), 1e308, 0.1])))
        else:
            value = _replaced(value, path, draw(_JSON))
    return value


@st.composite
def encoded(draw: st.DrawFn, value: Any) -> bytes:
    text = json.dumps(value)
    how = draw(st.sampled_from(["json"] * 6 + ["truncated", "latin-1", "garbage", "empty", "deep", "nan"]))
    if how == "truncated":
        return text.encode()[: draw(st.integers(0, max(0, len(text) - 1)))]
    if how == "latin-1":
        return text.replace('"', '"\xe9\xff', 1).encode("latin-1", "replace")
    if how == "garbage":
        return draw(st.binary(max_size=40))
    if how == "empty":
        return b""
    if how == "deep":
        return b"[" * 100_000 + b"]" * 100_000
    if how == "nan":
        return text.replace("0", "NaN", 1).encode() if "0" in text else b'{"amount": Infinity}'
    return text.encode()


_HEADERS = st.lists(
    st.tuples(
        st.sampled_from([b"x-request-id", b"cko-request-id", b"retry-after", b"signature", b"content-type", b"x-odd"]),
        st.binary(max_size=12).filter(lambda v: b"\r" not in v and b"\n" not in v and b"\x00" not in v)
        | st.sampled_from([b"\xe9t\xe9", b"-1", b"Wed, 21 Oct 2015 07:28:00 GMT", b"1e309", b"application/json"]),
    ),
    max_size=3,
)


class Answers:
    """What the fuzzer can answer to each operation of one provider."""

    def __init__(self, provider: str, recorded: dict[str, list[tuple[int, bytes]]]) -> None:
        self.spec = spec(provider)
        self.recorded = recorded
        self.strings = sorted({s for _, body in _all(recorded) for s in _strings(body)} | _enums(self.spec))
        self.operations = {
            op["operationId"]: op
            for item in self.spec["paths"].values()
            for op in item.values()
            if isinstance(op, dict) and "operationId" in op
        }

    def body(self, operation: str, status: int) -> st.SearchStrategy[Any]:
        options: list[st.SearchStrategy[Any]] = []
        seen = [_loads(body) for _, body in self.recorded.get(operation, []) if _loads(body) is not None]
        if seen:
            options.append(st.sampled_from(seen))
        schema = response_schema(self.spec, self.operations.get(operation, {}), str(status))
        if schema is not None:
            options.append(from_schema(schema, self.spec["components"]))
        options.append(_JSON)
        return st.one_of(options)

    def response(self, operation: str) -> st.SearchStrategy[httpx.Response]:
        return _response(self, operation)


@st.composite
def _response(draw: st.DrawFn, answers: Answers, operation: str) -> httpx.Response:
    documented = [int(s) for s in answers.operations.get(operation, {}).get("responses", {}) if s.isdigit()]
    status = draw(st.sampled_from(documented or [200]) | st.sampled_from(ODD_STATUSES))
    value = draw(mutated(draw(answers.body(operation, status)), answers.strings))
    content = draw(encoded(value))
    headers = [(b"content-type", b"application/json"), *draw(_HEADERS)]
    return httpx.Response(status, headers=headers, content=content)


def _loads(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None


def _all(recorded: dict[str, list[tuple[int, bytes]]]) -> Iterator[tuple[int, Any]]:
    for answers in recorded.values():
        for status, body in answers:
            yield status, _loads(body)


def _strings(value: Any) -> Iterator[str]:
    for path in _paths(value):
        item = _get(value, path)
        if isinstance(item, str) and len(item) < 40:
            yield item


def _enums(document: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    stack: list[Any] = [document.get("components", {})]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.update(v for v in node.get("enum", []) if isinstance(v, str))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found
