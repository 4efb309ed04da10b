"""One error hierarchy for kg.

Every error a user can cause (bad path, bad file, bad query, bad option) is a ``KGError`` whose
message is one line that names the offending thing. The CLI prints that line and exits non-zero;
library users catch ``KGError``.
"""
from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # one line, always
        return " ".join(self.message.split())


class InputError(KGError):
    """A path or file given to kg cannot be used (missing, empty, binary, wrong encoding, too big)."""

    exit_code = 2


class NoDocumentsError(InputError):
    """Nothing usable was found in the inputs."""


class ModelError(KGError):
    """The spaCy English model is not installed or cannot be loaded."""


class BuildNotFoundError(KGError):
    """``--out`` does not hold a finished kg build."""

    exit_code = 2


class QueryError(KGError):
    """A SPARQL query failed to parse or evaluate."""

    exit_code = 2


class ConfigError(KGError):
    """An option or configuration value is invalid."""

    exit_code = 2


class UnknownFormatError(ConfigError):
    """An export format name is not registered."""


class ExportError(KGError):
    """An exporter could not write its output."""


class GoldError(KGError):
    """A gold annotation file for ``kg eval`` is malformed."""

    exit_code = 2


class ValidationFailed(KGError):
    """SHACL validation found violations."""
