"""Facts → RDF as N-Quads lines: deterministic IRIs minted from codes and content, one named graph per article."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from kg.article import Actor, Agreement, Article, Evidence, Meeting
from kg.gazetteers import Place, alpha3
from kg.gazetteers import default as gazetteer
from kg.rdf.iris import KINDS, key, mint, segment
from kg.rdf.vocab import (
    AGREEMENT_KIND,
    CAMEO,
    DIP,
    ORG,
    OWL,
    PLOVER,
    PRECISION,
    PROV,
    RDF_TYPE,
    RDFS,
    ROLE,
    SCHEMA,
    SECTOR,
    SKOS,
    TIE_KIND,
    WD,
    XSD,
)
from kg.store import tables

_ACTOR_CLASS = {"country": DIP.Country, "organization": DIP.InternationalOrganization, "company": DIP.Company}
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def iri(value: str) -> str:
    return f"<{value}>"


def lit(value: str, *, lang: str | None = None, datatype: str | None = None) -> str:
    quoted = '"' + value.translate(_ESCAPES) + '"'
    if lang:
        return f"{quoted}@{lang}"
    if datatype:
        return f"{quoted}^^<{datatype}>"
    return quoted


def integer(value: int) -> str:
    return lit(str(value), datatype=XSD + "integer")


def date_literal(value: str) -> str:
    """YYYY-MM-DD → xsd:date, YYYY-MM → xsd:gYearMonth, YYYY → xsd:gYear."""
    datatype = {10: "date", 7: "gYearMonth", 4: "gYear"}[len(value)]
    return lit(value, datatype=XSD + datatype)


_TRUE, _FALSE = lit("true", datatype=XSD + "boolean"), lit("false", datatype=XSD + "boolean")


def full_date(value: str) -> str:
    """A date as the text gives it ("2024", "2024-06", "2024-06-27") as a full xsd:date: the first day of its period."""
    return lit(value + {4: "-01-01", 7: "-01", 10: ""}[len(value)], datatype=XSD + "date")


def dated(fact: str, value: str, which: str, *, inferred: bool) -> list[tuple[str, str, str]]:
    """The time model's triples for a dated event: dip:date and the sub-property saying which date it is,
    its precision, year and whether it was inferred."""
    return [(fact, iri(DIP.date), full_date(value)), (fact, iri(which), full_date(value)),
            (fact, iri(DIP.datePrecision), iri(PRECISION[len(value)])), (fact, iri(DIP.year), integer(int(value[:4]))),
            (fact, iri(DIP.dateInferred), _TRUE if inferred else _FALSE)]


def reported(fact: str, published: str | None) -> list[tuple[str, str, str]]:
    """A tie's, role's or membership's date: the report's (by year: the TieYear summaries, or YEAR())."""
    return [(fact, iri(DIP.reportedOn), full_date(published))] if published else []


def person_iri(name: str, qid: str = "") -> str:
    """A person's node: keyed by their Wikidata item where kg knows it (one node whatever the spelling), else by
    the name (case, spaces and hyphens folded)."""
    return mint("person", f"wikidata {qid}") if qid else mint("person", name)


def place_iri(place: Place) -> str:
    return mint("place", place.name)


def place_triples(place: Place) -> Iterable[tuple[str, str, str]]:
    s = iri(place_iri(place))
    yield s, iri(RDF_TYPE), iri(DIP.Place)
    yield s, iri(RDFS + "label"), lit(place.name)
    if place.country:
        yield s, iri(DIP.inCountry), iri(actor_iri(place.country, "country"))
    if place.qid:
        yield s, iri(OWL + "sameAs"), iri(WD + place.qid)


def meeting_codes(m: Meeting, place: Place | None) -> tuple[str, str]:
    """(PLOVER type, CAMEO code) of a meeting: announced → AGREE 036; held where none of its participants is
    → CONSULT 044; a visit → 042; else 040."""
    if m.planned:
        return "AGREE", "036"
    if place and place.country and place.country not in m.participants:
        return "CONSULT", "044"
    return ("CONSULT", "042") if m.evidence.rule == "visit" else ("CONSULT", "040")


def agreement_codes(a: Agreement) -> tuple[str, str]:
    """Signing is SUPPORT 057 (PLOVER's crosswalk); an instrument only announced is AGREE 030."""
    return ("AGREE", "030") if a.planned else ("SUPPORT", "057")


def actor_iri(code: str, kind: str) -> str:
    return mint(kind, code)


def graph_iri(name: str) -> str:
    return mint("graph", name)


def article_iri(name: str) -> str:
    return mint("article", name)


def actor_key(code: str, kind: str) -> str:
    """An actor's IRI below kg's data namespace, as one segment: "country.kr", "company.samsung~…"."""
    return segment(actor_iri(code, kind))


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def actor_triples(actor: Actor) -> Iterable[tuple[str, str, str]]:
    s = iri(actor_iri(actor.code, actor.type))
    yield s, iri(RDF_TYPE), iri(_ACTOR_CLASS[actor.type])
    yield s, iri(SKOS + "notation"), lit(actor.code)
    yield s, iri(RDFS + "label"), lit(actor.label, lang="en")
    if actor.label_id:
        yield s, iri(RDFS + "label"), lit(actor.label_id, lang="id")
    if actor.qid:
        yield s, iri(OWL + "sameAs"), iri(WD + actor.qid)
    if actor.type == "country" and alpha3(actor.code):
        yield s, iri(DIP.cameoActorCode), lit(alpha3(actor.code))
    if actor.type == "company" and actor.of:
        yield s, iri(DIP.basedIn), iri(actor_iri(actor.of, "country"))


@dataclass(frozen=True)
class Mapped:
    """An article as RDF: its own named graph, and the shared descriptions of the actors and people
    it names (kept once in a shared graph instead of once per article)."""

    name: str
    nquads: str  # the article's named graph, N-Quads
    shared: tuple[str, ...]  # N-Triples lines describing actors and people
    ties: tuple[tuple[str, str, str, int, str], ...]  # (actor IRI, actor IRI, sorted sector ids, events, sorted kinds) per tie
    answers: tuple[tuple[str, bytes], ...] = ()  # (bundled query, its CSV rows for this article): kg.store.tables


def map_article(article: Article) -> Mapped:
    """All of an article's facts and evidence in its own named graph, in a deterministic order."""
    g = iri(graph_iri(article.name))
    a = iri(article_iri(article.name))
    kinds = {x.code: x.type for x in article.actors}
    triples: list[tuple[str, str, str]] = []
    shared: list[tuple[str, str, str]] = []
    add = triples.append

    def actor(code: str) -> str:
        if code not in kinds:  # extraction describes every actor a fact names; anything else is a bug, refused
            raise ValueError(f"fact names {code!r}, which the article does not describe as an actor")
        return iri(actor_iri(code, kinds[code]))

    def evidence(fact: str, items: tuple[Evidence, ...]) -> None:
        """Facts point at sentence nodes (one per sentence of the article) and name their rules."""
        for ev in items:
            e = iri(f"{a[1:-1]}/sentence/{ev.start}-{ev.end}")
            add((fact, iri(DIP.evidence), e))
            add((e, iri(DIP.quote), lit(ev.sentence)))
            add((e, iri(DIP.start), integer(ev.start)))
            add((e, iri(DIP.end), integer(ev.end)))
        for rule in sorted({r for ev in items for r in ev.rule.split("+")}):
            add((fact, iri(DIP.rule), lit(rule)))

    article_local = a[1:-1].rsplit("/", 1)[1]

    def fact(kind: str, key: str, cls: str, *, shared_key: str = "") -> str:
        """A fact's node: the article's own, or (for an event other articles may report) one keyed by what
        identifies the event, so that every article reporting it names the same node. A shared event's
        description goes to the shared graph, once however many articles report it (a union of the graphs then
        holds each of its triples once); the article's graph says that it reports the event, and how."""
        f = iri(f"{KINDS['fact']}{kind}/{shared_key}" if shared_key else f"{KINDS['fact']}{article_local}/{kind}/{key}")
        (shared.append if shared_key else add)((f, iri(RDF_TYPE), iri(cls)))
        add((f, iri(PROV + "wasDerivedFrom"), a))
        return f

    seen_events: dict[tuple, int] = {}

    def event_key(*identity: object) -> str:
        """The identity of an event across articles: kind, parties and day; a second event of the same identity
        in one article is another event ("dua kali bertemu")."""
        frozen = tuple(tuple(x) if isinstance(x, list) else x for x in identity)
        n = seen_events[frozen] = seen_events.get(frozen, -1) + 1
        return _digest(*identity, n)

    seen_reports: dict[str, int] = {}

    def report_key(*identity: object) -> str:
        """An event's key within its article; two alike in one sentence ("sejumlah MoU, di antaranya ...") are two."""
        k = _digest(*identity)
        n = seen_reports[k] = seen_reports.get(k, -1) + 1
        return k if n == 0 else _digest(*identity, n)

    def place_of(written: str | None) -> Place | None:
        if not written:
            return None
        p = gazetteer().place(written)
        shared.extend(place_triples(p))
        if p.country:  # the country a place is in is described, as a company's home country is
            shared.extend(actor_triples(gazetteer().actors[p.country]))
        return p

    add((a, iri(RDF_TYPE), iri(SCHEMA + "NewsArticle")))
    add((a, iri(DIP.fileName), lit(article.name)))
    add((a, iri(DIP.contentHash), lit(article.sha256)))
    add((a, iri(SCHEMA + "headline"), lit(article.title)))
    if article.published:
        add((a, iri(SCHEMA + "datePublished"), date_literal(article.published)))
    for url in sorted({u for u in (article.url, *article.sources) if u}):  # every copy's address
        add((a, iri(SCHEMA + "url"), lit(url, datatype=XSD + "anyURI")))
    if article.publisher:
        add((a, iri(SCHEMA + "publisher"), lit(article.publisher)))
    if article.record:
        add((a, iri(DIP.warcRecord), lit(article.record)))
    if article.published and article.date_source:
        add((a, iri(DIP.dateSource), lit(article.date_source)))
    if article.text_date:
        add((a, iri(DIP.textDate), date_literal(article.text_date)))
    for x in article.described:  # a company's home country: described, not mentioned as taking part
        shared.extend(actor_triples(x))
    for x in article.actors:
        shared.extend(actor_triples(x))
        add((a, iri(SCHEMA + "mentions"), actor(x.code)))

    for p in article.people:
        person = iri(person_iri(p.name, p.qid))
        shared.append((person, iri(RDF_TYPE), iri(SCHEMA + "Person")))
        shared.append((person, iri(SCHEMA + "name"), lit(p.name)))
        if p.qid:
            shared.append((person, iri(OWL + "sameAs"), iri(WD + p.qid)))
        f = fact("role", _digest(key("person", p.name), p.role, p.of), DIP.RoleAssignment)
        add((f, iri(ORG + "member"), person))
        add((f, iri(DIP.writtenName), lit(p.name)))  # as this article writes it
        add((f, iri(ORG + "organization"), actor(p.of)))
        add((f, iri(ORG + "role"), iri(ROLE + p.role)))
        triples.extend(reported(f, article.published))
        evidence(f, (p.evidence,))
    events: dict[frozenset[str], int] = {}
    for t in article.ties:
        f = fact("tie", f"{actor_key(t.a, kinds.get(t.a, 'country'))}--{actor_key(t.b, kinds.get(t.b, 'country'))}", DIP.Tie)
        add((f, iri(DIP.actor), actor(t.a)))
        add((f, iri(DIP.actor), actor(t.b)))
        for k in sorted(t.kinds):
            add((f, iri(DIP.tieKind), iri(TIE_KIND + k)))
        for s in sorted(t.sectors):
            add((f, iri(DIP.sector), iri(SECTOR + s)))
        triples.extend(reported(f, article.published))
        evidence(f, t.evidence)
    for ag in article.agreements:
        parties = sorted(ag.parties)
        one_day = bool(ag.date and len(ag.date) == 10 and not ag.inferred and ag.count == 1)
        f = fact("agreement", report_key(ag.kind, parties, sorted(ag.sectors), ag.date, ag.count, ag.title,
                                         ag.evidence.start), DIP.Agreement,
                 shared_key=event_key("agreement", ag.kind, parties, ag.date, ag.planned, sorted(ag.sectors), ag.title,
                                            ag.target) if one_day else "")
        put = shared.append if one_day else add  # what identifies the event: once, in the shared graph, if shared
        for party in parties:
            put((f, iri(DIP.party), actor(party)))
        put((f, iri(DIP.agreementKind), iri(AGREEMENT_KIND + ag.kind)))
        for s in sorted(ag.sectors):
            put((f, iri(DIP.sector), iri(SECTOR + s)))
        put((f, iri(DIP.sectorList), lit(" ".join(sorted(ag.sectors)))))
        if ag.date:
            for triple in dated(f, ag.date, DIP.plannedFor if ag.planned else DIP.signedOn, inferred=ag.inferred):
                put(triple)
        if ag.target:
            put((f, iri(DIP.targetYear), integer(ag.target)))
        place = place_of(ag.place)
        if place:
            add((f, iri(DIP.place), iri(place_iri(place))))
        plover, cameo = agreement_codes(ag)
        put((f, iri(DIP.ploverType), iri(PLOVER + plover)))
        put((f, iri(DIP.cameoCode), iri(CAMEO + cameo)))
        if ag.count > 1:
            add((f, iri(DIP.count), integer(ag.count)))
        if ag.title:
            put((f, iri(RDFS + "label"), lit(ag.title)))
        evidence(f, (ag.evidence,))
        if len(parties) == 2:
            events[frozenset(parties)] = events.get(frozenset(parties), 0) + 1
    for m in article.meetings:
        participants = sorted(m.participants)
        one_day = bool(m.date and len(m.date) == 10 and not m.inferred)
        place = place_of(m.place)
        plover, cameo = meeting_codes(m, place)  # part of the identity: reports placing it elsewhere are other events
        f = fact("meeting", report_key(participants, m.date, m.place, m.evidence.start), DIP.Meeting,
                 shared_key=event_key("meeting", participants, m.date, m.planned, cameo) if one_day else "")
        put = shared.append if one_day else add
        for code in participants:
            put((f, iri(DIP.participant), actor(code)))
        if m.date:
            for triple in dated(f, m.date, DIP.plannedFor if m.planned else DIP.heldOn, inferred=m.inferred):
                put(triple)
        if place:
            add((f, iri(DIP.place), iri(place_iri(place))))
        put((f, iri(DIP.ploverType), iri(PLOVER + plover)))
        put((f, iri(DIP.cameoCode), iri(CAMEO + cameo)))
        evidence(f, (m.evidence,))
        if len(participants) == 2:
            events[frozenset(participants)] = events.get(frozenset(participants), 0) + 1
    for ms in article.memberships:
        f = fact("membership", f"{actor_key(ms.member, kinds.get(ms.member, 'country'))}--"
                              f"{actor_key(ms.org, kinds.get(ms.org, 'country'))}", DIP.ActorMembership)
        add((f, iri(ORG + "member"), actor(ms.member)))
        add((f, iri(ORG + "organization"), actor(ms.org)))
        triples.extend(reported(f, article.published))
        evidence(f, (ms.evidence,))
    ties = tuple(sorted((min(actor(t.a), actor(t.b))[1:-1], max(actor(t.a), actor(t.b))[1:-1], " ".join(sorted(t.sectors)),
                         events.get(frozenset((t.a, t.b)), 0), " ".join(sorted(t.kinds))) for t in article.ties))
    unique = list(dict.fromkeys(triples))
    described = list(dict.fromkeys(shared))
    return Mapped(
        name=article.name,
        nquads="".join(f"{s} {p} {o} {g} .\n" for s, p, o in unique),
        shared=tuple(f"{s} {p} {o} .\n" for s, p, o in described),
        ties=ties,
        answers=tables.answers(unique, described),
    )
