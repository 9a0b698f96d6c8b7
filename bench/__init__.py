"""Benchmarks, run on demand with ``make bench`` (never as timed assertions in tests).

The clients run in processes of their own against ``bench.server`` (a fixed-response server, also
a process of its own); variants are measured in interleaved rounds after a warm-up, figures are
medians with their spread, and ratios are taken pair by pair within one run, so they carry over to
another machine better than times do. ``python -m bench --help`` lists the sections.
"""
