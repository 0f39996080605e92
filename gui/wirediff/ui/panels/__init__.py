"""The widgets around the diff: changes and story panels, relation banner, heat map, problems,
the folder-change bar and the welcome view, and what dialogs share (``screen``: a size from
the font, kept on the screen; ``views``: Enter and column widths). Each shows what it is
given and emits what the user asks for; none knows the window or the session."""
