"""No import circles in src/: every `import` of a communique module, at module level or inside a function,
is an edge; a circle (cli -> cli_queries -> cli, api -> app -> pages -> api) fails with its modules named."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _name(path: Path, src: Path) -> str:
    parts = list(path.relative_to(src).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(src: Path = SRC) -> dict[str, set[str]]:
    """Module -> the communique modules it imports (a name imported from a package counts as the package,
    unless it is a submodule)."""
    files = {_name(p, src): p for p in src.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for mod, path in files.items():
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                edges.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                edges.update(f"{target}.{a.name}" if f"{target}.{a.name}" in files else target for a in node.names)
        graph[mod] = {e for e in edges if e in files and e != mod}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_circles_in_src():
    graph = import_graph()
    assert len(graph) > 50 and "communique.cli" in graph
    assert circles(graph) == [], "modules that import each other: " + "; ".join(" <-> ".join(c) for c in circles(graph))


def test_the_walk_finds_a_circle(tmp_path):
    pkg = tmp_path / "communique"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from . import b\n")
    (pkg / "b.py").write_text("def f():\n    from .a import x\n")  # inside a function counts too
    (pkg / "c.py").write_text("import communique.a\n")
    assert circles(import_graph(tmp_path)) == [["communique.a", "communique.b"]]


def test_engines_and_web_depend_one_way():
    graph = import_graph()
    assert "communique.engines.ray" not in graph["communique.pipeline"]
    assert "communique.pipeline" in graph["communique.engines.ray"]
    assert "communique.web.app" not in graph["communique.web.api"] | graph["communique.web.pages"]
    assert not any(m.startswith("communique.cli") for m in set().union(*(graph[w] for w in graph
                                                                         if w.startswith("communique.web"))))
