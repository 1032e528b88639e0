"""The closed namespace mirrors ontology/diplomacy.ttl."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from kg.rdf.vocab import DIP
from kg.resources import ontology_dir


def test_every_term_is_declared_in_the_ontology_with_labels_in_both_languages():
    g = Graph().parse(ontology_dir() / "diplomacy.ttl")
    for term in DIP.terms:
        labels = {lbl.language for lbl in g.objects(URIRef(DIP[term]), URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
        assert {"id", "en"} <= labels, term


def test_every_ontology_term_is_in_the_namespace():
    g = Graph().parse(ontology_dir() / "diplomacy.ttl")
    declared = {str(s)[len(DIP.base):] for s in g.subjects() if str(s).startswith(DIP.base)}
    assert declared == set(DIP.terms)


def test_a_typo_fails_loudly():
    with pytest.raises(AttributeError, match="Tei"):
        _ = DIP.Tei


def test_sector_scheme_has_the_33_annotation_sectors():
    from kg.lang.id.sectors import SECTOR_CUES

    g = Graph().parse(ontology_dir() / "sectors.ttl")
    notations = {str(o) for o in g.objects(None, URIRef("http://www.w3.org/2004/02/skos/core#notation"))}
    assert notations == set(SECTOR_CUES) and len(notations) == 33
