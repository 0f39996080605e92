"""Small widgets the widget packages (``doclist``, ``diff``, ``panels``, ``storyview``) share:
``focus_frame.FocusFrame``, the highlight-coloured frame of a list with the keyboard focus;
``elided.ElidedLabel``, one line of plain text cut with "…" where it does not fit."""
