"""The HTML report's stylesheet and script, read with importlib.resources."""
