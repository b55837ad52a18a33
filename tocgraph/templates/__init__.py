"""Starter files that ``tocgraph init`` writes (package data, one per language)."""
