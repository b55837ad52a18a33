"""``python -m tocgraph``, and the ``tocgraph`` program: the command line.

Kept light, so that a Ctrl-C while the command line is still loading is one
line and exit 130, not a traceback.
"""

import sys


def run() -> None:
    """Load the command line and run it (see :func:`tocgraph.cli.process.run`)."""
    try:
        from tocgraph.cli.process import run as program
    except KeyboardInterrupt:
        sys.stderr.write("tocgraph: error: interrupted\n")
        raise SystemExit(130) from None
    program()


if __name__ == "__main__":
    run()
