"""Outputs of a comparison: terminal text, a self-contained HTML page, JSON. No Qt."""
