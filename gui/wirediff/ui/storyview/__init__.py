"""The story view: every version of a story against its base, unit by unit (issue 12)."""
