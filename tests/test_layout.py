"""The layout shows the flow: each stage imports only earlier stages, and no module another's private names."""

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "telisik"

# leaves first, then the stages in the order data flows through them, the command line on top
ORDER = ["version", "limits", "spill", "extras", "lang", "text", "records", "pages", "nlp", "stories", "collection", "analyses", "output", "store", "engine", "api", "web", "cli", "__main__"]


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module imported, names imported from it) for every telisik import in ``path``, nested ones included."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "telisik":
            found.append((node.module, [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names if alias.name.split(".")[0] == "telisik"]
    return found


def _stage(module: str, names: list[str]) -> list[str]:
    parts = module.split(".")
    return [parts[1]] if len(parts) > 1 else [n for n in names if n in ORDER]


def test_every_stage_imports_only_earlier_stages():
    rank = {stage: n for n, stage in enumerate(ORDER)}
    against: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        stage = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        if stage not in rank:
            continue
        for module, names in _imports(path):
            for target in _stage(module, names):
                if target in rank and rank[target] > rank[stage]:
                    against[str(path.relative_to(PACKAGE))].add(target)
    assert not against, dict(against)
    assert {p.name.removesuffix(".py") for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()} <= {*ORDER, "__init__"}


def test_no_module_imports_another_modules_private_names():
    private = []
    for path in PACKAGE.rglob("*.py"):
        for module, names in _imports(path):
            private += [f"{path.relative_to(PACKAGE)}: {module}.{n}" for n in names if n.startswith("_") and not n.startswith("__")]
    assert not private
