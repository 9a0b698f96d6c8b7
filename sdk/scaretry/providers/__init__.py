"""One adapter per provider: auth, request and outcome mapping, and its sync and async clients."""
