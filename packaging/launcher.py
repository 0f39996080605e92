"""Entry script of the frozen app: the same ``main`` as the wirediff and wirediff-gui launchers."""

import multiprocessing

from wirediff.cli import main

if __name__ == "__main__":
    # A frozen app re-runs this script for multiprocessing workers; let them start, not the app.
    multiprocessing.freeze_support()
    raise SystemExit(main())
