"""The ToC as a graph: a compact form for analyses, and a networkx view."""

from tocgraph.graph.networkx_view import to_networkx
from tocgraph.graph.structure import Structure, compile_structure

__all__ = ["Structure", "compile_structure", "to_networkx"]
