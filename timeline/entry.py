"""The ``timeline`` console command: loads the CLI, quietly ending on Ctrl-C even while it loads."""

from __future__ import annotations

import sys


def main() -> None:
    """Start the CLI; exit 130 with one line when interrupted before it is loaded."""
    try:
        from .cli import run
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        raise SystemExit(130) from None
    raise SystemExit(run())
