"""``make mutation``: do the tests notice when the code that decides a payment is broken?

For each target of ``mutation/targets.toml`` (a module that decides money, and the tests relevant
to it) mutmut makes small changes to the code — ``<=`` for ``<``, ``and`` for ``or``, a field left
out of a request body — and runs the tests against each. A mutant the tests fail on is killed; one
they pass on survived. Every survivor must be listed in ``mutation-baseline`` with its reason
(equivalent: nothing observable changes; or accepted); a survivor that is not listed fails the run,
and so does a target whose share of killed mutants is below its ``min_score``. A listed mutant that
is now killed is reported, so the baseline only shrinks.

Large targets are sampled: ``sample = N`` runs the N mutants whose identities hash lowest with the
configured seed (:mod:`mutation._identity`), the same ones every run.

    python -m mutation                      # every default target
    python -m mutation _retry _tables       # just these
    make mutation TARGETS="_retry"

Results: ``build/mutation/summary.md`` (the per-target figures) and, when some survivor is new,
``build/mutation/new-survivors.txt`` (their baseline entries, reasons to be written).
"""
