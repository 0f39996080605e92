"""What the app is showing and doing, apart from any widget.

``selection.PairSelection`` owns which two documents are on screen (plain Python, pure rules);
the controllers (QObjects with signals, no widgets) run the background work: ``loading``
(open, reload, cancel, folder watch), ``comparing`` (debounce, stale results, compare and
restyle jobs), ``stories`` (grouping, version stats, matrices), ``review`` (the review store:
reviewed marks, flags, notes), ``corrections`` (the user's corrections of the grouping, kept
in that store) and ``derivation`` (how each version was made from its story's base).
``session.Session`` puts them together for the window, which only wires its widgets to their
signals.
"""
