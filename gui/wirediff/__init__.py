"""wirediff: compare versions of the same text across a corpus."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("wirediff")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "wirediff"
APP_ID = "org.wirediff.WireDiff"
