"""Reports: readable text and JSON, in English and Dutch."""
