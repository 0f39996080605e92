"""The user's home folder, the same for Qt as for Python.

With HOME unset (``env -u HOME wirediff``, a service manager, a cron job) Python's
``Path.home()`` asks the password database, but Qt takes ``/``: the settings went to
``/.config``, the review store to ``//.local/share`` (not the one the command line's
``default_store_path`` finds) and the export dialog opened in ``//Documents``. An empty HOME
is ``/`` to both. So, before either looks, an unset or empty HOME is set from the password
database, as Python would have found it.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping


def settle_home(env: MutableMapping[str, str] = os.environ) -> None:
    """Set ``HOME`` in ``env`` (the process's environment, which Qt reads) to the user's
    home in the password database when it is unset or empty, on POSIX systems; else, or
    when the database has no such user (a container run under an arbitrary uid), leave it."""
    if os.name != "posix" or env.get("HOME"):
        return
    import pwd

    try:
        home = pwd.getpwuid(os.getuid()).pw_dir
    except KeyError:
        return
    if home:
        env["HOME"] = home
