"""The desktop app: PySide6 widgets, models, actions and workers over ``wirediff.core``."""
