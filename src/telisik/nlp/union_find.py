"""Disjoint sets over 0, 1, 2, ...: the union-find the entity linkers group mentions and entities with."""

from __future__ import annotations

from array import array


class UnionFind:
    """Disjoint sets over 0, 1, 2, ...: a set's root is always its smallest member.

    The parents are a typed array, 4 bytes a member (two billion members at most): a run's linker holds a member per
    article entity to the end of linking, and a list held a pointer and an int object of its own for each (some 36
    bytes)."""

    def __init__(self, size: int = 0):
        self.parent = array("i", range(size))

    def add(self) -> int:
        """A new one-member set; its member."""
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> tuple[int, int] | None:
        """Join the sets of i and j; (kept root, absorbed root), None when they were one."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return None
        keep, gone = min(a, b), max(a, b)
        self.parent[gone] = keep
        return keep, gone
