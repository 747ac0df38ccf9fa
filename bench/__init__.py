"""The benchmark suite of issue 12: ``.venv/bin/python -m bench`` (see bench/README.md)."""
