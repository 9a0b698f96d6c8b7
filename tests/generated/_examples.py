"""The examples of every spec, each with the generated model class its schema maps to."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

from openapi_python_client.strings import ClassName

from scaretry.sandbox._openapi import Spec

PROVIDERS = ("antom", "checkout", "paymentsai", "pxp")


def model_class(provider: str, schema_name: str) -> Any:
    models = importlib.import_module(f"scaretry_{provider}.models")
    return getattr(models, ClassName(schema_name, ""), None)


def component_of(spec: Spec, schema_pointer: str) -> str | None:
    """``X`` when the schema at the pointer is ``{$ref: '#/components/schemas/X'}``."""
    node: Any = spec.document
    for token in schema_pointer.lstrip("/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    ref = node.get("$ref", "") if isinstance(node, dict) else ""
    prefix = "#/components/schemas/"
    return ref.removeprefix(prefix) if ref.startswith(prefix) else None


def modelled_examples(provider: str) -> Iterator[tuple[str, str, Any, Any]]:
    """(where, schema name, model class, example value) for every example whose schema has a class."""
    spec = Spec.for_provider(provider)
    for where, schema_pointer, value in spec.examples():
        name = component_of(spec, schema_pointer)
        if name is None or not isinstance(value, dict):
            continue
        cls = model_class(provider, name)
        if cls is not None:
            yield where, name, cls, value
