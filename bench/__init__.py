"""Benchmarks, run on demand with ``make bench`` (never as timed assertions in tests).

Every figure is a ratio measured in one run on one machine, so it survives a slower CI box.
"""
