"""An article's web address as a comparable key: the same page however its URL is written.

The URL comes from the page (``<link rel=canonical>``, ``og:url``) or a record's url field.
It is compared without what does not name the article: the scheme, ``www.``, a trailing
slash, the fragment, tracking parameters (``utm_*``, ``fbclid``…) and letter case of the host.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit

_TRACKING = frozenset("fbclid gclid mc_cid mc_eid ref ref_src cmp ocid smid taid share".split())


@lru_cache(maxsize=1 << 14)
def url_key(url: str) -> str:
    """The article a URL names, as a comparable string; "" when it names none (no host,
    or only a site's home page). Cached: ``came_before`` asks it of pairs, again and again."""
    url = url.strip()
    if "://" not in url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in _TRACKING
    ]
    if not host or (not path and not query):
        return ""
    return host + path + ("?" + urlencode(sorted(query)) if query else "")
