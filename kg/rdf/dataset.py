"""exports/void.ttl: the dataset described with VoID and DCAT: title, licence, rights of the quoted sentences,
source articles, dates, version, counts and the dumps."""

from __future__ import annotations

from kg.rdf.mapping import article_iri, iri, lit
from kg.rdf.vocab import DIP, ID, PREFIXES, XSD
from kg.version import VERSION as __version__

DATASET = ID + "dataset"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
DATA_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
QUOTE_RIGHTS = (
    "The evidence sentences (dip:quote) are short verbatim quotations from the news articles each fact names with "
    "prov:wasDerivedFrom; their copyright stays with the articles' publishers. They are quoted, with their source, "
    "only to show what each fact was read from, as citation for research, reporting and review allows (Indonesian "
    "Law 28/2014 on Copyright, art. 44; fair use). The CC BY 4.0 licence covers the extracted facts and the graph's "
    "structure, not the quotations. Remove dip:quote triples before redistributing where quotation is not allowed.")
DUMPS = (("kg.ttl", "text/turtle"), ("kg.trig", "application/trig"), ("kg.jsonld", "application/ld+json"))
_CLASSES = ("Country", "InternationalOrganization", "Company", "Tie", "Agreement", "Meeting", "RoleAssignment",
            "ActorMembership", "Place", "TieSummary", "TieYear")
_COUNTS = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } } GROUP BY ?class
"""


def void_turtle(store, triples: int) -> bytes:
    """The dataset description (Turtle, relative IRIs for the dumps beside it). Deterministic: its dates are the
    source articles' (created: the newest article's date; temporal coverage: oldest to newest). Without a store
    (one that failed during the build) it says what it can without counts and sources."""
    counts = {r["class"]: int(r["n"]) for r in store.select(_COUNTS)} if store is not None else {}
    # The articles from the build's index: the same as asking the store, without reading all of it.
    sources = sorted((article_iri(name), published) for name, published in store.manifest.published()) \
        if store is not None else []
    dates = sorted(published for _, published in sources if published)
    def date(value: str) -> str:
        return f'"{value[:10]}"^^xsd:date'

    props: list[tuple[str, str]] = [
        ("a", "void:Dataset, dcat:Dataset"),
        ("dcterms:title", lit("kg: South Korea's foreign ties, read from Indonesian news", lang="en") + ",\n        "
         + lit("kg: hubungan luar negeri Korea Selatan dari berita berbahasa Indonesia", lang="id")),
        ("dcterms:description", lit("Actors, people with their roles, ties with their sectors, agreements, meetings and "
                                    "memberships read from news articles, each fact with its evidence sentence and its "
                                    "article; one named graph per article.", lang="en")),
        ("dcterms:license", iri(DATA_LICENSE)),
        ("dcterms:rights", lit(QUOTE_RIGHTS, lang="en")),
        ("dip:quoteRights", lit(QUOTE_RIGHTS, lang="en")),
        ("dcterms:conformsTo", iri("https://w3id.org/kg-diplomacy/ontology")),
        ("rdfs:seeAlso", iri("https://w3id.org/kg-diplomacy/ontology")),
        ("dcat:version", lit(__version__)),
        ("dcterms:creator", lit("kg " + __version__)),
        ("void:triples", str(triples)),
        ("void:documents", str(len(sources))),
        ("void:uriSpace", lit(ID)),
    ]
    if dates:
        props.append(("dcterms:created", date(dates[-1])))
        props.append(("dcterms:temporal", f"[ a dcterms:PeriodOfTime ; dcat:startDate {date(dates[0])} ; "
                                          f"dcat:endDate {date(dates[-1])} ]"))
    props.append(("void:vocabulary", ", ".join(iri(PREFIXES[v].rstrip("#"))
                                              for v in ("dip", "schema", "org", "prov", "skos", "time", "dcterms", "owl"))))
    partitions = [f"[ void:class dip:{n} ; void:entities {counts[DIP[n]]} ]" for n in _CLASSES if counts.get(DIP[n])]
    if partitions:
        props.append(("void:classPartition", ",\n        ".join(partitions)))
    props.append(("void:dataDump", ", ".join(iri(name) for name, _ in DUMPS)))
    props.append(("dcat:distribution", ",\n        ".join(
        f"[ a dcat:Distribution ; dcat:downloadURL {iri(name)} ; dcat:mediaType {lit(media)} ]" for name, media in DUMPS)))
    if sources:
        props.append(("dcterms:source", ",\n        ".join(iri(a) for a, _ in sources)))
    head = "".join(f"@prefix {p}: <{base}> .\n" for p, base in (
        ("dcat", DCAT), ("dcterms", PREFIXES["dcterms"]), ("dip", PREFIXES["dip"]), ("rdfs", PREFIXES["rdfs"]),
        ("void", VOID), ("xsd", XSD)))
    head += "# The dumps' IRIs are relative: they name the files beside this one.\n\n"
    body = f"{iri(DATASET)}\n    " + " ;\n    ".join(f"{p} {o}" for p, o in props) + " .\n"
    return (head + body).encode("utf-8")
