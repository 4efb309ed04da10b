"""Stage 1: find and read the input articles.

Each input is checked before any NLP runs. A file that cannot be used (empty, binary, not UTF-8,
too large) is *skipped* with a one-line warning naming it; a path that does not exist, or inputs
with no usable file at all, raise ``InputError``.
"""
from __future__ import annotations

import glob
import hashlib
import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .errors import InputError, NoDocumentsError
from .types import Document


@dataclass(frozen=True)
class Skipped:
    """A file that was not used, and why (one line)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def find_files(inputs: Iterable[str | os.PathLike[str]], config: Config = Config()) -> list[Path]:
    """Expand folders, files and glob patterns into a sorted, de-duplicated list of files."""
    found: dict[str, Path] = {}
    for raw in inputs:
        text = os.fspath(raw)
        path = Path(text)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in config.extensions and not _hidden(child, path):
                    found.setdefault(str(child.resolve()), child)
        elif path.is_file():
            found.setdefault(str(path.resolve()), path)
        elif glob.has_magic(text):
            matches = [Path(m) for m in sorted(glob.glob(text, recursive=True)) if Path(m).is_file()]
            if not matches:
                raise InputError(f"{text}: the pattern matches no file")
            for m in matches:
                found.setdefault(str(m.resolve()), m)
        else:
            raise InputError(f"{text}: no such file or folder")
    return sorted(found.values(), key=lambda p: (p.name, str(p)))


def _hidden(child: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in child.relative_to(root).parts)


def read_document(path: Path, config: Config = Config()) -> Document | Skipped:
    """Read one file as a Document, or say why it cannot be used."""
    shown = str(path)
    try:
        size = path.stat().st_size
        if size > config.max_bytes:
            return Skipped(shown, f"too large ({size / 1e6:.1f} MB, the limit is "
                                  f"{config.max_bytes / 1e6:.1f} MB; raise it with --max-bytes)")
        data = path.read_bytes()
    except OSError as err:
        return Skipped(shown, f"cannot be read ({err.strerror or err})")
    if not data.strip():
        return Skipped(shown, "is empty")
    if b"\x00" in data[:8192]:
        return Skipped(shown, "is a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return Skipped(shown, f"is not UTF-8 text (bad byte 0x{data[err.start]:02x} at offset {err.start}); "
                              "convert it with e.g. iconv -t UTF-8")
    text = clean_text(text)
    if len(text.strip()) < config.min_chars:
        return Skipped(shown, f"has too little text ({len(text.strip())} characters)")
    if _control_share(text) > 0.05:
        return Skipped(shown, "looks binary (many control characters), not text")
    share = english_share(text)
    if share is not None and share < 0.12:
        return Skipped(shown, f"does not look like English text ({share:.0%} English function words; "
                              "kg reads English news)")
    return Document(id=document_id(path), path=shown, text=text,
                    sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


# Characters that look like plain ones and that the parser and the patterns would not take for them:
# hyphens ("Australia\u2011Philippines") and no-break spaces ("Prime\u00a0Minister"). One character for one.
PLAIN = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u2007": " "})


def clean_text(text: str) -> str:
    """Normalise newlines and Unicode (NFC), hyphens and no-break spaces, and drop zero-width and control
    characters.

    Offsets in the output refer to this cleaned text.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = text.translate(PLAIN)
    drop = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"}
    return "".join(ch for ch in text
                   if ch not in drop and (ch in "\n\t" or unicodedata.category(ch) != "Cc"))


_FUNCTION_WORDS = frozenset("""a about after against all also an and any are as at be been before between both
but by can could did do does during each for from had has have he her his how i if in into is it its may
more most must no not of on or our out over said says she should since so some such than that the their
them then there these they this those through to under until up was we were what when where which while
who will with would you""".split())


def english_share(text: str) -> float | None:
    """The share of words that are common English function words (None for very short texts).

    English prose runs at 40-50 %; German, French or Chinese text at a few percent."""
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if len(letters) >= 100 and sum(ch.isascii() for ch in letters) < 0.5 * len(letters):
        return 0.0                       # mostly another script (Chinese, Cyrillic, Arabic ...)
    prose = [line for line in text.splitlines() if _is_prose(line)]
    words = [w.strip(".,;:!?\"'()[]“”‘’").lower() for w in " ".join(prose).split()[:5000]]
    words = [w for w in words if w]
    if len(words) < 30:
        return None
    return sum(1 for w in words if w in _FUNCTION_WORDS) / len(words)


def _is_prose(line: str) -> bool:
    """A line of running text, not a table row or a list of figures."""
    words = line.split()
    if len(words) < 5 or line.count("|") >= 2 or line.count("\t") >= 2:
        return False
    digits = sum(ch.isdigit() for ch in line)
    return digits < 0.3 * len(line)


def _control_share(text: str) -> float:
    bad = sum(1 for ch in text if unicodedata.category(ch) in ("Co", "Cs") or ch == "\ufffd")
    return bad / max(len(text), 1)


def document_id(path: Path) -> str:
    """A stable id from the file name: its stem, with characters unsafe in IRIs replaced."""
    stem = path.stem or path.name
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "_" for ch in stem)
    return safe.strip("._") or "document"


def read_documents(inputs: Iterable[str | os.PathLike[str]],
                   config: Config = Config()) -> tuple[list[Document], list[Skipped]]:
    """All usable documents under ``inputs`` and the files skipped, with reasons.

    Raises ``InputError`` for a missing path and ``NoDocumentsError`` when nothing is usable.
    """
    files = find_files(inputs, config)
    inputs_shown = ", ".join(os.fspath(i) for i in inputs) if not isinstance(inputs, str) else inputs
    if not files:
        raise NoDocumentsError(f"{inputs_shown}: no input files "
                               f"(looked for {', '.join(config.extensions)})")
    docs: list[Document] = []
    skipped: list[Skipped] = []
    seen_ids: dict[str, str] = {}
    for path in files:
        result = read_document(path, config)
        if isinstance(result, Skipped):
            skipped.append(result)
            continue
        doc_id = result.id
        n = 2
        while doc_id in seen_ids:        # two files with one stem in different folders
            doc_id = f"{result.id}-{n}"
            n += 1
        seen_ids[doc_id] = result.path
        docs.append(result if doc_id == result.id else Document(doc_id, result.path, result.text, result.sha256))
    if not docs:
        reasons = "; ".join(str(s) for s in skipped[:3])
        raise NoDocumentsError(f"{inputs_shown}: no usable input file ({reasons})")
    return docs, skipped

