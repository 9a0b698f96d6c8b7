"""``python -m codegen``: the drift check catches a hand edit and a spec changed without
regenerating; a bad spec is reported with its file and place, not a generator stack trace."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.__main__ import main
from codegen._generate import ROOT

GENERATED = ROOT / "generated"
SPECS = ROOT / "specs"


@pytest.fixture(scope="module")
def specs_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("specs")
    for spec in SPECS.glob("*.yaml"):
        shutil.copy(spec, target / spec.name)
    return target


def test_generated_matches_specs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0


def test_one_changed_character_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "scaretry_checkout" / "models" / "payment_response.py"
    text = target.read_text()
    target.write_text(text.replace("class PaymentResponse", "class PaymentResponsf", 1))
    assert main(["check", "--generated", str(copy)]) == 1
    assert "differs: scaretry_checkout/models/payment_response.py" in capsys.readouterr().err


def test_spec_changed_without_regenerating_is_reported(specs_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = specs_copy / "paymentsai.yaml"
    text = spec.read_text()
    spec.write_text(text.replace("\n        approvalLink:\n", "\n        approvalUrl:\n", 1))
    try:
        assert main(["check", "--specs", str(specs_copy)]) == 1
        err = capsys.readouterr().err
        assert "differs: scaretry_paymentsai/models/transaction.py" in err
    finally:
        spec.write_text(text)


def test_invalid_yaml_names_file_and_line(specs_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = specs_copy / "pxp.yaml"
    text = spec.read_text()
    spec.write_text(text + "\n  broken: [unclosed\n")
    try:
        assert main(["validate", "--specs", str(specs_copy)]) == 1
        err = capsys.readouterr().err
        assert "pxp.yaml" in err
        assert "line" in err
        assert "Traceback" not in err
    finally:
        spec.write_text(text)


def test_invalid_openapi_names_the_place(specs_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = specs_copy / "antom.yaml"
    text = spec.read_text()
    # A parameter "in: body" is OpenAPI 2, not valid 3.1.
    spec.write_text(text.replace("in: header", "in: body", 1))
    try:
        assert main(["validate", "--specs", str(specs_copy)]) == 1
        err = capsys.readouterr().err
        assert "antom.yaml: components/securitySchemes/AntomSignature/in" in err
        assert "body" in err
    finally:
        spec.write_text(text)


def test_example_that_breaks_its_schema_is_named(specs_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = specs_copy / "checkout.yaml"
    text = spec.read_text()
    spec.write_text(text.replace("response_code: '10000'", "response_code: 10000", 1))
    try:
        assert main(["validate", "--specs", str(specs_copy)]) == 1
        err = capsys.readouterr().err
        assert "checkout.yaml: #/paths/" in err
        assert "example does not fit its schema at $.response_code" in err
    finally:
        spec.write_text(text)


def test_generator_refusal_is_reported_with_the_file(specs_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = specs_copy / "paymentsai.yaml"
    text = spec.read_text()
    # Valid OpenAPI, but a content type the generator cannot handle: it would skip the endpoint.
    spec.write_text(text.replace("application/json", "application/x-custom-thing", 1))
    try:
        assert main(["check", "--specs", str(specs_copy)]) == 1
        err = capsys.readouterr().err
        assert "paymentsai.yaml: openapi-python-client refused it" in err
        assert "Traceback" not in err
    finally:
        spec.write_text(text)
