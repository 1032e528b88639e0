"""Dataclasses only: the Article that flows through the pipeline and the facts read from it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence, its offsets in the article body, and the rule."""

    sentence: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Actor:
    """A country, international organization or company taking part in events."""

    code: str  # ISO alpha-2, organization code, or a company's name
    type: str  # country | organization | company
    label: str  # English
    label_id: str = ""  # Indonesian
    qid: str = ""
    of: str = ""  # a company's home country


@dataclass(frozen=True)
class Mention:
    """A span of the body that names an actor (directly, by a capital, a person or an anaphor)."""

    code: str
    start: int
    end: int
    text: str
    via: str  # name | capital | agency | person | anaphor | company


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    of: str
    evidence: Evidence
    qid: str = ""  # Wikidata item of a known office holder: the person's identity, whatever the spelling


@dataclass(frozen=True)
class Tie:
    a: str
    b: str
    kinds: frozenset[str]
    sectors: frozenset[str]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Agreement:
    parties: tuple[str, ...]
    kind: str
    sectors: frozenset[str]
    date: str | None
    evidence: Evidence
    count: int = 1
    title: str = ""
    inferred: bool = False  # the date is not written with the instrument: it is the meeting's it was signed at
    planned: bool = False  # to be signed ("akan menandatangani"), not yet signed
    place: str | None = None  # where it was signed, as written
    target: int | None = None  # the year a plan aims at ("hingga 2030")


@dataclass(frozen=True)
class Meeting:
    participants: tuple[str, ...]
    date: str | None
    place: str | None
    evidence: Evidence
    inferred: bool = False  # the date is not written in the meeting's sentence: the article's or an earlier sentence's
    planned: bool = False  # announced or scheduled, not yet held


@dataclass(frozen=True)
class Membership:
    member: str
    org: str
    evidence: Evidence


@dataclass(frozen=True)
class Article:
    """One news article; each stage returns a new Article with more filled in."""

    name: str  # file name without .txt: the article's id
    source: str  # path it was read from
    raw: str
    sha256: str
    title: str = ""
    body: str = ""
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    sources: tuple[str, ...] = ()  # every URL the article was found at (syndicated copies, several crawls)
    record: str | None = None  # the WARC-Record-ID it was read from
    date_source: str | None = None  # where `published` comes from: page | dump | crawl | text
    text_date: str | None = None  # the text's own dateline, where the page's metadata says otherwise
    actors: tuple[Actor, ...] = ()
    described: tuple[Actor, ...] = ()  # actors only referred to (a company's home country), not taking part
    mentions: tuple[Mention, ...] = ()
    people: tuple[Person, ...] = ()
    ties: tuple[Tie, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    memberships: tuple[Membership, ...] = ()
    notes: tuple[str, ...] = field(default=())
