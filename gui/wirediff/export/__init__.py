"""Outputs that need Qt (printing to PDF), kept apart from the Qt-free engine."""
