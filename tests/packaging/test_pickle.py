"""Every public exception survives ``pickle`` with its fields: Celery, RQ and multiprocessing
pickle the exceptions a task raised.

The instances are built from each exception's signature (every parameter given a value unlike its
default), so an exception added to ``scaretry.__all__`` is covered without editing this file.
"""

from __future__ import annotations

import enum
import inspect
import pickle
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import httpx
import pytest

import scaretry

EXCEPTIONS = sorted(
    (
        obj
        for name in scaretry.__all__
        if isinstance(obj := getattr(scaretry, name), type) and issubclass(obj, Exception)
    ),
    key=lambda cls: cls.__name__,
)


def sample(tp: Any, name: str = "value") -> Any:
    """A value of type ``tp`` (as annotated in scaretry) that is not a default."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return sample(next(arg for arg in args if arg is not type(None)), name)
    if origin is typing.Literal:
        return args[0]
    if tp is Any or tp is str:
        return f"sample {name}"
    if tp is bool:
        return True
    if tp is int:
        return 402
    if tp is float:
        return 1.5
    if tp is bytes:
        return b'{"error": "sample"}'
    if tp is httpx.Headers:
        return httpx.Headers({"x-sample": "1"})
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return next(iter(tp))
    if isinstance(origin, type) and issubclass(origin, Mapping):
        return {"x-sample": sample(args[1] if args else str, name)}
    if origin is tuple:
        return (sample(args[0], name),)
    if isinstance(origin, type) and issubclass(origin, Sequence):
        return [sample(args[0], name)]
    if attrs.has(tp):
        attrs.resolve_types(tp, localns=vars(scaretry))
        required = [f for f in attrs.fields(tp) if f.init and f.default is attrs.NOTHING]
        return tp(**{f.alias: sample(f.type, f.name) for f in required})
    raise NotImplementedError(f"teach sample() to make a {tp!r} (for {name})")


def example(cls: type[Exception]) -> Exception:
    init = cls.__init__
    if init is Exception.__init__ or init is BaseException.__init__:
        return cls("sample message")
    hints = typing.get_type_hints(init, globalns=vars(inspect.getmodule(cls)), localns=vars(scaretry))
    positional, keywords = [], {}
    for parameter in inspect.signature(init).parameters.values():
        if parameter.name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        value = sample(hints.get(parameter.name, Any), parameter.name)
        if parameter.kind is parameter.POSITIONAL_ONLY:
            positional.append(value)
        else:
            keywords[parameter.name] = value
    return cls(*positional, **keywords)


def test_every_exception_is_exported() -> None:
    assert {"ScaRetryError", "ProviderError", "AuthenticationError", "WaitTimeout"} <= {c.__name__ for c in EXCEPTIONS}


@pytest.mark.parametrize("cls", EXCEPTIONS, ids=lambda cls: cls.__name__)
def test_exception_round_trips_through_pickle(cls: type[Exception]) -> None:
    exc = example(cls)
    back = pickle.loads(pickle.dumps(exc))  # noqa: S301  # our own bytes
    assert type(back) is cls
    assert str(back) == str(exc)
    assert back.args == exc.args
    assert vars(back) == vars(exc)
