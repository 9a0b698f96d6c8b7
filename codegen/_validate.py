"""Spec validation: each document is valid OpenAPI 3.1 and each of its examples fits its schema."""

from __future__ import annotations

from pathlib import Path

from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV31SpecValidator

from scaretry.sandbox._openapi import Spec, SpecError

__all__ = ["validate_spec"]


def validate_spec(path: Path) -> list[str]:
    """Every problem in the spec at ``path``, each naming the file and the place; empty when valid."""
    try:
        spec = Spec.load(path)
    except SpecError as exc:
        return [str(exc)]
    problems = []
    validator = OpenAPIV31SpecValidator(SchemaPath.from_dict(dict(spec.document)))
    for error in validator.iter_errors():
        where = "/".join(str(p) for p in error.path) or "(document)"
        problems.append(f"{path}: {where}: {error.message}")
    if problems:
        return problems
    for where, schema, value in spec.examples():
        try:
            found = spec.validate(schema, value)
        except Exception as exc:  # an unresolvable $ref inside the example's schema
            problems.append(f"{path}: #{where}: cannot validate: {exc}")
            continue
        problems.extend(f"{path}: #{where}: example does not fit its schema at {p}" for p in found)
    return problems
