"""The comparison on screen: the render plan (pure Python), the text documents built from it,
the two aligned panes with their headers, the overview strip and find."""
