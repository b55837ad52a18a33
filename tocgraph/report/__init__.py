"""Reports: results formatted for people, in English and Dutch.

Modules here only format what they are given (text tables, the Markdown
change-request report); they never load files or run analyses. User text is
escaped with :mod:`tocgraph.report.escape`. The JSON documents are the
results' own ``to_dict`` methods.
"""
