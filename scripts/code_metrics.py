"""Structure figures of the telisik package, for the before/after table of a refactoring.

    python scripts/code_metrics.py [--src src/telisik] [--list]

Prints: the largest module and its lines; functions over complexity 20 and
over 60 lines (radon, each function once); mypy errors; import cycles between
the package's modules (strongly connected components of the import graph,
imports inside functions included, ``TYPE_CHECKING`` blocks not); pairs that
the ``duplicates`` command reports. radon and mypy come with the dev extra;
``duplicates`` is skipped where it is not installed.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Function

REPO = Path(__file__).resolve().parent.parent


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def functions(source: str) -> list[Function]:
    """Every function, method and closure once (radon lists a method both alone and in its class)."""
    found: dict[tuple[int, str], Function] = {}
    for block in cc_visit(source):
        members = [block, *block.closures] if isinstance(block, Function) else list(block.methods)
        for function in members:
            found.setdefault((function.lineno, function.name), function)
    return list(found.values())


def imports(path: Path, name: str, package: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for statement in node.body for child in ast.walk(statement))
    found = set()
    is_package = path.name == "__init__.py"
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {module for module in found if module.split(".")[0] == package}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components of more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=REPO / "src" / "telisik")
    parser.add_argument("--list", action="store_true", help="name the functions, cycles and mypy errors")
    args = parser.parse_args()
    root = args.src.resolve()
    files = sorted(path for path in root.rglob("*.py") if "migrations/versions" not in path.as_posix())
    sizes = {path: len(path.read_text(encoding="utf-8").splitlines()) for path in files}
    largest = max(sizes, key=lambda path: sizes[path])
    complex_functions, long_functions = [], []
    modules = {module_name(path, root): path for path in files}
    for path in files:
        for function in functions(path.read_text(encoding="utf-8")):
            where = f"{path.relative_to(root.parent)}:{function.lineno} {function.fullname}"
            if function.complexity > 20:
                complex_functions.append(f"{function.complexity:4d} {where}")
            if function.endline - function.lineno + 1 > 60:
                long_functions.append(f"{function.endline - function.lineno + 1:4d} {where}")
    graph = {}
    for name, path in modules.items():
        graph[name] = {target for target in imports(path, name, root.name) if target in modules and target != name}
    found_cycles = cycles(graph)
    mypy = subprocess.run([sys.executable, "-m", "mypy", str(root)], capture_output=True, text=True, cwd=REPO)
    summary = re.search(r"Found (\d+) errors? in (\d+) files?", mypy.stdout)
    mypy_errors = f"{summary[1]} in {summary[2]} files" if summary else ("0" if mypy.returncode == 0 else mypy.stdout[-200:])
    duplicates = "not installed"
    if shutil.which("duplicates"):
        report = subprocess.run(["duplicates", "--repo", str(root), "--seconds", "120"], capture_output=True, text=True).stdout
        duplicates = report.splitlines()[0] if report else "no output"
    print("| figure | value |\n|---|---|")
    print(f"| modules | {len(files)} |")
    print(f"| lines | {sum(sizes.values())} |")
    print(f"| largest module | {largest.relative_to(root.parent)} ({sizes[largest]} lines) |")
    print(f"| functions over complexity 20 | {len(complex_functions)} |")
    print(f"| functions over 60 lines | {len(long_functions)} |")
    print(f"| mypy errors | {mypy_errors} |")
    print(f"| import cycles | {len(found_cycles)} |")
    print(f"| duplicates | {duplicates} |")
    if args.list:
        print("\ncomplexity > 20:", *sorted(complex_functions, reverse=True), sep="\n  ")
        print("\nlonger than 60 lines:", *sorted(long_functions, reverse=True), sep="\n  ")
        print("\nimport cycles:", *(" -> ".join(cycle) for cycle in found_cycles), sep="\n  ")
        print("\nmypy:", mypy.stdout, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
