"""Validate JSON traffic against a provider's OpenAPI 3.1 document.

One implementation serves three users: the sandbox (every request it receives and every response it
sends), the spec check in ``make test`` (every ``example`` in a spec), and the cassette contract test
(every recorded interaction). OpenAPI 3.1 schemas are JSON Schema 2020-12, so validation is plain
``jsonschema`` over the whole document registered as one resource; ``$ref``s resolve inside it.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["Operation", "Problem", "Spec", "SpecError", "spec_path"]

_SPEC_DIR = Path(__file__).with_name("specs")
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


class SpecError(Exception):
    """A spec document is unreadable or not valid OpenAPI; the message names the file and place."""


@dataclass(frozen=True)
class Problem:
    """One validation failure: where (a JSON path such as ``$.3ds.enabled``) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Operation:
    """One operation of a spec, with the JSON pointer of its definition."""

    method: str
    template: str
    operation_id: str
    pointer: str
    definition: Mapping[str, Any]
    regex: re.Pattern[str]

    def response_pointer(self, status: int) -> str | None:
        responses = self.definition.get("responses", {})
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in responses:
                return f"{self.pointer}/responses/{_escape(key)}"
        return None


@functools.cache
def _cached(provider: str) -> Spec:
    return Spec.load(spec_path(provider))


def spec_path(provider: str) -> Path:
    """The packaged copy of ``specs/<provider>.yaml``."""
    return _SPEC_DIR / f"{provider}.yaml"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _json_path(parts: Iterator[Any] | Any) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


