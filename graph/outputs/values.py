"""Attribute values as the graph files hold them: one type per attribute, XML-safe text, nothing empty.

Shared by the GraphML, GEXF and CSV writers. A value is a bool, an int, a
float, text, a list of texts (GEXF ``liststring``; JSON text elsewhere) or
structured data (JSON text). None and empty text are missing values: a
writer leaves them out rather than write an empty value.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date

import networkx as nx

__all__ = ["clean_for_xml", "plain", "is_missing", "attribute_types", "node_and_edge_types", "text", "write_xml",
           "LIST"]

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# the type of an attribute whose values are lists of texts
LIST = list


def clean_for_xml(value: str) -> str:
    """Text without the characters XML 1.0 forbids; a carriage return is a line feed.

    XML readers turn a raw carriage return into a line feed anyway (in GEXF's
    attributes some keep it): making it one here gives every reader the same text.

    >>> clean_for_xml("a\\x00b\\x0bc\\nd\\re")
    'abc\\nd\\ne'
    """
    return _XML_INVALID.sub("", value).replace("\r", "\n")


def _scrub(value):
    if isinstance(value, str):
        return clean_for_xml(value)
    if isinstance(value, dict):
        return {clean_for_xml(str(k)): _scrub(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        value = sorted(value, key=str)
    if isinstance(value, list | tuple):
        return [_scrub(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def plain(value: object) -> bool | int | float | str | list[str] | None:
    """A value the files can hold: bool, int, float, text, a list of texts, or None when missing (or empty).

    An interval (a pair of days) becomes ``first/last`` (ISO 8601); other
    structured data becomes JSON text.

    >>> plain(["Mujahid", "Zabihullah Mujahid"]), plain([("2026-02-26", "2026-02-27")])
    (['Mujahid', 'Zabihullah Mujahid'], ['2026-02-26/2026-02-27'])
    >>> plain({"ASSAULT": 2}), plain(date(2026, 2, 27)), plain(""), plain([]), plain(float("nan"))
    ('{"ASSAULT": 2}', '2026-02-27', None, None, 'nan')
    """
    if value is None or value == "" or (isinstance(value, list | tuple | set | frozenset | dict) and not value):
        return None
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else list(value)
        if all(isinstance(v, str) for v in items):
            return [clean_for_xml(v) for v in items]
        if all(isinstance(v, tuple | list) and len(v) == 2 and all(isinstance(x, str) for x in v) for v in items):
            return [clean_for_xml(f"{a}/{b}") for a, b in items]
    if isinstance(value, list | tuple | set | frozenset | dict):
        # cleaned inside too: json.dumps would escape a control character, not drop it
        return json.dumps(_scrub(value), ensure_ascii=False, sort_keys=True, default=str)
    return clean_for_xml(str(value))


def is_missing(value: object) -> bool:
    return plain(value) is None


def attribute_types(items) -> dict[str, type]:
    """One type per attribute name over the elements' data: bool, int, float, LIST or str.

    An attribute whose values disagree is text (numbers as their digits);
    one whose values are all missing is left out.

    >>> attribute_types([{"a": 1, "b": True, "c": ["x"]}, {"a": 2.5, "b": None, "c": "y", "d": None}])
    {'a': <class 'float'>, 'b': <class 'bool'>, 'c': <class 'str'>}
    """
    seen: dict[str, set[type]] = {}
    for data in items:
        for key, value in data.items():
            value = plain(value)
            if value is not None:
                seen.setdefault(key, set()).add(type(value))
    result = {}
    for key, kinds in sorted(seen.items()):
        if len(kinds) == 1:
            result[key] = kinds.pop()
        elif kinds == {int, float}:
            result[key] = float
        else:
            result[key] = str
    return result


def text(value: object, kind: type) -> str | None:
    """The value as the text a file holds for an attribute of type ``kind``; None when missing.

    Booleans are ``true``/``false``, lists are JSON arrays of texts (which Gephi's
    list parser and graphology read too).

    >>> text(True, bool), text(3, float), text(["a", 'b "c"'], LIST), text(["a"], str), text(None, str)
    ('true', '3.0', '["a", "b \\\\"c\\\\""]', '["a"]', None)
    """
    value = plain(value)
    if value is None:
        return None
    if kind is bool:
        return "true" if value else "false"
    if kind is float:
        return repr(float(value))
    if kind is int:
        return str(int(value))
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def node_and_edge_types(graph: nx.MultiDiGraph) -> tuple[dict[str, type], dict[str, type]]:
    """The attribute types of the graph's nodes and of its edges."""
    return (attribute_types(d for _, d in graph.nodes(data=True)),
            attribute_types(d for _, _, d in graph.edges(data=True)))


def write_xml(root, path) -> None:
    """Write an ElementTree element, indented, with an XML declaration, to a file name or a binary file."""
    import xml.etree.ElementTree as ET

    ET.indent(root)
    tree = ET.ElementTree(root)
    if isinstance(path, str) or hasattr(path, "__fspath__"):
        with open(path, "wb") as out:
            tree.write(out, encoding="utf-8", xml_declaration=True)
    else:
        tree.write(path, encoding="utf-8", xml_declaration=True)
