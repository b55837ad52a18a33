"""``python -m tocgraph`` runs the command line."""

from tocgraph.cli import run

run()