class Spec:
    """An OpenAPI 3.1 document, loaded once, able to validate bodies against its schemas."""

    def __init__(self, document: Mapping[str, Any], *, name: str) -> None:
        if not isinstance(document, Mapping) or not str(document.get("openapi", "")).startswith("3.1"):
            raise SpecError(f"{name}: not an OpenAPI 3.1 document (top-level 'openapi: 3.1.x' missing)")
        self.name = name
        self.document = document
        self._uri = f"urn:scaretry:spec:{name}"
        resource = Resource.from_contents(dict(document), default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(self._uri, resource)

    @classmethod
    def load(cls, path: str | Path) -> Spec:
        path = Path(path)
        try:
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            raise SpecError(f"{path}:{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
        except OSError as exc:
            raise SpecError(f"{path}: cannot read: {exc.strerror}") from None
        return cls(document, name=str(path))

    @classmethod
    def for_provider(cls, provider: str) -> Spec:
        """The packaged spec of ``provider``, loaded once per process (specs are read-only)."""
        return _cached(provider)

    def strict(self) -> Spec:
        """A copy in which objects may carry only the properties the spec declares.

        Provider traffic is validated leniently (a provider may add fields); the contract check on
        recorded cassettes is strict, so a renamed or new field shows where the spec is stale.
        Schemas used as ``allOf`` parts are left open: the composing schema closes them.
        """
        document = copy.deepcopy(dict(self.document))
        parts = set()

        def collect(node: Any) -> None:
            if isinstance(node, Mapping):
                for part in node.get("allOf", []):
                    if isinstance(part, Mapping) and "$ref" in part:
                        parts.add(part["$ref"])
                for child in node.values():
                    collect(child)
            elif isinstance(node, list):
                for child in node:
                    collect(child)

        def close(node: Any, ref: str) -> None:
            if isinstance(node, dict):
                if (
                    "properties" in node
                    and "additionalProperties" not in node
                    and "unevaluatedProperties" not in node
                    and ref not in parts
                ):
                    node["unevaluatedProperties"] = False
                for key, child in node.items():
                    if key in ("allOf",):
                        for part in child:
                            if isinstance(part, dict):
                                for sub in part.values():
                                    close(sub, "")
                        continue
                    close(child, "")
            elif isinstance(node, list):
                for child in node:
                    close(child, "")

        collect(document)
        for name, schema in document.get("components", {}).get("schemas", {}).items():
            close(schema, f"#/components/schemas/{name}")
        for key in ("paths", "webhooks"):
            close(document.get(key, {}), "")
        return Spec(document, name=f"{self.name} (strict)")

    # -- lookup ---------------------------------------------------------------------------------

    @cached_property
    def operations(self) -> tuple[Operation, ...]:
        found = []
        for template, item in self.document.get("paths", {}).items():
            for method in _METHODS:
                if method not in item:
                    continue
                definition = item[method]
                pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
                found.append(
                    Operation(
                        method=method.upper(),
                        template=template,
                        operation_id=definition.get("operationId", f"{method} {template}"),
                        pointer=f"/paths/{_escape(template)}/{method}",
                        definition=definition,
                        regex=re.compile(f"^{pattern}$"),
                    )
                )
        # Literal paths win over templated ones (`/sessions/{id}` vs `/sessions/x/complete`).
        return tuple(sorted(found, key=lambda op: op.template.count("{")))

    def find(self, method: str, path: str) -> Operation | None:
        """The operation serving ``method path`` (a path relative to the server URL)."""
        for op in self.operations:
            if op.method == method.upper() and op.regex.match(path):
                return op
        return None

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(f"{self.name}: no operation {operation_id!r}")

    def path_allows(self, path: str) -> bool:
        return any(op.regex.match(path) for op in self.operations)

    # -- validation -----------------------------------------------------------------------------

    def resolve(self, pointer: str, *, follow_last: bool = True) -> Any:
        """The node at ``pointer``, following ``$ref``s on the way (and at the end, unless told not to)."""
        node: Any = self.document
        tokens = [t for t in pointer.lstrip("/").split("/") if t]
        for index, raw in enumerate(tokens):
            token = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
            last = index == len(tokens) - 1
            while isinstance(node, Mapping) and "$ref" in node and len(node) == 1 and (follow_last or not last):
                node = self.resolve(node["$ref"].removeprefix("#"))
        return node

    def validate(self, schema_pointer: str, value: Any) -> list[Problem]:
        """Problems with ``value`` against the schema at ``schema_pointer`` (empty: valid)."""
        validator = Draft202012Validator({"$ref": f"{self._uri}#{schema_pointer}"}, registry=self._registry)
        problems = []
        for error in validator.iter_errors(value):
            # A failed oneOf/anyOf reports the least surprising branch, not "is not valid under any".
            error = best_match([error]) or error
            problems.append(Problem(_json_path(error.absolute_path), error.message))
        return problems

    def body_schema_pointer(self, holder_pointer: str, content_type: str = "application/json") -> str | None:
        """Pointer to the JSON schema of a requestBody or response at ``holder_pointer``."""
        holder = self.resolve(holder_pointer, follow_last=False)
        ref = holder.get("$ref") if isinstance(holder, Mapping) else None
        if ref:
            return self.body_schema_pointer(ref.removeprefix("#"), content_type)
        content = holder.get("content") or {}
        media = content_type.split(";")[0].strip() or "application/json"
        if media not in content:
            media = next((m for m in content if m.endswith("json")), "")
        if not media:
            return None
        return f"{holder_pointer}/content/{_escape(media)}/schema"

    def validate_request(self, op: Operation, body: Any) -> list[Problem]:
        if "requestBody" not in op.definition:
            return []
        pointer = self.body_schema_pointer(f"{op.pointer}/requestBody")
        if pointer is None:
            return []
        if body is None:
            if op.definition["requestBody"].get("required", False):
                return [Problem("$", "a JSON request body is required")]
            return []
        return self.validate(pointer, body)

    def validate_response(self, op: Operation, status: int, body: Any) -> list[Problem]:
        holder = op.response_pointer(status)
        if holder is None:
            return [Problem("$", f"status {status} is not documented for {op.operation_id}")]
        pointer = self.body_schema_pointer(holder)
        if pointer is None:
            if body not in (None, b"", ""):
                return [Problem("$", f"status {status} of {op.operation_id} is documented without a body")]
            return []
        return self.validate(pointer, body)

    def examples(self) -> Iterator[tuple[str, str, Any]]:
        """Every ``example``/``examples`` value with the pointer of its schema: (where, schema, value)."""

        def walk(node: Any, pointer: str) -> Iterator[tuple[str, str, Any]]:
            if isinstance(node, Mapping):
                if "schema" in node and ("examples" in node or "example" in node):
                    schema = f"{pointer}/schema"
                    if "example" in node:
                        yield f"{pointer}/example", schema, node["example"]
                    for name, ex in (node.get("examples") or {}).items():
                        if isinstance(ex, Mapping) and "$ref" in ex:
                            ex = self.resolve(ex["$ref"].removeprefix("#"))
                        if isinstance(ex, Mapping) and "value" in ex:
                            yield f"{pointer}/examples/{_escape(name)}", schema, ex["value"]
                for key, child in node.items():
                    if key in ("example", "examples"):
                        continue
                    yield from walk(child, f"{pointer}/{_escape(str(key))}")
            elif isinstance(node, list):
                for index, child in enumerate(node):
                    yield from walk(child, f"{pointer}/{index}")

        yield from walk(self.document, "")
