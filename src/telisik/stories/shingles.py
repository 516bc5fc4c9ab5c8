"""Near-duplicates (a syndicated copy, a rewrite of the same wire) by MinHash LSH over word 3-shingles.

The story clustering (``stories.cluster``) asks this index, for each article, which articles still open to
copies share a band of its signature, and takes the one whose signature is most alike as its original.
"""

from __future__ import annotations

import zlib
from collections.abc import Set as AbstractSet

import numpy as np
from datasketch import MinHash, MinHashLSH

Signature = bytes  # a MinHash's hash values, as the bytes of its array

# a shingle needs a fast, stable 32-bit hash, not a cryptographic one (datasketch's default is SHA-1);
# zlib's own function, not a wrapper: it is called once per shingle
_crc32 = zlib.crc32


class Shingles:
    """Near-duplicate candidates by MinHash LSH over word 3-shingles.

    The signatures are datasketch's (one ``MinHash``, cleared for each text,
    hashes and permutes) and the bands are its ``MinHashLSH``'s (the same number
    of bands of the same rows), so an article finds the same candidates; but a
    signature is kept as the bytes of its array and a band as a slice of them,
    the key of a plain dict: no ``MinHash`` object per article, no checks per
    call (the LSH's own insert, query and remove were a tenth of the
    clustering's time), and a signature is sent between processes as it is.
    """

    def __init__(self, threshold: float, num_perm: int):
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.bands, self.rows = lsh.b, lsh.r
        self._minhash = MinHash(num_perm=num_perm, seed=1, hashfunc=_crc32)
        self.dtype = self._minhash.hashvalues.dtype
        self.tables: list[dict[bytes, set[str]]] = [{} for _ in range(self.bands)]
        self.keys: dict[str, list[bytes]] = {}  # article -> its bands' keys
        self.signatures: dict[str, Signature] = {}

    def signature(self, shingles: AbstractSet[bytes]) -> Signature | None:
        """The MinHash of a text's shingles; None for a text too short to call anything a copy of it."""
        if len(shingles) < 8:
            return None
        m = self._minhash
        m.clear()
        m.update_batch(shingles)
        return bytes(m.hashvalues.tobytes())

    def _band_keys(self, signature: Signature) -> list[bytes]:
        # a band's values as raw bytes: any exact encoding of them (datasketch's is byte-swapped) finds the same articles
        step = self.rows * self.dtype.itemsize
        return [signature[i * step : (i + 1) * step] for i in range(self.bands)]

    def insert(self, key: str, signature: Signature) -> None:
        if key in self.keys:
            raise ValueError(f"{key!r} is in the index already")
        self.keys[key] = bands = self._band_keys(signature)
        for band, table in zip(bands, self.tables, strict=True):
            table.setdefault(band, set()).add(key)
        self.signatures[key] = signature

    def query(self, signature: Signature) -> set[str]:
        """The articles that share a band with this signature."""
        found: set[str] = set()
        for band, table in zip(self._band_keys(signature), self.tables, strict=True):
            found.update(table.get(band, ()))
        return found

    def remove(self, key: str) -> None:
        for band, table in zip(self.keys.pop(key), self.tables, strict=True):
            keys = table[band]
            keys.discard(key)
            if not keys:
                del table[band]
        del self.signatures[key]

    def jaccard(self, a: Signature, b: Signature) -> float:
        """The estimated Jaccard similarity of two signatures (as ``MinHash.jaccard`` works it out)."""
        values = np.frombuffer(a, dtype=self.dtype)
        return float(np.count_nonzero(values == np.frombuffer(b, dtype=self.dtype))) / float(len(values))
