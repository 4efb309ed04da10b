"""The persistent embedded RDF store of a build (Oxigraph, in ``out/store/``).

``kg query`` and ``kg stats`` open it read-only, so nothing re-parses Turtle to answer a query.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from .errors import BuildNotFoundError, KGError

STORE_DIR = "store"
MANIFEST = "build.json"


def write_store(ds: Dataset, path: Path) -> None:
    """Create a new Oxigraph store at ``path`` holding every quad of ``ds``."""
    data = ds.serialize(format="nquads", encoding="utf-8")
    store = ox.Store(str(path))
    try:
        store.load(data, format=ox.RdfFormat.N_QUADS)
        store.flush()
        store.optimize()
    finally:
        del store


def open_store(out_dir: str | Path) -> ox.Store:
    """The store of the build in ``out_dir``, read-only."""
    out = Path(out_dir)
    path = out / STORE_DIR
    if not (out / MANIFEST).is_file() or not path.is_dir():
        raise BuildNotFoundError(f"{out}: no kg build here (run: kg build <articles> --out {out})")
    try:
        return ox.Store.read_only(str(path))
    except OSError as err:
        raise KGError(f"{path}: the store cannot be opened ({err})") from err
