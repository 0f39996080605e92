"""Leaf helpers every layer of the Qt app may use: item roles, plain-text helpers, the
highlight theme and the stored settings. Nothing here imports another part of ``ui``."""
