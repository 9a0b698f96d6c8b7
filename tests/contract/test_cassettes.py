"""Every scenario of every provider, through the facade, recorded once and replayed offline; and
every recorded request and response fits the provider's spec (strictly)."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator

import pytest

from scaretry.sandbox import SandboxServer, SandboxSettings
from scaretry.sandbox._sandbox import provider_class
from scaretry.testing import Customer
from scaretry.testing._contract import check_cassette
from scaretry.testing._recording import REPLAY_URL, recorder, recording_config
from scaretry.testing._scenario import Scenario, Trace
from tests.contract.conftest import CASSETTES, all_scenarios, cassette_path

SCENARIOS = all_scenarios()
RECORDING = ("rewrite", "all", "once", "new_episodes")
CLIENTS = {"antom": "Antom", "checkout": "Checkout", "paymentsai": "PaymentsAI", "pxp": "PXP"}


@pytest.fixture(scope="module")
def live_sandbox(record_mode: str) -> Iterator[SandboxServer | None]:
    """A sandbox of its own while recording (fresh state, known settle time); none when replaying."""
    if record_mode not in RECORDING:
        yield None
        return
    with SandboxServer(settings=SandboxSettings(settle_seconds=0.2)) as server:
        yield server


def _real_provider(provider: str) -> bool:
    return bool(os.environ.get(f"SCARETRY_{provider.upper()}_BASE_URL"))


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: f"{s.provider}/{s.name}")
def test_scenario_replays(scenario: Scenario, record_mode: str, live_sandbox: SandboxServer | None) -> None:
    module = importlib.import_module(f"scaretry.testing.scenarios.{scenario.provider}")
    path = cassette_path(scenario)
    recording = record_mode in RECORDING
    if recording:
        path.unlink(missing_ok=True)
        if _real_provider(scenario.provider):
            provider = importlib.import_module(f"scaretry.providers.{scenario.provider}")
            client = getattr(provider, CLIENTS[scenario.provider]).from_env()
            live = os.environ[f"SCARETRY_{scenario.provider.upper()}_BASE_URL"]
        else:
            assert live_sandbox is not None
            live = live_sandbox.url
            client = module.client_for(live_sandbox.url_for(scenario.provider))
    else:
        assert path.exists(), f"missing cassette {path.relative_to(CASSETTES.parent)}: run `make cassettes`"
        live = None
        # What a client configured with only the host uses: the provider's (sandbox) server path.
        client = module.client_for(REPLAY_URL + provider_class(scenario.provider).server_paths[0])
    config = recording_config(live, replay=not recording)
    customer = Customer()
    try:
        with recorder().use_cassette(str(path), **config) as cassette:
            outcome = scenario.run(client, customer, Trace())
            if not recording:
                assert cassette.all_played, "the replay made fewer requests than the recording"
    finally:
        customer.close()
        client.close()
    assert outcome.state is scenario.expected


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: f"{s.provider}/{s.name}")
def test_cassette_fits_the_spec(scenario: Scenario) -> None:
    path = cassette_path(scenario)
    assert path.exists(), f"missing cassette {path.name}"
    assert check_cassette(path) == []


def test_at_least_24_cassettes() -> None:
    assert len(list(CASSETTES.glob("*/*.yaml"))) >= 24
