"""kg: knowledge graphs from English news about states, alliances and arms.

    import kg
    graph = kg.build("seeds/")        # or kg.open("out/") for a build made by `kg build`
    graph.query("SELECT ...")

Importing kg is cheap: spaCy, rdflib and the exporters load on first use.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .config import Config  # noqa: E402  (light: dataclasses only)
from .errors import KGError  # noqa: E402

_API = ("build", "open", "Graph")
__all__ = ["__version__", "KGError", "Config", *_API]


def __getattr__(name: str):
    """``kg.build``, ``kg.open`` and ``kg.Graph`` come from kg.api, imported on first use."""
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
