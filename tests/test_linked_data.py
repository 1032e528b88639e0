"""Linked data experts can trust: the time model, events across articles, places, event-data alignment,
shapes that reject broken graphs, portable bundled queries and the dataset exports."""

from __future__ import annotations

import re
import subprocess
import sys

import pyoxigraph as ox
import pytest
import rdflib

from kg.cli import cli
from kg.rdf.validate import CODES, code_shapes
from kg.resources import bundled_queries, ontology_dir
from kg.store.query import rows_of

from .conftest import ROOT

DIP = rdflib.Namespace("https://w3id.org/kg-diplomacy/ontology#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
TIME = rdflib.Namespace("http://www.w3.org/2006/time#")
XSD = rdflib.XSD


@pytest.fixture(scope="module")
def ttl(built_seeds) -> rdflib.Graph:
    return rdflib.Graph().parse(built_seeds[1] / "kg.ttl", format="turtle")


def _cells(values) -> list[str]:
    return ["" if v is None else str(v) for v in values]


def test_every_bundled_query_gives_the_same_rows_on_the_store_on_kg_trig_and_on_kg_ttl(built_seeds, ttl):
    """kg's store; kg.trig in a SPARQL 1.1 store whose default graph is the union of the named graphs
    (Oxigraph); kg.ttl as one graph in rdflib: every bundled query, the same rows in the same order."""
    store, out = built_seeds
    trig = ox.Store()
    trig.load(path=str(out / "kg.trig"), format=ox.RdfFormat.TRIG)
    queries = bundled_queries()
    assert {"ties-by-year", "timeline", "agreements", "met", "memberships", "evidence"} <= set(queries)
    for name, path in queries.items():
        sparql = path.read_text(encoding="utf-8")
        assert "GRAPH" not in sparql and "PREFIX dip:" in sparql, name  # portable: no named graphs, own prefixes
        ours = rows_of(store.query(sparql))
        union = rows_of(trig.query(sparql, use_default_graph_as_union=True))
        result = ttl.query(sparql)
        rdf = ([str(v) for v in result.vars], [_cells(row) for row in result])
        assert ours[1], f"{name}: no rows on the seeds"
        assert ours == union, f"{name}: kg's store and kg.trig differ"
        assert ours == rdf, f"{name}: kg's store and kg.ttl in rdflib differ"


def test_a_date_filter_and_year_keep_every_dated_event(ttl):
    """The review found FILTER(?d >= "2020-01-01"^^xsd:date) dropping 7 of 17 events with mixed datatypes:
    every event's dip:date is now an xsd:date, with its precision, year and whether it was inferred."""
    events = set(ttl.subjects(rdflib.RDF.type, DIP.Meeting)) | set(ttl.subjects(rdflib.RDF.type, DIP.Agreement))
    dated = [e for e in events if (e, DIP.date, None) in ttl]
    assert len(dated) >= 15
    for e in dated:
        (d,) = ttl.objects(e, DIP.date)
        assert d.datatype == XSD.date
        assert ttl.value(e, DIP.datePrecision) in (TIME.unitDay, TIME.unitMonth, TIME.unitYear)
        assert int(ttl.value(e, DIP.year)) == d.toPython().year
        assert ttl.value(e, DIP.dateInferred).datatype == XSD.boolean
        which = {p for p in (DIP.heldOn, DIP.signedOn, DIP.plannedFor) if (e, p, d) in ttl}
        assert len(which) == 1, e  # which date it is
    q = """PREFIX dip: <https://w3id.org/kg-diplomacy/ontology#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
           SELECT (COUNT(?e) AS ?n) WHERE { ?e dip:date ?d FILTER(?d >= "1900-01-01"^^xsd:date && YEAR(?d) >= 1900) }"""
    assert int(next(iter(ttl.query(q)))[0]) == len(set(ttl.subjects(DIP.date, None)))
    # ties, roles and memberships are dated by their report
    for cls in (DIP.Tie, DIP.RoleAssignment, DIP.ActorMembership):
        for fact in ttl.subjects(rdflib.RDF.type, cls):
            assert ttl.value(fact, DIP.reportedOn).datatype == XSD.date


def test_a_plan_s_target_year_is_not_its_date(tmp_path, runner):
    text = ("Korea Selatan dan Vietnam Teken Rencana Aksi\n\nHANOI, Senin (3/3/2025) - Korea Selatan dan Vietnam "
            "menandatangani rencana aksi kemitraan strategis di Hanoi, Senin (3/3/2025), dengan target perdagangan "
            "hingga 2030.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(cli, ["build", str(tmp_path / "a.txt"), "--store", str(tmp_path / "s"),
                                 "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    g = rdflib.Graph().parse(tmp_path / "o" / "kg.ttl")
    plans = [p for p in g.subjects(rdflib.RDF.type, DIP.Agreement) if (p, DIP.signedOn, None) in g]
    assert plans and all(g.value(p, DIP.targetYear).toPython() == 2030 for p in plans)
    assert {str(g.value(p, DIP.signedOn)) for p in plans} == {"2025-03-03"}
    assert all(str(g.value(p, DIP.place)).endswith("/place/hanoi") for p in plans)
    assert not list(g.subjects(DIP.year, rdflib.Literal(2030)))  # a target is never a date


def test_one_meeting_reported_by_two_articles_is_one_event_with_both_reports(tmp_path, runner):
    one = ("Yoon dan Kishida Bertemu di Tokyo\n\nTOKYO - Presiden Korea Selatan Yoon Suk Yeol bertemu Perdana Menteri "
           "Jepang Fumio Kishida di Tokyo, Kamis (16/3/2023), dan sepakat memulihkan kerja sama ekonomi.\n")
    two = ("KTT Korsel-Jepang Pulihkan Hubungan\n\nJAKARTA - Presiden Korea Selatan Yoon Suk Yeol dan Perdana Menteri "
           "Jepang Fumio Kishida menggelar pertemuan puncak di Tokyo pada 16 Maret 2023. Keduanya sepakat memperkuat "
           "kerja sama keamanan.\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(one, encoding="utf-8")
    (tmp_path / "in" / "two.txt").write_text(two, encoding="utf-8")
    result = runner.invoke(cli, ["build", str(tmp_path / "in"), "--store", str(tmp_path / "s"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    g = rdflib.Graph().parse(tmp_path / "o" / "kg.ttl")
    meetings = [m for m in g.subjects(rdflib.RDF.type, DIP.Meeting) if str(g.value(m, DIP.heldOn)) == "2023-03-16"]
    assert len(meetings) == 1
    (meeting,) = meetings
    assert {str(a).rsplit("/", 1)[1] for a in g.objects(meeting, PROV.wasDerivedFrom)} == {"one", "two"}
    # each article's graph keeps its own sentence for it
    ds = rdflib.Dataset()
    ds.parse(tmp_path / "o" / "kg.trig", format="trig")
    quotes = {str(c).rsplit("/", 1)[1]: str(q) for _, _, e, c in ds.quads((meeting, DIP.evidence, None, None))
              for _, _, q, _ in ds.quads((e, DIP.quote, None, c))}
    assert set(quotes) == {"one", "two"} and quotes["one"] in one and quotes["two"] in two
    place = g.value(meeting, DIP.place)
    assert str(g.value(place, rdflib.RDFS.label)) == "Tokyo" and str(g.value(place, DIP.inCountry)).endswith("/country/jp")
    assert str(g.value(place, rdflib.OWL.sameAs)) == "http://www.wikidata.org/entity/Q1490"


def test_meeting_places_are_nodes_with_their_country(ttl):
    places = set(ttl.objects(None, DIP.place))
    assert places
    kuala_lumpur = next(p for p in places if str(ttl.value(p, rdflib.RDFS.label)) == "Kuala Lumpur")
    assert str(ttl.value(kuala_lumpur, DIP.inCountry)).endswith("/country/my")
    assert (ttl.value(kuala_lumpur, DIP.inCountry), rdflib.RDF.type, DIP.Country) in ttl


def test_events_carry_plover_types_and_cameo_codes_as_plover_s_crosswalk_assigns_them(ttl):
    schemes = rdflib.Graph()
    for name in ("diplomacy.ttl", "events.ttl"):
        schemes.parse(ontology_dir() / name)
    plover = rdflib.Namespace("https://w3id.org/kg-diplomacy/plover/")
    cameo = rdflib.Namespace("https://w3id.org/kg-diplomacy/cameo/")
    assert (cameo["057"], SKOS.broader, plover.SUPPORT) in schemes  # signing is SUPPORT, not AGREE
    assert (cameo["044"], SKOS.broader, plover.CONSULT) in schemes  # a meeting at a third location
    assert (DIP.Meeting, SKOS.closeMatch, plover.CONSULT) in schemes
    assert not list(schemes.objects(DIP.Tie, SKOS.closeMatch)) and not list(schemes.objects(DIP.Tie, DIP.ploverType))
    kinds = rdflib.Namespace("https://w3id.org/kg-diplomacy/tie-kind/")
    assert (kinds.cooperation, SKOS.closeMatch, plover.COOPERATE) in schemes
    events = set(ttl.subjects(rdflib.RDF.type, DIP.Meeting)) | set(ttl.subjects(rdflib.RDF.type, DIP.Agreement))
    for e in events:
        code = ttl.value(e, DIP.cameoCode)
        assert re.fullmatch(r"0\d\d", str(schemes.value(code, SKOS.notation))), e  # GDELT's EventCode
        assert schemes.value(code, SKOS.broader) == ttl.value(e, DIP.ploverType)
    signed = [e for e in events if (e, DIP.signedOn, None) in ttl]
    assert signed and all(ttl.value(e, DIP.cameoCode) == cameo["057"] for e in signed)
    korea = rdflib.URIRef("https://w3id.org/kg-diplomacy/id/country/kr")
    assert str(ttl.value(korea, DIP.cameoActorCode)) == "KOR"


def _broken(ttl: rdflib.Graph, update: str) -> rdflib.Graph:
    g = rdflib.Graph()
    for t in ttl:
        g.add(t)
    g.update("PREFIX dip: <https://w3id.org/kg-diplomacy/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
             "PREFIX org: <http://www.w3.org/ns/org#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
             "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> " + update)
    return g


BROKEN = {
    "a tie between a sector and a person": (
        """DELETE { ?t dip:actor ?a } INSERT { ?t dip:actor <https://w3id.org/kg-diplomacy/sector/energy>, ?p }
           WHERE { { SELECT ?t ?p WHERE { ?t a dip:Tie . ?r org:member ?p } ORDER BY ?t LIMIT 1 } ?t dip:actor ?a }""",
        "a tie joins exactly two actors"),
    "a membership of a sector": (
        """DELETE { ?m org:organization ?o } INSERT { ?m org:organization <https://w3id.org/kg-diplomacy/sector/energy> }
           WHERE { ?m a dip:ActorMembership ; org:organization ?o }""",
        "a membership is of one international organization"),
    "evidence running backwards": (
        """DELETE { ?e dip:start ?s ; dip:end ?x } INSERT { ?e dip:start 9 ; dip:end 2 }
           WHERE { { SELECT ?e WHERE { ?f dip:evidence ?e } ORDER BY ?e LIMIT 1 } ?e dip:start ?s ; dip:end ?x }""",
        "start offset must be below its end offset"),
    "a country code that is not ISO 3166": (
        """DELETE { ?c skos:notation "KR" } INSERT { ?c skos:notation "Korea" } WHERE { ?c skos:notation "KR" }""",
        "ISO 3166-1 alpha-2"),
    "an organization code kg does not know": (
        """DELETE { ?o skos:notation "ASEAN" } INSERT { ?o skos:notation "ASEANN" } WHERE { ?o a dip:InternationalOrganization ; skos:notation "ASEAN" }""",
        "organization list"),
    "an event date that is only a year": (
        """DELETE { ?e dip:date ?d } INSERT { ?e dip:date "2019"^^xsd:gYear }
           WHERE { { SELECT ?e WHERE { ?e a dip:Meeting ; dip:date ?x } ORDER BY ?e LIMIT 1 } ?e dip:date ?d }""",
        "dip:date must be one full xsd:date"),
    "a year that is not the date's": (
        """DELETE { ?e dip:year ?y } INSERT { ?e dip:year 1999 }
           WHERE { { SELECT ?e WHERE { ?e a dip:Agreement ; dip:date ?x } ORDER BY ?e LIMIT 1 } ?e dip:year ?y }""",
        "dip:year must be the year of dip:date"),
    "a meeting read from no article": (
        """DELETE { ?m prov:wasDerivedFrom ?a } WHERE { { SELECT ?m WHERE { ?m a dip:Meeting } ORDER BY ?m LIMIT 1 }
           ?m prov:wasDerivedFrom ?a }""",
        "must name the article"),
    "a meeting of one participant": (
        """DELETE { ?m dip:participant ?p } WHERE { { SELECT ?m (MIN(STR(?x)) AS ?keep) WHERE { ?m a dip:Meeting ;
           dip:participant ?x } GROUP BY ?m ORDER BY ?m LIMIT 1 } ?m dip:participant ?p FILTER(STR(?p) != ?keep) }""",
        "at least two participants"),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_kg_validate_rejects_a_broken_graph_with_a_one_line_reason(kind, ttl, tmp_path, runner):
    update, reason = BROKEN[kind]
    path = tmp_path / "broken.ttl"
    _broken(ttl, update).serialize(path, format="turtle")
    result = runner.invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if reason in line]
    assert lines, result.output[-2000:]
    assert all(line.startswith(f"{path}: <") for line in lines)  # one line each: file, node, path, why


def test_the_seed_exports_conform_without_inference(built_seeds, runner):
    out = built_seeds[1]
    result = runner.invoke(cli, ["validate", str(out / "kg.ttl"), str(out / "kg.trig"), str(out / "kg.jsonld")])
    assert result.exit_code == 0, result.output
    assert result.output.count("conforms") == 3


def test_the_shipped_code_shapes_are_the_gazetteer_s_codes():
    assert (ontology_dir() / CODES).read_text(encoding="utf-8") == code_shapes(), "run: python -m kg.rdf.validate"


def test_the_json_ld_export_parses_to_the_turtle_export_s_triples(built_seeds):
    out = built_seeds[1]
    turtle = {(t.subject, t.predicate, t.object) for t in ox.parse(path=str(out / "kg.ttl"), format=ox.RdfFormat.TURTLE)}
    jsonld = {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(out / "kg.jsonld"), format=ox.RdfFormat.JSON_LD)}
    assert turtle == jsonld
    ds = rdflib.Dataset()
    ds.parse(out / "kg.jsonld", format="json-ld")
    assert {(s, p, o) for s, p, o, _ in ds.quads()} == set(rdflib.Graph().parse(out / "kg.ttl", format="turtle"))
    assert b'"dip:actor":[' in (out / "kg.jsonld").read_bytes()  # compacted by its @context


def test_void_describes_the_dataset_its_licence_rights_sources_and_counts(built_seeds, ttl):
    out = built_seeds[1]
    g = rdflib.Graph().parse(out / "void.ttl", format="turtle", publicID=(out / "void.ttl").as_uri())
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    dct = rdflib.Namespace("http://purl.org/dc/terms/")
    dataset = rdflib.URIRef("https://w3id.org/kg-diplomacy/id/dataset")
    assert str(g.value(dataset, dct.license)) == "https://creativecommons.org/licenses/by/4.0/"
    assert "quotations" in str(g.value(dataset, dct.rights)) and g.value(dataset, dct.created) is not None
    assert len(list(g.objects(dataset, dct.source))) == 5
    assert {str(d).rsplit("/", 1)[1] for d in g.objects(dataset, void.dataDump)} == {"kg.ttl", "kg.trig", "kg.jsonld"}
    meetings = next(p for p in g.objects(dataset, void.classPartition) if g.value(p, void["class"]) == DIP.Meeting)
    assert int(g.value(meetings, void.entities)) == len(set(ttl.subjects(rdflib.RDF.type, DIP.Meeting)))


def test_the_ontology_says_its_version_creators_dates_and_licence():
    g = rdflib.Graph().parse(ontology_dir() / "diplomacy.ttl")
    onto = rdflib.URIRef("https://w3id.org/kg-diplomacy/ontology")
    dct = rdflib.Namespace("http://purl.org/dc/terms/")
    assert str(g.value(onto, rdflib.OWL.versionIRI)).startswith(str(onto) + "/")
    for p in (dct.creator, dct.created, dct.modified, dct.license):
        assert g.value(onto, p) is not None, p


def test_query_list_describes_each_bundled_query_and_bind_fixes_a_variable(built_seeds, runner):
    store = str(built_seeds[0].path)
    listed = runner.invoke(cli, ["query", "--list"]).output
    for name in bundled_queries():
        assert re.search(rf"^{re.escape(name)}\s+\S", listed, re.M), name
    out = runner.invoke(cli, ["query", "timeline", "--store", store, "--bind", "partner=ID", "--format", "csv"]).output
    rows = out.splitlines()[1:]
    assert rows and all(r.startswith("ID,") for r in rows)
    dates = [r.split(",")[1] for r in rows]
    assert dates == sorted(dates)  # in date order
    bad = runner.invoke(cli, ["query", "ties", "--store", store, "--bind", "nothing=1"])
    assert bad.exit_code != 0 and "no variable ?nothing" in bad.output


def test_the_readme_answers_a_by_year_question_and_a_partner_timeline_from_the_seeds(built_seeds, runner):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    store = str(built_seeds[0].path)
    for command in ("kg query ties-by-year", "kg query timeline --bind partner=ID"):
        assert command in readme
        args = command.split()[1:]
        out = runner.invoke(cli, [*args, "--store", store, "--format", "csv"]).output
        first = out.splitlines()[1]
        assert first.split(",")[0] in readme  # the README shows what the seeds answer


def test_the_ontology_s_html_documentation_is_current():
    """docs/ontology.html is pyLODE's page of ontology/diplomacy.ttl as it is now."""
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "ontology_docs.py"), "--check"], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-1000:]
    page = (ROOT / "docs" / "ontology.html").read_text(encoding="utf-8")
    assert "heldOn" in page and "datePrecision" in page and "cameoCode" in page


def test_people_are_keyed_by_their_wikidata_item_where_kg_knows_it_and_organizations_carry_theirs(built_seeds, ttl):
    from kg.article import Evidence, Person
    from kg.extract import _identified
    from kg.gazetteers import Gazetteer, KnownPerson, default
    from kg.rdf.mapping import person_iri

    gaz = Gazetteer(actors={}, aliases=(), people=(KnownPerson("Lee Jae-myung", "head-of-state", "KR", "Q12345"),))
    ev = Evidence("x", 0, 1, "t")
    spelled = [_identified(Person(name, "head-of-state", "KR", ev), gaz) for name in ("Lee Jae-myung", "Lee Jae Myung")]
    assert {p.qid for p in spelled} == {"Q12345"} and len({person_iri(p.name, p.qid) for p in spelled}) == 1
    assert _identified(Person("Lee Jae-myung", "minister", "JP", ev), gaz).qid == ""  # another country: not them
    assert person_iri("Kim Min-jun") != person_iri("Kim Min-jun", "Q1")
    orgs = {c: a.qid for c, a in default().actors.items() if a.type == "organization"}
    assert orgs["G20"] == "Q19771" and orgs["UN"] == "Q1065" and sum(bool(q) for q in orgs.values()) >= 26
    assert all(orgs[c] for c in ("APEC", "G7", "G20"))  # the review found these three without one
    holders = {p.name: p.qid for p in default().people}
    assert holders["Joe Biden"] == "Q6279" and sum(bool(q) for q in holders.values()) >= 5
    g20 = rdflib.URIRef("https://w3id.org/kg-diplomacy/id/org/g20")
    for org in set(ttl.subjects(rdflib.RDF.type, DIP.InternationalOrganization)) - {g20}:
        code = str(ttl.value(org, SKOS.notation))
        if orgs.get(code):
            assert str(ttl.value(org, rdflib.OWL.sameAs)) == f"http://www.wikidata.org/entity/{orgs[code]}", code
