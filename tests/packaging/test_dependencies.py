"""The dependency ranges in pyproject.toml, the exact pins of constraints.txt (what ``make test``
installs) and the lowest versions of constraints-lowest.txt (what ``make test-lowest`` installs)
agree: each tested version lies in its range, and each range's lower bound is the one tested."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from codegen._generate import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
REQUIREMENTS = [
    Requirement(line)
    for line in PROJECT["project"]["dependencies"]
    + [line for extra in PROJECT["project"]["optional-dependencies"].values() for line in extra]
    if not line.startswith("scaretry")
]


def pins(path: Path) -> dict[str, Version]:
    lines = (line.split("#")[0].strip() for line in path.read_text().splitlines())
    return {canonicalize_name(name): Version(version) for name, version in (pin.split("==") for pin in lines if pin)}


def lower_bound(requirement: Requirement) -> Version:
    (bound,) = [Version(spec.version) for spec in requirement.specifier if spec.operator == ">="]
    return bound


@pytest.mark.parametrize("requirement", REQUIREMENTS, ids=str)
def test_range_has_a_lower_bound_and_contains_the_pinned_version(requirement: Requirement) -> None:
    assert all(spec.operator in (">=", "<") for spec in requirement.specifier), "a range, not a pin"
    pinned = pins(ROOT / "constraints.txt")[canonicalize_name(requirement.name)]
    assert requirement.specifier.contains(pinned), f"constraints.txt pins {pinned}, outside {requirement}"


@pytest.mark.parametrize("requirement", REQUIREMENTS, ids=str)
def test_lowest_constraints_pin_the_lower_bound(requirement: Requirement) -> None:
    lowest = pins(ROOT / "constraints-lowest.txt")[canonicalize_name(requirement.name)]
    assert lowest == lower_bound(requirement)


def test_dev_tools_are_a_dependency_group_pinned_in_constraints() -> None:
    assert "dev" not in PROJECT["project"]["optional-dependencies"], "users must not be offered the dev tools"
    pinned = pins(ROOT / "constraints.txt")
    for line in PROJECT["dependency-groups"]["dev"]:
        assert canonicalize_name(Requirement(line).name) in pinned, line
    generator = canonicalize_name("openapi-python-client")
    assert pins(ROOT / "constraints-lowest.txt")[generator] == pinned[generator]
