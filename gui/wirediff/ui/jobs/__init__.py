"""The two ways work leaves the GUI thread's current turn: ``runner.Runner`` runs functions in
the thread pool and drops stale results; ``slicer.Slicer`` spreads GUI-thread work over
event-loop turns a few milliseconds at a time."""
