"""The document list: its model, built whole off the GUI thread (``model``, ``groups``), and
the filterable tree that shows it (``view``)."""
