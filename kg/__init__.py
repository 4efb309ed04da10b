"""kg: knowledge graphs from English news about states, alliances and arms.

Importing kg is cheap: spaCy, rdflib and the exporters load on first use.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "KGError", "Config"]

from .config import Config  # noqa: E402  (light: dataclasses only)
from .errors import KGError  # noqa: E402
