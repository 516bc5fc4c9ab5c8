"""What every typed record shares: its dict at the edges, and its dict read back.

Records are plain dataclasses built by the stages. They become dicts only where
they leave the program (``analysis.json``, the store's JSON columns, the web
API, exports): ``to_dict`` writes the fields in declaration order, the order
of the keys in ``analysis.json``. A field declared with ``omit_when(None)``
(or another value) is left out of the dict when it holds that value, as the
documents written before the records were typed left such keys out.
``from_dict`` reads such a dict back (from the store), nested records included,
through pydantic, which also gives the JSON Schema of every record.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar, Self

from pydantic import TypeAdapter

_OMIT = "telisik_omit_when"
_UNSET = object()


def omit_when(value: Any, **options: Any) -> Any:
    """A dataclass field left out of ``to_dict`` when it equals ``value`` (its default unless given)."""
    default = options.pop("default", value)
    metadata = {_OMIT: value}
    if isinstance(default, list | dict):
        factory = type(default)
        return dataclasses.field(default_factory=factory, metadata=metadata, **options)
    return dataclasses.field(default=default, metadata=metadata, **options)


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def _adapter(cls: type) -> TypeAdapter[Any]:
    """The pydantic adapter of a record class, made once (building one walks every nested type)."""
    adapter = _ADAPTERS.get(cls)
    if adapter is None:
        adapter = _ADAPTERS[cls] = TypeAdapter(cls)
    return adapter


class Record:
    """Base of the typed records (each a ``@dataclass``)."""

    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            omitted = field.metadata.get(_OMIT, _UNSET)
            if omitted is not _UNSET and value == omitted:
                continue
            out[field.name] = _plain(value)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        record: Self = _adapter(cls).validate_python(data)
        return record

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        schema: dict[str, Any] = _adapter(cls).json_schema(mode="serialization")
        return schema
