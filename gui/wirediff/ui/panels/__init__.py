"""The widgets around the diff: changes and story panels, relation banner, heat map, problems,
the folder-change bar and the welcome view. Each shows what it is given and emits what the
user asks for; none knows the window or the session."""
