"""Ties, agreements, meetings and memberships from cue words around actor mentions, sentence by sentence."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg import dates
from kg.article import Agreement, Evidence, Meeting, Membership, Mention, Tie
from kg.extract.lexicon import Hit
from kg.extract.sentences import Sentence
from kg.lang.id.cues import NEGATIONS
from kg.lang.id.numbers import NUMBER_WORDS

USABLE = ("name", "capital", "agency", "person", "company")
_GROUP_GAP = re.compile(r"^\s*(?:,|dan|serta|-|–|dengan|maupun|&|bersama|\([^)]{0,30}\))?\s*(?:dan\s+)?$")
_REPORTING = re.compile(r"^\s*(?:menurut|kata|ujar|tutur|lanjut)\b", re.IGNORECASE)
_PRONOUN_START = re.compile(r"^\s*[\"“]?(?:ia|dia|beliau)\b", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:itu|tersebut|ini|tadi)\b", re.IGNORECASE)
_LIST_START = re.compile(r"(?:termasuk|yaitu|yakni|meliputi|antara lain|:)\s*", re.IGNORECASE)
_LABEL = re.compile(r"^\s*(?:untuk\s+)?(?:periode\s+)?((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)")
_MULTILATERAL = re.compile(r"\b(?:menghadiri|mengikuti|KTT)\b")
_SUBJECT_WINDOW = 6
_POSITIVE = ("cooperation", "meeting", "visit", "support")


@dataclass
class SentenceFacts:
    sentence: Sentence
    mentions: list[Mention]
    groups: list[list[Mention]]
    kinds: set[str]
    cue_hits: list[Hit]
    sectors: list[Hit]
    anaphor: bool
    agreements: list[Hit]
    acts: bool
    dates: list[dates.DateHit]
    targets: set[str] = field(default_factory=set)


@dataclass
class TieDraft:
    kinds: set[str] = field(default_factory=set)
    sectors: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)


def _in(h, s: Sentence) -> bool:
    return s.start <= h.start < s.end


def _groups(body: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions joined by "dan", ",", "-" or a parenthesised alias form one coordinated group."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and _GROUP_GAP.match(body[groups[-1][-1].end : m.start]):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _codes(group: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.code for m in group))


def _negated(body: str, hit: Hit) -> bool:
    before = body[max(0, hit.start - 20) : hit.start].lower().split()
    return bool(before) and before[-1] in NEGATIONS


def analyse_sentences(body: str, sentences: list[Sentence], hits: dict[str, list[Hit]],
                      mentions: list[Mention], *, year: int | None) -> list[SentenceFacts]:
    usable = [m for m in mentions if m.via in USABLE]
    out = []
    for s in sentences:
        ms = sorted((m for m in usable if _in(m, s)), key=lambda m: (m.start, -m.end))
        dedup: list[Mention] = []
        for m in ms:  # a person mention inside a name mention ("Presiden Korea ...") is one mention
            if dedup and m.start < dedup[-1].end:
                continue
            dedup.append(m)
        cue_hits = [h for h in hits["tie"] if _in(h, s) and not _negated(body, h)]
        facts = SentenceFacts(
            sentence=s, mentions=dedup, groups=_groups(body, dedup),
            kinds={h.value for h in cue_hits}, cue_hits=cue_hits,
            sectors=[h for h in hits["sector"] if _in(h, s) and h.value],
            anaphor=any(_in(h, s) for h in hits["anaphor"]),
            agreements=[h for h in hits["agreement"] if _in(h, s)],
            acts=any(_in(h, s) for h in hits["act"]),
            dates=[d for d in dates.find(s.text, year=year)],
        )
        for h in hits["hostile"]:
            if _in(h, s):  # the group right after a hostile word is its target, not a partner
                after = [g for g in facts.groups if g[0].start >= h.end and g[0].start - h.end < 60]
                if after:
                    facts.targets.update(_codes(after[0]))
        out.append(facts)
    return out


def focus_pair(facts: list[SentenceFacts]) -> tuple[str, ...]:
    """The two actors the article is about: most mentioned, the title counting double."""
    count: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, f in enumerate(facts):
        for m in f.mentions:
            count[m.code] += 2 if i == 0 else 1
            first.setdefault(m.code, m.start)
    ranked = sorted(count, key=lambda c: (-count[c], first[c]))
    return tuple(sorted(ranked[:2])) if len(ranked) >= 2 else ()


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _subject(f: SentenceFacts, body: str, last_subject: list[str]) -> tuple[list[str], int]:
    """The sentence's subject codes and where the subject ends; a pronoun takes the last person subject."""
    s = f.sentence
    if _PRONOUN_START.match(s.text) and last_subject:
        return last_subject, s.start + 3
    groups = list(f.groups)
    if groups and _REPORTING.match(s.text):
        groups = groups[1:]  # "Menurut Yoon, Korsel dan Vietnam ..." : Yoon reports, he is not the subject
    if not groups:
        return [], s.start
    g = groups[0]
    words_before = len(body[s.start : g[0].start].split())
    if words_before > _SUBJECT_WINDOW:
        return [], s.start
    return _codes(g), g[-1].end


