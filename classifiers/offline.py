"""Keep Presidio's e-mail check off the network.

Presidio validates e-mail domains with `tldextract.extract`, whose default extractor
downloads the public-suffix list on first use (it hangs or logs tracebacks offline).
We replace that default with one that reads only tldextract's bundled snapshot.
"""

from __future__ import annotations

import tldextract
import tldextract.tldextract as _tld

_OFFLINE = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def use_bundled_suffix_list() -> None:
    """Idempotent; call before the analyzer is first used in a process."""
    _tld.TLD_EXTRACTOR = _OFFLINE
