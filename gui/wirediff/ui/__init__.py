"""The desktop app over ``wirediff.core``, in layers that only import downwards:

common < jobs < doclist, diff, panels < session < shell < app (``tests/ui/test_layers.py``).
``session`` decides what is on screen without a widget; ``shell`` builds the window and
wires the widgets to the session. The README's "Architecture" section has the map.
"""
