"""wirediff: compare versions of the same text across a corpus."""

APP_NAME = "wirediff"
APP_ID = "org.wirediff.WireDiff"


def __getattr__(name: str) -> str:
    # The version is looked up when first asked for: importlib.metadata scans the installed
    # distributions, which costs every command-line start tens of milliseconds otherwise.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("wirediff")
        except PackageNotFoundError:  # running from a source tree that was never installed
            found = "0.0.0+source"
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
