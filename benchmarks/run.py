"""Speed and memory of a kg build, printed as ratios (no timed assertions anywhere).

    python benchmarks/run.py [--copies N]

Builds the sample corpus (optionally repeated N times as separate documents) and compares:
- extraction time per document against a bare spaCy parse of the same text with the same model
  (the cost of kg's rules, resolution and RDF on top of the parser);
- peak memory of the build against the memory of the loaded pipeline alone.
The HTML view has its own benchmark: benchmarks/html_view.py.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4, help="copies of the sample corpus (default 4)")
    args = parser.parse_args()

    from kg.config import Config
    from kg.nlp import load_pipeline
    from kg.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for n in range(args.copies):
            for f in sorted((ROOT / "seeds").glob("*.txt")):
                shutil.copy(f, corpus / f"{n:02d}_{f.name}")
        texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
        chars = sum(len(t) for t in texts)

        t0 = time.perf_counter()
        nlp = load_pipeline(Config())
        load_s = time.perf_counter() - t0
        base_rss = rss_mb()

        from kg.nlp import _load_model  # the same model without kg's components, as the baseline

        bare = _load_model(None)
        t0 = time.perf_counter()
        for doc in bare.pipe(texts):
            pass
        bare_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        result = build([str(corpus)], Path(tmp) / "out")
        build_s = time.perf_counter() - t0
        peak = rss_mb()

    docs = len(result.documents)
    print(f"corpus: {docs} documents, {chars / 1000:.0f} k characters; pipeline load {load_s:.1f} s")
    print(f"bare spaCy parse     : {bare_s / docs * 1000:7.0f} ms/document")
    print(f"kg build (end to end): {build_s / docs * 1000:7.0f} ms/document")
    print(f"ratio kg build / bare parse        : {build_s / bare_s:5.2f}x")
    print(f"throughput                         : {chars / build_s / 1000:5.1f} k characters/s")
    print(f"peak memory / loaded pipeline      : {peak / base_rss:5.2f}x ({peak:.0f} MB / {base_rss:.0f} MB)")
    print(f"entities {len(result.resolution.entities)}, facts {len(result.resolution.facts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
