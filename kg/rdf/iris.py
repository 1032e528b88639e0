"""Every data IRI kg mints: one total function from (kind, any Unicode name) to a valid, stable IRI."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from kg.errors import KgError
from kg.rdf.vocab import GRAPH, ID

# Kinds of node and the path each lives under. Actors keep their type in the path, so a company
# called "KR" is never the country KR.
KINDS = {
    "country": ID + "country/",
    "organization": ID + "org/",
    "company": ID + "company/",
    "person": ID + "person/",
    "place": ID + "place/",
    "article": ID + "article/",
    "graph": GRAPH,
    "fact": ID + "fact/",
    "measure": ID + "measure/",
    "summary": ID + "summary/",
}

# A key made only of these characters is its own local name (readable, and one-to-one since
# nothing is changed); anything else gets an ASCII slug plus "~" and a digest of the exact key.
# "~" never occurs in a clean key, so a hashed name can never equal a clean one. A clean key does not end in
# "." ("marcos-jr."): Turtle writes that as an escaped "\." closing a prefixed name, which rdflib's parser rejects.
_CLEAN = re.compile(r"[a-z0-9](?:[a-z0-9._+\-]*[a-z0-9_+\-])?")
_NOT_SLUG = re.compile(r"[^a-z0-9+]+")
_PERSON_GAPS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013]+")
_DIGEST = 16  # hex digits: 64 bits, and every hashed name is checked against the others minted


class IriCollision(KgError):
    """Two different names were given the same IRI."""


_minted: dict[str, str] = {}


def key(kind: str, name: str) -> str:
    """The identity of a name: what two spellings must share to be one node.

    Codes of countries and organizations are upper-case by construction (the gazetteer validates
    them), so lower-casing them loses nothing; a person's name ignores case, spaces and hyphens
    ("Lee Jae-myung" is "Lee Jae Myung"); everything else is the exact name (Unicode NFC)."""
    text = unicodedata.normalize("NFC", name)
    if kind in ("country", "organization"):
        return text.lower()
    if kind in ("person", "place"):  # "Kuala Lumpur" and "kuala-lumpur" are one place
        return _PERSON_GAPS.sub("-", text.casefold()).strip("-")
    return text


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters, digits and '+', hyphenated; accents dropped, other scripts gone."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return _NOT_SLUG.sub("-", folded).strip("-")[:60].strip("-")


@lru_cache(maxsize=65536)
def local_name(identity: str) -> str:
    """The last path segment for an identity key: the key itself when it is clean, else slug~digest."""
    if _CLEAN.fullmatch(identity):
        return identity
    digest = hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()[:_DIGEST]
    slug = ascii_slug(identity)
    local = f"{slug}~{digest}" if slug else f"~{digest}"
    seen = _minted.setdefault(local, identity)
    if seen != identity:
        raise IriCollision(f"IRI collision: {identity!r} and {seen!r} both mint {local!r}")
    return local


def mint(kind: str, name: str) -> str:
    """The IRI of a node of `kind` named `name` (any string, even empty)."""
    return KINDS[kind] + local_name(key(kind, name))


def segment(node: str) -> str:
    """A node IRI of kg's data namespace as one path segment ("…/id/country/kr" → "country.kr"),
    to name what is derived from it (a measure, a pair summary, a tie between two actors)."""
    return node[len(ID):].replace("/", ".")


def path_safe(text: str) -> str:
    """A file or folder name for any text (a remote store's URL): same rule as IRIs' last segment."""
    return local_name(text.lower())
