"""The typed records that flow between stages, one module a family.

``pages``: raw documents, rejections, articles. The facts of an article and the
stories are added by their stages' record modules. Every record is a dataclass
deriving from ``base.Record``: a dict only at the edges (``to_dict``).
"""

from telisik.records.pages import Article, RawDocument, Rejection, Repair, RepairKind, location

__all__ = ["Article", "RawDocument", "Rejection", "Repair", "RepairKind", "location"]
