"""One module per emulated provider; each defines ``App``, a :class:`ProviderApp`."""