def find_ties(body: str, facts: list[SentenceFacts], focus: tuple[str, ...]) -> dict[tuple[str, str], TieDraft]:
    ties: dict[tuple[str, str], TieDraft] = {}
    last_subject: list[str] = []

    def add(a: str, b: str, f: SentenceFacts, kinds: set[str], rule: str) -> None:
        if a == b or a in f.targets or b in f.targets:
            return
        draft = ties.setdefault(_pair(a, b), TieDraft())
        draft.kinds |= kinds
        draft.sectors |= {h.value for h in f.sectors}
        s = f.sentence
        draft.evidence.append(Evidence(s.text, s.start, s.end, rule))

    for f in facts:
        kinds = f.kinds & set(_POSITIVE)
        subject, subject_end = _subject(f, body, last_subject)
        if subject and any(m.via == "person" for m in f.mentions if m.code in subject):
            last_subject = subject
        if not kinds:
            continue
        for g in f.groups:
            codes = _codes(g)
            if len(codes) == 2:
                add(codes[0], codes[1], f, kinds, "pair-group")
        if subject:
            later = [g for g in f.groups if g[0].start >= subject_end]
            cue_after = [h for h in f.cue_hits if h.start >= subject_end - 1]
            for g in later:
                if any(h.end <= g[0].start for h in cue_after) or body[subject_end : g[0].start].strip().startswith("dengan"):
                    for a in subject:
                        for b in _codes(g):
                            if a not in _codes(g) or b not in subject:
                                add(a, b, f, kinds, "subject-object")
        if len(focus) == 2:
            present = {m.code for m in f.mentions}
            if f.anaphor or set(focus) <= present:
                add(focus[0], focus[1], f, kinds, "pair-anaphor" if f.anaphor else "pair-cooccurrence")
    if len(focus) == 2 and _pair(*focus) in ties:
        draft = ties[_pair(*focus)]
        for f in facts:  # sectors of the pair in focus: cooperative sentences naming no other actor
            others = {m.code for m in f.mentions} - set(focus)
            if f.kinds & {"cooperation", "support"} and not others:
                draft.sectors |= {h.value for h in f.sectors}
    return ties


def _count_before(body: str, hit: Hit) -> int:
    words = body[max(0, hit.start - 30) : hit.start].lower().split()
    if not words:
        return 1
    if words[-1].isdigit():
        return int(words[-1])
    if len(words) >= 2 and " ".join(words[-2:]) in NUMBER_WORDS:
        return NUMBER_WORDS[" ".join(words[-2:])]
    return NUMBER_WORDS.get(words[-1], 1)


def _list_items(rest: str, count: int) -> list[str]:
    m = _LIST_START.search(rest)
    if not m:
        return []
    items = [i.strip() for i in re.split(r",|;", rest[m.end() :]) if i.strip()]
    if len(items) < count:
        items = [j.strip() for i in items for j in re.split(r"\bdan\b", i) if j.strip()]
    return items[:count] if len(items) >= count else []


def find_agreements(body: str, facts: list[SentenceFacts], ties: dict[tuple[str, str], TieDraft],
                    focus: tuple[str, ...], sector_hits: list[Hit]) -> list[Agreement]:
    out: list[Agreement] = []
    for f in facts:
        s = f.sentence
        kinds_here = {h.value for h in f.agreements}
        sentence_pairs = [p for p, d in ties.items() if any(e.start == s.start for e in d.evidence)]
        if len(sentence_pairs) == 1:
            parties = sentence_pairs[0]
        elif focus and (f.anaphor or not f.mentions or set(focus) <= {m.code for m in f.mentions}):
            parties = focus
        elif sentence_pairs and focus in sentence_pairs:
            parties = focus
        elif focus:
            parties = focus
        else:
            continue
        date = next((d.value for d in f.dates), None)
        listed_until = -1
        for h in f.agreements:
            if h.start < listed_until:
                continue
            if _DEMONSTRATIVE.match(body[h.end : h.end + 30]):
                continue
            if h.value == "other" and kinds_here - {"other"}:
                continue
            if h.value in ("mou", "other") and not f.acts:
                continue
            if h.value == "joint-statement" and not (f.acts or f.anaphor or "bersama" in h.text.lower()):
                continue
            count = _count_before(body, h)
            label_match = _LABEL.match(body[h.end : h.end + 30])
            label = label_match.group(1) if label_match else ""
            evidence = Evidence(s.text, s.start, s.end, f"agreement:{h.text.lower()}")
            items = _list_items(body[h.end : s.end], count) if count > 1 else []
            if items:
                rest = body.find(items[-1], h.end)
                listed_until = rest + len(items[-1]) if rest >= 0 else s.end
                for item in items:
                    item_start = body.find(item, h.end)
                    secs = frozenset(x.value for x in sector_hits
                                     if x.value and item_start <= x.start < item_start + len(item))
                    out.append(Agreement(tuple(parties), h.value, secs, date, evidence, 1, label))
                continue
            secs = frozenset(x.value for x in f.sectors)
            out.append(Agreement(tuple(parties), h.value, secs, date, evidence, count, label))
    return _merge_agreements(out)


