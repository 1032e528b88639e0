"""Closed namespaces mirroring ontology/diplomacy.ttl: an unknown term fails loudly, not silently."""

from __future__ import annotations


class ClosedNamespace:
    """IRIs of a fixed set of terms: `DIP.Tie` is an IRI string, `DIP.Tei` raises AttributeError."""

    def __init__(self, base: str, terms: str):
        self._base = base
        self._terms = frozenset(terms.split())

    def __getattr__(self, name: str) -> str:
        if name.startswith("_") or name not in self._terms:
            raise AttributeError(f"{name!r} is not a term of {self._base}")
        value = self._base + name
        setattr(self, name, value)  # later lookups are plain attribute reads
        return value

    def __getitem__(self, name: str) -> str:
        return self.__getattr__(name)

    @property
    def base(self) -> str:
        return self._base

    @property
    def terms(self) -> frozenset[str]:
        return self._terms


BASE = "https://w3id.org/kg-diplomacy/"
DIP = ClosedNamespace(BASE + "ontology#", """
    ploverType cameoCode Actor Country InternationalOrganization Company basedIn RoleAssignment Role
    ActorMembership Fact Tie Event Meeting Agreement Evidence TieSummary Measure TieKind AgreementKind
    actor tieKind sector party agreementKind count participant place evidence quote start end rule fileName
    contentHash pair articleCount weight firstDate lastDate sectorList measureOf degree weightedDegree betweenness
    pagerank community warcRecord dateSource textDate cameoActorCode Place inCountry date heldOn signedOn plannedFor
    reportedOn datePrecision year dateInferred targetYear TieYear eventCount quoteRights writtenName""")
ID = BASE + "id/"  # data IRIs: actors, people, facts, graphs
SECTOR = BASE + "sector/"
ROLE = BASE + "role/"
TIE_KIND = BASE + "tie-kind/"
AGREEMENT_KIND = BASE + "agreement-kind/"
GRAPH = ID + "graph/"

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
OWL = "http://www.w3.org/2002/07/owl#"
WD = "http://www.wikidata.org/entity/"
TIME = "http://www.w3.org/2006/time#"
PLOVER = BASE + "plover/"
# The time model's precisions: characters of an ISO date the text gives ↔ the OWL-Time unit that says so.
PRECISION = {10: TIME + "unitDay", 7: TIME + "unitMonth", 4: TIME + "unitYear"}
CAMEO = BASE + "cameo/"

PREFIXES = {
    "dip": DIP.base, "kg": ID, "graph": ID + "graph/", "country": ID + "country/", "intl": ID + "org/",
    "company": ID + "company/", "person": ID + "person/", "article": ID + "article/", "fact": ID + "fact/", "sector": SECTOR, "role": ROLE, "kind": TIE_KIND, "agr": AGREEMENT_KIND,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": RDFS, "xsd": XSD, "skos": SKOS,
    "schema": SCHEMA, "org": ORG, "prov": PROV, "dcterms": DCTERMS, "owl": OWL, "wd": WD, "time": TIME,
    "place": ID + "place/", "plover": PLOVER, "cameo": CAMEO,
}
SUMMARY_GRAPH = GRAPH + "_summary"
MEASURES_GRAPH = GRAPH + "_measures"
SHARED_GRAPH = GRAPH + "_shared"  # actors and people, described once for all articles
