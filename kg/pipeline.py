"""The whole pipeline: documents -> parse -> mentions -> facts -> resolution -> RDF -> store/exports.

``build(inputs, out_dir)`` writes a finished build or nothing: everything is produced in a staging
folder inside ``out_dir`` and moved into place only when complete, so a failed build leaves the
previous one intact.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from . import __version__
from .config import Config
from .errors import ExportError, KGError
from .export import canonical_name, default_filename, get_exporter
from .ingest import Skipped, read_documents
from .io import atomic_write_text
from .lexicon import load_lexicon
from .nlp import load_pipeline, model_info
from .rdf import to_dataset
from .resolve import DocResult, Resolution, resolve
from .store import MANIFEST, STORE_DIR, write_store
from .types import Document

Progress = Callable[[str, int, int], None]     # (document id, done, total)


@dataclass
class BuildResult:
    out_dir: Path | None
    documents: list[Document]
    skipped: list[Skipped]
    resolution: Resolution
    dataset: Dataset
    seconds: float
    model: str
    files: list[str] = field(default_factory=list)

    @property
    def entity_counts(self) -> Counter[str]:
        return Counter(e.type for e in self.resolution.entities.values())

    @property
    def fact_counts(self) -> Counter[str]:
        return Counter(f.predicate for f in self.resolution.facts)


def extract_document(nlp, document: Document) -> DocResult:
    """Parse one document and extract its mentions and facts (an independent unit of work)."""
    from .extract.relations import extract_relations

    doc = nlp.make_doc(document.text)
    doc._.kg_doc_id = document.id
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    mentions = list(doc._.kg_mentions or [])
    facts = list(extract_relations(doc, mentions))
    return DocResult(document.id, mentions, facts)


def build_graph(documents: list[Document], config: Config = Config(),
                progress: Progress | None = None) -> tuple[Resolution, Dataset, list[Skipped], str]:
    """Extract, resolve and convert to RDF, in memory."""
    nlp = load_pipeline(config)
    results: list[DocResult] = []
    failed: list[Skipped] = []
    for n, document in enumerate(documents, 1):
        try:
            results.append(extract_document(nlp, document))
        except (ValueError, IndexError, KeyError, RecursionError, MemoryError) as err:
            failed.append(Skipped(document.path, f"extraction failed ({type(err).__name__}: {err})"))
        if progress:
            progress(document.id, n, len(documents))
    resolution = resolve(results, load_lexicon())
    if config.min_confidence > 0:
        for fact in resolution.facts:
            fact.evidence = [e for e in fact.evidence if e.confidence >= config.min_confidence]
        resolution.facts = [f for f in resolution.facts if f.evidence]
    kept = [d for d in documents if d.path not in {f.path for f in failed}]
    return resolution, to_dataset(resolution, kept), failed, model_info(nlp)


def build(inputs: Iterable[str | os.PathLike[str]] | str, out_dir: str | os.PathLike[str] | None,
          config: Config = Config(), progress: Progress | None = None) -> BuildResult:
    """Build a knowledge graph from ``inputs`` (folders, files, globs) into ``out_dir``.

    With ``out_dir=None`` nothing is written (the result holds the graph in memory).
    """
    started = time.perf_counter()
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    inputs = [os.fspath(i) for i in inputs]
    documents, skipped = read_documents(inputs, config)
    resolution, ds, failed, model = build_graph(documents, config, progress)
    skipped += failed
    documents = [d for d in documents if d.path not in {f.path for f in failed}]
    result = BuildResult(None, documents, skipped, resolution, ds, 0.0, model)
    if out_dir is not None:
        result.out_dir = Path(out_dir)
        result.files = _publish(result, Path(out_dir), config, inputs, started)
    result.seconds = time.perf_counter() - started
    return result


def _publish(result: BuildResult, out: Path, config: Config, inputs: list[str], started: float) -> list[str]:
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=out))
    except OSError as err:
        raise ExportError(f"{out}: cannot create the output folder ({err.strerror or err})") from err
    try:
        files: list[str] = []
        for name in config.exports:
            fmt = canonical_name(name)
            filename = default_filename(fmt)
            get_exporter(fmt)(result.dataset, staging / filename)
            files.append(filename)
        write_store(result.dataset, staging / STORE_DIR)
        manifest = _manifest(result, inputs, files, time.perf_counter() - started)
        atomic_write_text(staging / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
        _swap_in(staging, out, files)
        return files
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap_in(staging: Path, out: Path, files: list[str]) -> None:
    """Move the finished build into ``out``. The manifest goes last: it marks the build complete."""
    try:
        (out / MANIFEST).unlink(missing_ok=True)
        old_store = out / STORE_DIR
        trash = None
        if old_store.exists():
            trash = Path(tempfile.mkdtemp(prefix=".kg-old-", dir=out))
            os.replace(old_store, trash / STORE_DIR)
        os.replace(staging / STORE_DIR, out / STORE_DIR)
        for name in files:
            if (out / name).is_dir():          # a folder export (neo4j/): move the old one aside first
                if trash is None:
                    trash = Path(tempfile.mkdtemp(prefix=".kg-old-", dir=out))
                os.replace(out / name, trash / name)
            os.replace(staging / name, out / name)
        os.replace(staging / MANIFEST, out / MANIFEST)
        if trash is not None:
            shutil.rmtree(trash, ignore_errors=True)
    except OSError as err:
        raise ExportError(f"{out}: cannot move the new build into place ({err.strerror or err})") from err


def _manifest(result: BuildResult, inputs: list[str], files: list[str], seconds: float) -> dict:
    return {
        "kg_version": __version__,
        "model": result.model,
        "built_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "inputs": inputs,
        "corpus": _corpus_name(inputs),
        "documents": [{"id": d.id, "path": d.path, "sha256": d.sha256} for d in result.documents],
        "skipped": [{"path": s.path, "reason": s.reason} for s in result.skipped],
        "entities": dict(sorted(result.entity_counts.items())),
        "facts": dict(sorted(result.fact_counts.items())),
        "evidence": sum(len(f.evidence) for f in result.resolution.facts),
        "files": files + [STORE_DIR],
        "seconds": round(seconds, 2),
    }


def _corpus_name(inputs: list[str]) -> str:
    if len(inputs) == 1:
        p = Path(inputs[0])
        return (p.name or p.resolve().name) if p.is_dir() else p.stem
    return f"{len(inputs)} inputs"


def read_manifest(out_dir: str | os.PathLike[str]) -> dict:
    from .errors import BuildNotFoundError

    path = Path(out_dir) / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise BuildNotFoundError(f"{out_dir}: no kg build here (run: kg build <articles> --out {out_dir})") from err
    except (OSError, json.JSONDecodeError) as err:
        raise KGError(f"{path}: unreadable build manifest ({err})") from err