def _merge_agreements(items: list[Agreement]) -> list[Agreement]:
    kept: list[Agreement] = []
    for a in items:
        same = next((k for k in kept if k.kind == a.kind and set(k.parties) == set(a.parties)
                     and k.title == a.title and (a.date is None or a.date == k.date)
                     and (a.kind not in ("mou", "other") or (a.count == k.count and a.sectors <= k.sectors))), None)
        if same is None:
            kept.append(a)
        elif a.sectors - same.sectors:
            kept[kept.index(same)] = Agreement(same.parties, same.kind, same.sectors | a.sectors, same.date,
                                               same.evidence, same.count, same.title)
    return kept


def find_meetings(facts: list[SentenceFacts], ties: dict[tuple[str, str], TieDraft],
                  focus: tuple[str, ...]) -> list[Meeting]:
    meetings: list[Meeting] = []
    visits: list[Meeting] = []
    for f in facts:
        s = f.sentence
        if not f.kinds & {"meeting", "visit"}:
            continue
        date = next((d.value for d in f.dates), None)
        place = None
        evidence = Evidence(s.text, s.start, s.end, "meeting" if "meeting" in f.kinds else "visit")
        codes = list(dict.fromkeys(m.code for m in f.mentions if m.code not in f.targets))
        biggest = max((g for g in f.groups), key=lambda g: len(_codes(g)), default=[])
        if _MULTILATERAL.search(s.text) and len(_codes(biggest)) >= 3:
            groups = [tuple(sorted(_codes(biggest)))]
        else:
            groups = [p for p, d in ties.items() if any(e.start == s.start for e in d.evidence)]
            if not groups and focus and (f.anaphor or not codes):
                groups = [focus]
        target = meetings if "meeting" in f.kinds else visits
        for participants in groups:
            target.append(Meeting(tuple(participants), date, place, evidence))
    kept: list[Meeting] = []
    for m in meetings:
        same = next((k for k in kept if set(k.participants) == set(m.participants)
                     and (m.date is None or k.date is None or m.date == k.date)), None)
        if same is None:
            kept.append(m)
        elif same.date is None and m.date:
            kept[kept.index(same)] = Meeting(same.participants, m.date, same.place, same.evidence)
    for v in visits:  # a visit is the meeting it carries, unless it is from another year
        same = [k for k in kept if set(k.participants) == set(v.participants)]
        if not same or (v.date and all(k.date and k.date[:4] != v.date[:4] for k in same)):
            kept.append(v)
    return kept


_MEMBER = re.compile(r"\b(?:adalah|merupakan|sebagai)\s+anggota(?:nya)?\b", re.IGNORECASE)


def find_memberships(body: str, facts: list[SentenceFacts], orgs: set[str]) -> list[Membership]:
    """ "X adalah anggota Y", "Y, di mana X adalah anggotanya": only where the body states it."""
    out = []
    for f in facts:
        for m in _MEMBER.finditer(f.sentence.text):
            pos = f.sentence.start + m.start()
            before = [x for x in f.mentions if x.end <= pos]
            after = [x for x in f.mentions if x.start >= pos + len(m.group(0))]
            member = before[-1].code if before else None
            org = next((x.code for x in after if x.code in orgs), None)
            if org is None:
                org = next((x.code for x in reversed(before[:-1]) if x.code in orgs), None)
            if member and org and member != org and member not in orgs:
                s = f.sentence
                out.append(Membership(member, org, Evidence(s.text, s.start, s.end, "membership")))
    return out


def tie_objects(ties: dict[tuple[str, str], TieDraft], agreements: list[Agreement]) -> list[Tie]:
    """Frozen ties; a pair gets kind `agreement` exactly when an agreement names it."""
    agreed = {tuple(sorted(a.parties)) for a in agreements if len(a.parties) == 2}
    for pair in agreed:
        ties.setdefault(pair, TieDraft())  # type: ignore[arg-type]
    out = []
    for (a, b), d in sorted(ties.items()):
        kinds = set(d.kinds) | ({"agreement"} if (a, b) in agreed else set())
        sectors = set(d.sectors) | {s for ag in agreements if set(ag.parties) == {a, b} for s in ag.sectors}
        evidence = d.evidence or [ag.evidence for ag in agreements if set(ag.parties) == {a, b}][:1]
        out.append(Tie(a, b, frozenset(kinds or {"cooperation"}), frozenset(sectors), tuple(evidence)))
    return out
