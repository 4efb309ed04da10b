"""Re-run every queries/*.rq on a fresh build of seeds/ and write queries/expected/<name>.json.

Run it (make expected) after a change to extraction, then review the diff in git: the expected
results are what a user sees on the sample corpus, so a change there must be deliberate.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from kg.pipeline import build
from kg.query import read_query, run_query

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        build([str(ROOT / "seeds")], out)
        target = ROOT / "queries" / "expected"
        target.mkdir(exist_ok=True)
        for rq in sorted((ROOT / "queries").glob("*.rq")):
            result = run_query(out, read_query(str(rq)))
            data = {"variables": result.variables, "rows": result.rows}
            (target / f"{rq.stem}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")
            print(f"{rq.name}: {len(result.rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
