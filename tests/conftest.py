"""Shared test configuration. The sandbox and customer fixtures come from scaretry's own pytest
plugin (``scaretry.testing.plugin``), the same one users get."""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
