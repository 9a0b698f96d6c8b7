"""Named sandbox flows per provider (see ``scaretry.testing._scenario``)."""
