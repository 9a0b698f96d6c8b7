"""Hypothesis strategies for JSON values that fit a provider spec's schema (OpenAPI 3.1, JSON Schema).

The subset the specs use: ``$ref`` into ``components``, ``type`` (one or a list), ``properties`` /
``required`` / ``additionalProperties``, ``items``, ``enum``, ``const``, ``oneOf`` / ``anyOf`` /
``allOf``, ``format`` (dates, URIs), ``minimum``/``maximum``, ``minLength``/``maxLength``. Optional
properties are sometimes left out; recursion stops at a fixed depth. What is produced is a plausible
answer, the starting point of the mutations in :mod:`tests.fuzz.answers`, not a validator's proof.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

__all__ = ["from_schema", "response_schema"]

_MAX_DEPTH = 8
_FORMATS = {
    "date-time": st.just("2026-11-30T12:00:00Z") | st.datetimes().map(lambda d: d.isoformat() + "Z"),
    "date": st.dates().map(str),
    "uri": st.sampled_from(["https://acs.example/challenge", "http://127.0.0.1:1/x", "javascript:alert(1)"]),
    "email": st.just("ada@example.com"),
    "uuid": st.uuids().map(str),
}


def response_schema(spec: dict[str, Any], operation: dict[str, Any], status: str) -> dict[str, Any] | None:
    """The JSON schema of ``operation``'s ``status`` answer, or None if it has no JSON body."""
    response = operation.get("responses", {}).get(status)
    if response is None:
        return None
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    schema: dict[str, Any] | None = response.get("content", {}).get("application/json", {}).get("schema")
    return schema


def from_schema(schema: dict[str, Any], components: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    if depth > _MAX_DEPTH:
        return st.none()
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return st.deferred(lambda: from_schema(components["schemas"][name], components, depth + 1))
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return st.one_of([from_schema(part, components, depth + 1) for part in schema[combinator]])
    if "allOf" in schema:
        parts = [from_schema(part, components, depth + 1) for part in schema["allOf"]]
        return st.tuples(*parts).map(_merged)
    kinds = schema.get("type")
    if isinstance(kinds, list):
        return st.one_of([from_schema({**schema, "type": kind}, components, depth) for kind in kinds])
    if kinds == "object" or (kinds is None and "properties" in schema):
        return _object(schema, components, depth)
    if kinds == "array":
        items = from_schema(schema.get("items", {}), components, depth + 1)
        return st.lists(items, min_size=schema.get("minItems", 0), max_size=min(schema.get("maxItems", 3), 3))
    if kinds == "string":
        if schema.get("format") in _FORMATS:
            return _FORMATS[schema["format"]]
        low, high = schema.get("minLength", 0), min(schema.get("maxLength", 40), 40)
        return st.text(min_size=min(low, high), max_size=max(low, high))
    if kinds == "integer":
        return st.integers(schema.get("minimum", -(10**6)), schema.get("maximum", 10**9))
    if kinds == "number":
        return st.floats(schema.get("minimum", -1e6), schema.get("maximum", 1e9), allow_nan=False)
    if kinds == "boolean":
        return st.booleans()
    if kinds == "null":
        return st.none()
    return st.none() | st.booleans() | st.integers() | st.text(max_size=10)


def _object(schema: dict[str, Any], components: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", ()))
    fields = {name: from_schema(sub, components, depth + 1) for name, sub in properties.items()}
    mandatory = st.fixed_dictionaries({name: fields[name] for name in properties if name in required})
    optional = st.fixed_dictionaries({}, optional={name: fields[name] for name in properties if name not in required})
    return st.tuples(mandatory, optional).map(_merged)


def _merged(parts: tuple[Any, ...]) -> Any:
    merged: dict[str, Any] = {}
    for part in parts:
        if not isinstance(part, dict):
            return part
        merged.update(part)
    return merged
