"""Regenerate the typed provider clients in ``generated/`` from ``specs/``, and check they match."""
