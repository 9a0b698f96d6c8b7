"""Test helpers for code that uses scaretry (a pytest plugin, installed with ``scaretry[testing]``).

Fixtures: ``scaretry_sandbox`` (the embedded sandbox on a free loopback port, one per session) and
``customer`` (completes challenge pages like a browser). ``recording_config()`` is a vcrpy/
pytest-recording configuration whose scrubbers keep card numbers, CVVs, keys and signatures out
of cassettes.
"""

from scaretry.testing._customer import Customer, Returned

__all__ = ["Customer", "Returned"]
