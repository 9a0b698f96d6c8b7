"""``pip install scaretry`` with no extras, and with ``[testing]``, in fresh virtualenvs."""

from __future__ import annotations

import re
import textwrap
import zipfile
from pathlib import Path

from tests.packaging.conftest import Venv

INSTALL_HINT = "pip install 'scaretry["


def test_import_works_without_extras(bare_venv: Venv) -> None:
    done = bare_venv.run("python", "-c", "import scaretry, scaretry.testing; print(scaretry.Checkout.__name__)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Checkout"


def test_an_unrelated_test_suite_passes_beside_scaretry_without_extras(bare_venv: Venv, tmp_path: Path) -> None:
    # pytest loads scaretry's plugin (its pytest11 entry point) in every environment scaretry is in.
    (tmp_path / "test_user.py").write_text("def test_arithmetic():\n    assert 1 + 1 == 2\n")
    done = bare_venv.run("pytest", "-q", "-p", "no:cacheprovider", tmp_path, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
    plugins = bare_venv.run("pytest", "--trace-config", "--co", "-q", "-p", "no:cacheprovider", tmp_path, cwd=tmp_path)
    assert "scaretry.testing.plugin" in plugins.stdout, "the plugin was not registered"


def test_the_sandbox_fixture_says_what_to_install(bare_venv: Venv, tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text("def test_uses_sandbox(scaretry_sandbox):\n    pass\n")
    done = bare_venv.run("pytest", "-q", "-p", "no:cacheprovider", tmp_path, cwd=tmp_path)
    assert done.returncode == 1
    assert "pip install 'scaretry[testing]'" in done.stdout


def test_the_sandbox_command_prints_the_install_hint(bare_venv: Venv) -> None:
    done = bare_venv.run("python", "-m", "scaretry.sandbox", "--port", "0")
    assert done.returncode != 0
    assert INSTALL_HINT in done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr


def test_the_plugin_fixtures_work_with_the_testing_extra(testing_venv: Venv, tmp_path: Path) -> None:
    (tmp_path / "test_checkout_flow.py").write_text(
        textwrap.dedent(
            """
            from scaretry import State
            from scaretry.testing import recording_config
            from scaretry.testing.scenarios.checkout import client_for, request_for


            def test_challenge_approved(scaretry_sandbox, customer, sandbox_admin):
                with client_for(scaretry_sandbox.url_for("checkout")) as client:
                    outcome = client.pay(request_for("sca_required"))
                    assert outcome.state is State.ACTION_REQUIRED and outcome.upgraded
                    returned = customer.act(outcome.action, "approve")
                    outcome = client.resume(outcome.handle, returned.params)
                    assert client.wait(outcome.handle, timeout=10).state is State.AUTHORIZED
                assert sandbox_admin.get("/_sandbox/state").json()["checkout"]["payments"] >= 1


            def test_recording_config_scrubs(scaretry_sandbox):
                assert "before_record_request" in recording_config(scaretry_sandbox.url)
            """
        )
    )
    done = testing_venv.run("pytest", "-q", "-p", "no:cacheprovider", tmp_path, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout


# What users cannot read: the project's internal documents. Shipped text cites the providers'
# public documentation, or docs/providers/*.md.
INTERNAL = re.compile(r"\bseeds?\b|\bthe lead\b|\bresearch\b", re.IGNORECASE)


def test_the_wheel_cites_no_internal_document(wheel: Path) -> None:
    found = []
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if name.endswith((".py", ".json", ".yaml", ".html", ".txt", ".md")):
                for number, line in enumerate(archive.read(name).decode("utf-8").splitlines(), 1):
                    if INTERNAL.search(line):
                        found.append(f"{name}:{number}: {line.strip()[:120]}")
    assert not found, "internal documents cited in the wheel:\n" + "\n".join(found)
