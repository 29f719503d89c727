"""The package's shape: public API, light import, layering of the house."""

from __future__ import annotations

import ast
import subprocess
import sys
import types
from pathlib import Path

import fusionwatch

PACKAGE = Path(fusionwatch.__file__).parent
# STYLE.md: data flows one way; a layer imports only from the layers listed before it.
LAYERS = ["sources", "model", "store", "resolve", "analyze", "export", "serve", "cli"]
SHARED = {"errors", "settings", "__init__"}


def test_exported_members() -> None:
    exported = {name for name in dir(fusionwatch) if not name.startswith("_")
                and not isinstance(getattr(fusionwatch, name), types.ModuleType)}
    assert exported == set(fusionwatch.__all__) - {"__version__"}
    for name in fusionwatch.__all__:
        assert getattr(fusionwatch, name) is not None


def test_import_is_lazy() -> None:
    code = ("import sys, fusionwatch;"
            "loaded = [m for m in ('duckdb', 'pypinyin', 'followthemoney') if m in sys.modules];"
            "print(loaded); sys.exit(1 if loaded else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_needs_only_core_dependencies() -> None:
    code = (
        "import sys, fusionwatch, fusionwatch.cli, fusionwatch.store.ingest;"
        "heavy = [m for m in ('pyspark', 'nomenklatura', 'httpx') if m in sys.modules];"
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "fusionwatch" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in LAYERS else None


def test_layers_import_only_earlier_layers() -> None:
    problems = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        own = rel.parts[0] if len(rel.parts) > 1 else rel.stem
        if own in SHARED or own not in LAYERS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                layer = _layer(name)
                if layer and LAYERS.index(layer) > LAYERS.index(own):
                    problems.append(f"{rel}: imports {name}")
    assert problems == []
