"""Every example of every spec round-trips through its generated model, and stays parseable when
a provider sends an enum value the spec does not list (open enums, codegen/templates)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from openapi_python_client.strings import PythonIdentifier

from scaretry.sandbox._openapi import Spec
from tests.generated._examples import PROVIDERS, modelled_examples

CASES = [
    pytest.param(p, w, n, c, v, id=f"{p}:{n}:{w.rsplit('/', 1)[-1]}")
    for p in PROVIDERS
    for w, n, c, v in modelled_examples(p)
]


def test_every_provider_has_modelled_examples() -> None:
    counts = {p: sum(1 for case in CASES if case.values[0] == p) for p in PROVIDERS}
    assert all(count >= 10 for count in counts.values()), counts


@pytest.mark.parametrize(("provider", "where", "schema", "cls", "example"), CASES)
def test_example_round_trips(provider: str, where: str, schema: str, cls: Any, example: dict[str, Any]) -> None:
    assert cls.from_dict(copy.deepcopy(example)).to_dict() == example


def _enum_properties(spec: Spec, schema: str) -> list[tuple[str, str | int]]:
    """Top-level properties of ``schema`` whose schema is an enum: (name, a value it does not list)."""
    node = spec.resolve(f"/components/schemas/{schema}")
    found = []
    for name, prop in (node.get("properties") or {}).items():
        candidates = [prop, *prop.get("anyOf", []), *prop.get("oneOf", [])]
        for candidate in candidates:
            if "$ref" in candidate:
                candidate = spec.resolve(candidate["$ref"].removeprefix("#"))
            if "enum" in candidate and candidate.get("type") in ("string", "integer"):
                found.append((name, "SOMETHING_NEW_2027" if candidate["type"] == "string" else 987654))
                break
    return found


ENUM_CASES = [
    pytest.param(p, n, c, v, prop, new, id=f"{p}:{n}.{prop}")
    for p in PROVIDERS
    for _, n, c, v in modelled_examples(p)
    for prop, new in _enum_properties(Spec.for_provider(p), n)
    if prop in v
]


def test_every_provider_has_enum_cases() -> None:
    assert {case.values[0] for case in ENUM_CASES} == set(PROVIDERS)


@pytest.mark.parametrize(("provider", "schema", "cls", "example", "prop", "new"), ENUM_CASES)
def test_unknown_enum_value_parses_and_is_kept(
    provider: str, schema: str, cls: Any, example: dict[str, Any], prop: str, new: str | int
) -> None:
    changed = copy.deepcopy(example)
    changed[prop] = new
    model = cls.from_dict(copy.deepcopy(changed))
    value = getattr(model, PythonIdentifier(prop, prefix="field_"))
    assert value == new
    assert getattr(value, "is_known", False) is False
    assert model.to_dict() == changed
