"""quotes: build a dataset of attributed quotations from Arabic news.

The Python API (quotes/api.py), loaded on first use:
    quotes.extract(text, published=None) -> list[quotes.Quote]   the rows a build writes for one text
    quotes.load(path) -> quotes.Version                          a built version: to_pandas(), speakers(),
                                                                 to_dataset()
"""
from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["Quote", "Version", "extract", "load", "__version__"]

if TYPE_CHECKING:
    from .api import Quote, Version, extract, load


def __getattr__(name: str):
    if name in ("Quote", "Version", "extract", "load"):
        from . import api
        return getattr(api, name)
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")
