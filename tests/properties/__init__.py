"""The property tests run a fixed set of examples (``derandomize=True``), so CI is repeatable; exploring new inputs
is the fuzzer's job (``python bench/fuzz.py``), and what it finds becomes a regression test."""
