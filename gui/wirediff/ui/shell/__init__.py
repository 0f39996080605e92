"""The window: builds the widgets, wires them to the session's signals, and holds the action
table (one callable per action) and the headless entry points."""
