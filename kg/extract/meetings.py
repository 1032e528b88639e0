"""Meetings, summits and visits: who met, when and where, one meeting per event, sentence by sentence."""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from kg import dates, prefilter
from kg.article import Evidence, Meeting, Mention
from kg.extract import lexicon
from kg.extract.clauses import (  # the clause and mention reading ties and meetings share
    _ADVERBIAL,
    _AFTER_ATTENDING,
    _AFTER_MEETING,
    _AGREED_TO_MEET,
    _ARRIVED,
    _AT_PLACE,
    _AT_SELA,
    _AT_SIDELINES_OF,
    _ATTENDED_THAT,
    _CO_CHAIRED,
    _DAYS_AWAY,
    _EVENT_WORDS,
    _HABITUAL,
    _I_MET,
    _MEETS_VERBS,
    _MONTHS_AWAY,
    _ONE_FORUM_AFTER,
    _PLANNED,
    _PREPARED,
    _PROCESS,
    _PRONOUN_START,
    _QUOTE_OPEN,
    _RELATION_NOUN,
    _SAME_DAY,
    _SIDELINES,
    _STOPS_INTRO,
    _SUBORDINATE,
    _THAT_MEETING,
    _THAT_MEETINGS,
    _THEN_MET,
    _THREE_WAY,
    _TWO,
    AFTER_WORDS,
    AHEAD_WORDS,
    AT_THE_TIME_OF,
    COUNTED_OPENING,
    DEADLINE_ON_DAY,
    HAPPENED_ON,
    MET_BEFORE,
    RELEASED_ON_DAY,
    SentenceFacts,
    TieDraft,
    _best_date,
    _codes,
    _day_told,
    _days_away,
    _discussed,
    _elsewhere,
    _every_mention,
    _in_span,
    _is_state,
    _lead_trio,
    _negated,
    _pair,
    _place,
    _preceded_by,
    _said_on,
    _since_without_event,
    _tie,
    _told_date,
    _town,
    _unquoted,
    day_of_agenda,
    main_actor,
    named_in_opening,
    pair_named_last,
    prepared_summit,
    recalled_place,
    relative_clauses,
    town_before,
    until_before,
)
from kg.extract.lexicon import Hit
from kg.extract.people import CONSORT_WORDS, REGNAL, is_short_form
from kg.extract.sentences import Sentence
from kg.gazetteers import default as default_gazetteer
from kg.gazetteers import fold_name
from kg.lang.id.dates import DAYS
from kg.lang.id.numbers import NUMBER_WORDS
from kg.lang.id.roles import ROLE_TITLES

# not a place between ("ASEAN-GCC di Riyadh, Jokowi"), nor a clause of what came before or after ("bertemu PM Lawrence
# Wong, sebelum menghadiri KTT ASEAN-Korea")
_LOOSE_GAP = prefilter.compile(r"^(?!.*\bdi\s+[A-Z])(?!.*\b(?:sebelum|setelah|sesudah|seusai|usai|menjelang|lalu|kemudian)\b)[^.;:]{0,30}$")
# (a hyphen joins names, "ASEAN-Korea", not the halves of a word: "bertemu di sela-sela KTT G7")
_CONNECTOR = prefilter.compile(r"(?:,|\bdan\b|\bserta\b|(?<!\w)[-–]|[-–](?!\w))")
_MULTILATERAL = prefilter.compile(r"\b(?:menghadiri|mengikuti|dihadiri|KTT)\b")
# the subject's list goes to a summit together: "Yoon dan Jokowi (sama-sama|juga) menghadiri KTT G20"
_ATTEND_TOGETHER = prefilter.compile(r",?\s+(?:(?:juga|sama-sama|bersama-sama|akan|dijadwalkan|telah|sudah|turut|kembali)\s+){0,2}"
                              r"(?:menghadiri|mengikuti|hadir\s+(?:di|dalam|pada))\b")


_WELCOMES = frozenset({"menyambut", "disambut", "sambut", "menjamu", "dijamu"})
_JOINT_PRESS = frozenset({"jumpa pers bersama", "konferensi pers bersama"})
_STOPS_CLAUSE = prefilter.compile(_STOPS_INTRO, re.IGNORECASE)


_MEETS_ONE_WORDS = r"bertemu|menemui|menerima|bertatap\s+muka\s+dengan|berjumpa|bersua|menjumpai" \
    r"|(?:melakukan|menggelar|mengadakan)\s+(?:pertemuan|pembicaraan|audiensi)(?:\s+(?:bilateral|resmi))?\s+dengan"
_SEPARATELY = prefilter.compile(r"\bsecara\s+terpisah\b|\bmasing-masing\b", re.IGNORECASE)
# (and one after another: "secara berturut-turut bertemu PM Jepang X, Presiden Prancis Y dan Kanselir Jerman Z")
# (and one after the other: "bertemu Ketua Parlemen X, kemudian Perdana Menteri Y", "... lalu dengan PM Y")
_THEN_NEXT = prefilter.compile(r"[^.;]{0,40}?,?\s+(?:dan\s+)?(?:kemudian|lalu|selanjutnya|setelah\s+itu|sesudah\s+itu|disusul)\s+"
                               r"(?:(?:juga|bertemu|menemui|menerima)\s+)?(?:dengan\s+)?[^.;]{0,40}", re.IGNORECASE)
# an opening clause of a meeting held first: "Usai bertemu dengan Raja Charles III di Istana Buckingham, ..."
_MET_FIRST = prefilter.compile(r"\s*(?:" + "|".join(w.capitalize() for w in AFTER_WORDS) + r")\s+(?:" + _MEETS_ONE_WORDS + r")\b[^,;.]*,",
                               re.IGNORECASE)
# the ties a meeting is to strengthen: "diharapkan dapat memperkuat hubungan bilateral Indonesia dengan ..."
_STRENGTHENS = prefilter.compile(r"\b(?:memperkuat|mempererat|meningkatkan|memperdalam)\s+(?:hubungan|kerja\s*sama)\b[^.;]*\Z",
                                 re.IGNORECASE)
_BILATERAL = prefilter.compile(r"\b(?:pertemuan|pembicaraan|KTT)\s+bilateral\b|\bterpisah\b|\bmasing-masing\b|\bberturut-turut\b"
                        r"|\bsatu\s+per\s+satu\b|\bbergantian\b", re.IGNORECASE)


_LEADERS_OF_STATES = prefilter.compile(r"\b(?:pemimpin|kepala)\s+(?:negara|pemerintahan|dunia)\b", re.IGNORECASE)


def _is_organization(code: str) -> bool:
    """A forum's or body's code, the two-letter ones ("UN", "EU") too; `_is_state` takes those for states."""
    actor = default_gazetteer().actors.get(code)
    return not _is_state(code) or actor is not None and actor.type == "organization"
# ", serta bertemu Presiden X": a clause of talks after the one told
_THEN_MEETS_CLAUSE = prefilter.compile(r",\s+(?:(?:dan|serta|lalu|kemudian|sekaligus)\s+)?(?:(?:juga|akan)\s+)?(?:bertemu|menemui)\b",
                                re.IGNORECASE)  # a headline's ", Bertemu PM Jepang dan PM Korsel" too


def _subject_start(text: str) -> int:
    """Where a sentence's subject starts, past an opening adverbial and its comma ("Sebelum tiba di Jakarta, ia ...")."""
    opening = _ADVERBIAL.match(text)
    return opening.end() if opening else 0
_TOGETHER_WITH = prefilter.compile(r",\s*bersama\b|\bbersama\s+dengan\b", re.IGNORECASE)
# one meeting two bodies hold ("Pertemuan Tahunan IMF dan Bank Dunia"); not "KTT APEC dan G20", two summits
_HELD_TOGETHER = prefilter.compile(r"\b(?:pertemuan|sidang)\s+(?:tahunan|musim\s+semi)\s+\Z", re.IGNORECASE)  # "pertemuan musim semi"
_AT_SUMMIT_SIDELINES = prefilter.compile(_AT_SELA + r"\s+(?:KTT|konferensi|sidang)(?:\s+(?:itu|tersebut))?\s*[.,;]",
                                  re.IGNORECASE)  # the summit just told, not named again
# "yang pertama sejak ...", "kunjungan pertamanya ke Korea Selatan sejak Juni 2019"
# "kunjungan kenegaraan pertama presiden Korea Selatan ke Filipina sejak 2011"
# (and "... pertama yang digelar setelah digelar terakhir pada bulan Desember 2019": the last one before it, then)
_FIRST_SINCE_DATE = prefilter.compile(r"\bpertama(?:nya)?\s+(?:[^\s,.;]+\s+){0,6}?(?:sejak|setelah\s+(?:[^\s,.;]+\s+){0,2}?"
                               r"terakhir(?:\s+kali)?(?:\s+(?:pada|di))?(?:\s+bulan)?)\s+"
                               r"(?:\w+\s+serupa\s+[^,.;]*?\bpada\s+)?(\S)", re.IGNORECASE)


# "sejak pemerintahan Presiden Prabowo Subianto dimulai pada Oktober lalu": when a period began, to its clause's end
_SINCE_TO_END = prefilter.compile(r"\bsejak\b[^,;.]*", re.IGNORECASE)


def _in_since_clause(f: SentenceFacts, at: int) -> bool:
    """`at` is in a "sejak ..." clause that tells no meeting or visit of its own: who it names does not meet."""
    since = _SINCE_TO_END.search(f.sentence.text)
    if not since or not f.sentence.start + since.start() < at < f.sentence.start + since.end():
        return False
    begin, end = f.sentence.start + since.start(), f.sentence.start + since.end()
    return not any(begin < h.start < end for h in f.cue_hits if h.value in ("meeting", "visit"))


def _recalled(f: SentenceFacts) -> bool:
    """The sentence tells a meeting of some time before ("Jokowi pernah bertemu Yoon di Bali"), not in a "sejak ..."
    clause of what happened since ("pertemuan ini merupakan yang pertama sejak Korut melakukan uji coba misil
    beberapa waktu lalu")."""
    return any(not _in_since_clause(f, f.sentence.start + m.start()) for m in _RECALLED.finditer(f.sentence.text))


# a clause of who the one just named is, up to the pointer: ", yang mewakili Presiden Y dalam "
_WHO_CLAUSE_BEFORE = prefilter.compile(r",\s*yang\s+[^,.;]*\Z")
_NAMED_ALONE = prefilter.compile(r"(?:[A-Z][\w'’\-]*\s+){1,4}(?:pada\s+)?")
_ONCE_CLAUSE = prefilter.compile(r",\s*yang\s+(?:juga\s+)?(?:pernah|sebelumnya|terakhir(?:\s+kali)?)\b[^,;]*,", re.IGNORECASE)


# a cue of arriving: "setelah tiba / mendarat di Roma" recalls the start of the visit told, no meeting before it
_ARRIVED_CUE = prefilter.compile(r"(?:tiba|mendarat|kedatangan)\b", re.IGNORECASE)
_AGREED_BEFORE = prefilter.compile(r"\b(?:sepakat|setuju|bersepakat)\s+(?:untuk\s+)?(?:kembali\s+)?(?:(?:menggelar|mengadakan|menyelenggarakan|melaksanakan)\s+)?\Z",
                            re.IGNORECASE)
_PREVIOUS_ONE = prefilter.compile(r"\s*(?:Pertemuan|Pembicaraan|Kunjungan|Lawatan|KTT|Sidang|Dialog|Konsultasi)\s+(?:serupa\s+)?sebelumnya\b")
_A_WEEK = prefilter.compile(r"\b(?:pekan|minggu)\b", re.IGNORECASE)


def _earlier_meeting_date(body: str, f: SentenceFacts) -> str | None:
    """The date of a meeting a subordinate or "sejak" clause recalls: "menyusul pembicaraan pertama mereka ...
    pada September tahun lalu", "sejak keduanya bertemu di Jakarta pada Juli lalu"."""
    s = f.sentence
    first = _FIRST_SINCE_DATE.search(s.text)
    if first:  # "yang pertama sejak Agustus 2019 di Gubei": the one before was then
        since = next((d for d in f.dates if d.end > s.start + first.start(1)), None)
        # not "yang pertama sejak Takaichi dilantik pada 21 Oktober": a date of something else than a meeting
        # (but "yang pertama oleh presiden Korsel ke Turkmenistan sejak Moon Jae-in pada April 2019": the one before, by
        # the one named alone)
        if since and (since.start <= s.start + first.start(1) or "serupa" in first.group(0).lower() or any(
                s.start + first.start(1) <= h.start < since.start for h in f.cue_hits if h.value in ("meeting", "visit"))
                or _NAMED_ALONE.fullmatch(body, s.start + first.start(1), since.start)):
            return since.value
        return None
    once = _ONCE_CLAUSE.search(s.text)
    if once:  # "Jokowi, yang pernah berkunjung ke Seoul pada 2022, kembali bertemu Yoon": the visit then
        a, b = s.start + once.start(), s.start + once.end()
        if any(h.value in ("meeting", "visit") and a <= h.start < b for h in f.cue_hits):
            told = next((d.value for d in f.dates if a <= d.start < b), None)
            if told:
                return told
    clause = _SUBORDINATE.search(s.text) or re.search(r"\bsejak\b", s.text)
    if not clause:
        return None
    begin = s.start + clause.start()
    # "..., setelah kunjungan pada 2019": a visit recalled is a meeting too
    cue = next((h for h in f.cue_hits if h.value in ("meeting", "visit") and h.start >= begin), None)
    if cue is None and _ORDINAL_EVENT.search(s.text, 0, clause.start()) and _BEFORE_ON.match(s.text, clause.start()):
        # "kunjungan ketiga sang raja ke Korea Selatan, setelah sebelumnya pada 2012 dan 1998": the ones before, then
        return next((d.value for d in f.dates if d.start >= begin), None)
    if cue is None or _ARRIVED_CUE.match(cue.text):
        return None  # (not "setelah tiba di Roma pada Sabtu": the arrival of the visit told, no meeting before it)
    # (not the day a stay lasts until: "setelah pertemuan puncak dengan Duda di Warsawa, saat dirinya melakukan kunjungan
    # resmi hingga hari Jumat (14/07)")
    after = next((d.value for d in f.dates if d.start >= cue.end and not until_before(body, d.start, s.start)),
                 None)
    gap = _DAYS_BEFORE_CLAUSE.search(s.text, 0, clause.start()) \
        if after is None and clause.group(0).lower() == "setelah" else None
    months = _MONTHS_BEFORE_CLAUSE.search(s.text, 0, clause.start()) \
        if after is None and gap is None and clause.group(0).lower() == "setelah" else None
    main = next((d.value for d in f.dates if d.end <= begin and len(d.value) == 10), None) if gap or months else None
    if (gap or months) and main and cue.text.upper() == "KTT" and _ONE_FORUM_AFTER.match(body, cue.end):
        return None  # "..., Jumat (14/6), sehari setelah pembukaan KTT G7": a forum's summit, not talks of theirs before
    if months and main:  # "..., Rabu (6/9), tiga bulan setelah keduanya bertemu di Hiroshima": that month, its day not told
        count, unit = _counted(months)
        if not count:
            return None
        return str(int(main[:4]) - count) if unit == "tahun" else dates.add_months(main[:7], -count)  # ("setahun": that year)
    if gap and main:  # "... pada Senin (11/3), sehari setelah Blinken bertemu Menlu Cho": the day before that
        days = _days_counted(gap)
        if not days:
            return None
        day = (datetime.date.fromisoformat(main) - datetime.timedelta(days=days)).isoformat()
        return day if days < 7 else day[:7]  # ("dua pekan setelah ...": about then, its month)
    return after


def _quoted_day(f: SentenceFacts, body: str, published: str | None) -> str | None:
    """ '"Kemarin saya bertemu Presiden Macron di Paris," kata Presiden Yoon, Selasa (12/3)': a day the speaker counts
    in a quote of their own meeting, from the day they said it (told after the quote, else the publication's)."""
    if f.quote_end is None or not _I_MET.match(body, f.sentence.start):
        return None
    said = next((d.value for d in f.dates if d.start >= f.quote_end and len(d.value) == 10), published)
    if not said or len(said) != 10:
        return None
    start = f.sentence.start
    quote = re.sub(r'["“”]', " ", body[start:f.quote_end])  # its marks blanked: the speaker's days are read
    written = {d.start for d in f.dates}
    counted = [h for h in dates.find(quote, year=int(said[:4]), month=int(said[5:7]), today=said) if start + h.start not in written]
    return counted[0].value if counted else None


# an opening clause of what the subject did before: "Usai menerima X di Jakarta pada Jumat (8/3), ..."
_OPENING_BEFORE = prefilter.compile(r"\s*(?:" + "|".join(AFTER_WORDS) + r")\s[^,;]*,", re.IGNORECASE)


def _then_met_days(f: SentenceFacts, published: str | None = None) -> tuple[int, str | None, str | None, bool] | None:
    """ "X bertemu A pada Selasa (12/3), sehari setelah bertemu B": where the clause of the partner met before (or
    after: "sebelum") starts, the main clause's day and that clause's (each from the other where only one is told and
    the days between are), and whether that clause's meeting comes after."""
    s = f.sentence
    then = next(_THEN_MET.finditer(s.text), None)
    if then is None or not s.text[: then.start()].strip() or COUNTED_OPENING.match(s.text):
        return None  # (an opening "Setelah bertemu X, ...", "Dua hari setelah bertemu X, ..." is a clause of its own)
    at = s.start + then.start()
    gap = _DAYS_BEFORE_CLAUSE.search(s.text, 0, then.start())
    days = then.group(2) or then.group(3)
    count = (1 if days.lower() == "se" else NUMBER_WORDS.get(days.lower())) if days else _days_counted(gap)
    days = days or (gap.group(0) if gap else None)
    main = next((d.value for d in f.dates if d.start < at), None)
    clause = next((d.value for d in f.dates if d.start >= at), None)
    if main is None:
        main = dates.weekday_before(s.text[: then.start()], published)  # "tiba di Jakarta pada Jumat malam setelah ..."
    # (what comes "sebelum" the main clause's day is after it)
    after = then.group(1).lower() == "sebelum"
    if clause is None and main and len(main) == 10 and not days:
        # "tiba di Jakarta pada Jumat (8/3) malam setelah mengunjungi Malaysia, tempat ia bertemu PM Anwar pada Jumat
        # pagi": the clause's weekday, the nearest such day on the side of the main clause's day it is on
        clause = dates.weekday_after(s.text, main, then.end()) if after else dates.weekday_before(s.text[then.end():], main)
    shift = datetime.timedelta(days=(count or 0) * (-1 if after else 1))
    if count and main is None and clause is not None and len(clause) == 10:
        main = (datetime.date.fromisoformat(clause) + shift).isoformat()
    elif count and clause is None and main is not None and len(main) == 10:
        clause = (datetime.date.fromisoformat(main) - shift).isoformat()
    return at, main, clause, after


def _counted(m: re.Match[str]) -> tuple[int | None, str]:
    """How many of which unit a count before a clause tells ("sehari", "dua pekan", "tiga bulan", "setahun"), by the
    groups _DAYS_BEFORE_CLAUSE and _MONTHS_BEFORE_CLAUSE share: "se" or a number word, then the unit."""
    return (1 if m.group(1) else NUMBER_WORDS.get(m.group(3).lower())), (m.group(2) or m.group(4)).lower()


def _days_counted(gap: re.Match[str] | None) -> int | None:
    """The days "sehari", "dua hari", "sepekan", "dua minggu" count (before "setelah ..."), or None."""
    if gap is None:
        return None
    count, unit = _counted(gap)
    return count * (1 if unit == "hari" else 7) if count else None


_MONTHS_BEFORE_CLAUSE = prefilter.compile(r"\b(?:(se)(bulan|tahun)|(\w+)\s+(bulan|tahun))\s+\Z", re.IGNORECASE)  # "tiga bulan", "setahun" before "setelah"
_DAYS_BEFORE_CLAUSE = prefilter.compile(r"\b(?:(se)(hari|pekan|minggu)|(\w+)\s+(hari|pekan|minggu))\s+\Z", re.IGNORECASE)  # "sehari" before "setelah ..."
# a second (third ...) one of theirs, not "pertemuan keduanya" (the two's meeting)
_NTH_OF_THEM = prefilter.compile(r"\b(?:kunjungan|lawatan|pertemuan)\s+(?:kenegaraan\s+|resmi\s+)?(?:ke-\d+|kedua|ketiga|keempat|kelima)\b"
                          # (not "pertemuan kedua pemimpin": the meeting of both): the one whose it is, where, since ...
                          r"(?=\s+(?-i:[A-Z])|\s+(?:ke|di|dalam|antara|bagi|sejak|setelah|tahun|kali|kalinya|untuk|yang)\b|\s*[,.])",
                          re.IGNORECASE)
_ORDINAL_EVENT = prefilter.compile(r"\b(?:kunjungan|lawatan|pertemuan|KTT)\s+(?:kenegaraan\s+|resmi\s+)?(?:ke-\d+|kedua|(?:ketiga|keempat|kelima)(?:nya)?)\b",
                            re.IGNORECASE)
# ("lawatan ketiganya ke Korea Selatan setelah 2015 dan 2018": the years right after "setelah" too; "pertemuan
# keduanya" is the two's meeting, not the second)
_BEFORE_ON = prefilter.compile(r"(?:setelah|sesudah)\s+(?:sebelumnya\s+)?(?:(?:pada|tahun)\s|(?=(?:19|20)\d\d\b))", re.IGNORECASE)
# a meeting being prepared is yet to be held: "sepakat mempercepat persiapan KTT trilateral"
_ATTEND_WORDS = frozenset({"menghadiri", "mengikuti", "hadir", "ktt", "konferensi", "forum", "sidang"})
_DISCUSS_BEFORE = prefilter.compile(r"\b(?:bahas|membahas|bicarakan|membicarakan|diskusikan|mendiskusikan)\s+\Z", re.IGNORECASE)


def _loose_groups(body: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions listed with commas or "dan" and a few words between ("PM X, para pemimpin ASEAN dan ...")."""
    groups: list[list[Mention]] = []
    for m in mentions:
        gap = body[groups[-1][-1].end : m.start] if groups else ""
        if groups and (_LOOSE_GAP.match(gap) and _CONNECTOR.search(gap) and len(gap.split()) <= 4
                       # not past an opening phrase's comma: "Di sela-sela KTT APEC, Presiden Yoon dan PM Jepang X bertemu"
                       and not (gap.lstrip().startswith(",") and named_in_opening(body, groups[-1][0].start))
                       # "AS Joe Biden": a post's country, then its holder; "Amerika Serikat (AS)": a name, then its acronym
                       or groups[-1][-1].code == m.code and gap.strip() in ("", "(")):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


_GOING_TO = prefilter.compile(r"\bke\s+((?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)?)")  # "... ke Jakarta": where a visit goes
# a meeting of the talkers' being prepared, told with its day: "persiapan Dialog Strategis tingkat wakil menteri yang
# akan digelar di Seoul pada Mei mendatang" (a forum's named summit is read as the forum's)
_MEETING_PREPARED = prefilter.compile(r"\b(?:persiapan|rencana)\s+(?:penyelenggaraan\s+)?(?:dialog|sidang|pertemuan|komisi|"
                                      r"konsultasi|rapat)\b[^.;]{0,80}?\byang\s+(?:akan\s+)?(?:digelar|diadakan|berlangsung|"
                                      r"dilaksanakan|diselenggarakan)\b", re.IGNORECASE)
# (not one paid back: "Chun membalas kunjungan itu ke Jakarta setahun kemudian")
_THAT_VISIT = prefilter.compile(r"(?<!membalas\s)\b(?:kunjungan|lawatan)\s+(?:itu|tersebut|ini)\b", re.IGNORECASE)
_PLAN_OF_VISIT = prefilter.compile(r"\b(?:rencana|persiapan|rangka\s+persiapan)\s+kunjungan\b", re.IGNORECASE)
# "X juga dijadwalkan bertemu Y": one more meeting, to come
_ALSO = prefilter.compile(r"\b(?:juga|pun)\b[^.;]{0,30}?\b(?:bertemu|menemui|berkunjung|mengunjungi|kunjungan|menghadap|diterima)\b", re.IGNORECASE)
_AHEAD = prefilter.compile(r"\b(?:depan|mendatang)\b", re.IGNORECASE)  # "tahun depan", "Mei mendatang": told as to come


# where the next leg or act starts in a clause: "... sebelum terbang ke Beijing", "..., lalu ke Hanoi", "dan bertemu ..."
_NEXT_LEG = prefilter.compile(r",?\s+(?:sebelum|lalu|kemudian|dan|serta)\s+", re.IGNORECASE)
# leaving for the next stop: "bertolak", "terbang", "berangkat", "melanjutkan (perjalanan)"
_LEAVING_VERBS = r"melanjutkan|bertolak|berangkat|terbang"
_BEFORE_LEAVING = prefilter.compile(r",?\s+sebelum\s+(?:" + _LEAVING_VERBS + r")\b", re.IGNORECASE)


def _last_match(pattern: prefilter.Pattern, text: str, start: int, end: int) -> re.Match[str] | None:
    return next(reversed(list(pattern.finditer(text, start, end))), None)


def day_from_event(f: SentenceFacts) -> str | None:
    """The day counted from an event whose own date follows it in the sentence ("dua hari sebelum pelantikan Presiden
    pada 20 Oktober 2024" is 18 October), or None."""
    text, start, later = f.sentence.text, f.sentence.start, _DAYS_AWAY.search(f.sentence.text)
    if not (later and later.group(3) and later.group(3).lower() not in ("sebelumnya", "kemudian")):
        return None
    after = [d for d in f.dates if d.start >= start + later.end()]
    if not after or len(after) < len(f.dates) or len(after[0].value) != 10 or \
            re.search(r"[,;()]", text[later.end():after[0].start - start].rstrip(" (")):  # (not the date's own "(18/11/2024)")
        return None
    days = _days_away(later)
    return (datetime.date.fromisoformat(after[0].value) + datetime.timedelta(days=days)).isoformat() if days else None


# what a clause recalls against the main clause's date: "Kontrak ... diteken pada Agustus 2022, beberapa pekan setelah
# kedua negara menyepakati perjanjian kerangka kerja di sela KTT NATO"
_SPAN_THEN = prefilter.compile(r",\s*(beberapa|\d+|dua|tiga|empat|lima|enam)\s+(hari|pekan|minggu|bulan)\s+(setelah|sesudah|sebelum)\b",
                        re.IGNORECASE)


def day_from_main(f: SentenceFacts) -> str | None:
    """The date of a meeting told in a clause counted from the main clause's date ("diteken pada 5 Agustus 2022, dua
    pekan setelah kedua negara menyepakati ... di sela KTT NATO" is July 2022's), where the main clause tells no
    meeting itself: as precise as the count allows ("beberapa pekan": the year)."""
    span = _SPAN_THEN.search(f.sentence.text)
    if span is None or not f.dates:
        return None
    at = f.sentence.start + span.start()
    cues = [h for h in f.cue_hits if h.value in ("meeting", "visit")]
    if any(h.start < at for h in cues) or not any(h.start > at for h in cues) or any(d.end > at for d in f.dates):
        return None
    main, count, unit = f.dates[-1].value, span.group(1).lower(), span.group(2).lower()
    if count == "beberapa" or len(main) == 4 or len(main) == 7 and unit != "bulan":
        return main[:4]
    n = (int(count) if count.isdigit() else NUMBER_WORDS[count]) * (1 if span.group(3).lower() == "sebelum" else -1)
    if unit == "bulan":
        return dates.add_months(main, n)
    day = datetime.date.fromisoformat(main) + datetime.timedelta(days=n * (7 if unit in ("pekan", "minggu") else 1))
    return day.isoformat() if unit == "hari" else day.isoformat()[:7]


def _summits_listed(body: str, f: SentenceFacts) -> list[tuple[str, str | None]]:
    """Two or more summits a sentence lists, each with its own place and date ("KTT BRICS di Johannesburg pada
    2023 dan KTT di Kazan pada 2024"): their (date, place), in order; none where the sentence tells one."""
    cues = [h for h in f.cue_hits if h.value == "meeting" and h.text.upper() in ("KTT", "PERTEMUAN", "KONFERENSI TINGKAT TINGGI")]
    out = []
    for k, h in enumerate(cues):
        until = cues[k + 1].start if k + 1 < len(cues) else f.sentence.end
        when = next((d for d in f.dates if h.end <= d.start < until), None)
        if when is None:
            return []
        out.append((when.value, _place(body[h.start:until])))
    if len(cues) < 2:  # "Pertemuan sebelumnya berlangsung di Hiroshima pada Mei 2023 dan di Jakarta pada September 2023"
        out = []
        for at in _AT_TOWN_ON.finditer(body, f.sentence.start, f.sentence.end):
            when = next((d for d in f.dates if d.start == at.end()), None)
            if when is not None:
                out.append((when.value, at.group(1)))
        told = [d for d in f.dates if any(h.end <= d.start for h in f.cue_hits if h.value in ("meeting", "visit"))]
        # (the first that others join: "dua kali tahun lalu, yaitu pada Juli dan September")
        joined = next((j for d in told if len(j := _and_dates(body, f, d.value)) > 1), []) if len(out) < 2 else []
        if joined and _earlier_meeting_date(body, f) in joined:
            joined = []  # "..., setelah kunjungan pada Juni 2022 dan Januari 2023": those the clause recalls
        # (days next to each other too where the sentence counts its meetings: "bertemu dua kali, pada Senin (11/3) dan
        # Selasa (12/3)", "berturut-turut pada ...": not one meeting of two days)
        if len(joined) >= 2 and (all(_apart(a, b) for a, b in itertools.pairwise(joined)) or _TIMES_MET.search(f.sentence.text)):
            # "bertemu pada Juli dan Oktober 2023", "di sela KTT G7 di Kananaskis pada Juni dan di sela Sidang Umum PBB
            # di New York pada September": one meeting each, where its own phrase says
            ends = [d.start for d in f.dates if d.value in joined]
            starts = [f.sentence.start, *(d.end for d in f.dates if d.value in joined)]
            out = [(v, _place(body[a:b])) for v, a, b in zip(joined, starts, ends, strict=False)]
    return out if len(out) >= 2 and len({d for d, _ in out}) == len(out) else []


_TIMES_MET = prefilter.compile(r"\b(?:dua|tiga|empat|\d)\s+kali\b|\bberturut-turut\b", re.IGNORECASE)
# "di Hiroshima pada Mei", "di Kananaskis, Kanada, pada Juni"
_AT_TOWN_ON = prefilter.compile(r"\bdi\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)(?:\s*,\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s*,)?\s+pada\s+")
_RELATIVE_TO_EVENT = prefilter.compile(r"\b(?:se(?:hari|pekan|minggu)|\w+\s+(?:hari|pekan|minggu))\s+(?:setelah|sebelum|sesudah)\b"
                                # "Sebelum KTT, Biden juga menggelar pertemuan bilateral ...": that day, around it
                                # "Sebelum upacara, Chey bertemu ...": the ceremony the article reports
                                r"|^(?:Sebelum|Setelah|Sesudah|Usai|Seusai)\s+(?:KTT|pertemuan\s+puncak|upacara|acara"
                                r"|peresmian|penandatanganan)\s*,",
                                re.IGNORECASE)
# Tourists and residents as the visitors: "dikunjungi oleh sekitar 1 juta warga Korea", "wisatawan China mengunjungi ..."
_TRAVELLERS = prefilter.compile(r"\bdikunjungi\s+(?:oleh\s+)?[^.,;]{0,25}?\b(?:warga|wisatawan|turis|pelancong)\b"
                         r"|\b(?:wisatawan|turis|pelancong)\b[^.,;]{0,30}?\b(?:berkunjung|mengunjungi)\b"
                         r"|\btamu\s+undangan\b"  # "300 tamu undangan dari kedua negara hadir": a ceremony's guests
                         # "Konser ini merupakan bagian dari tur dunia grup tersebut yang juga singgah di Bangkok": a
                         # performers' or a team's trip, no state visit
                         r"|\b(?:konser|tur\s+(?:dunia|konser|Asia)|pertandingan|turnamen)\b[^.;]{0,60}?\b(?:singgah|mampir|berkunjung"
                         r"|mengunjungi|tampil)\b", re.IGNORECASE)
_TALK_VERBS = frozenset({"membahas", "berbicara", "berbincang", "berdiskusi", "mendiskusikan", "membicarakan", "pembicaraan"})
_CALL = prefilter.compile(r"\b(?:telepon|teleponnya|menelepon|ditelepon|sambungan\s+telepon|panggilan\s+telepon)\b", re.IGNORECASE)
# the meeting a call is about, held later: "... rapat konsultasi keamanan antara Korsel dan AS (SCM) ke-52 yang digelar"
_HELD_LATER = prefilter.compile(r"[^.;]{0,100}?\byang\s+(?:akan\s+)?(?:digelar|diadakan|diselenggarakan|berlangsung|dijadwalkan)\b",
                                re.IGNORECASE)
_POSTED_TO = prefilter.compile(r"\b(?:duta\s+besar|dubes|kuasa\s+usaha|konsul\s+jenderal)\b[^.,;]{0,40}?\buntuk\s+\Z", re.IGNORECASE)
# with each of two guests apart: "menggelar pembicaraan bilateral dengan kedua tamunya"
_EACH_GUEST = prefilter.compile(r"\b(?:bilateral|terpisah)\b[^.;]*\bkedua\s+(?:tamu(?:nya)?|mitra(?:nya)?|kolega(?:nya)?|rekan(?:nya)?)\b",
                         re.IGNORECASE)
_AFTER_IT = prefilter.compile(r"\b(?:setelah|usai|seusai|selepas|sesudah|pasca)\s+\Z", re.IGNORECASE)
# "di Rio de Janeiro, Brasil", "di Museum of Modern Art, Rio de Janeiro, Brasil": the town (after a venue), its country
_ATTEND_VERB = r"\b(?:menghadiri|mengikuti|hadir\s+(?:di|dalam|pada))\b"
_ATTENDS = prefilter.compile(_ATTEND_VERB, re.IGNORECASE)


# a bloc's members listed: "sepuluh negara PIF (Forum Kepulauan Pasifik), yaitu ...", "negara anggota ASEAN, yakni ..."
_MEMBERS_LISTED = prefilter.compile(r"\bnegara(?:-negara)?\s+(?:anggota\s+)?[A-Z][\w+\-]*(?:\s+[A-Z][\w+\-]*){0,3}(?:\s*\([^()]*\))?"
                                    r"\s*,?\s*(?:yaitu|yakni|antara\s+lain|di\s+antaranya|:)\s*\Z")
# ("negara peserta APEC", "mitra dialog negara ASEAN seperti Argentina")
_MEMBERS_OF = prefilter.compile(r"\b(?:(?:negara(?:-negara)?\s+)?(?:anggota|peserta)|mitra\s+(?:dialog|wicara)(?:\s+negara)?)\s+\Z",
                                re.IGNORECASE)
# people of a country who meet among themselves, not its state
_FOLK = prefilter.compile(r"\b(?:mahasiswa|pelajar|siswa|pekerja|diaspora|alumni|penggemar|warga|wisatawan|turis|pengunjung|peserta"
                   r"|wartawan|jurnalis|awak\s+media|insan\s+pers)\b",
                   re.IGNORECASE)
# meetings of no one named, many and unnamed: "Busan akan menjadi tuan rumah berbagai pertemuan internasional"
_MANY_UNNAMED = prefilter.compile(r"\b(?:berbagai|pelbagai|aneka|banyak|beragam)\s+(?:pertemuan|acara|forum|konferensi|KTT)\b",
                           re.IGNORECASE)
# "Sejumlah kepala negara Afrika hadir, antara lain A, B, dan C": who was at the summit just told
_PRESENT_LIST = prefilter.compile(r"\bhadir\s*,?\s+(?:antara\s+lain|di\s+antaranya|termasuk)\b", re.IGNORECASE)
_DAYS_APART = prefilter.compile(r"\b(se|satu|dua|tiga)\s*hari\s+(setelah|sesudah|usai|seusai|sebelum)\s+\Z", re.IGNORECASE)
_TRIP_SUBJECT = prefilter.compile(r"\s*(?:Lawatan|Kunjungan|Rangkaian\s+(?:lawatan|kunjungan))(?:nya|\s+(?:itu|tersebut|ini|kenegaraan|resmi))?"
                           r"\s+(?:ditutup|diakhiri|dimulai|dibuka|berlanjut|dilanjutkan)\b")
# an agenda's line: "- Sabtu (23/8): pertemuan puncak dengan Perdana Menteri Jepang X"
_AGENDA_DAY_WORDS = r"\s*(?:" + "|".join(DAYS) + r")\s*(?:\([^)]*\))?\s*:"  # "- Selasa (11/11):"
_AGENDA_LINE = prefilter.compile(r"\s*[-•*]?" + _AGENDA_DAY_WORDS + r"\s*"
                                 # (a welcome first: "upacara penyambutan resmi dan pertemuan puncak dengan ...")
                                 r"(?:upacara\s+penyambutan(?:\s+resmi)?\s+dan\s+)?(?:pertemuan|pembicaraan|KTT|kunjungan)\b",
                                 re.IGNORECASE)
_AGENDA_DAY = prefilter.compile(r"\s*[-•*]" + _AGENDA_DAY_WORDS, re.IGNORECASE)  # any day's line of a list
_BEFORE_THAT = prefilter.compile(r"\s*(?:Sebelumnya|Sebelum\s+itu)\s*,")
_FOLK_BEFORE = prefilter.compile(r"\b(?:pengusaha|pebisnis|(?:pemimpin|pelaku|tokoh)\s+(?:bisnis|usaha)|diaspora|warga(?:\s+negara)?|mahasiswa|pelajar|pekerja|komunitas|masyarakat"
                          r"|tenaga\s+kerja|perantau)\s+\Z", re.IGNORECASE)
_RECALLED = prefilter.compile(r"\b(?:belum\s+lama\s+ini|baru-baru\s+ini|beberapa\s+(?:waktu|hari|pekan|minggu|bulan|tahun)\s+(?:lalu|sebelumnya|silam)"
                       # "Yoon terakhir bertemu Xi di sela KTT G20 di Bali": the last time before, not the event
                       r"|terakhir(?:\s+kali)?\s+(?:bertemu|bertatap\s+muka|berkunjung|mengunjungi|menemui)"
                       # "Jokowi pernah bertemu Yoon di Bali": once, some time before, on no day told
                       r"|pernah\s+(?:\w+\s+)?(?:bertemu|bertatap\s+muka|berkunjung|mengunjungi|menemui|menghadiri)"
                       r"|(?:pertemuan|kunjungan)\s+terakhir\s+(?:mereka|keduanya|kedua\s+\w+))\b"
                       # "Sebelum ke Jakarta, Luxon singgah di Singapura": a stop before the one told
                       r"|^\s*Sebelum\s+(?:ke|tiba\s+di|berkunjung\s+ke|mendarat\s+di)\s+(?-i:[A-Z])[^,]*,"
                       # "Dalam kunjungan sebelumnya, ...", "Pada kesempatan sebelumnya, ...": an earlier one
                       # ("Dalam lawatan ke Cina sebelumnya, Jokowi bertemu dengan Presiden Cina Xi Jinping")
                       r"|^\s*(?:Dalam|Pada|Di)\s+(?:kunjungan|lawatan|kesempatan|pertemuan)(?:\s+(?:ke|di)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?"
                       r"\s+sebelumnya\s*,", re.IGNORECASE)
_RELATIVE_CLAUSE = prefilter.compile(r",\s*yang\s+(?:juga\s+)?(?:mencakup|meliputi|termasuk)\b", re.IGNORECASE)
# ("Konferensi Tingkat Tinggi (KTT) Trilateral": the summit's word with its abbreviation)
_SUMMIT_WORDS = r"(?:pertemuan|pembicaraan|KTT|dialog|Konferensi\s+Tingkat\s+Tinggi)(?:\s*\(KTT\))?"
_TRILATERAL_TOLD = prefilter.compile(r"\b" + _SUMMIT_WORDS + r"\s+trilateral\b", re.IGNORECASE)
_TRILATERAL_WITH = prefilter.compile(_TRILATERAL_TOLD.pattern + r"[^.;]*?\bdengan\b"
                              # "bertemu PM Jepang X dan Presiden AS Y dalam pertemuan trilateral": the two met in it
                              # ("bergabung dengan PM Jepang X dan Presiden AS Y dalam pertemuan trilateral")
                              r"|\b(?:bertemu|menemui|bergabung\s+dengan)\b[^.;]*?\b(?:dalam|pada|melalui)\s+" + _TRILATERAL_TOLD.pattern,
                              re.IGNORECASE)
# the two a trilateral is held with, told beside other talks: "pertemuan bilateral dengan X, serta pertemuan trilateral
# dengan Jepang dan Amerika Serikat" (up to the clause's end)
_TRILATERAL_WITH_TWO = prefilter.compile(_TRILATERAL_TOLD.pattern + r"\s+(?:dengan|bersama)\s+([^.;,]*?)(?=[.;,]|\s+serta\b|$)",
                                  re.IGNORECASE)
# attending as the purpose of a stay: "yang tengah berada di London dalam rangka menghadiri pertemuan menlu G7"
_ATTENDING_FOR = prefilter.compile(r"\b(?:dalam\s+rangka|untuk|guna)\s+" + _ATTEND_VERB, re.IGNORECASE)
# others asked to join a summit: "untuk meminta kedua negara tersebut berpartisipasi aktif dalam KTT ..."
_ASKED_TO_ATTEND = prefilter.compile(r"\b(?:meminta|mengajak|mengundang|mendorong)\b[^.;]{0,60}?\b(?:berpartisipasi|hadir|menghadiri|ikut)"
                                     r"(?:\s+(?:aktif|secara\s+aktif))?\s+(?:(?:dalam|di|pada|ke)\s+)?(?:KTT\s+|Konferensi\s+Tingkat\s+Tinggi\s+)?"
                                     r"(?:(?-i:[A-Z])\w*\s*[-–]\s*)?\Z",  # (the other side of "KTT Korea-Afrika")
                                     re.IGNORECASE)
_FIRST_MEETING = prefilter.compile(r"\b(?:pertemuan|pembicaraan|KTT)(?:\s+(?:tatap\s+muka|langsung|puncak|bilateral))?\s+"
                                   r"(?:perdana|pertama)\b", re.IGNORECASE)
_DISCUSS_TO_COME = prefilter.compile(r"\bakan\s+(?:membahas|mendiskusikan|membicarakan|berbicara\s+tentang)\b", re.IGNORECASE)
# an event of a visit attended together, not talks: "bersama-sama menghadiri kegiatan persahabatan", "menghadiri acara
# persahabatan dengan Takaichi di Kuil Horyu-ji"
_SIDE_EVENT = prefilter.compile(r"\b(?:menghadiri|mengikuti|hadir\s+(?:di|dalam|pada))\s+(?:acara|kegiatan|upacara|pertunjukan)\s+"
                                r"(?:persahabatan|budaya|kebudayaan|peringatan|penanaman|pembukaan)\b", re.IGNORECASE)
_PAIR_OF_THEM = prefilter.compile(r"\b(?:keduanya|kedua(?:nya)?\s+(?:pihak|tokoh|pemimpin|orang))\b", re.IGNORECASE)
# talks with each of two apart, then the three's: "pertemuan terpisah dengan A dan B dan pembicaraan trilateral mereka"
_APART_THEN_TRILATERAL = prefilter.compile(r"\bterpisah\b[^.;]*?\b(?:pertemuan|pembicaraan|KTT)\s+(?:trilateral|tiga\s+pihak)\b",
                                           re.IGNORECASE)
# a meal the three share is one meeting of them: "Huang makan malam bersama Ketua Samsung X dan Ketua Hyundai Y"
_MEAL_TOGETHER = prefilter.compile(r"\b(?:makan\s+(?:malam|siang|pagi)|santap\s+(?:malam|siang)|sarapan|jamuan(?:\s+makan)?"
                            r"(?:\s+(?:malam|siang))?)\s+bersama\b", re.IGNORECASE)
_MEAL = prefilter.compile(r"\b(?:makan|santap|jamuan|sarapan)\b", re.IGNORECASE)
# one who receives two at a trilateral: "X menjamu Y dan Z dalam KTT Trilateral"
_HOSTS_TWO = prefilter.compile(r"\b(?:menjamu|menerima|menyambut)\b[^.;]*\b" + _SUMMIT_WORDS + r"\s+trilateral\b", re.IGNORECASE)
# "datang ke Indonesia untuk menghadiri KTT ASEAN-Korea", "kunjungan ... ke Korea Selatan untuk KTT APEC"
# (or came to attend, told last: "... dengan Presiden Sierra Leone, yang mengunjungi Korea Selatan untuk menghadiri KTT ...")
_THERE_TO_ATTEND = prefilter.compile(r"(?:,\s*|\s+)yang\s+(?:(?:sedang|tengah|juga)\s+)*(?:berada\s+di|mengunjungi|datang\s+ke|berkunjung\s+ke"
                                     r"|tiba\s+di)\s+[^,.;]{1,40}?\s+untuk\s+(?:menghadiri|mengikuti|hadir\s+(?:di|dalam|pada))\s+[^,.;]+"
                                     r"(?:,|(?=[.;])|$)",
                                     re.IGNORECASE)
# (and one told of as when the visit was: "berkunjung ke Indonesia saat menghadiri KTT G20 di Bali")
# (a few words may come between: "lawatan ke Spanyol untuk debut diplomasi globalnya menghadiri KTT NATO")
_TO_ATTEND = prefilter.compile(r"\b(?:untuk\s+(?:(?:(?!bertemu|menemui|mengunjungi|berkunjung)[\w\-]+\s+){0,3}?(?:menghadiri|mengikuti)\s+)?"
                               r"|(?:saat|ketika)\s+(?:menghadiri|mengikuti)\s+)"
                               r"(?:KTT|Konferensi|Forum|Sidang|pertemuan\s+puncak)\b",
                        re.IGNORECASE)
# an onward leg told from the last stop: "Dari Jakarta, Lula bertolak ke Kuala Lumpur untuk menghadiri KTT ASEAN" is
# on a day after the article's event, not on it; so is one told after it: "Setelah itu, Jokowi bertolak ke San
# Francisco untuk menghadiri KTT APEC", "Dari sana, ...", "Usai lawatan di Tokyo, ..."
# (and "Setelah (Usai) dari Seoul, Trudeau bertolak ke Hiroshima ...")
_FROM_A_TOWN = r"(?:(?:Setelah|Usai|Seusai|Sepulang)\s+)?[Dd]ari\s+(?:(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?|sana|situ)"
_FROM_THERE_ON = prefilter.compile(r"\s*(?:" + _FROM_A_TOWN + r"|Setelah\s+itu|Selanjutnya"
                            r"|(?:Usai|Seusai|Setelah)\s+(?:kunjungan|lawatan)(?:nya)?(?:\s+(?:di|ke)\s+(?-i:[A-Z])[\w\-]*"
                            r"(?:\s+(?-i:[A-Z])[\w\-]*)?)?),\s+[^.;]*?\b(?:" + _LEAVING_VERBS + r")\b", re.IGNORECASE)
_NEXT_VISITED = prefilter.compile(r"\s*Setelah\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?,\s+[^.;]*?\bdikunjungi\b", re.IGNORECASE)
# where a visit goes: "berkunjung ke Jakarta", "tiba di Seoul", "mengunjungi Hanoi", "menginjakkan kaki di Seoul", and
_WELCOMED_AT_AIRPORT = prefilter.compile(r"\b(?:menyambut|menjemput|disambut|dijemput)\s+(?:langsung\s+)?kedatangan\b[^.;]{0,120}?"
                                         r"\bdi\s+(?:Bandara|Bandar\s+Udara|Pangkalan\s+(?:TNI\s+AU|Udara)|Lanud)\b", re.IGNORECASE)
# the town of the airport landed at: "tiba di Bandara Halim Perdanakusuma, Jakarta", "mendarat di Pangkalan Udara Seoul"
_DESTINATION = prefilter.compile(r"(?:\bke|\btiba\s+di|\bmendarat\s+di|\bsinggah\s+di|\b(?:meng)?kunjungi|\bme(?:nginjak|njejak)kan\s+kaki\s+di)\s+\Z"
                          r"|\b(?:tiba|mendarat)\s+di\s+(?:Bandara|Bandar\s+Udara|Pangkalan\s+(?:TNI\s+AU|Udara)|Lanud)"
                          r"(?:\s+(?-i:[A-Z])[\w\-'.]*){0,5}(?:,|\s+di)?\s+\Z", re.IGNORECASE)
_DESTINATION_REACH = 80  # how far before a town its verb may be (an airport's name between)


def _gone_to(body: str, m: Mention, floor: int = 0) -> bool:
    """The place `m` names is where a visit goes (its verb before it, not before `floor`)."""
    return bool(_DESTINATION.search(body, max(floor, m.start - _DESTINATION_REACH), m.start))
# the visitor told before, met by the one the sentence names: "Presiden Yoon menyambut sang raja", "tamunya"
_GUEST_MET = r"\b(?:bertemu|menemui|menerima|menyambut|menjamu)\s+(?:dengan\s+)?"  # the verb that meets a guest
_THE_GUEST = prefilter.compile(_GUEST_MET + r"(?:sang\s+(?:raja|ratu|tamu|presiden|"
                        r"perdana\s+menteri|kanselir|emir|sultan|pangeran|pemimpin)|tamu(?:nya)?"
                        # "menyambut pasangan kerajaan itu", "menjamu tamu negaranya"
                        r"|pasangan\s+(?:kerajaan|raja|kepala\s+negara)\s+(?:itu|tersebut)|tamu\s+negara(?:nya)?)\b"
                        # the guest as an enclitic: "ketika Albanese juga menerimanya di Canberra"
                        r"|\b(?:menerima|menyambut|menjamu|menemui)nya\b", re.IGNORECASE)
# the one guest told before, by the post: "Presiden Joko Widodo menerima sang emir" (not "pasangan kerajaan itu": two)
_THE_ONE_GUEST = prefilter.compile(_GUEST_MET + r"sang\s+(?:raja|presiden|perdana\s+menteri|kanselir|emir|sultan|pangeran"
                            r"|putra\s+mahkota)\b", re.IGNORECASE)
_ALSO_ATTENDED = prefilter.compile(r"\byang\s+(?:juga\s+)?(?:akan\s+)?(?:turut\s+)?(?:dihadiri|digelar|diselenggarakan|dipimpin)"
                            r"(?:\s+bersama)?(?:\s+oleh)?\s+", re.IGNORECASE)
# "... untuk menghadiri KTT ASEAN-Korea dan melakukan kunjungan bilateral ke Indonesia": the host is visited too
_OWN_VISIT = prefilter.compile(r"\bkunjungan\s+(?:bilateral|kenegaraan|resmi)\b", re.IGNORECASE)
_CHAIR_OF = prefilter.compile(r"[^.;,]{0,40}?,?\s*(?i:selaku|sebagai|(?:yang\s+)?(?:juga\s+|kini\s+|saat\s+ini\s+)?menjabat(?:\s+sebagai)?)"
                       r"\s+(?i:ketua|pemimpin)\s+(?:(?i:bergilir)\s+)?[A-Z]")
_LED_BY_CHAIR = prefilter.compile(r"\b(?:dipimpin|diketuai)(?:\s+oleh)?\s+(?:[A-Z][\w\-]*\s+){0,3}\Z")
_CHAIRS_SUMMIT = prefilter.compile(r"\s+(?:memimpin|mengetuai)\s+KTT\b")


def _chairs_summit(body: str, start: int, m: Mention, taking_part: list[Mention]) -> bool:
    """ "KTT ASEAN-Korea, yang diketuai Presiden X", "X memimpin KTT ASEAN-Korea": a state whose leader chairs a bloc's
    summit with a partner (the two joined by a dash), named nowhere else in the sentence (not the partner: "Yoon
    memimpin KTT Korea-Afrika"; nor the chair of a forum's own summit: "Jokowi memimpin KTT G20", who attends it)."""
    return _is_state(m.code) and m.via == "person" and sum(x.code == m.code for x in taking_part) == 1 and bool(
        _LED_BY_CHAIR.search(body, max(start, m.start - 60), m.start) or _CHAIRS_SUMMIT.match(body, m.end)) and any(
        _is_state(a.code) != _is_state(b.code) and body[a.end:b.start] in ("-", "–")
        for a, b in itertools.pairwise(taking_part))


# (to come or done: "Menteri Luar Negeri Korea Selatan, AS, dan Jepang akan mengadakan pertemuan")
_AUXILIARIES = r"\s*(?:(?:akan|telah|sudah|juga|dijadwalkan|berencana)\s+){0,2}"
_HOLD = prefilter.compile(_AUXILIARIES + r"(?:menggelar|mengadakan|melakukan|melangsungkan)\s+", re.IGNORECASE)
_AUXILIARIES_ONLY = prefilter.compile(_AUXILIARIES, re.IGNORECASE)
_EACH_WITH_ANOTHER = prefilter.compile(r"\s+(?:(?:bilateral|secara)\s+)?(?:terpisah|masing-masing|dengan)\b", re.IGNORECASE)
def _summit_of_named(m: Mention, f: SentenceFacts) -> bool:
    """ "KTT G20", "KTT ASEAN": the forum named right after "KTT", or by a name that opens with it ("KTT Asia Timur")."""
    return any(h.value == "meeting" and h.text.upper() == "KTT" and (0 <= m.start - h.end <= 2 or h.start == m.start)
               for h in f.cue_hits)


_ATTENDED_BY = prefilter.compile(r"\bdihadiri\b[^.;]*\Z", re.IGNORECASE)
_MEETING_OF = prefilter.compile(r"(?:\s+(?:antara|bersama|tingkat|menteri|luar|negeri|pertahanan|perdagangan|keuangan|ekonomi|para|pemimpin"
                         r"|kepala|negara|pemerintahan|puncak|trilateral|pejabat|senior|wakil|menlu|menhan|mitra"
                         r"|(?-i:[A-Z][\w\-]*)))*(?:\s+dari)?\s+\Z", re.IGNORECASE)  # "pertemuan para pemimpin mitra Indo-Pasifik NATO"
# (and "pertemuan Wakil Menteri Luar Negeri dari Korea Selatan, AS dan Jepang")
_ATTENDING_NEXT = prefilter.compile(r"\s*Sebelum\s+(?:menghadiri|mengikuti)\b[^,.;]*,", re.IGNORECASE)  # an opening phrase
_HELD_ON_BEFORE = prefilter.compile(r"\byang\s+(?:akan\s+|telah\s+|sudah\s+)?(?:berlangsung|digelar|diselenggarakan|dihelat|diadakan)"
                             r"\s+(?:pada\s+)?(?:(?:" + "|".join(DAYS) + r")\s*,?\s*\(?)?\Z", re.IGNORECASE)
_ARRIVAL_FOR = prefilter.compile(r"\b(?:tiba|datang|mendarat|bertolak|berangkat|terbang|menuju)\b[^.;]*?\buntuk\s+"
                          r"(?:menghadiri|mengikuti)\s+"
                          r"(?:(?:rangkaian|pembukaan)\s+)?(?:KTT|Konferensi|Forum|Sidang|pertemuan\s+puncak)\b", re.IGNORECASE)
# a trip for a summit, arriving at its first stop on the day told: "yang melakukan lawatan ke tiga negara untuk KTT G20
# tiba di negara pertama Ceko pada Rabu (28/11)"
_TRIP_FOR_SUMMIT = prefilter.compile(r"\b(?:lawatan|kunjungan|perjalanan)\b[^.;]*?\buntuk\s+(?:(?:menghadiri|mengikuti)\s+)?"
                                     r"(?:KTT|Konferensi|Forum|Sidang)\b[^.;]*?\b(?:tiba|mendarat)\s+di\b", re.IGNORECASE)
_AT_THAT_SUMMIT = prefilter.compile(r"\bdi\s+sela(?:-sela)?\s+(?:KTT|pertemuan|konferensi|sidang|forum)\s+(?:tersebut|itu)\b", re.IGNORECASE)
# "Paetongtarn melanjutkan lawatan ke Malaysia setelah dari Jakarta": the next leg, after the day told
# "melanjutkan lawatan ke X", "dalam rangkaian perjalanan menuju KTT ASEAN": a leg still to come
_ONWARD_LEG = prefilter.compile(r"\bmelanjutkan\s+(?:lawatan|perjalanan|kunjungan)(?:nya)?\s+(?:\w+\s+){0,2}?ke\b"
                         # (and the trip told as going on: "bertolak ke Jepang pada Selasa dan akan dilanjutkan ke Filipina")
                         r"|\bdilanjutkan\s+(?:dengan\s+(?:lawatan|perjalanan|kunjungan)\s+)?ke\b"
                         r"|\bperjalanan(?:nya)?\s+menuju\b", re.IGNORECASE)
# the trip's other stops, told with its start: "mengawali lawatan ke Asia Tenggara yang juga membawanya ke Singapura dan
# Laos", "rangkaian kunjungan yang meliputi Jepang dan Korea Selatan"
_ITINERARY = prefilter.compile(r"\byang\s+(?:juga\s+|akan\s+|kemudian\s+|sebelumnya\s+)*(?:membawa(?:nya)?\s+(?:\w+\s+){0,2}?ke|meliputi|mencakup)\b",
                        re.IGNORECASE)
# who one is to a meeting: "Menlu X, tuan rumah pertemuan tersebut"
_OF_IT_BEFORE = prefilter.compile(r"\b(?:tuan\s+rumah|ketua|penyelenggara)\s+\Z", re.IGNORECASE)
# a clause of what comes next: "..., sebelum ia melanjutkan perjalanan ke Washington"
# ("..., sebelum menghadiri KTT ASEAN di Laos": the summit comes after the day told)
_ONWARD = prefilter.compile(r"\bsebelum\s+(?:(?:ia|dia|beliau|kemudian)\s+)?(?:" + _LEAVING_VERBS + r"|menuju|menghadiri|mengikuti)\b",
                     re.IGNORECASE)
# "Yoon kembali ke Seoul pada Minggu (16/6) setelah lawatan enam hari ke A, B, dan C": the day is the return home's
# (or landed home: "Jokowi ... yang baru saja tiba di Tanah Air usai melaksanakan lawatan ke China dan Arab Saudi")
_BACK_AFTER = prefilter.compile(r"\b(?:(?:kembali|pulang|tiba\s+kembali)\s+(?:ke|di)|(?:tiba|mendarat)\s+di\s+tanah\s+air)\b[^.;]*?"
                         # ("kembali ke Hanoi, berhasil menyelesaikan kunjungan resmi mereka ke Korea"): the return
                         r"\b(?P<after>setelah|usai|seusai|sesudah|berhasil)\s+"
                         r"(?:(?:melakukan|menjalani|merampungkan|menyelesaikan|melaksanakan)\s+)?"
                         r"(?:lawatan|kunjungan|perjalanan|rangkaian|tur)\b", re.IGNORECASE)
_WITNESSED = prefilter.compile(r"menyaksikan|disaksikan", re.IGNORECASE)
# one named before, by their title: "kunjungan kedua sang emir ke Korea Selatan"
_THE_TITLED = prefilter.compile(r"\bsang\s+(raja|ratu|emir|sultan|presiden|perdana\s+menteri|kanselir|pangeran|putra\s+mahkota)\b",
                         re.IGNORECASE)
# a one-holder title alone as a subject, before a verb: "Paus dijadwalkan melanjutkan perjalanan ke Papua Nugini"
_BARE_TITLE = prefilter.compile(r"(?:Sri\s+)?(Paus|Kaisar|Sultan|Emir)(?=\s+[a-z])")
# the leaders of several countries met on a trip, listed: "bertemu dengan para pemimpin di empat negara, yaitu Presiden
# Prancis X, ..." (one talk with each)
# (or right before the countries: "bertemu dengan para pemimpin dari Kanada, Meksiko dan Brasil di sela KTT")
# (or others listed: "berdialog dengan dua orang pemimpin Afrika lainnya, yaitu Presiden Tanzania X dan PM Etiopia Y")
_LEADERS_OF_COUNTRIES = prefilter.compile(r"\b(?:bertemu(?:\s+dengan)?|menemui|(?:berdialog|berbincang|berdiskusi)\s+dengan)\s+"
                                          r"(?:para\s+|(?:dua|tiga|empat|lima|\d+)\s+(?:orang\s+)?)?(?:pemimpin|kepala\s+negara|pimpinan)"
                                          r"\s+(?:(?:di|dari)\s+(?:\w+\s+)?negara\s*,?\s*(?:yaitu|yakni|antara\s+lain|di\s+antaranya)"
                                          r"(?:\s+\S+){0,3}\s*|dari\s+"
                                          r"|(?:(?-i:[A-Z])\w+\s+){0,2}(?:lainnya|lain)\s*,?\s*(?:yaitu|yakni|antara\s+lain|di\s+antaranya)"
                                          r"(?:\s+\S+){0,3}\s*)\Z", re.IGNORECASE)
# a sentence opening with the period it tells of: "Sejak menjabat pada 4 Juni, Lee telah mengirim utusan ke ..."
_SINCE_OPENS = prefilter.compile(r"\s*[\"“]?(?:Sejak|Semenjak)\b")
# the pair's own plan or wish to meet: "mengumumkan rencana mereka untuk ...", "sepakat untuk ...", "berencana ..."
_THEIR_PLAN = prefilter.compile(r"\b(?:rencana|niat|keinginan|harapan)\s+(?:mereka|keduanya)\s+untuk\b|\b(?:berencana|sepakat|dijadwalkan"
                                r"|akan)\b", re.IGNORECASE)
_YEARS_TO_COME = prefilter.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s+mendatang\b", re.IGNORECASE)
# the time just told: "Prabowo saat itu menemui ...", "Ketika itu ..."
_AT_THAT_TIME = prefilter.compile(r"\b(?:saat|ketika|kala|waktu)\s+itu\b", re.IGNORECASE)
# what comes after: "setelah pembicaraan Trump-Kim"
_AFTER_WORD = prefilter.compile(r"\b(?:setelah|sesudah|seusai|usai)\b", re.IGNORECASE)
# a meeting to be held at another time than the one told: "akan berlangsung di lain waktu", "lain kali"
_ANOTHER_TIME = prefilter.compile(r"\b(?:di\s+lain\s+waktu|lain\s+kali|pada\s+waktu\s+lain|di\s+kemudian\s+hari"
                                  r"|pada\s+kesempatan\s+(?:lain|berikutnya))\b", re.IGNORECASE)
_WISHED_VISIT = prefilter.compile(r"\b(?:harapan(?:nya)?|berharap)\s+agar\s+(?:[\w\-]+\s+){0,3}(?:kunjungan|lawatan)\b"
                                  r"|\b(?:kunjungan|lawatan)\b[^.;]{0,90}\bsegera\s+(?:terlaksana|dijadwalkan|direalisasikan|diwujudkan)\b",
                                  re.IGNORECASE)
# a trip begun, whose stops follow: "memulai perjalanan tujuh hari-nya ke ...", "mengawali lawatan ke ..."
_TRIP_BEGUN = prefilter.compile(r"\b(?:memulai|mengawali|dimulai|mulai)\b[^.;]{0,30}?\b(?:kunjungan|lawatan|perjalanan|tur)\w*\b"
                                r"|\b(?:perjalanan|lawatan|tur)\w*\s+(?:[\w\-]+\s+){0,3}?ke\b(?=[^.;]{0,90}\bmulai\b)"
                                # "melakukan kunjungan kenegaraan ke empat negara, yakni AS, Jepang, Kanada dan Belanda pada
                                # Jumat (19/9/2025) malam": the day it starts
                                r"|\b(?:kunjungan|lawatan|perjalanan)(?:\s+(?:kenegaraan|kerja|resmi))?\s+ke\s+(?:[\w\-]+\s+)?negara"
                                r"\s*,?\s*(?:yakni|yaitu)\b", re.IGNORECASE)
# a meeting told next, naming no one: "Setelah itu, KTT yang diperluas digelar ...", "Kemudian pertemuan dilanjutkan ..."
_THEN_HELD = prefilter.compile(r"\s*(?:Setelah\s+itu|Sesudah\s+itu|Kemudian|Lalu|Selanjutnya|Usai\s+itu|Seusai\s+itu)\s*,?\s+"
                               r"(?:KTT|pertemuan|pembicaraan|perundingan|sesi|dialog)\b", re.IGNORECASE)
# (and the talks held already: "Yoon sebelumnya sudah mengadakan pembicaraan dengan ..."; not "Yoon sebelumnya menggelar
# pembicaraan dengan PM X pada pagi harinya", earlier that day)
_TOLD_AS_BEFORE = prefilter.compile(r"\b(?:sebelumnya|pernah|sebelum\s+ini)\s+(?:(?:juga|telah|sudah|sempat)\s+)*\Z"
                                    r"|\b(?:sebelumnya|pernah)\s+(?:juga\s+)?(?:telah|sudah)\s+"
                                    r"(?:mengadakan|menggelar|melakukan|melangsungkan)\s+\Z", re.IGNORECASE)
_RESULTS_BEFORE = prefilter.compile(r"\bhasil\s+(?:[\w\-]+\s+){0,2}?(?:saat|dalam|pada|di|dari|selama)\s+\Z", re.IGNORECASE)
_ON_THE_TRIP = prefilter.compile(r"\b(?:dalam|selama)\s+(?:rangkaian\s+)?(?:perjalanan|kunjungan|lawatan|tur)(?:nya)?\s+(?:itu|tersebut|ini)\b",
                                 re.IGNORECASE)
# guests received one after another, then listed: "Ada sembilan pemimpin negara yang diterima ... secara bergantian.
# Mereka adalah ...", "Selain itu, ada ..."
_RECEIVED_MANY = prefilter.compile(r"\b(?:\w+|\d+)\s+(?:pemimpin|kepala\s+negara|tamu\s+negara|pimpinan)(?:\s+negara)?\s+"
                                   # ("sembilan pemimpin negara dan utusan pemimpin negara sahabat yang bertemu Presiden X")
                                   r"(?:(?:asing|sahabat)\s+)?(?:dan\s+(?:[\w\-]+\s+){1,5}?)?yang\s+(?:(?:telah|juga|akan)\s+)?"
                                   r"(?:diterima|dijamu|ditemui|bertemu|menemui)\b"
                                   r"|\b(?:menerima|menjamu|bertemu(?:\s+dengan)?)\s+(?:\w+|\d+)\s+(?:pemimpin|kepala\s+negara|tamu\s+negara)"
                                   r"[^.]{0,60}\b(?:secara\s+)?bergantian\b", re.IGNORECASE)
_ALSO_THERE = prefilter.compile(r"\s*Selain\s+itu\s*,\s*(?:ada|juga\s+ada|terdapat)\b", re.IGNORECASE)
_THEY_ARE = prefilter.compile(r"\s*(?:Mereka\s+(?:adalah|ialah|yakni|yaitu|antara\s+lain)|(?:Yakni|Yaitu|Antara\s+lain)\s*[,:]?)\b|"
                              + _ALSO_THERE.pattern, re.IGNORECASE)
# guests named by the countries they came from, in the sentence that tells them: "tamu negara yang hadir di kediaman
# Prabowo berasal dari Rusia, Qatar, Serbia dan Malaysia"
_GUESTS_FROM = prefilter.compile(r"\btamu(?:-tamu)?\s+(?:negara|kehormatan)\s+yang\s+(?:hadir|datang|berkunjung)\b[^.;]{0,60}?"
                                 r"\b(?:berasal\s+)?dari\s+", re.IGNORECASE)
_ARRIVAL_WELCOMED = prefilter.compile(r"\s*Kedatangan(?:nya|\s+(?:mereka|rombongan|keduanya|(?:sang\s+)?\w+))?"
                                      # (where: "Kedatangan Presiden di Bandara Internasional Doha disambut ...")
                                      r"(?:\s+di\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,3})?\s+(?:juga\s+)?"
                                     r"(?:disambut|diterima)\b", re.IGNORECASE)
# the same after the arrival it welcomes: "Presiden tiba di Bandar Udara Kairo, Jumat ..., dan kedatangan Presiden RI
# disambut oleh jajaran pejabat ..."
_ARRIVAL_WELCOMED_TOO = prefilter.compile(r"(?:,|\bdan)\s+kedatangan(?:nya|\s+(?:\w+\s+){0,3}?)\s*(?:juga\s+)?(?:disambut|diterima)\b",
                                          re.IGNORECASE)
_AT_THE_TIME_OF = prefilter.compile(r"\b" + AT_THE_TIME_OF + r"\s+\Z", re.IGNORECASE)
_DEPARTS_TO_MEET = prefilter.compile(r"\b(?:berangkat|bertolak|terbang|menyambangi)\b[^.;]*?\b(?P<purpose>untuk\s+(?:(?:mengadakan|menggelar|melakukan)\s+"
                                     r"(?:pertemuan|pembicaraan)|menghadiri\s+(?:pertemuan|pembicaraan|perundingan)|bertemu|menemui))\b", re.IGNORECASE)
_LEAVES_FOR = prefilter.compile(r"\b(?:bertolak|berangkat|terbang)\s+(?:[\w\-]+\s+){0,3}?(?:menuju|ke)\b", re.IGNORECASE)
_LETTER_BEFORE = prefilter.compile(r"\bsurat\s+\Z", re.IGNORECASE)
# (and an invitation letter, to a summit: "mengirimkan surat undangan KTT APEC ke negara-negara anggota")
_PLAN_BEFORE = prefilter.compile(r"\b(?:rencana|persiapan)\s+\Z|" + _LETTER_BEFORE.pattern
                                 + r"|\bsurat\s+undangan\s+(?:untuk\s+|ke\s+)?(?:Konferensi\s+Tingkat\s+Tinggi\s+\()?\Z", re.IGNORECASE)
_SENDS_ENVOY = prefilter.compile(r"\s+(?:(?:telah|juga|pun)\s+)*(?:mengirim|mengirimkan|mengutus)\s+(?:seorang\s+)?utusan", re.IGNORECASE)
# "Kepala Negara kemudian bertemu ...": the president told of, as the press writes him, meeting someone (not "Kepala
# Negara didampingi Menlu X", his own escort)
_THE_HEAD_MEETS = prefilter.compile(r"\b(?-i:Kepala\s+Negara)\s+(?:(?:kemudian|lalu|juga|pun|sempat|akan|dijadwalkan)\s+)*"
                                    r"(?:bertemu|menerima|menemui|menjamu)\b", re.IGNORECASE)
# "ia juga bertemu X"; "ia dijadwalkan mengunjungi Makam Pahlawan dan bertemu Ketua DPR X"
_HE_MEETS = prefilter.compile(r"\b(?:ia|dia|beliau)\s+(?:(?:juga|pun|kemudian|lalu|sempat|telah|turut|akan|dijadwalkan|direncanakan)\s+)*"
                       # "ia dijadwalkan terbang ke Kuala Lumpur untuk bertemu X": the trip, then whom it is for
                       r"(?:[^.;,]{0,60}?\s+(?:dan|untuk)\s+(?:juga\s+)?)?(?:bertemu|menemui|menerima)\b", re.IGNORECASE)
# a pronoun or "sang raja" meeting someone else too: "ia juga bertemu X", "sang raja juga menerima Y", "ia juga telah
# bertemu Z" (not "sang raja mendampingi Moon terbang ke Bergen": the guest's host goes along; not "Di Kyiv, ia
# bertemu Zelensky": the talks the visit was told for)
_MEETS_ONE = r"(?:" + _MEETS_ONE_WORDS + r")"  # meets the one named next
# "Di sela KTT, Lee bertemu X. Ia juga menggelar pembicaraan dengan Y": still on the summit's sidelines
_HE_ALSO = prefilter.compile(r"\s*(?:Ia|Dia|Beliau)\s+juga\b")
_SINCE_BEFORE = prefilter.compile(r"\bsejak\b[^,.;]*\Z", re.IGNORECASE)
_HE_MEETS_AGAIN = prefilter.compile(r"\s*(?:ia|dia|beliau|sang\s+(?:raja|ratu|emir|sultan|presiden|kanselir|pangeran))\s+"
                             r"(?:(?:kemudian|lalu|sempat)\s+)?(?:juga|pun)\s+(?:(?:kemudian|lalu|sempat|telah|sudah)\s+)?"
                             + _MEETS_ONE + r"\b"
                             # (or next, without "juga": "Ia kemudian bertemu Presiden X"; or where the one told went:
                             # "Pompeo bertolak ke Istana Bogor. Dia bertemu Presiden X di sana.")
                             r"|\s*(?:ia|dia|beliau)\s+(?:kemudian|lalu|selanjutnya)\s+(?:(?:sempat|langsung)\s+)?" + _MEETS_ONE + r"\b"
                             r"|\s*(?:ia|dia|beliau)\s+" + _MEETS_ONE + r"\b[^.;]*\bdi\s+(?:sana|situ)\b",
                             re.IGNORECASE)
# the same after a phrase that tells what came next, without "juga": "Setelah itu, ia menerima Ketua Senat X"
# (or before it: "Sebelumnya, ia telah melakukan pertemuan bilateral dengan Menlu X")
_HE_MEETS_NEXT = prefilter.compile(r"\s*(?:(?:Setelah|Sesudah|Usai|Seusai|Sebelum)\s+(?:itu|pertemuan\s+(?:itu|tersebut))|Kemudian|Selanjutnya"
                            r"|Sebelumnya"
                            r"|Lalu|Pada\s+hari\s+yang\s+sama|Di\s+hari\s+yang\s+sama)\s*,\s*"
                            r"(?:ia|dia|beliau)\s+(?:(?:kemudian|lalu|sempat|juga|telah|sudah)\s+){0,2}" + _MEETS_ONE + r"\b",
                            re.IGNORECASE)
_WHERE_CLAUSE = prefilter.compile(r"\b(?:dari|di|ke)\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)"
                           # "langsung dari Hiroshima, Jepang, tempat ia menghadiri KTT G7": the town, past its country
                           r"(?:\s*,\s*[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)?\s*,?\s+tempat\s+(?:ia|dia|mereka|beliau)?\s*$")
_THAT_SAID = prefilter.compile(r"\b(?:bahwa|menunjukkan|menandakan|membuktikan)\b", re.IGNORECASE)
# "Dalam pertemuan bilateral, kedua pemimpin ...": talks told before, by their kind
_IN_TALKS_TOLD = prefilter.compile(r"\s*(?:Dalam|Pada|Selama)\s+(?:pertemuan|pembicaraan)\s+(?:bilateral|tertutup|empat\s+mata)\s*,",
                                   re.IGNORECASE)
# "Dalam pertemuan tersebut, ...", "Dialog itu membahas ... peringatan 50 tahun hubungan pada 2023": what was said there
_INSIDE_THAT = prefilter.compile(r"\s*(?:(?:Dalam|Pada|Di|Selama)\s+" + _THAT_MEETINGS + r"(?:\s+\w+){0,2}?\s+(?:itu|tersebut)\s*,"
                          r"|(?i:" + _THAT_MEETINGS + r")\s+(?:itu|tersebut|ini)\s+(?:juga\s+)?"
                          r"(?:membahas|mendiskusikan|menyoroti|menyinggung|berfokus\s+pada)\b)")


# "Inggris (21-23 November)", "Presiden Filipina X pada Selasa (12/3)"
_WEEKDAYS = "|".join(DAYS)
# (a place between: "bertemu Presiden Ceko Petr Pavel di Kastil Praha pada Kamis (19/9)")
# (a weekday's date in brackets after it: "PM Jepang X pada Kamis (16/11/2023)")
_DATE_RIGHT_AFTER = prefilter.compile(r"\s*\)?\s*(?:\s+di\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}\s*)?[,(]?\s*(?:pada\s+)?"
                               r"(?:(?:" + _WEEKDAYS + r")\s*(?:\(\s*)?)?\Z", re.IGNORECASE)


def _own_dates(body: str, f: SentenceFacts, participants: tuple[str, ...], published: str | None = None,
               visits_each_way: bool = False) -> list[str]:
    """Each date written right after someone of the sides given: "bertemu PM Inggris X pada 22 November dan Raja
    Charles III pada 21 November" tells two meetings of the same pair; "mengunjungi Manila pada Senin dan Kuala
    Lumpur pada Rabu" two visits, each on its weekday."""
    # not someone in what is discussed: "membahas rencana kunjungan Presiden Yoon pada Mei mendatang"
    sides = [m for m in f.mentions if m.code in participants and not _discussed(body, f.sentence.start, m.start)]
    if visits_each_way:  # "kunjungan ke Indonesia pada November 2017, dan ... kunjungan ke Seoul pada September 2018"
        sides += [m for m in f.places if m.code in participants]
    out = {d.value for m in sides for d in f.dates
           if 0 <= d.start - m.end <= 45 and _DATE_RIGHT_AFTER.match(body, m.end, d.start) and not _said_on(body, f, d)}
    ahead = "akan " if dates.is_future(f.sentence.text) else ""
    for m in sides:
        weekday = _WEEKDAY_RIGHT_AFTER.match(body, m.end)
        if weekday is None:
            continue
        day = dates.weekday_before(ahead + weekday.group(1), published)
        told = [d for d in f.dates if d.end <= weekday.start() and len(d.value) == 10]
        # "sejak Minggu (3/3) dan bertemu X pada Senin": the Monday after the day told before it
        day = (_weekday_after_day(weekday.group(1), told[-1].value, 0, published) if told else None) or day
        if day and not any(m.end <= d.start < weekday.end() + 4 for d in f.dates):  # "Senin (11/3)": the date's
            out.add(day)
    for m in sides:  # "bertemu Presiden X pada Kamis (19/9), lalu ... dengan PM Y sehari kemudian": the day after
        counted = _counted_right_after(body, f, m.start, m.end)
        if counted:
            out.add(counted)
    return sorted(out)


def _counted_right_after(body: str, f: SentenceFacts, start: int, end: int) -> str | None:
    """The day counted right after what spans start-end from the last full date told before it ("... dengan PM Y
    sehari kemudian", "ke Beijing dua hari kemudian"), or None."""
    shift = _SHIFT_RIGHT_AFTER.match(body, end)
    later = _DAYS_AWAY.match(body, shift.end()) if shift else None
    days = _days_away(later) if later else None
    before = [d.value for d in f.dates if d.end <= start and len(d.value) == 10]
    return (datetime.date.fromisoformat(before[-1]) + datetime.timedelta(days=days)).isoformat() \
        if days is not None and before else None


_SHIFT_RIGHT_AFTER = prefilter.compile(r"\s+(?=(?:se(?:hari|pekan|minggu)|\w+\s+(?:hari|pekan|minggu))\s+(?:sebelumnya|kemudian)\b)",
                                re.IGNORECASE)


def _weekday_after_day(text: str, day: str, start: int, published: str | None) -> str | None:
    """The first weekday named in `text` from `start` on, as the first such day after `day`; None after publication."""
    after = dates.weekday_after(text, day, start)
    return after if after and (not published or after <= published) else None


# (", lalu ke Timor Leste dan Singapura": the next ones after a stop and its day)
_LISTED_NEXT = prefilter.compile(r"\s*(?:,\s*(?:(?:dan|serta|lalu|kemudian)\s+(?:(?:ke|menuju)\s+)?)?"
                          r"|(?:dan|serta|lalu|kemudian)\s+(?:(?:ke|menuju)\s+)?)", re.IGNORECASE)
# what ends a stop named in a list: a comma, its day, the next one, the sentence's end (not a verb of its own)
_STOP_ENDS = prefilter.compile(r"\s*(?:[,.;)]|(?:pada|dan|serta|lalu|untuk|sebelum|setelah)\b|\Z)", re.IGNORECASE)


def _dated_sides(body: str, f: SentenceFacts) -> int:
    """How many dates the sentence gives, weekdays after a side counted."""
    return len(f.dates) + sum(bool(_WEEKDAY_RIGHT_AFTER.match(body, m.end) or _SHIFT_RIGHT_AFTER.match(body, m.end))
                              for m in f.mentions)


# "pada 2015 di Tokyo dan kedua pada 2021": a place between, and the next one by its ordinal
# "pada Juni dan di sela Sidang Umum PBB di New York pada September": the next one's venue between
_AND_DATE_GAP = prefilter.compile(r"\s*(?:ini\s+(?=dan\b))?(?:di\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}\s*)?"
                           r"(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)(?:(?:yang\s+)?(?:kedua|ketiga|keempat|terakhir)\s+)?"
                           r"(?:di\s+sela(?:-sela)?\s+(?:(?-i:[A-Z])[\w\-+]*\s+){1,5})?"
                           r"(?:di\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}(?:\s*,\s*(?-i:[A-Z])[\w\-]*)?\s+)?"
                           # "pada Senin (11/3) dan Selasa (12/3)": the next one's weekday before its date
                           r"(?:pada\s+)?(?:(?:hari\s+)?(?:" + _WEEKDAYS + r")\s*,?\s*)?\Z", re.IGNORECASE)


def _and_dates(body: str, f: SentenceFacts, first: str) -> list[str]:
    """A date and those joined to it by "dan" or commas: "pada Juni 2022 dan Januari 2023"."""
    at = next((k for k, d in enumerate(f.dates) if d.value == first), None)
    if at is None:
        return [first]
    out = [first]
    for prev, d in zip(f.dates[at:], f.dates[at + 1:], strict=False):
        if not _AND_DATE_GAP.match(body, prev.end, d.start):
            break
        out.append(d.value)
    return out


# a clause after a semicolon that opens with its day: "; pada Selasa, ia bertemu ...", "; dan pada Rabu (7/8), ..."
_CLAUSE_DAY = prefilter.compile(r"\s*(?:(?:dan|lalu|kemudian|sedangkan|sementara)\s+)?(?:pada\s+)?(?:hari\s+)?(" + _WEEKDAYS + r")\b"
                         r"[^,;]{0,16},", re.IGNORECASE)


_GOES_ON_NEXT = prefilter.compile(r"\s(?:dan|lalu|kemudian|serta)\s+(?:juga\s+)?selanjutnya\s+(?:akan\s+)?(?:melanjutkan|bertolak|menuju)\b",
                                  re.IGNORECASE)


def _dated_clauses(f: SentenceFacts) -> list[tuple[int, int, str]]:
    """ "X mengunjungi Jepang pada Senin (11/3), lalu Presiden Y menyambutnya di Jakarta pada Rabu (13/3)": each clause
    the sentence joins by ", dan / lalu / kemudian / serta / sementara" as (start, end, day), with the one full date it
    tells; none unless every clause tells one."""
    s = f.sentence
    # (and one of what comes next, joined without a comma: "berkunjung ke Korea Selatan ..., yakni 9-11 September 2018
    # dan selanjutnya akan melanjutkan kunjungan kenegaraan ke Vietnam pada 11-12 September 2018")
    cuts = sorted({s.start + m.start() for pattern in (dates.NEXT_CLAUSE, _GOES_ON_NEXT) for m in pattern.finditer(s.text)})
    out: list[tuple[int, int, str]] = []
    for start, end in zip([s.start, *cuts], [*cuts, s.end], strict=True):
        days = [d.value for d in f.dates if start <= d.start < end]
        if len(days) != 1 or len(days[0]) != 10:
            return []
        out.append((start, end, days[0]))
    return out if len(out) > 1 else []


def _to_come_later(f: SentenceFacts, taking_part: list[Mention]) -> set[str]:
    """ "Yoon bertemu PM Australia pada Jumat (15/11), dan akan bertemu PM Selandia Baru": the ones named only in a
    clause after the dated talks that tells talks yet to come, with no day of its own (not the day told before)."""
    s = f.sentence
    cuts = [s.start + m.start() for m in dates.NEXT_CLAUSE.finditer(s.text)] if f.dates else []
    for start, end in itertools.pairwise([*cuts, s.end]):
        if all(d.start < start for d in f.dates) and _PLANNED.search(s.text, start - s.start, end - s.start) and \
                not _PLANNED.search(s.text, 0, start - s.start):
            return _every_mention(taking_part, [m.start >= start for m in taking_part])
    return set()


_RESPECTIVELY = prefilter.compile(r"\bmasing-masing\s+(?:pada\s+)?(?:(?:hari\s+)?(?:" + _WEEKDAYS + r")\s*,?\s*)?",
                                  re.IGNORECASE)


def _respectively(body: str, f: SentenceFacts) -> dict[str, str]:
    """ "melawat ke Jepang dan China masing-masing pada 18 Maret dan 20 Maret": each one listed right before
    "masing-masing", in order, with the date listed after it in the same place (none unless the counts agree)."""
    each = _RESPECTIVELY.search(body, f.sentence.start, f.sentence.end)
    first = next((d for d in f.dates if each and d.start >= each.end()), None)
    if each is None or first is None or first.start > each.end() + 2:
        return {}
    told = _and_dates(body, f, first.value)
    listed = next((g for g in reversed(f.groups) if g[-1].end <= each.start()), None)
    codes = list(dict.fromkeys(m.code for m in listed)) if listed else []
    return dict(zip(codes, told, strict=True)) if len(codes) == len(told) >= 2 else {}


_IN_TURN = prefilter.compile(r"\b(?:secara\s+beruntun|secara\s+berturut-turut|berturut-turut)\s+(?:pada\s+)?(?:hari\s+)?",
                             re.IGNORECASE)


def _in_turn(body: str, f: SentenceFacts, groups: list[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """ "Pertemuan Wamenlu Korsel dan AS serta pertemuan trilateral Korsel, AS dan Jepang akan digelar secara beruntun
    pada hari Selasa (07/06) dan Rabu (08/06)": the meetings told before "secara beruntun", in the order their sides
    are first named, each on the day listed in the same place (none unless the counts agree)."""
    turn = _IN_TURN.search(body, f.sentence.start, f.sentence.end)
    first = next((d for d in f.dates if turn and d.start >= turn.end()), None)
    if turn is None or first is None or first.start > turn.end() + 12:
        return {}
    days = _and_dates(body, f, first.value)
    told = [h for h in f.cue_hits if h.value == "meeting" and h.end <= turn.start()]

    def opens(g: tuple[str, ...]) -> int:  # where the sentence first names one of a group's own sides
        return min((m.start for m in f.mentions if m.code in g and m.start < turn.start()), default=f.sentence.end)
    ordered = sorted(dict.fromkeys(groups), key=opens)
    return dict(zip(ordered, days, strict=True)) if len(ordered) == len(days) == len(told) >= 2 else {}


_AT_HOUR = prefilter.compile(r"\s*(?:Pada\s+|Sekitar\s+)?pukul\s+\d")  # "Pada pukul 15.30 waktu setempat, ..."
# a meeting word that names the office of the one met, no name after it: "diterima Presiden"
_BY_THE_OFFICE = prefilter.compile(r"\b(?:presiden|kepala\s+negara)\Z", re.IGNORECASE)
# a party told before, named again by its noun alone, as the subject of talks or a visit: "delegasi juga mengadakan ..."
_PARTY_DOES = prefilter.compile(r"(?:^|[\s,])(?:[Dd]elegasi|[Rr]ombongan)(?:\s+(?:itu|tersebut|ini))?\s+(?:(?:juga|kemudian|lalu|pun|"
                                r"selanjutnya|turut)\s+)*(?:mengadakan|menggelar|melakukan|bertemu|menemui|berkunjung|"
                                r"mengunjungi|menyambangi)\b")


def _named_met(body: str, start: int, codes: list[str], taking_part: list[Mention]) -> bool:
    """Whether a sentence names one who met, not only a forum as where it was held ("di sela KTT ASEAN")."""
    return any(_is_state(c) or not any(m.code == c and _AT_SIDELINES_OF.search(body, max(start, m.start - 90), m.start)
                                       for m in taking_part) for c in codes)


def _counted_clauses(f: SentenceFacts) -> list[tuple[int, int, str]]:
    """ "Dua hari setelah bertemu PM Jepang pada Sabtu (9/3), Yoon bertemu PM Italia": the opening clause and the
    main one as (start, end, day), the day one of them does not write counted from the other's; none unless exactly
    one of them writes a day."""
    s = f.sentence
    opening = COUNTED_OPENING.match(s.text)
    if opening is None:
        return []
    word = (opening.group(1) or opening.group(3)).lower()
    count = 1 if word == "se" else int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if count is None:
        return []
    step = datetime.timedelta(days=0 if (opening.group(2) or opening.group(4)).lower() == "jam" else count)
    if opening.group(5).lower() in ("sebelum", "menjelang"):
        step = -step
    cut = s.start + opening.end()
    first = [d.value for d in f.dates if d.start < cut]
    then = [d.value for d in f.dates if d.start >= cut]
    if len(first) + len(then) != 1 or len((first or then)[0]) != 10:
        return []
    if first:
        return [(s.start, cut, first[0]), (cut, s.end, (datetime.date.fromisoformat(first[0]) + step).isoformat())]
    return [(s.start, cut, (datetime.date.fromisoformat(then[0]) - step).isoformat()), (cut, s.end, then[0])]


# a further session of the same talks: "..., dilanjutkan dengan dialog 2+2 pada Selasa", "dan kembali bertemu pada Rabu"
_ANOTHER_SESSION = prefilter.compile(r",\s+(?:yang\s+)?(?:dilanjutkan|disusul|diikuti)\b|\s+dan\s+(?:kembali|lagi)\s+(?=\w)|"
                              + dates.NEXT_CLAUSE.pattern)


def _sessions(f: SentenceFacts) -> list[str]:
    """ "Shin dan Marles menggelar pertemuan pada Senin (11/3), dilanjutkan dengan dialog 2+2 pada Selasa (12/3)": the
    days of the meetings a sentence tells one after another, each clause with a meeting word and one full date of its
    own (none unless every clause has both and the days differ)."""
    s = f.sentence
    if len(f.dates) < 2:
        return []
    cuts = [s.start + m.start() for m in _ANOTHER_SESSION.finditer(s.text)]
    days: list[str] = []
    for start, end in zip([s.start, *cuts], [*cuts, s.end], strict=True):
        told = [d.value for d in f.dates if start <= d.start < end]
        if len(told) != 1 or len(told[0]) != 10 or not any(h.value == "meeting" and start <= h.start < end
                                                             for h in f.cue_hits):
            return []
        days.append(told[0])
    return days if len(set(days)) > 1 else []


def _clause_days(body: str, f: SentenceFacts) -> list[tuple[int, int, str]]:
    """ "Pada Senin (5/8), Cho bertemu A di Hanoi; pada Selasa, ia bertemu B ...; dan pada Rabu, ia menemui C": each
    clause between semicolons as (start, end, day), each opening with its own day, the first dated, the others by
    their weekdays after it. None unless every clause opens with one."""
    s = f.sentence
    parts, at = [], s.start
    for part in s.text.split(";"):
        parts.append((at, at + len(part)))
        at += len(part) + 1
    if len(parts) < 2:
        return []
    out: list[tuple[int, int, str]] = []
    for start, end in parts:
        opening = _CLAUSE_DAY.match(body, start, end) or _ADVERBIAL.match(body, start, end) if not out else \
            _CLAUSE_DAY.match(body, start, end)
        written = next((d.value for d in f.dates if opening and start <= d.start < opening.end()), None)
        day = written or (dates.weekday_after(body[start:opening.end()], out[-1][2]) if opening and out else None)
        if not day or len(day) != 10:
            return []
        out.append((start, end, day))
    return out


def _apart_from_dates(f: SentenceFacts, taking_part: list[Mention], participants: tuple[str, ...]) -> bool:
    """No participant is named in a comma clause that holds one of the sentence's dates."""
    commas = [f.sentence.start + c.start() for c in re.finditer(r",", f.sentence.text)]

    def clause(pos: int) -> int:
        return sum(c < pos for c in commas)
    dated = {clause(d.start) for d in f.dates}
    return bool(commas and dated) and not any(clause(m.start) in dated for m in taking_part if m.code in participants)


# a forum held: "Forum Indonesia-Afrika (IAF) ke-2 di Nusa Dua, Bali, berakhir pada Selasa, ..."
# nothing but a dateline before the subject: "TEMPO.CO, Jakarta - Forum ..."
_DATELINE_ONLY = prefilter.compile(r"\s*(?:[A-Z][\w.]*(?:[ ,]+[A-Z][\w.]*)*\s*(?:\([^)]*\))?\s*[-–—]+\s*)?\Z")
_FORUM_HELD = prefilter.compile(r"\b(?:berakhir|ditutup|dibuka|digelar|berlangsung|diselenggarakan)\b", re.IGNORECASE)


def _names(text: str, code: str) -> bool:
    """The text names the country `code` by one of its names ("Forum Indonesia-Afrika" names Indonesia)."""
    return any(a.code == code and a.type == "country" and re.search(rf"(?<!\w){re.escape(a.text)}(?!\w)", text)
               for a in default_gazetteer().aliases)


def _is_headline(f: SentenceFacts) -> bool:
    """The first sentence is a headline where it ends without a full stop (a report may start with its body)."""
    return not f.sentence.text.rstrip().endswith((".", "!", "?", '"', "”"))


def _last_named(facts: list[SentenceFacts], i: int, body: str, titled: re.Match[str] | None = None) -> str | None:
    """The side of the person named last before sentence i: who "ia" stands for; "sang raja" (or `titled`, a title
    the sentence gives alone) is the last one named with that title ("Raja Swedia Carl XVI Gustaf", not the president
    who welcomed him since)."""
    named = [m for g in facts[i - 1::-1] for m in g.mentions[::-1] if m.via == "person"]
    titled = titled or _THE_TITLED.search(facts[i].sentence.text)
    title = re.compile(r"\b" + r"\s+".join(titled.group(1).split()) + r"\b", re.IGNORECASE) if titled else None
    # (the title is the name's own, only capitalised words between: "Raja Swedia Carl XVI Gustaf", not the title of
    # another named before: "Paus Fransiskus bertemu Presiden Joko Widodo")
    return next((m.code for m in named if title and (t := list(title.finditer(body, max(0, m.start - 40), m.start)))
                 and not re.search(r"(?<![\w-])[a-z]", body[t[-1].end():m.start])),
                named[0].code if named else None)


def _joined(meetings: list[Meeting], ties: dict[tuple[str, str], TieDraft], meeting: Meeting, comers: set[str],
            s: Sentence, rule: str) -> Meeting:
    """`meeting` with `comers` taking part too, replaced in `meetings`; each comer meets its forums (by `rule`)."""
    joined = replace(meeting, participants=tuple(sorted(set(meeting.participants) | comers)))
    meetings[meetings.index(meeting)] = joined
    for forum in (c for c in joined.participants if not _is_state(c)):
        for one in comers - {forum}:
            _tie(ties, one, forum, "meeting", s, rule)
    return joined


_KTT_RIGHT_BEFORE = prefilter.compile(r"\bKTT\s+\Z")
_KTT_OPENS = prefilter.compile(r"\s*KTT\b")


def _summit_named_before(body: str, facts: list[SentenceFacts], i: int) -> tuple[str, str | None] | None:
    """The forum whose summit the three sentences before name ("KTT G7"), and the day told right after it ("KTT G7
    yang digelar pada 13-15 Juni": the 13th), if any."""
    for k in range(i - 1, max(-1, i - 4), -1):
        f = facts[k]
        s = f.sentence
        # (from the names in the sentence, not its actors: a summit being prepared is spoken of, no party)
        forum = next((h for h in lexicon.default().scan(s.text)["actor"][::-1] if h.value.type == "organization" and (
            _KTT_RIGHT_BEFORE.search(s.text, max(0, h.start - 6), h.start) or h.text.startswith("KTT "))), None)
        if forum is not None:
            day = next((d.value for d in f.dates if 0 <= d.start - (s.start + forum.end) <= 40), None)
            return forum.value.code, day
    return None


_KTT_ATTENDED = prefilter.compile(r"\b(?:menghadiri|mengikuti)\s+KTT\s+([A-Z][\w]*(?:-[A-Z][\w]*)*)")


def _counted_summit_day(body: str, facts: list[SentenceFacts], i: int, published: str | None, name: str) -> str | None:
    """The day of the summit named ("KTT Korea-Afrika") that a sentence before counts from the day it tells: "pada Senin
    (3/6), sehari sebelum KTT Korea-Afrika dibuka" is the 4th; None where none does."""
    counted = re.compile(r"\b(se|satu|dua|tiga)\s*hari\s+(sebelum|setelah|sesudah)\s+KTT\s+" + re.escape(name) + r"\b",
                         re.IGNORECASE)
    for j in range(i - 1, -1, -1):
        away = counted.search(facts[j].sentence.text)
        day = _day_told(facts[j], body, published) if away else None
        if away and day and len(day) == 10:
            n = 1 if away.group(1).lower() in ("se", "satu") else NUMBER_WORDS[away.group(1).lower()]
            return (datetime.date.fromisoformat(day)
                    + datetime.timedelta(days=n if away.group(2).lower() == "sebelum" else -n)).isoformat()
    return None


def _sidelines_of_three(text: str) -> bool:
    """The three-way meeting is where talks are held on the sidelines ("bertemu di sela KTT trilateral"), not the
    talks themselves ("menggelar KTT trilateral dengan X dan Y di sela KTT G7")."""
    sidelines, three = _SIDELINES.search(text), _THREE_WAY.search(text)
    # "Di sela forum tersebut, Cho menggelar pertemuan trilateral dengan ...": a clause apart, the talks themselves
    return bool(sidelines and three and sidelines.start() < three.start()
                and not re.search(r"[,;]", text[sidelines.end():three.start()]))


# a weekday with no date after it, and the talks told between a day and it: "..., lalu bertemu X ... pada Senin"
_WEEKDAY_RIGHT_AFTER = prefilter.compile(r"\s*,?\s*pada\s+(?:hari\s+)?(" + _WEEKDAYS + r")\b(?!\s*[,(]?\s*\(?\d)", re.IGNORECASE)
_BARE_WEEKDAY = prefilter.compile(r"\bpada\s+(?:hari\s+)?(?:" + _WEEKDAYS + r")\b(?!\s*[,(]?\s*\(?\d)", re.IGNORECASE)
# a weekday alone after a comma, closing the sentence: "... untuk bertemu Presiden X di Istana Y, Sabtu."
_WEEKDAY_CLOSING = prefilter.compile(r",\s*(?:" + _WEEKDAYS + r")\s*\.?\s*\Z", re.IGNORECASE)
# (and what one came for: "berangkat ke Manila pada Minggu sore untuk menggelar pertemuan puncak ... pada Senin")
_THEN_MEETS = prefilter.compile(r"\b(?:lalu|kemudian|dan|sebelum|untuk)\s+(?:(?:langsung|juga)\s+)?(?:(?:akan|dijadwalkan)\s+(?:akan\s+)?)?"
                                r"(?:bertemu|menemui|diterima|menerima|(?:menggelar|mengadakan|melakukan)\s+(?:pertemuan|pembicaraan))\b",
                                re.IGNORECASE)
# an opening clause of what comes first ("Setelah tiba di Riyadh pada Sabtu, ...") and the main clause's talks after it
# (and one ahead of an event: "Menjelang gelaran KTT Korea-Afrika pada tanggal 4-5 Juni, Presiden X bertemu ...")
_OPENED_AFTER = prefilter.compile(r"\s*(?:" + "|".join((*AFTER_WORDS, "setibanya", "sesampainya", *AHEAD_WORDS)) + r")\b[^,.;]*,",
                                  re.IGNORECASE)
_MAIN_MEETS = prefilter.compile(r",\s+(?:[A-Z][\w\-]*\s+){1,6}(?:(?:juga|akan|dijadwalkan|direncanakan)\s+)*"
                                r"(?:bertemu|menemui|menerima|(?:menggelar|mengadakan|melakukan)\s+(?:pertemuan|pembicaraan))\b")
# "Dalam pertemuan dengan Sugiono, ...": what was said in the talks told with the one named
_IN_TALKS_WITH = prefilter.compile(r"\s*(?:Dalam|Selama|Pada)\s+(?:pertemuan|pembicaraan)\s+(?:bilateral\s+)?dengan\s+([^,.;]{2,80}),")


def _own_summits(f: SentenceFacts, taking_part: list[Mention]) -> list[str]:
    """The forums a sentence names each with its own summit word ("KTT ASEAN-Korea dan KTT Asia Timur"), in order."""
    summits = [h for h in f.cue_hits if h.value == "meeting" and h.text.upper() in ("KTT", "KONFERENSI TINGKAT TINGGI")]
    out: list[str] = []
    for m in taking_part:
        if not _is_state(m.code) and m.code not in out and (
                m.text.upper().startswith("KTT ") or any(0 <= m.start - h.end <= 2 for h in summits)):
            out.append(m.code)
    return out


# a visit received, its guest named after it: "Jokowi akan menerima kunjungan PM X"
_RECEIVES_VISIT = prefilter.compile(r"\b(?:menerima|menyambut|menjamu)\s+(?:\w+\s+)?\Z", re.IGNORECASE)
# the next meeting of its kind: "KTT berikutnya akan digelar ...", "dialog selanjutnya"
_THE_NEXT_ONE = prefilter.compile(r"\b(?:KTT|pertemuan|dialog|sidang|konferensi|forum|konsultasi)\s+(?:[\w\-+]+\s+){0,3}?(?:berikutnya|selanjutnya)\b",
                                  re.IGNORECASE)
# where a visit named goes, past who makes it: "[kunjungan] Presiden Prabowo ke KTT APEC"
_VISIT_GOES_TO = prefilter.compile(r"(?:\s+(?:[A-Z][\w\-]*|presiden|perdana|menteri|raja)){0,4}\s+ke\s+(?:[A-Z][\w\-+]*\s+){0,2}")
# what a trip only coincides with: "..., bertepatan dengan KTT ASEAN"
_COINCIDING = prefilter.compile(r"\b(?:bertepatan|bersamaan|berbarengan)\s+dengan\s+(?:\S+\s+){0,3}\Z", re.IGNORECASE)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each of `spans` (offsets in it) left out."""
    out, at = [], 0
    for a, b in sorted(spans):
        out.append(text[at:max(at, a)])
        at = max(at, b)
    return "".join(out) + text[at:]


def _bilateral(meeting: Meeting) -> bool:
    """Talks of two states (not a summit, nor talks with a company or a bloc)."""
    return len(meeting.participants) == 2 and all(map(_is_state, meeting.participants))


def _inside_that(f: SentenceFacts) -> bool:
    """The sentence tells what happened in the meeting just told ("Dalam pertemuan tersebut, ...") and names no
    other meeting ("..., dengan pertemuan perdana pada pertengahan Juni" is one more)."""
    inside = _INSIDE_THAT.match(f.sentence.text)
    if inside is None:
        return False
    return not any(h.value in ("meeting", "visit") and h.start >= f.sentence.start + inside.end() for h in f.cue_hits)
# (not the next one: "KTT ASEAN berikutnya akan digelar di Jakarta pada September")
_SUMMIT_HELD_ON = prefilter.compile(r"\s*(?:KTT|Konferensi\s+Tingkat\s+Tinggi|Sidang|Pertemuan|Forum)\s+"
                             r"(?:(?!berikutnya\b|selanjutnya\b|mendatang\b)[\w\-+]+\s+){1,4}?"
                             r"(?:(?:sendiri|itu|tersebut|ini)\s+)?(?:akan\s+)?(?:berlangsung|digelar|diselenggarakan|dihelat)\s+"
                             r"(?:di\s+(?-i:[A-Z])[\w\-]*(?:\s*,\s*(?-i:[A-Z])[\w\-]*)?\s+)?pada\b",  # "digelar di Gyeongju pada"
                             re.IGNORECASE)
_CHAIRS_THAT = prefilter.compile(r"\b(?:memimpin|mengetuai)\s+bersama\s+(?:pertemuan|KTT|sidang|forum|konferensi)\s+(?:itu|tersebut)\b",
                          re.IGNORECASE)
_MOVED_TO = prefilter.compile(r"\s+(?:hingga|sampai|ke|menjadi)\b", re.IGNORECASE)  # "ditunda hingga bulan depan"
_CALLED_OFF = prefilter.compile(r"\b(?:ditunda|dibatalkan|(?:batal|urung|gagal|tidak\s+jadi)\s+(?:digelar|terlaksana|dilaksanakan|diadakan)"
                         # "Pertemuan dengan X yang sedianya digelar batal karena ...": planned, then called off
                         r"|(?:sedianya|semula|awalnya|rencananya)\s+(?:akan\s+)?(?:digelar|diadakan|dilaksanakan|dijadwalkan)"
                         r"\b[^.;]{0,40}?\b(?:batal|urung|gagal))\b"
                         r"(?![^.;]*\bakhirnya\b)",
                         re.IGNORECASE)
# a trip given up: "Gibran akhirnya batal berangkat", "urung hadir"
_TRIP_GIVEN_UP = prefilter.compile(r"\b(?:batal|urung|tidak\s+jadi|gagal)\s+(?:berangkat|hadir|datang|berkunjung|menghadiri|terbang)\b",
                                   re.IGNORECASE)
_BUSINESS_PARTY = prefilter.compile(r"\b(?:delegasi|rombongan|misi)\s+(?:pengusaha|bisnis|dagang|usaha|investor)\b", re.IGNORECASE)
_ALSO_WORD = prefilter.compile(r"\b(?:juga|pun)\b", re.IGNORECASE)
_ATTENDS_THAT = prefilter.compile(_ATTEND_VERB + r"\s+(?:" + _EVENT_WORDS + r"|jamuan|acara|upacara)"
                           r"\s+(?:itu|tersebut|ini)\b", re.IGNORECASE)
_WITH_AFTER = prefilter.compile(r"\s+(?:secara\s+\w+\s+)?(?:dengan|bersama)\b", re.IGNORECASE)
_VISIT_BY = prefilter.compile(r"\b(?:kunjungan|lawatan)\s+(?:kenegaraan|resmi|kerja)\s+(?:(?:Presiden|Perdana\s+Menteri|PM|Raja|Ratu|"
                       r"Kanselir|Emir|Sultan|Menteri\s+Luar\s+Negeri|Menlu)\s+)?\Z")
# (or to meet the head of a body seated there: "bertolak ke Addis Ababa untuk bertemu Ketua Komisi Uni Afrika X")
# (a headline's bare verb too: "Presiden Yoon Bertolak ke Madrid untuk Hadiri KTT NATO")
_GOES_TO_ATTEND = prefilter.compile(r"\buntuk\s+(?:menghadiri|mengikuti|hadir\s+(?:di|dalam|pada)|hadiri|ikuti|"
                                    + _EVENT_WORDS + r")\b"
                             r"|\buntuk\s+(?:bertemu|menemui)\s+(?:dengan\s+)?(?:Sekjen|Sekretaris\s+Jenderal|Ketua\s+Komisi"
                             r"|Presiden\s+Komisi|Presiden\s+Dewan|Direktur\s+(?:Jenderal|Pelaksana))\b", re.IGNORECASE)
# the day told right after a stop, past its country: "ke Kairo, Mesir, pada Kamis (20/11)"
_DAY_RIGHT_AFTER = prefilter.compile(r"(?:\s*,\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?=\s*,))?\s*,?\s*(?:pada\s+)?(?:[A-Za-z]+\s*)?\(?")
def _date_right_after(body: str, f: SentenceFacts, end: int) -> dates.DateHit | None:
    """The date told right after a stop that ends at `end` ("ke Singapura pada Selasa (8/10)", "Jakarta, Senin (11/3)")."""
    return next((d for d in f.dates if end <= d.start <= end + 30 and _DAY_RIGHT_AFTER.fullmatch(body, end, d.start)), None)


def _weekday_right_after(body: str, s: Sentence, end: int, published: str | None) -> str | None:
    """The day of a weekday told right after a stop that ends at `end` ("ke Hanoi pada Selasa"), the next such day
    where the sentence tells what is to come."""
    weekday = _WEEKDAY_RIGHT_AFTER.match(body, end)
    if weekday is None or not published:
        return None
    return dates.weekday_on(weekday.group(1), published, future=dates.is_future(body[s.start:end]))


_DEPARTS_FOR = prefilter.compile(r"\b(?:bertolak|berangkat|terbang|melanjutkan\s+(?:perjalanan|lawatan|kunjungan)(?:nya)?"
                          # and a visit told beside another meeting: "berkunjung ke Brasilia pada Juli 2025 setelah
                          # menghadiri KTT BRICS"
                          r"|berkunjung|melawat|bertandang)\s+(?:lagi\s+)?"
                          # "bertolak dari Jakarta menuju Beijing"
                          r"(?:dari\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?\s+)?"
                          r"(?:ke|menuju)\s+(?:\Z|(?=(?-i:[A-Z])))"
                          # "mengunjungi Turkmenistan pada Senin (10/6), Kazakhstan pada Rabu (12/6), dan Uzbekistan ..."
                          r"|\bmengunjungi\s+(?:\Z|(?=(?-i:[A-Z])))", re.IGNORECASE)
_STARTED_ON = prefilter.compile(r"\b(?:dimulai|berlangsung\s+sejak|sejak)\s+(?:pada\s+)?(?:hari\s+)?(?:(?:" + _WEEKDAYS + r")\s*,?\s*)?\Z",
                         re.IGNORECASE)
_WELCOMED = prefilter.compile(r"\bdisambut\s+(?:dengan\s+)?(?:upacara|seremoni)\b", re.IGNORECASE)
_WELCOMED_AT = prefilter.compile(_WELCOMED.pattern + r"[^.;]{0,50}?\bdi\s+(?:[A-Z][\w\-]*\s+){0,3}(?:[A-Z][\w\-]*,\s+)?\Z")
# a trip's stops named in passing after the one told: "dalam lawatan Yoon ..., setelah Turkmenistan dan Kazakhstan."
_STOPS_AFTER_TRIP = prefilter.compile(r"\b(?:lawatan|kunjungan|tur|perjalanan)\w*\b[^.;]*,\s+(?:setelah|sebelum)\s+"
                               r"((?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*(?:\s*,\s*(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*)*"
                               r"(?:\s*,?\s+(?:dan|serta)\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*)?)", re.IGNORECASE)
_NOTHING_MORE = prefilter.compile(r"\s*(?:[.;]|\Z)")
_STAYING_AT = prefilter.compile(r"\bberada\s+di\s+\Z", re.IGNORECASE)
_FOR_A_VISIT = prefilter.compile(r"[^.;]{0,50}?\buntuk\s+(?:melakukan\s+)?(?:kunjungan|lawatan)\b", re.IGNORECASE)
_ONWARD_TO = prefilter.compile(r"\b(?:bertolak|berangkat|terbang|melanjutkan\s+(?:perjalanan|lawatan|kunjungan)(?:nya)?)\s+"
                        r"(?:dari\s+[^,.;]{1,30}?\s+)?(?:ke|menuju)\s+\Z", re.IGNORECASE)
_NAMED_ALSO = prefilter.compile(r"\s*(?:Selain\s+itu\s*,\s*)?(?:[A-Z][\w\-]*\s+){1,3}(?:juga|pun)\s+(?:bertemu|menemui|menerima"
                          r"|menggelar|melakukan|mengadakan)\b")
_RETURNS_IT = prefilter.compile(r"\bmembalas\s+\Z", re.IGNORECASE)
_FROM_THERE = prefilter.compile(r"^\s*" + _FROM_A_TOWN + r"\s*,\s*", re.IGNORECASE)  # "Dari Jakarta, ..." opening a sentence
_THEN_TO = prefilter.compile(r"\b(?:lalu|kemudian|selanjutnya|sebelum)\s+(?:ke|menuju)\s+\Z")
# the trip's last stop: "... dan menutup lawatannya di Manila pada Jumat" (the words before the stop; the clause they open)
_CLOSING_WORDS = r"(?:menutup|mengakhiri)\s+(?:rangkaian\s+)?(?:lawatan|kunjungan|perjalanan)(?:nya)?\s+(?:\w+\s+){0,2}?di"
_ENDS_AT = prefilter.compile(r"\b" + _CLOSING_WORDS + r"\s+\Z", re.IGNORECASE)
_CLOSING_LEG = prefilter.compile(r"\b(?:dan|lalu|kemudian|sebelum)\s+" + _CLOSING_WORDS + r"\b", re.IGNORECASE)
_BEFORE_IT = prefilter.compile(r"\bsebelum\s+\Z", re.IGNORECASE)
_BEFORE_OR_AFTER_IT = prefilter.compile(r"\b(?:setelah|usai|seusai|selepas|sesudah|sebelum)\s+\Z", re.IGNORECASE)
_TOGETHER = prefilter.compile(r"\bbersama-sama\s+(?!dengan\b)(?:me|ber|men|mem|meng|meny)\w+"
                       r"|\b(?:me|ber)\w+\s+(?:\w+\s+)?bersama\s+(?=(?:di|pada|dalam)\b)",  # "menanam pohon bersama di ..."
                       re.IGNORECASE)
# what two do side by side, said of them right after their names: "Presiden X dan Perdana Menteri Y menandatangani
# pernyataan bersama", "... meninjau pabrik semikonduktor di Penang", "... sepakat meningkatkan hubungan ... di Putrajaya"
_JOINT_ACT = prefilter.compile(r"\s+(?:(?:juga|kemudian|lalu|lantas|sempat|turut)\s+)?(?:(menandatangani|meneken|menyaksikan|meninjau"
                        r"|meresmikan|berfoto|menanam|berziarah|berjalan|meletakkan\s+karangan\s+bunga|melepas|meluncurkan"
                        r"|(?:memberikan|menyampaikan)\s+keterangan\s+pers|menggelar\s+konferensi\s+pers)"
                        r"|(?:telah\s+)?(sepakat|bersepakat|menyepakati))\b", re.IGNORECASE)
# a summit told by its word, what "KTT tersebut" points to
_SUMMIT_TOLD = prefilter.compile(r"\b(?:KTT|Konferensi\s+Tingkat\s+Tinggi|[Pp]ertemuan\s+[Pp]uncak)\b")
# (not one counted from: "sehari setelah menghadiri KTT NATO" dates the summit by the day told)
_SUMMIT_ATTENDED_BEFORE = prefilter.compile(r"(?<!hari )(?<!pekan )(?<!minggu )(?<!bulan )\b(?:setelah|usai|seusai|sesudah|selepas)\s+"
                                            r"(?:menghadiri|mengikuti|mengambil\s+bagian\s+dalam)\b",
                                            re.IGNORECASE)
# what came of a meeting or a visit held before: "hasil kunjungannya ke Jepang", "hasil pertemuan itu"
_RESULTS_OF = prefilter.compile(r"\b(?:hasil|capaian|laporan)\s+\Z", re.IGNORECASE)
# a summit a briefing tells of: "memberi pengarahan terkait KTT Korea-Afrika pada tanggal 30 Mei", "Dalam pengarahan
# tertulis pada tanggal 25 Mei, Juru Bicara X mengungkapkan jadwal dan para peserta KTT ...": the day is the briefing's
_BRIEFED_ON = prefilter.compile(r"\b(?:pengarahan|briefing|pengumuman|jumpa\s+pers|konferensi\s+pers|keterangan\s+pers)\b[^.;]{0,40}?"
                                r"\b(?:terkait|mengenai|tentang|soal|seputar)\s+\Z", re.IGNORECASE)
# (its schedule told, the day before it: not "mengumumkan rencana mereka untuk mengunjungi Bangkok ... pada Jumat")
_SCHEDULE_TOLD = prefilter.compile(r"\b(?:mengungkapkan|mengumumkan|memaparkan)\s+(?:jadwal|agenda|rincian|persiapan)\b[^.;]{0,40}\Z",
                                   re.IGNORECASE)
_AND_TITLED = prefilter.compile(r"[^,.;()]{0,50}?\bdan\s+[^,.;()]{0,50}\Z")


def _side_by_side(body: str, f: SentenceFacts) -> list[str]:
    """The two leaders of two sides a sentence tells doing one thing together, named as its subject: "Presiden X dan
    Perdana Menteri Y menandatangani ..."; an agreement only with a town where it was made ("sepakat ... di
    Putrajaya"), never over the phone."""
    s = f.sentence
    people = [m for m in f.mentions if m.via == "person" and _is_state(m.code)]
    for a, b in itertools.pairwise(people):
        act = _JOINT_ACT.match(body, b.end)
        if a.code == b.code or not act or not _AND_TITLED.match(body, a.end, b.start):
            continue
        if _CALL.search(s.text) or _SEPARATELY.search(s.text):
            return []
        if act.group(2):  # an agreement: where it was made must be told, and be a town
            town = _place(s.text)
            if not town or default_gazetteer().names_country(town):
                return []
        return sorted((a.code, b.code))
    return []


_HOSTED = prefilter.compile(r"\bmenjadi\s+tuan\s+rumah\b|\b(?:menggelar|menyelenggarakan)\s+(?:KTT|konferensi\s+tingkat\s+tinggi)\b",
                     re.IGNORECASE)
_HOST = prefilter.compile(r"\s*(?:selaku|sebagai)\s+tuan\s+rumah\b", re.IGNORECASE)


# an office named right before a country, with no one's name after it: "bertemu ketua parlemen Finlandia"
_OFFICE_BEFORE = prefilter.compile(r"\b(" + "|".join(sorted((re.escape(t) for t in ROLE_TITLES if " " in t or len(t) > 4),
                                                     key=len, reverse=True)) + r")\s+\Z", re.IGNORECASE)
_CAPITALISED_RUN = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*"


# a leader's spouse at their side ("Raja dan Ratu Maxima", "Ibu Negara Kim Keon-hee") is no one else the leaders meet
_CONSORT = prefilter.compile(r"\b(?:" + CONSORT_WORDS + r"|Ratu)\s+\Z")
_ESCORTED = prefilter.compile(r"\bdidampingi\s+(?:oleh\s+)?(?:[\w/\-]+\s+){0,6}\Z", re.IGNORECASE)
_GREETED = prefilter.compile(r"\bsalam(?:\s+(?:hangat|hormat))?\s+(?:kepada|untuk|bagi)\s+(?:[\w\-]+,?\s+){0,4}\Z", re.IGNORECASE)
# those who go along, named before it: "Menteri Agama X, ..., dan Menteri KKP Y ikut mendampingi Gibran menemui Z"
_GO_ALONG = prefilter.compile(r"\b(?:ikut|turut|juga)\s+mendampingi\b", re.IGNORECASE)


@dataclass
class _Told:
    """What the reading of each sentence learns about the meetings it tells, by the evidence's start, for merging
    the meetings told twice afterwards."""
    prepared: set[int] = field(default_factory=set)  # a meeting yet to be held or a habit: never one told elsewhere
    inherited: set[int] = field(default_factory=set)  # dated by a sentence before: may be a meeting told elsewhere
    people: dict[int, frozenset[str]] = field(default_factory=dict)  # who met: a president's talks and a PM's are two
    # ... and by the participants too: a sentence may tell a meeting and a visit of others
    people_of: dict[tuple[int, tuple[str, ...]], frozenset[str]] = field(default_factory=dict)
    # ... and by the day too, where a sentence dates each one met ("menemui Menlu X, Senin (29/7), dan Menhan Y, Selasa
    # (30/7)"): the one met that day
    people_on: dict[tuple[int, tuple[str, ...], str], frozenset[str]] = field(default_factory=dict)
    within_month: set[tuple[int, tuple[str, ...]]] = field(default_factory=set)  # dated by its month only
    of_the_event: set[int] = field(default_factory=set)  # no day told: dated by the article's event
    joined_to: set[int] = field(default_factory=set)  # who attended the meeting just told: that meeting
    met_each: set[int] = field(default_factory=set)  # one side's two people met each: a meeting with each, kept apart
    departed: set[int] = field(default_factory=set)  # dated by the day one left for the talks: joins the talks' own day
    briefed: set[int] = field(default_factory=set)  # a summit a briefing told of: the day is the briefing's, not its own
    published: str | None = None  # the article's date: a meeting dated by it alone may have been held a day before

    def day_of_the_one_told(self, a: Meeting, b: Meeting) -> bool:
        """ "Kang memastikan telah bertemu dengan koleganya dari Korea Utara", dated by the publication alone, and
        "pertemuan disebutkan berlangsung saat gala dinner pada Minggu, 6 Agustus 2017", a day before it: `a` tells
        the day of `b`, held (where they name no one else: `same_people`)."""
        return bool(b.evidence.start in self.of_the_event and not a.inferred and not a.planned and not b.planned
                    and a.date and b.date and b.date == self.published and len(a.date) == 10 and a.date < b.date and not _apart(a.date, b.date))

    def month_of(self, a: Meeting, b: Meeting) -> bool:
        """`a` is told by its month only and `b` is on a day of it: one of a day told is it."""
        return bool(a.date and b.date and (a.evidence.start, a.participants) in self.within_month
                    and b.date.startswith(a.date))


def _held_then(m: Meeting, forums: set[str], f: SentenceFacts) -> bool:
    """Whether `m` is the forum's summit whose days `f` tells: one told before with the article's day only, or with
    none where it was named as `f` names it ("..., setelah menghadiri KTT APEC di Gyeongju"; not "KTT ASEAN-Korea" for
    "KTT ASEAN ke-43 berlangsung pada ...")."""
    return bool(set(m.participants) & forums) and (m.inferred or m.date is None and any(
        re.search(rf"\bKTT\s+{re.escape(x.text)}(?![\w\-])", m.evidence.sentence) for x in f.mentions))


def find_meetings(body: str, facts: list[SentenceFacts], ties: dict[tuple[str, str], TieDraft],
                  focus: tuple[str, ...], *, event_date: str | None, published: str | None = None,
                  holders: dict[tuple[str, str], list[str]] | None = None) -> list[Meeting]:
    """Summits, talks and visits: one meeting per event with all its participants. A meeting whose
    sentence gives no date takes the article's event date if the article's own actor takes part or it is told
    against the event ("di sela KTT", "sepekan setelah"); a visit folds into the meeting it carried. `holders`: the
    names of the article's people by (role, affiliation)."""
    meetings: list[Meeting] = []
    visits: list[Meeting] = []
    followed_up: list[Meeting] = []  # earlier meetings a meeting follows up, on no day told
    nth_before: list[Meeting] = []  # the one before a second (third ...) meeting, on no day told
    full_names = [m.text for f in facts for m in f.mentions if m.via == "person" and " " in m.text]
    # (a one-word name joined by a hyphen is a full name too, where no longer one holds it: "Willem-Alexander")
    full_names += list(dict.fromkeys(m.text for f in facts for m in f.mentions if m.via == "person" and "-" in m.text
                                     and " " not in m.text and not any(m.text in n.split() for n in full_names)))
    known = default_gazetteer().person_names

    def canonical(name: str) -> str:  # "Jokowi" and "Joko Widodo" are one person
        return known.get(fold_name(name), name)
    state = _Told(published=published)
    prepared, inherited, people, within_month = state.prepared, state.inherited, state.people, state.within_month
    departed, briefed = state.departed, state.briefed
    of_the_event, joined_to = state.of_the_event, state.joined_to

    def person_name(m: Mention) -> str:
        """The person a mention names, by the fullest name the article gives them."""
        return canonical(next((n for n in full_names if _name_part(m.text, n)), m.text))

    def met_in(m: Meeting) -> frozenset[str]:
        """Who met in `m`, as its sentence names them (the one met that day, where the sentence dates each)."""
        return state.people_on.get((m.evidence.start, m.participants, m.date or "")) or people.get(m.evidence.start, frozenset())

    def who(f: SentenceFacts, participants: tuple[str, ...], until: int | None = None) -> frozenset[str]:
        """The people of at least two sides who meet in the sentence (before `until`: not those of a meeting its
        clause recalls); none where it names one side only. A side named by an office only ("bertemu ketua parlemen
        Finlandia") is whoever holds it: the person the article names with that office of that country, else the
        office itself, another person than those named."""
        if _ARRIVAL_WELCOMED.match(f.sentence.text) or _ARRIVAL_WELCOMED_TOO.search(f.sentence.text) or \
                _WELCOMED_AT_AIRPORT.search(f.sentence.text):
            # "Kedatangan mereka disambut langsung oleh Menteri X dan Dubes Y", "Menlu X menyambut kedatangan Presiden Y di
            # Bandara Z": the visit's arrival, no talks
            return frozenset()
        along = _GO_ALONG.search(f.sentence.text)
        # "Usai bertemu dengan Raja X, Prabowo melanjutkan kunjungannya ke kediaman PM Y": X is another meeting's
        opened_by_meeting = _MET_FIRST.match(f.sentence.text) if until is None else None
        first_end = f.sentence.start + opened_by_meeting.end() if opened_by_meeting and any(
            h.value in ("meeting", "visit") and h.start >= f.sentence.start + opened_by_meeting.end() for h in f.cue_hits) else -1
        named = [m for m in f.mentions if m.via == "person" and m.code in participants and (until is None or m.start < until)
                 and not m.start < first_end
                 and not (_CONSORT.search(body, max(f.sentence.start, m.start - 20), m.start)
                          and not REGNAL.match(body, m.end) and not re.search(r"\s[IVX]+$", m.text))
                 # "mengunjungi Ibu Kota Nusantara didampingi Kepala Otorita IKN X": an escort on a visit's day, not met
                 and not ("visit" in f.kinds and "meeting" not in f.kinds
                          and _ESCORTED.search(body, max(f.sentence.start, m.start - 45), m.start))
                 and not _in_since_clause(f, m.start)
                 and not (along and m.start < f.sentence.start + along.start())
                 # "menyampaikan salam hangat kepada Presiden Korea Selatan, X": greetings sent to one not there
                 and not _GREETED.search(body, max(f.sentence.start, m.start - 60), m.start)
                 # '"Kunjungan ini merupakan bagian dari ...," tutur Yusuf': the one who tells of it
                 and not (f.quote_end is not None and m.start >= f.quote_end
                          and not any(h.value in ("meeting", "visit") and h.start >= f.quote_end for h in f.cue_hits))
                 # "PM Kanada X mengirimkan utusan khususnya untuk bertemu Presiden Y": the envoy meets, not the sender
                 and not _SENDS_ENVOY.match(body, m.end)]
        senders = [m.start for m in f.mentions if m.via == "person" and _SENDS_ENVOY.match(body, m.end)]
        found = {person_name(m) for m in named}
        sides = {m.code for m in named}
        for m in f.mentions:
            if any(0 <= at - m.end <= 2 for at in senders):
                continue  # (nor by the office the sender holds: "Perdana Menteri Kanada X mengirimkan utusan")
            office = _OFFICE_BEFORE.search(body, max(f.sentence.start, m.start - 40), m.start) \
                if m.via == "name" and m.code in participants and m.code not in sides \
                and not _GREETED.search(body, max(f.sentence.start, m.start - 60), m.start) else None
            if office:
                holder = re.search(rf"(?i:\b{re.escape(office.group(1))})\s+{re.escape(m.text)}\s+({_CAPITALISED_RUN})", body)
                # (or the one person the article names with that office's role for that side: "Dubes Korsel" is
                # "Duta Besar Korea Selatan untuk Indonesia X")
                held = (holders or {}).get((ROLE_TITLES.get(office.group(1).lower(), ("", ""))[0], m.code), [])
                found.add(next((canonical(n) for n in full_names if holder and holder.group(1).startswith(n)),
                               canonical(held[0]) if len(held) == 1 else f"{office.group(1).lower()} {m.code}"))
                sides.add(m.code)
        if len(sides) == 1 and i_of.get(f.sentence.start) and (_HE_MEETS_AGAIN.match(
                f.sentence.text, _subject_start(f.sentence.text)) or _HE_MEETS_NEXT.match(f.sentence.text)
                or _THE_ONE_GUEST.search(f.sentence.text)):
            # "Beberapa jam kemudian, sang raja juga menerima Menteri Pertahanan Korea Selatan X": the one it stands
            # for, last named on the other side, by name: talks of other people than the ones told before (and the
            # guest: "Presiden Joko Widodo menerima sang emir", whom the talks of another host later are not)
            k = i_of[f.sentence.start]
            he = next((m for g in facts[k - 1::-1] for m in g.mentions[::-1]
                       if m.via == "person" and m.code in participants and m.code not in sides), None)
            if he is not None:
                found.add(canonical(next((n for n in full_names if he.text in n.split()), he.text)))
                sides.add(he.code)
        if not sides and f.anaphor and i_of.get(f.sentence.start):
            # "... konferensi pers bersama usai pertemuan keduanya": the two the sentence before names
            before = facts[i_of[f.sentence.start] - 1]
            named = [m for m in before.mentions if m.via == "person" and m.code in participants]
            if len({m.code for m in named}) >= 2:
                return frozenset(person_name(m) for m in named)
        return frozenset(found) if len(sides) >= 2 else frozenset()

    def named_first(f: SentenceFacts, participants: tuple[str, ...]) -> frozenset[str]:
        """Those of `participants` an opening clause of a meeting held first names ("Usai bertemu dengan Raja X, ..."),
        where the main clause names another of their side."""
        opened = _MET_FIRST.match(f.sentence.text)
        if opened is None:
            return frozenset()
        end = f.sentence.start + opened.end()
        first = [m for m in f.mentions if m.via == "person" and m.code in participants and m.start < end]
        later = [m for m in f.mentions if m.via == "person" and m.start >= end]
        if not any(m.code == x.code for m in first for x in later):
            return frozenset()
        return frozenset(person_name(m) for m in first)

    def next_stops(f: SentenceFacts, groups: list[tuple[str, ...]],
                   then_met: tuple[int, str | None, str | None, bool] | None) -> None:
        """ "Dari Manila, Yoon akan bertolak ke Singapura pada Selasa (8/10), lalu ke Hanoi pada Sabtu": each next
        stop of the one travelling is a visit of its own, on the day told right after it (not a summit's venue:
        "terbang ke Lima, Peru, untuk menghadiri KTT APEC"; an arrival folds into the talks it carried)."""
        s = f.sentence
        departs = _DEPARTS_FOR.search(s.text)
        # the first one named, past an opening clause of what went before ("Usai menerima Menlu Australia X, Presiden
        # Prabowo bertolak ke Tokyo": Prabowo)
        opening = _OPENING_BEFORE.match(s.text)
        travellers = [m.code for m in f.mentions if m.via == "person" and _is_state(m.code)]
        past_it = [m.code for m in f.mentions if m.via == "person" and _is_state(m.code)
                   and opening and m.start >= s.start + opening.end()]
        traveller = next(iter(past_it or travellers), None)
        unnamed = [c for c in groups[0] if c not in {m.code for m in f.mentions}] if len(groups) == 1 else []
        subject = _FROM_THERE.sub("", s.text[_subject_start(s.text):], count=1)  # (past "Dari Jakarta, ...")
        if len(unnamed) == 1 and _PRONOUN_START.match(subject):
            # "Ia dijadwalkan bertemu Wamen Korea Selatan X pada Selasa sebelum melanjutkan perjalanan ke China": the
            # one "ia" is, whom the talks took, travels on (not the one met)
            traveller = unnamed[0]
        elif traveller is None and not groups and f.sentence.start in i_of and (
                (titled := _THE_TITLED.match(subject.lstrip()) or _BARE_TITLE.match(subject.lstrip()))
                or _PRONOUN_START.match(subject)):
            # "Dari Jakarta, Paus (sang raja) dijadwalkan melanjutkan perjalanan ke Papua Nugini": the one last named
            # with the title; "ia": the first one named in the last sentence naming anyone (its subject)
            k = i_of[f.sentence.start]
            before = next((g for g in facts[k - 1::-1] if any(m.via == "person" for m in g.mentions)), None) if k else None
            traveller = _last_named(facts, k, body, titled) if titled else \
                next((m.code for m in before.mentions if m.via == "person" and _is_state(m.code)), None) if before else None
        if not traveller or not departs or _negated(body, Hit(s.start + departs.start(), s.start + departs.end(), "tie",
                                                              "visit", departs.group(0))):
            return  # not "berharap Presiden Prabowo dapat segera berkunjung ke Seoul": a wish, no trip
        last_stop = -1  # where the last stop taken ends: "melanjutkan perjalanan ke Tanzania, Mozambik, dan Afrika Selatan"
        # (a stop listed after one is named as an actor: "... ke Tanzania, Mozambik, dan Afrika Selatan")
        listed = [m for m in f.mentions if _is_state(m.code)]
        for stop in sorted([*f.places, *listed], key=lambda m: m.start):
            day = _date_right_after(body, f, stop.end)
            chained = last_stop >= 0 and _LISTED_NEXT.fullmatch(body, last_stop, stop.start)
            departs_to = _DEPARTS_FOR.search(body, max(s.start, stop.start - 30), stop.start)
            taken = stop.code != traveller and any(stop.code in g for g in groups)  # by the sentence's talks already
            # (a country the talks took already may start the list: "mengunjungi Turkmenistan pada ...")
            if stop in listed and not (chained or taken and departs_to):
                continue
            if stop in listed and not _STOP_ENDS.match(body, stop.end, s.end):
                continue  # a clause's subject, no stop: "mengunjungi Jepang pada Senin, dan China mengecam kunjungan itu"
            goes = departs_to or _THEN_TO.search(body, max(s.start + departs.end(), stop.start - 20), stop.start) or chained \
                or _ENDS_AT.search(body, max(s.start + departs.end(), stop.start - 50), stop.start)
            if goes and taken:
                last_stop = day.end if day else stop.end  # the list goes on after it, and after its day
                continue
            if stop.code == traveller or taken or not goes or _GOES_TO_ATTEND.search(body, stop.end, min(s.end, stop.end + 60)):
                continue
            last_stop = day.end if day else stop.end  # "Turkmenistan pada Senin (10/6), Kazakhstan ...": after its day
            on = day.value if day else None
            if on is None and then_met and stop.start >= then_met[0]:
                on = then_met[2]  # "..., sehari sebelum berangkat ke Tokyo": the day after the main clause's
            if on is None:
                # "Dari Brunei, Cho bertolak ke Hanoi pada Selasa untuk bertemu ...": the weekday told right after it
                on = _weekday_right_after(body, s, stop.end, published)
            if on is None:
                # "mengunjungi Tokyo pada 18 Maret sebelum terbang ke Beijing dua hari kemudian": that many days after
                on = _counted_right_after(body, f, stop.start, stop.end)
            visits.append(Meeting(tuple(sorted((traveller, stop.code))), on, None,
                                  Evidence(s.text, s.start, s.end, "visit"), planned=bool(_PLANNED.search(s.text))))
            _tie(ties, traveller, stop.code, "visit", s, "visit-destination")

    def stops_in_passing(f: SentenceFacts) -> None:
        """ "Uzbekistan merupakan negara terakhir dalam lawatan Yoon ke Asia Tengah, setelah Turkmenistan dan
        Kazakhstan.": the trip's stops before (or after, "sebelum") the one told, each a visit on no day told."""
        s = f.sentence
        traveller = next((m.code for m in f.mentions if m.via == "person" and _is_state(m.code)), None)
        passing = _STOPS_AFTER_TRIP.search(s.text) if "visit" in f.kinds else None
        if traveller is None or passing is None or not _NOTHING_MORE.match(s.text, passing.end()):
            return
        listed = [m for m in f.mentions if _is_state(m.code) and m.code != traveller and m.start >= s.start + passing.start(1)]
        for code in dict.fromkeys(m.code for m in listed):
            visits.append(Meeting(_pair(traveller, code), None, None, Evidence(s.text, s.start, s.end, "visit")))
            _tie(ties, traveller, code, "visit", s, "visit-destination")

    i_of = {f.sentence.start: k for k, f in enumerate(facts)}
    article_actor = main_actor(facts)
    prepared_summits: dict[int, tuple[set[str], str | None]] = {}  # by sentence: a summit spoken of in talks, its date

    def with_the_actor(participants: tuple[str, ...], groups: list[tuple[str, ...]], f: SentenceFacts) -> bool:
        # "Yoon juga menerima Menlu X dan Menlu Y secara terpisah": the one received beside the article's actor's
        # side, by the same verb, is received then too
        return bool(_SEPARATELY.search(f.sentence.text)) and \
            any(article_actor in g and g != participants and set(g) & set(participants) for g in groups)

    named_states = list(dict.fromkeys(m.code for f in facts for m in f.mentions if _is_state(m.code)))
    trio = next((tuple(sorted(_codes(g))) for f in facts for g in f.groups if len(_codes(g)) == 3), ())
    lead_trio = _lead_trio(facts)
    listing_host: str | None = None  # the host of guests listed sentence by sentence, and the last sentence listing them
    listing_at = -1
    for i, f in enumerate(facts):
        s = f.sentence
        gave_up = _TRIP_GIVEN_UP.search(s.text) if i else None
        if gave_up:
            # "Gibran dijadwalkan menghadiri upacara pelantikan ... . Namun, ... Gibran akhirnya batal berangkat": the
            # trip the sentence before planned for the one who gives it up is off
            giving_up = {m.code for m in f.mentions if m.start < s.start + gave_up.start()}
            planned_at = facts[i - 1].sentence.start
            for told in (meetings, visits):
                told[:] = [m for m in told if not (m.evidence.start == planned_at and giving_up & set(m.participants)
                                                   and _PLANNED.search(m.evidence.sentence))]
        together = _TOGETHER.search(s.text)
        pair = sorted({m.code for m in f.mentions if m.via == "person" and _is_state(m.code)
                       and m.start < s.start + together.start()}) if together else []
        if together and len(pair) == 2 and " dan " not in body[s.start:s.start + together.start()]:
            pair = []
        if not f.kinds & {"meeting", "visit"} and len(pair) != 2 and not f.hostile:
            pair = _side_by_side(body, f)  # the two by name, then what they do
        if not f.kinds & {"meeting", "visit"} and len(pair) == 2:
            # "Presiden X dan Perdana Menteri Y bersama-sama berziarah ke ...": two leaders doing a thing together meet
            day = _day_told(f, body, published) or _told_date(body, facts, i, published)
            meetings.append(Meeting(tuple(pair), day, _place(s.text), Evidence(s.text, s.start, s.end, "meeting")))
            _tie(ties, pair[0], pair[1], "meeting", s, "together")
            continue
        own_forum = next((m for m in f.mentions if not _is_state(m.code) and m.text.startswith("Forum ")
                      and _DATELINE_ONLY.match(body, s.start, m.start)), None) if not f.kinds & {"meeting", "visit"} else None
        # the forum's own country, named in its name, where the article names it elsewhere too
        forum_host = next((c for c in named_states if _names(own_forum.text, c)), None) if own_forum is not None else None
        if own_forum is not None and forum_host and _FORUM_HELD.search(s.text):
            # "Forum Indonesia-Afrika (IAF) ke-2 di Nusa Dua, Bali, berakhir pada Selasa, 3 September 2024": the forum
            # its country holds met
            day = _best_date(f, body) or _told_date(body, facts, i, published)
            meetings.append(Meeting(tuple(sorted({own_forum.code, forum_host})), day, _place(s.text),
                                    Evidence(s.text, s.start, s.end, "meeting")))
            _tie(ties, forum_host, own_forum.code, "meeting", s, "forum-held")
            continue
        present = _PRESENT_LIST.search(s.text)
        held = next((m for m in meetings[::-1] if not all(_is_state(c) for c in m.participants)), None)
        if present and held is not None and not f.kinds & {"meeting", "visit"}:
            # "KTT itu ... . Sejumlah kepala negara Afrika hadir, antara lain Presiden Rwanda X dan Presiden Liberia Y":
            # those it names are at the summit just told
            comers = {m.code for m in f.mentions if _is_state(m.code) and m.start >= s.start + present.end()}
            if comers - set(held.participants):
                _joined(meetings, ties, held, comers, s, "summit-joined")
            continue
        they_are = _THEY_ARE.match(s.text) if i and not f.kinds & {"meeting", "visit"} else None
        guests_from = _GUESTS_FROM.search(s.text) if i and not they_are else None
        if guests_from:
            listed_after = sorted((m for m in [*f.mentions, *f.places] if _is_state(m.code) and m.start >= s.start + guests_from.end()),
                                  key=lambda m: m.start)
            guests_host = next((m.code for m in f.mentions if m.via == "person" and _is_state(m.code)
                                 and m.end <= s.start + guests_from.end()), None)
            if guests_host is not None and len({m.code for m in listed_after} - {guests_host}) >= 2:
                day = _best_date(f, body) or _told_date(body, facts, i, published) or event_date
                for guest in dict.fromkeys(m.code for m in listed_after if m.code != guests_host):
                    meetings.append(Meeting(_pair(guests_host, guest), day, None, Evidence(s.text, s.start, s.end, "meeting")))
                    _tie(ties, guests_host, guest, "meeting", s, "guests-listed")
                continue
        if they_are and (_RECEIVED_MANY.search(facts[i - 1].sentence.text) or listing_host is not None
                       and listing_at == i - 1 and _ALSO_THERE.match(s.text)):
            # "Ada sembilan pemimpin negara yang diterima ... secara bergantian. Mereka adalah Wakil PM Australia X, ...
            # Selain itu, ada PM Korea Selatan Y, ...": the host's talks with each one listed
            receiver = listing_host if listing_at == i - 1 else next(
                (m.code for g in facts[i - 1 : max(-1, i - 3) : -1] for m in g.mentions[::-1] if m.via == "person"
                 and _is_state(m.code)), None)
            guests = dict.fromkeys(m.code for m in f.mentions if _is_state(m.code) and m.code != receiver)
            if receiver is not None and len(guests) >= 2:
                day = _best_date(f, body) or _told_date(body, facts, i, published) or event_date
                for guest in guests:
                    meetings.append(Meeting(_pair(receiver, guest), day, None, Evidence(s.text, s.start, s.end, "meeting")))
                    _tie(ties, receiver, guest, "meeting", s, "guests-listed")
                listing_host, listing_at = receiver, i
                continue
        prepared_one = _MEETING_PREPARED.search(s.text) if i and meetings else None
        if prepared_one and not f.kinds & {"meeting", "visit"} and \
                meetings[-1].evidence.start == facts[i - 1].sentence.start and all(map(_is_state, meetings[-1].participants)) \
                and not any(s.start + prepared_one.start() <= m.start for m in f.mentions):
            # "Keduanya membahas persiapan Dialog Strategis ... yang akan digelar di Seoul pada Mei mendatang", after
            # their talks: the meeting of the two they prepare, on its day
            held_on = next((d.value for d in f.dates if d.start >= s.start + prepared_one.end()), None)
            if held_on:
                meetings.append(Meeting(meetings[-1].participants, held_on, _place(s.text[prepared_one.start():]),
                                        Evidence(s.text, s.start, s.end, "meeting"), planned=True))
        if not f.kinds & {"meeting", "visit"}:
            next_stops(f, [], _then_met_days(f))
            continue
        call = _CALL.search(s.text)
        if call and any(h.value == "meeting" and h.start >= s.start + call.end() and not _CALL.search(h.text)
                        and (later := _HELD_LATER.match(body, h.end, s.end)) and any(d.start >= later.end() for d in f.dates)
                        for h in f.cue_hits):
            call = None  # "Pembicaraan telepon ... untuk mengatur agenda rapat konsultasi keamanan ... yang digelar di
            # Washington pada tanggal 14 Oktober": the meeting the call prepares, on its day
        if "meeting" not in f.kinds and _TRAVELLERS.search(s.text) or call:
            continue  # "dikunjungi sekitar 1 juta warga Korea Selatan setiap tahunnya": tourists, no state visit
        after_it = _AFTER_MEETING.match(s.text)
        if after_it and meetings and \
                not any(h.start >= s.start + after_it.end() for h in f.cue_hits if h.value in ("meeting", "visit")):
            # "Seusai pertemuan, Hanwha Aerospace dan Badan Persenjataan Polandia menandatangani kontrak": the meeting
            # told before; those who sign after it do not meet for it (with none told before, it is the one it tells)
            continue
        if after_it and meetings and _MEAL.search(s.text, after_it.end()) and \
                all(_MEAL.match(h.text) or _ATTENDS.match(h.text) for h in f.cue_hits
                    if h.value == "meeting" and h.start >= s.start + after_it.end()):
            # "Setelah KTT, Moon akan menghadiri makan siang kenegaraan yang diselenggarakan oleh Gubernur Jenderal X":
            # the meal after the summit is part of that day's summit
            joined_to.add(s.start)
        written_date = _best_date(f, body)
        goes_to_meet = _DEPARTS_TO_MEET.search(s.text)
        if goes_to_meet and all(d.end <= s.start + goes_to_meet.start("purpose") for d in f.dates) and \
                not _BARE_WEEKDAY.search(s.text, goes_to_meet.start("purpose")) and \
                not _WEEKDAY_CLOSING.search(s.text, goes_to_meet.start("purpose")):
            # "berangkat pada hari Kamis (28/3) pagi ke AS untuk mengadakan pertemuan dengan Menlu AS X": the day of
            # leaving stands for the talks the trip is for, until their own day is told (they join it)
            inherited.add(s.start)
            departed.add(s.start)
        back = _BACK_AFTER.search(s.text)
        home = bool(back and all(d.end <= s.start + back.start("after") for d in f.dates))  # the day one came home
        written_date = None if home else written_date
        forums_only = {m.code for m in f.mentions} if f.mentions and not any(_is_state(m.code) for m in f.mentions) else set()
        if written_date and forums_only and _SUMMIT_HELD_ON.match(s.text) and \
                any(_held_then(m, forums_only, f) for m in meetings):
            # "KTT APEC sendiri berlangsung pada 31 Oktober hingga 1 November 2025"
            meetings[:] = [replace(m, date=written_date, inferred=False) if _held_then(m, forums_only, f) else m
                           for m in meetings]
            continue
        away_at, away_end = _elsewhere(f)
        unsaid = [(away_at, away_end)]
        # "... sebagai bentuk solidaritas pasca serangan Israel ke Doha pada Selasa": that day is the attack's
        # (and a press release's: "... dalam rilis pers pada hari Senin")
        # (and a deadline's: "... menjelang tenggat negosiasi tarif pada Jumat")
        unsaid += [(m.start(), m.end()) for m in (*HAPPENED_ON.finditer(s.text), *RELEASED_ON_DAY.finditer(s.text),
                                                  *DEADLINE_ON_DAY.finditer(s.text))]
        if not written_date and (_SAME_DAY.search(s.text) or _DAYS_AWAY.search(s.text)):
            # "Anwar, yang tiba di Seoul pada Minggu malam, juga bertemu X ... pada hari yang sama" (or "keesokan
            # harinya"): the day pointed back to, not the weekday of the clause about the arrival
            unsaid += [(a - s.start, b - s.start) for a, b in relative_clauses(f)]
        date = written_date or (None if home else dates.weekday_before(_blanked(s.text, unsaid), published))  # as _day_told, with the written date kept
        if date is None and i and _AT_HOUR.match(s.text):
            # "... sebelum menjalani agenda penting pada Kamis, 10 April 2025. ... Pada pukul 15.30 waktu setempat,
            # Presiden X akan mengikuti upacara penyambutan": an hour of the day told just before
            date = next((d.value for g in facts[i - 1:max(0, i - 3):-1] for d in g.dates[::-1] if len(d.value) == 10), None)
        since_at = _FIRST_SINCE_DATE.search(s.text) if written_date else None
        if since_at and written_date == _earlier_meeting_date(body, f) and \
                not any(d.start < s.start + since_at.start() for d in f.dates) and \
                (weekday := dates.weekday_before(s.text[:since_at.start()], published)):
            # "... menggelar dialog keamanan di Tokyo pada Selasa, pertemuan pertama dalam format tersebut sejak 2018":
            # the talks on that Tuesday, the one before in 2018
            written_date, date = None, weekday
        date = _quoted_day(f, body, published) or date
        told_day = f.dates[-1] if date and f.dates and len(f.dates[-1].value) == 10 and date == f.dates[-1].value else None
        # (or a weekday told alone: "tiba di Jakarta pada Senin malam dan dijadwalkan bertemu X pada Selasa")
        alone = _BARE_WEEKDAY.search(s.text) if told_day is None and date and not written_date else None
        told_at = told_day.end - s.start if told_day is not None else alone.end() if alone else None
        bare_weekday = (_BARE_WEEKDAY.search(s.text, told_at) or _WEEKDAY_CLOSING.search(s.text, told_at)) \
            if told_at is not None else None
        meets_then = (_THEN_MEETS.search(s.text, told_at, bare_weekday.start())
                      # "Setelah tiba di Riyadh pada Sabtu, Yoon akan bertemu X pada Minggu": the main clause's talks
                      or _OPENED_AFTER.match(s.text) and _MAIN_MEETS.search(s.text, told_at, bare_weekday.start())) \
            if date and told_at is not None and bare_weekday else None
        if meets_then and bare_weekday and _CLOSING_LEG.search(s.text, meets_then.end(), bare_weekday.start()):
            meets_then = None  # "... pada Kamis untuk bertemu X dan menutup lawatannya di Manila pada Jumat": the stop's day
        then_clauses: list[tuple[int, int, str]] = []
        if date and told_at is not None and meets_then:
            # "tiba di Jakarta pada Minggu (3/3), lalu bertemu X pada Senin pagi": the Monday after the day told before it
            # (any day for what is yet to come)
            then_day = _weekday_after_day(s.text, date, told_at, None if dates.is_future(meets_then.group(0)) else published)
            if then_day and published and len(published) == 10 and dates.is_future(meets_then.group(0)) and not written_date \
                    and (datetime.date.fromisoformat(published) - datetime.date.fromisoformat(then_day)).days > 1:
                # "tiba di Riyadh pada Sabtu dan akan bertemu X pada Minggu" in a report of the Wednesday before: the
                # arrival is to come too, and the talks the day after it (talks to come the day before the report's own
                # day are the report's lag: "tiba pada Senin malam dan dijadwalkan bertemu X pada Selasa")
                week = datetime.timedelta(days=7)
                date, then_day = ((datetime.date.fromisoformat(d) + week).isoformat() for d in (date, then_day))
            # (not a town called on: "menyambangi Kairo, Mesir, Jumat, 11 April 2025 untuk bertemu Presiden X di Istana
            # Y, Sabtu": the visit's day, then the talks' it came for)
            towns_at = {m.start for m in [*f.places, *f.mentions] if m.via in ("place", "capital")}
            if then_day and any(h.value == "meeting" and h.start < s.start + meets_then.start()
                                and not (h.text.lower() in ("menyambangi", "mengunjungi")
                                         and any(0 < at - h.end <= 2 for at in towns_at)) for h in f.cue_hits):
                # "X bertemu Presiden Y pada Kamis sore dan dijadwalkan bertemu Menlu Z pada Jumat": each clause's talks
                # on its day
                then_clauses = [(s.start, s.start + meets_then.start(), date), (s.start + meets_then.start(), s.end, then_day)]
            else:
                date = then_day or date
        elif date and len(date) < 10 and f.dates and \
                (meets_then := _THEN_MEETS.search(s.text, f.dates[-1].end - s.start)) and \
                _BARE_WEEKDAY.search(s.text, meets_then.end()):
            # "tiba di Korea pada akhir pekan lalu dan dijadwalkan bertemu Presiden X pada Rabu": that Wednesday
            date = dates.weekday_before(s.text[meets_then.start():], published) or date
        if date and event_date and len(event_date) == 10 and published and event_date < published and \
                not written_date and dates.is_future(s.text):
            # "Airlangga juga dijadwalkan bertemu X pada Rabu" in a report of Tuesday's talks published on Thursday:
            # the Wednesday after the event told, not after the report
            date = min(date, dates.weekday_after(s.text, event_date) or date)
        onward = _ONWARD.search(s.text) or _ONWARD_LEG.search(s.text)  # "melanjutkan lawatan ke Qatar pada Selasa"
        if date and onward and event_date and len(event_date) == 10 and not written_date and \
                not _BARE_WEEKDAY.search(s.text, 0, onward.start()):
            # "Ini kunjungan pertama Lee, sebelum ia melanjutkan perjalanan ke Washington untuk bertemu Trump pada Senin":
            # the weekday of what comes after the event is after it (not "bertemu X pada Rabu, sebelum terbang ke
            # Bali pada Kamis": the talks' own weekday, before it)
            date = dates.weekday_after(s.text, event_date, onward.end()) or date
        later = _DAYS_AWAY.search(s.text)
        if date is None and later and f.dates and len(f.dates[-1].value) == 10 and \
                f.dates[-1].end <= s.start + later.start():
            # "X, yang tiba di Jakarta pada Senin (11/3), bertemu Y keesokan harinya": the day after the one told
            # in the clause, though a relative clause's date dates nothing itself
            date = f.dates[-1].value
        event_day = day_from_event(f) or day_from_main(f)
        if event_day:
            # "Kunjungan itu berlangsung dua hari sebelum pelantikan Presiden pada 20 Oktober 2024": the date is the
            # event's the days are counted from
            date = event_day
        nth_day = later if later and later.group(4) and _days_away(later) is not None else None
        started = next((d for d in f.dates if len(d.value) == 10 and d.start > s.start + nth_day.start()
                        and _STARTED_ON.search(body, max(s.start, d.start - 30), d.start)), None) if nth_day else None
        if nth_day and started:
            # "Pertemuan digelar pada hari kedua kunjungan Cho, yang dimulai Minggu (10/3)": counted from that start
            date = (datetime.date.fromisoformat(started.value) + datetime.timedelta(days=_days_away(nth_day) or 0)).isoformat()
        day_before_shift, shift_clause = None, -1
        opening_span: tuple[int, int] | None = None
        # "Pada Minggu (17/11), sehari sebelum KTT, Prabowo bertemu ...": the day written, said again against the event
        restated = bool(later and f.dates and re.fullmatch(r"\s*\)?\s*,?\s*", body[f.dates[-1].end:s.start + later.start()]))
        if date and len(date) == 10 and later and f.dates and all(d.end <= s.start + later.start() for d in f.dates) and \
                _days_away(later) and not restated:
            # "tiba di Jakarta pada Minggu (10/3) dan langsung bertemu Presiden X keesokan harinya": the day after
            day_before_shift = date
            date = (datetime.date.fromisoformat(date) + datetime.timedelta(days=_days_away(later) or 0)).isoformat()
            if re.search(r"[;,]\s*\Z", s.text[:later.start()]) and re.match(r"\s*,", s.text[later.end():]):
                # "Pada 5 Maret, X bertemu Y; sehari kemudian, ia menerima Z": the clause it opens only
                shift_clause = s.start + later.start()
            elif (boundary := _last_match(_NEXT_LEG, s.text, f.dates[-1].end - s.start, later.start())) is not None:
                # "mengunjungi Tokyo pada 18 Maret sebelum terbang ke Beijing dua hari kemudian": the leg it ends
                shift_clause = s.start + boundary.start()
            opening = _ADVERBIAL.match(s.text)
            if opening and later.start() >= opening.end() and all(d.end <= s.start + opening.end() for d in f.dates):
                # "Usai bertemu Presiden X ... pada Selasa (12/3), Yoon terbang ke Manila untuk bertemu Y keesokan
                # harinya": the one met in the opening phrase on its day, the main clause's the day after
                opening_span = (s.start, s.start + opening.end())
        if later and later.start() <= 12 and f.dates and date and len(date) == 10 and day_before_shift is None and \
                (leg := _BEFORE_LEAVING.search(s.text, later.end(), f.dates[0].start - s.start)) is not None:
            # "Pada hari berikutnya, Sjafrie dijadwalkan bertemu A sebelum bertolak ke Seoul untuk bertemu B pada Kamis
            # (5/12)": the opening's day is the first clause's, the day written the next leg's
            shifted = _told_date(body, facts, i, published)
            if shifted and len(shifted) == 10 and shifted != date:
                day_before_shift, shift_clause = shifted, s.start + leg.start()
        if date and published and date[:4] > published[:4] and not _PLANNED.search(s.text) and \
                not _PLAN_OF_VISIT.search(s.text) and not _AGREED_TO_MEET.search(s.text) and \
                not any(d.value == date and _AHEAD.search(body, d.start, d.end + 12) for d in f.dates):
            # "bertemu di Seoul dan sepakat meningkatkan perdagangan ... pada 2030": a meeting told as held is not in a
            # later year than the report; that year is a target's
            date = next((d.value for d in f.dates if d.value[:4] <= published[:4]), None)
        arrival = _ARRIVAL_FOR.search(s.text) if date else None
        # "Yoon tiba di Jakarta pada Selasa malam untuk menghadiri KTT ASEAN": the day is the arrival's (and a visit's
        # that starts with it); the summit is that month, on a day the sentence does not give
        # (a date in a "sejak ..." clause after it is another matter's: "..., lawatan pertamanya sejak dilantik pada 4 Juni")
        arrival_month = date[:7] if date and arrival and not any(
            d.start >= s.start + arrival.end() and not _SINCE_BEFORE.search(body, max(s.start, d.start - 40), d.start)
            for d in f.dates) else None
        if date and not arrival and (trip_for := _TRIP_FOR_SUMMIT.search(s.text)) and \
                all(d.start >= s.start + trip_for.end() for d in f.dates):
            arrival, arrival_month = trip_for, date[:7]  # the day is the first stop's; the summit is in its month
        attending_next = _ATTENDING_NEXT.match(s.text)
        # "tiba di Seoul pada Minggu (2/6) untuk menghadiri KTT Korea-Afrika yang akan digelar pada 4-5 Juni": the
        # summit's own day, told after it
        summit_own = next((d.value for d in f.dates if d.start >= s.start + arrival.end()
                           and _HELD_ON_BEFORE.search(body, max(s.start, d.start - 50), d.start)), None) \
            if date and arrival else None
        called_off = _CALLED_OFF.search(s.text)
        called_from = None  # where a clause of talks called off starts, after talks held told before it
        if called_off:
            # "Pertemuan ... yang dijadwalkan Senin (11/3) ditunda": none held; "... ditunda hingga bulan depan": held
            # then, as planned
            moved_to = next((d.value for d in f.dates if d.start >= s.start + called_off.end()), None) \
                if _MOVED_TO.match(s.text, called_off.end()) else None
            if moved_to is None:
                # "Yoon bertemu PM Australia pada Jumat (15/11), sementara pertemuan dengan PM Selandia Baru
                # dibatalkan": only the clause's talks are off
                called_from = next((s.start + c.start() for c in reversed(list(dates.NEXT_CLAUSE.finditer(
                    s.text, 0, called_off.start())))), None)
                if called_from is None or not any(h.value == "meeting" and h.start < called_from for h in f.cue_hits):
                    continue
            else:
                date, written_date = moved_to, moved_to
        # (the meeting the sentence before told, or, where that sentence told again the headline's, the forum's
        # meeting it names)
        chair_told = bool(i and _CO_CHAIRED.match(s.text))
        told_before = {c.code for c in facts[i - 1].mentions if not _is_state(c.code)} if chair_told else set()
        if chair_told and any(m.evidence.start == facts[i - 1].sentence.start
                              or set(m.participants) & told_before for m in meetings):
            # "Pertemuan dipimpin bersama Menlu X dan Menlu Y": who chaired the meeting just told; "KTT yang digelar
            # 19-21 Mei itu dipimpin PM Jepang X selaku tuan rumah": the host attends the summit
            hosting_it = {m.code for m in f.mentions if _HOST.match(body, m.end)}
            chaired_summit = next((m for m in meetings[::-1] if (m.evidence.start == facts[i - 1].sentence.start
                                                                 or set(m.participants) & told_before)
                                   and not all(_is_state(c) for c in m.participants)), None)
            if hosting_it and chaired_summit is not None and not hosting_it <= set(chaired_summit.participants):
                _joined(meetings, ties, chaired_summit, hosting_it, s, "summit-host")
            if not _ATTENDED_THAT.match(s.text):
                continue  # (those it names after "KTT yang dipimpin X itu dihadiri" are at it, below)
        if _PROCESS.search(s.text) and all(h.text.lower() in ("perundingan", "negosiasi", "pembicaraan") for h in f.cue_hits
                                           if h.value in ("meeting", "visit")):
            continue  # a process told by its milestones is no meeting of its own
        written = date is not None
        # "Pertemuan itu ...", "... merupakan yang pertama sejak KTT serupa pada 2019": the meeting just told
        pointer = _THAT_MEETING.search(s.text)
        if pointer and _RETURNS_IT.search(s.text, 0, pointer.start()):
            pointer = None  # "Presiden Chun membalas kunjungan itu ke Jakarta": a visit the other way, not the one told
        if pointer and (_OF_IT_BEFORE.search(s.text, 0, pointer.start()) or (
                (rel := _WHO_CLAUSE_BEFORE.search(s.text, 0, pointer.start()))
                and any(h.value == "meeting" and h.end <= s.start + rel.start() for h in f.cue_hits))):
            # "Cho bertemu Menlu X, tuan rumah pertemuan tersebut": who X is, not the meeting told again ("Prabowo
            # bertemu Wapres X, yang mewakili Presiden Y dalam KTT tersebut": the talks told, X's part in the summit)
            pointer = None
        if pointer and (meetings or visits) and any(_is_state(m.code) for m in f.mentions) and all(
                _STRENGTHENS.search(body, max(s.start, m.start - 80), m.start) for m in f.mentions if _is_state(m.code)):
            # '"Pertemuan bilateral antar parlemen ini diharapkan dapat memperkuat hubungan bilateral Indonesia dengan
            # Hongaria dan Serbia," ujar dia': the meeting told; the ties it is to strengthen name no party to another
            continue
        if pointer and not (meetings or visits) and not f.mentions and _PAIR_OF_THEM.search(s.text):
            # "Namun, belum diketahui apa yang dibahas keduanya dalam pertemuan tersebut", after a meeting of two of
            # one country (Prabowo at the palace to meet Jokowi): the meeting it points to is none of the article's pairs
            continue
        first_since = bool(_FIRST_SINCE_DATE.search(s.text))
        that_meeting = bool(pointer or first_since) and (meetings or visits)
        # the last sentence's widest meeting; "yang pertama sejak KTT serupa" compares with the widest told; "Usai
        # pertemuan" points to a meeting, not to the arrival told after it ("kunjungan itu" may)
        told = meetings if meetings and not (pointer and re.match(r"kunjungan|lawatan", pointer.group(0), re.I)) \
            else meetings + visits
        if pointer:  # "Pertemuan tersebut merupakan yang kedua bagi Cho dan Iwaya": one held, not the summit they prepare
            told = [m for m in told if m.evidence.start not in prepared] or told
        if pointer and pointer.group(0).endswith(","):  # "Usai pertemuan,": the day's meeting, not one recalled
            told = [m for m in told if m.date and len(m.date) == 10] or told
        if pointer and re.match(r"kunjungan|lawatan", pointer.group(0), re.I):
            # "Kunjungan ini merupakan kunjungan kenegaraan kedua ..." after the programme of days to come: the visit
            # held, not its next stop
            told = [m for m in told if not m.planned] or told
        last_told = max(told, key=lambda m: (m.evidence.start, len(m.participants))[::-1 if first_since else 1]) \
            if that_meeting else None
        if last_told and pointer and re.match(r"(?:kunjungan|lawatan)\s+ini\b", pointer.group(0), re.I) and \
                not _QUOTE_OPEN.match(s.text):  # (not what someone says of it: '"Kunjungan ini ...," kata Sunak ...')
            # "... turut mendampingi sang sultan dalam kunjungan ini": the visit the article tells, from its first day, not
            # the stop of its second day told last
            last_told = min((m for m in told if m.participants == last_told.participants and m.date and len(m.date) == 10),
                            key=lambda m: m.evidence.start, default=last_told)
        if last_told and pointer and pointer.group(0).startswith("KTT") and not _SUMMIT_TOLD.search(last_told.evidence.sentence):
            # "Setelah seluruh pertemuan selesai, Yoon dan Presiden X akan memberikan konferensi pers bersama. ... untuk
            # menyelenggarakan KTT tersebut": the summit told last, not the talks told since
            last_told = next((m for m in told[::-1] if _SUMMIT_TOLD.search(m.evidence.sentence)), last_told)
        if last_told and pointer and last_told.date is None and last_told.evidence.start in briefed:
            # "Dalam pengarahan pada Senin (11/3), juru bicara mengumumkan jadwal KTT Korea-Afrika. KTT tersebut adalah
            # ...": the summit a briefing told of is the one told with its day
            last_told = next((m for m in told[::-1] if m.participants == last_told.participants and m.date), last_told)
        # "Pada KTT G7 tersebut, keduanya juga bertemu Yoon": at the summit told before by its name, on its day
        at_event = _AT_EVENT_NAMED.match(s.text) if date is None else None
        event_told = next((m for m in reversed(meetings) if at_event.group(1) in m.evidence.sentence), None) \
            if at_event else None
        if last_told and pointer and event_told is None:
            # "Ini merupakan pertemuan kedua Sugiono dan Cho ..." after another meeting of Sugiono's: the one of the two
            # it names
            here = frozenset(p for p in who(f, tuple(dict.fromkeys(m.code for m in f.mentions))) if p[:1].isupper())
            # (of those it names, the ones any meeting told had: not who tells of it, "... disampaikan Kepala Biro X")
            met_before = frozenset(p for p in here if any(p in met_in(m) for m in told))
            here = met_before if len(met_before) >= 2 else here
            if len(here) >= 2 and not here <= met_in(last_told):
                last_told = next((m for m in told[::-1] if here <= met_in(m)), last_told)
        if last_told and _IN_TALKS_TOLD.match(s.text) and not _bilateral(last_told):
            # "Dalam pertemuan bilateral, kedua kepala negara sepakat ...": the talks of two told before, not the summit
            # told between
            last_told = next((m for m in told[::-1] if _bilateral(m)), last_told)
        follows = _FOLLOWS_UP.search(s.text) if pointer else None
        if follows and _TO_A_REGION.search(s.text, follows.end(), _phrase_end(s.text, follows.end())) and \
                len({m.code for m in f.mentions}) <= 1:
            # "Kunjungan ini merupakan tindak lanjut lawatan Presiden Prabowo ke kawasan tersebut pada April tahun lalu":
            # a trip to a region, to no one named, recalled
            continue
        talk_only = [h.text.lower() in _TALK_VERBS for h in f.cue_hits if h.value in ("meeting", "visit")]
        if (pointer or talk_only and all(talk_only)) and \
                not (meetings or visits) and any(_CALL.search(facts[j].sentence.text) for j in range(i)):
            # "Dalam pembicaraan selama 20 menit itu, ...", '"Iya, pembicaraan kelanjutan kerja sama ...," ujarnya': the
            # call told before (and no meeting), no meeting
            continue
        if not (meetings or visits) and not f.dates and not _AT_PLACE.search(s.text) and \
                all(h.text.lower() in _TALK_VERBS for h in f.cue_hits if h.value == "meeting") and \
                any(_CALL.search(facts[j].sentence.text) for j in range(i + 1, min(len(facts), i + 3))):
            # "Presiden Yoon dan PM Polandia X membahas cara memperkuat kerja sama ...", then "... mengadakan pembicaraan
            # via telepon dengan PM X pada Selasa": the talks are the call told next, no meeting
            continue
        talks_with = _IN_TALKS_WITH.match(s.text)
        named_there = {m.code for m in f.mentions if talks_with and s.start + talks_with.start(1) <= m.start
                       < s.start + talks_with.end(1)}
        with_named = next((m for m in meetings[::-1] if named_there and named_there <= set(m.participants)
                           and len(m.participants) == 2), None)
        if with_named is not None:
            # "Dalam pertemuan dengan Sugiono, kedua menteri membahas ...": the talks told with the one named, after
            # others told with more
            last_told = with_named
            joined_to.add(s.start)
        if pointer and last_told and date and last_told.date and len(date) > len(last_told.date) and \
                date.startswith(last_told.date) and not first_since:
            # "... bertemu di sela KTT G20 akhir pekan lalu. ... pertemuan pada Sabtu (9/9) itu membahas ...": the day
            # of the meeting told by its month only
            if last_told in meetings:
                meetings[meetings.index(last_told)] = last_told = replace(last_told, date=date)
        host = [m.code for m in f.mentions if _HOST.match(body, m.end)]
        if last_told and host and not set(host) <= set(last_told.participants) and \
                last_told is next((m for m in meetings[::-1] if len(m.participants) >= 3
                                   or not all(_is_state(c) for c in m.participants)), None):  # a host's: a summit
            last_told = _joined(meetings, ties, last_told, set(host), s, "summit-host")  # the host attends the summit
        if last_told and (_ATTENDS_THAT.search(s.text) or _ATTENDED_THAT.match(s.text)) and \
                {m.code for m in f.mentions} <= set(last_told.participants):
            # "Ibu Negara X dan istri Presiden Vietnam Y turut hadir dalam jamuan tersebut", "Pertemuan tersebut juga
            # dihadiri Menhan Korsel X dan Wakil PM Australia Y": the meeting just told, no other
            joined_to.add(s.start)
        co_chaired = _CHAIRS_THAT.search(s.text) if pointer and last_told and last_told in meetings and \
            not all(_is_state(c) for c in last_told.participants) else None
        if co_chaired and last_told:
            # "Presiden Yoon dan PM Kepulauan Cook X, selaku Ketua PIF, memimpin bersama pertemuan tersebut": the two
            # chair the summit just told, no talks of their own
            chairs_of = {m.code for m in f.mentions if _is_state(m.code) and m.via in ("name", "person")}
            joined_to.add(s.start)
            if chairs_of - set(last_told.participants):
                last_told = _joined(meetings, ties, last_told, chairs_of - set(last_told.participants), s, "summit-joined")
        if pointer and i and (last_told is None or all(_is_state(c) for c in last_told.participants)) and \
                _ATTENDED_THAT.match(s.text) and _KTT_OPENS.match(s.text) and not any(not _is_state(m.code) for m in f.mentions):
            # "... membahas persiapan KTT G7 yang digelar pada 13-15 Juni. ... KTT tersebut dihadiri antara lain A, B
            # dan C": the forum's summit named before, not the talks told since, is the one those named attended
            named_summit = _summit_named_before(body, facts, i)
            if named_summit is not None:
                last_told = Meeting((named_summit[0],), named_summit[1], None, Evidence(s.text, s.start, s.end, "meeting"))
                meetings.append(last_told)
        attends = _ATTENDS_THAT.search(s.text) if last_told and last_told in meetings and \
            not all(_is_state(c) for c in last_told.participants) else None
        attended = _ATTENDED_THAT.match(s.text) if last_told and last_told in meetings and \
            not all(_is_state(c) for c in last_told.participants) else None
        if (attends or attended) and last_told:
            # "Presiden X menghadiri KTT itu dan bertemu ...": X is at the forum's summit just told; "Pertemuan
            # dihadiri Kepala DAPA Korsel X dan ...": so are those it names
            # (and the one who chairs it, a forum's summit: "KTT yang dipimpin Presiden Brasil X itu dihadiri ...")
            named_from = s.start + (attended.start(1) if attended.group(1) else attended.end()) if attended else s.end
            comers = {m.code for m in f.mentions if _is_state(m.code) and m.via in ("name", "person") and (
                m.start < s.start + attends.start() if attends else m.start >= named_from)} - set(last_told.participants)
            if attended:
                joined_to.add(s.start)
            if comers:
                last_told = _joined(meetings, ties, last_told, comers, s, "summit-joined")
        # "Sehari sebelumnya, Cho bertemu Menlu Rusia X, yang pertama sejak 2019": another day's talks, compared with
        # the one before, not the day of the meeting just told
        # ("Kedua menteri sepakat menggelar Dialog 2+2 tahun ini, yang pertama sejak 2021": the one agreed on is the
        # first since then, not the one told)
        agreed_first = first_since and not pointer and any(
            h.value == "meeting" and _AGREED_BEFORE.search(body, max(s.start, h.start - 40), h.start) for h in f.cue_hits)
        by_event = False
        if pointer and last_told and last_told.date and date and not _apart(last_told.date, date) and (
                f.quote_end is not None and s.start + pointer.start() < f.quote_end
                and all(d.start >= f.quote_end for d in f.dates)
                or f.dates and all(_said_on(body, f, d) for d in f.dates)):
            # '"Pertemuan ini menunjukkan ...," ujar Muzani dalam keterangan tertulis, Jumat (23/1)', "Dalam keterangan
            # pers, Rabu (13/3), Menlu X mengatakan pertemuan itu membahas ...": the day it was said, of the meeting told
            # before on its own day
            date = None
        if last_told and not (first_since and not pointer and later) and not agreed_first and \
                (date is None or last_told.date and len(date) < len(last_told.date)
                          and last_told.date.startswith(date)
                          # "Dalam pertemuan tersebut, kedua menlu membahas persiapan peringatan ... pada 2023":
                          # what is told happened in that meeting; a date in it is of what they spoke about
                          or last_told.date and _inside_that(f)):
            # "Dalam pertemuan itu, ...", "Pertemuan itu merupakan yang ketiga tahun ini": the one just told, its day
            # (where that day is only the article's, so is this one's)
            date = last_told.date
            by_event = last_told.evidence.start in of_the_event and date is not None
            if last_told.evidence.start in departed:  # (the day one left for those talks, until their own is told)
                departed.add(s.start)
                inherited.add(s.start)
            counted = later is not None and pointer is not None and later.group(3) is not None and \
                later.end() <= pointer.start() <= later.end() + 2
            if counted and date and len(date) == 10 and later and (days := _days_away(later)) is not None:
                # "Sehari setelah pertemuan itu, Guterres bertolak ke Dili untuk bertemu X": that many days from it
                date = (datetime.date.fromisoformat(date) + datetime.timedelta(days=days)).isoformat()
        # an onward leg: a later day than the one told before it ("Setelah Indonesia, negara yang dikunjungi X adalah
        # Singapura" too)
        from_there_on = bool(_FROM_THERE_ON.match(s.text) or _NEXT_VISITED.match(s.text))
        # "Keduanya sepakat bertemu di sela KTT APEC": the meeting the sentence tells first is one agreed on, to come, on
        # no day told before
        first_cue = next((h for h in f.cue_hits if h.value in ("meeting", "visit")), None)
        agreed_on = first_cue is not None and bool(_AGREED_BEFORE.search(body, max(s.start, first_cue.start - 40), first_cue.start))
        # "Pertemuan sebelumnya berlangsung di sela KTT G20": the one before the meeting just told, of the same ones, on
        # no day told unless it gives one
        previous = meetings[-1] if _PREVIOUS_ONE.match(s.text) and meetings and not f.anaphor else None
        if event_told is not None:
            date = event_told.date
        elif date is None and not from_there_on and not agreed_on and previous is None:
            date = _told_date(body, facts, i, published)
            # "Sehari sebelumnya, ...", "Setahun sebelumnya, ...": another day, another meeting
            # (an item of a day's program told is on that day: "Pada kunjungan kerja Kamis (8/6) ..., ia akan melakukan
            # sejumlah kegiatan. ... Di sana, Presiden Jokowi dan PM Anwar akan melakukan pertemuan")
            if date and not _DAYS_AWAY.search(s.text) and not _MONTHS_AWAY.match(s.text) and \
                    date != day_of_agenda(body, facts, i, published):
                inherited.add(s.start)
            elif date is None and i and (_PRONOUN_START.match(s.text) or _NAMED_ALSO.match(s.text)) and \
                    "\n" not in body[facts[i - 1].sentence.end:s.start]:
                # "Keesokan harinya, Yoon bertemu A dan B. Ia (Yoon) juga bertemu C": the day of the talks told right
                # before in the paragraph, however that sentence told it
                told_days = {m.date for m in meetings if m.evidence.start == facts[i - 1].sentence.start and not m.planned}
                if len(told_days) == 1 and len(day := next(iter(told_days)) or "") == 10 and not _PLANNED.search(s.text):
                    date = day
                    inherited.add(s.start)
        if not written and (attended := _KTT_ATTENDED.search(s.text)):
            # "Ruto kemudian menghadiri KTT Korea-Afrika" after "... pada Senin (3/6), sehari sebelum KTT Korea-Afrika
            # dibuka": the summit's own day, counted from the day told
            date = _counted_summit_day(body, facts, i, published, attended.group(1)) or date
        evidence = Evidence(s.text, s.start, s.end, "meeting" if "meeting" in f.kinds else "visit")
        # a stop's own day (and whether it is to come), where the sentence tells a trip on from it
        stop_days: dict[tuple[str, ...], tuple[str | None, bool]] = {}
        then_met = _then_met_days(f, published)  # "..., sehari setelah bertemu B": where B's clause starts, and the two days
        taking_part = [m for m in f.mentions if m.code not in f.targets]
        codes = list(dict.fromkeys(m.code for m in taking_part))
        loose = _loose_groups(body, taking_part)
        biggest = max(loose, key=lambda g: len(_codes(g)), default=[])
        # "Menlu Korsel, Jepang, dan China bertemu ...", "Yoon, Kishida, dan Biden menggelar pertemuan trilateral"
        # (not one each with another: "A, B, dan C akan mengadakan pertemuan terpisah dengan Jepang")
        meets_together = bool(biggest) and any(h.value == "meeting" and 0 <= h.start - biggest[-1].end <= 25
                                               and not _EACH_WITH_ANOTHER.match(body, h.end)
                                               and (h.text.lower().startswith("bertemu") or _HOLD.fullmatch(
                                                   body, biggest[-1].end, h.start)
                                                    # (a cue that holds it: "... dan Australia menggelar pertemuan")
                                                    or _HOLD.match(h.text) and _AUXILIARIES_ONLY.fullmatch(body, biggest[-1].end, h.start))
                                               for h in f.cue_hits)
        # a list in what someone says of the summit is not who attends: "KTT ini menunjukkan bahwa Indonesia, ASEAN,
        # dan GCC memilih ..."
        # "pertemuan tingkat menteri luar negeri Korea Selatan, Jepang, dan China": a meeting of those it names
        # ("Bertemu Presiden Turkmenistan, Kazakhstan, dan Uzbekistan" is the verb: one who meets each)
        meeting_of = bool(biggest) and any(h.value == "meeting" and h.end <= biggest[0].start and
                                           not h.text.lower().startswith(("bertemu", "menemui", "temui")) and
                                           _MEETING_OF.match(body, h.end, biggest[0].start) for h in f.cue_hits)
        said = bool(biggest) and bool(_THAT_SAID.search(body[s.start:biggest[0].start]))
        # "Yoon menghadiri KTT ASEAN Plus Tiga bersama PM China Li Qiang dan PM Jepang Fumio Kishida"
        # (not a summit being prepared, spoken of: "membahas persiapan KTT G20 bersama Menlu India X")
        multilateral = any(not prepared_summit(body, Hit(s.start + m.start(), s.start + m.end(), "tie", "meeting", m.group(0)))
                           for m in _MULTILATERAL.finditer(s.text))
        talks_after = -1  # where a clause of talks starts after the summit told ("..., serta bertemu X pada Jumat")
        # "Trump dan Kim bertemu di Panmunjom bersama Presiden Korea Selatan Moon": the pair who meet and the one with them
        pair_meets = meets_together and bool(f.groups) and len(_codes(f.groups[0])) == 2 and f.groups[0] == biggest
        far_pair = False
        pair_third = f.groups[1] if len(f.groups) > 1 else []  # the one a pair meets, named after the verb
        pair_verb = next((h for h in f.cue_hits if h.text.lower().startswith(("bertemu", "menemui")) and h.start > biggest[-1].end),
                     None) if not meets_together and len(f.groups) > 1 and f.groups[0] == biggest else None
        pair_met = next((g for g in f.groups[1:] if pair_verb and g[0].start > pair_verb.end), [])
        if pair_verb and pair_met and len(_codes(biggest)) == 2 and \
                f.groups[0][0].start <= s.start + _subject_start(s.text) + 20 and \
                not re.search(r"[,;:]", body[biggest[-1].end : pair_verb.start]) and \
                _THEIR_PLAN.search(body, biggest[-1].end, pair_verb.start) and \
                all(set(_codes(g)) <= set(_codes(pair_met)) and all(m.via in ("capital", "place") for m in g)
                    for g in f.groups[1:] if g[0].start < pair_verb.start):
            # "Moon dan Trump telah mengumumkan rencana mereka untuk mengunjungi Panmunjeom dan bertemu dengan Kim": the
            # pair who are to meet the one named after the verb, as if the verb came right after them (past the town
            # of the one met: "mengunjungi Bangkok dan bertemu dengan PM Thailand X")
            meets_together = pair_meets = far_pair = True
            pair_third = pair_met
        along = [g for g in f.groups if _preceded_by(body, g[0].start, ("bersama",), past_titles=True)] \
            if multilateral or pair_meets else []
        if pair_meets and not along and pair_third and len(_codes(pair_third)) == 1 and \
                not set(_codes(pair_third)) & set(_codes(biggest)) and all(map(_is_state, _codes(biggest))) and \
                re.search(r"\b(?:dan|serta)\b", body[biggest[0].end : biggest[-1].start]) is not None and \
                _preceded_by(body, pair_third[0].start, ("bertemu", "dengan", "menemui"), past_titles=True) and \
                (far_pair or len(body[biggest[-1].end : pair_third[0].start].split()) <= 6):
            # "Yoon dan Kishida bertemu dengan Presiden AS X di Camp David": the pair and the one they meet, together
            along = [pair_third]
        if along and (multilateral or pair_meets) and f.groups[0] is not along[0] and not said and len(_codes(biggest)) < 3:
            biggest = [m for g in (f.groups[0], *along) for m in g]
            if len(_codes(biggest)) == 2:
                # "Yoon memimpin KTT bersama Presiden Mauritania X yang juga menjabat Ketua Uni Afrika": the two at the
                # summit of the forum they attend together, one meeting
                biggest += [m for m in taking_part if not _is_state(m.code) and any(
                    m.code in p and any(e.start == s.start and "co-attending" in e.rule for e in d.evidence)
                    for p, d in ties.items())][:1]
        also = _ALSO_ATTENDED.search(s.text) if multilateral and len(_codes(biggest)) < 3 and f.groups else None
        if also:  # "X menghadiri KTT ASEAN di Vientiane, yang juga akan dihadiri Yoon": X, the forum and Yoon
            summit = [m for m in taking_part if not _is_state(m.code) and _summit_of_named(m, f)]
            after = [m for m in taking_part if m.start >= s.start + also.end()]
            if after and (summit or len({*_codes(f.groups[0]), *_codes(after)}) >= 3):
                # "... menghadiri konferensi tentang X yang digelar Prancis dan Arab Saudi": the subject and its hosts
                biggest = [*f.groups[0], *summit, *after]
        if multilateral and biggest and len(_codes(biggest)) == 2 and not said and \
                _ATTENDED_BY.search(body, max(s.start, biggest[0].start - 60), biggest[0].start):
            # "KTT G20 di New Delhi dihadiri para pemimpin dunia, termasuk Presiden X dan Presiden Y": the forum's
            # summit, and those it names as there
            summit_of = [m for m in taking_part if not _is_state(m.code) and m.end <= biggest[0].start and _summit_of_named(m, f)]
            biggest = [*summit_of[:1], *biggest]
        # "menggelar pertemuan bilateral dengan PM Inggris X, Presiden Prancis Y, dan PM Kanada Z": one with each
        # "bertemu X, Y, dan Z secara terpisah": each too
        # "bertemu X, Y, dan Z di sela KTT G7": talks on a summit's sidelines are each side's own
        # "KTT G20 Rio: Prabowo Bertemu Biden, Xi, dan Albanese": the one named before the verb meets each at the summit
        meets_each = next((g for g in f.groups[::-1] if biggest and g[-1].end <= biggest[0].start), None)
        each_of = bool(biggest) and _preceded_by(body, biggest[0].start, MET_BEFORE, past_titles=True) and bool(
            _BILATERAL.search(s.text) or _SIDELINES.search(s.text) or multilateral and meets_each is not None
            and _is_state(meets_each[-1].code) and not _THREE_WAY.search(s.text)
            and len(body[meets_each[-1].end : biggest[0].start].split()) <= 3) or \
            bool(biggest) and bool(_LEADERS_OF_COUNTRIES.search(body, max(s.start, biggest[0].start - 90), biggest[0].start))
        # "Dalam rangkaian kunjungannya itu, Retno bertemu ... A, B, dan C": talks on a trip's days, which of them not
        # told; the month of the trip told just before
        trip_month = next((d[:7] for d in (date, *(_day_told(facts[j], body, published) for j in range(i - 1, max(-1, i - 3), -1)))
                           if d), None) if each_of and not written and len(_codes(biggest)) >= 3 and _ON_THE_TRIP.search(s.text) \
            else None
        # "MBS menggelar pertemuan dengan para pemimpin konglomerat Korea, di antaranya Ketua Samsung ..., Ketua SK
        # Group ... dan Ketua Hyundai ...": the subject met those the list names, together
        intro = next((k for k, m in enumerate(biggest) if _preceded_by(
            body, m.start, ("antaranya", "lain", "yakni", "yaitu", "termasuk"), past_titles=True)), None)
        # (the subject after an opening phrase: "Setelah bertemu Yoon, MBS berbincang dengan ...")
        lister = next((g for g in f.groups if g[0].start >= s.start + _subject_start(s.text)), f.groups[0]) \
            if f.groups else []
        met_listed = intro is not None and bool(lister) and lister[-1].end < biggest[0].start and \
            any(h.value == "meeting" and lister[-1].end <= h.start and h.end <= biggest[0].start and
                (_WITH_AFTER.match(body, h.end) or h.text.lower() in ("bertemu", "menemui", "menerima")
                 or h.text.lower().endswith(" dengan"))  # "berbincang dengan"
                for h in f.cue_hits)
        # "menggelar pembicaraan dengan lebih dari 40 pemimpin negara, termasuk Presiden Kolombia X dan PM Serbia Y":
        # leaders of states are met each in talks of their own
        each_listed = met_listed and bool(_LEADERS_OF_STATES.search(body, lister[-1].end, biggest[0].start))
        if met_listed:
            biggest = biggest[intro:]  # "para pemimpin konglomerat Korea, di antaranya ...": those the list names
        # ("bertemu para pemimpin grup bisnis Korea, termasuk Samsung dan SK": the subject and the two listed)
        # the forum whose summit it is: "ke KTT G7 di Hiroshima, bersama India, ...", "menghadiri Konsultasi Ketua
        # Parlemen MIKTA", "Pertemuan Menteri Luar Negeri MIKTA"
        # (read only where a summit or a list that meets is told: every sentence with a meeting cue comes here)
        summit_forums = {m.code for m in taking_part if not _is_state(m.code)
                         and not _AT_SIDELINES_OF.search(body, max(s.start, m.start - 90), m.start) and any(
            h.value == "meeting" and h.text.upper() in ("KTT", "PERTEMUAN", "PERTEMUAN PUNCAK", "MENGHADIRI")
            and 0 <= m.start - h.end and (m.start - h.end <= 2 and h.text.upper() != "MENGHADIRI"
                                          or _MEETING_OF.match(body, h.end, m.start))
            for h in f.cue_hits)} if multilateral or meets_together or meeting_of or met_listed else set()
        summit_chairs: set[str] = set()
        if not summit_forums and multilateral and pointer and pointer.group(0).startswith("KTT") and \
                not _SIDELINES.search(s.text, max(0, pointer.start() - 20), pointer.start()):
            # (not the summit on whose sidelines another meeting is told: "Di sela-sela KTT G7 tersebut, KTT trilateral
            # antara Korea Selatan, AS dan Jepang akan berlangsung")
            # "mengikuti sesi penjangkauan KTT yang dipimpin PM Kanada X itu bersama ...": the forum's summit told
            # before, and the one who chairs it, there too
            summit_forums = next(({c for c in m.participants if not _is_state(c)} for m in meetings[::-1]
                                  if not all(_is_state(c) for c in m.participants)), set())
            summit_chairs = {m.code for m in taking_part if _is_state(m.code) and m.via == "person"
                             and s.start + pointer.start() <= m.start < s.start + pointer.end()} if summit_forums else set()
        # "Presiden Yoon dan Presiden Jokowi sama-sama menghadiri KTT G20 di New Delhi": the two at the forum's summit,
        # one meeting of the three (not "Di Lima, Peru, Prabowo menghadiri KTT APEC": a town's country)
        attend_together = multilateral and bool(f.groups) and biggest == f.groups[0] and len(_codes(biggest)) == 2 and \
            bool(_ATTEND_TOGETHER.match(body, biggest[-1].end)) and not any(town_before(body, m.start) for m in biggest) and \
            any(m.code in summit_forums and m.start > biggest[-1].end for m in taking_part)
        # the trip's later stops, told with its start ("... yang juga mencakup kunjungan ke Jepang dan Oman")
        trip = _ITINERARY.search(s.text)
        # a summit attended before what the sentence tells ("..., setelah menghadiri KTT G7 di Hiroshima")
        after_attending = _SUMMIT_ATTENDED_BEFORE.search(s.text)
        if (multilateral or meets_together or meeting_of or met_listed) and \
                len(_codes(biggest)) >= (2 if met_listed or attend_together else 3) and not said and not each_of:
            # a summit attended, or a list that meets: "Menlu Korsel, Jepang, dan China bertemu di Tokyo"
            attending = set(_codes(biggest)) | (set(_codes(lister)) if met_listed else set())
            # (not a forum named in the list only as where others' talks were: "yang digelar di lokasi KTT APEC,
            # Gyeongju, Presiden Lee ...")
            attending -= {m.code for m in biggest if not _is_state(m.code) and m.code not in summit_forums
                          and _AT_SIDELINES_OF.search(body, max(s.start, m.start - 90), m.start)}
            if f.groups and f.groups[0][-1].end <= biggest[0].start and (
                    _TOGETHER_WITH.search(body[f.groups[0][-1].end : biggest[-1].start])
                    # "Albanese menghadiri pertemuan Quad di Tokyo bersama Presiden AS X, PM Jepang Y dan PM India Z";
                    # "Para pemimpin G7 bersama Korea Selatan, India, dan Australia menggelar sesi penjangkauan"
                    or (multilateral or meets_together) and _preceded_by(body, biggest[0].start, ("bersama",), past_titles=True)):
                attending |= set(_codes(f.groups[0]))  # "Korsel diundang ke KTT aliansi tersebut, bersama Jepang, ..."
            attending |= summit_forums | summit_chairs  # and the forum whose summit it is
            # "..., yang dipimpin PM Laos X selaku ketua ASEAN": the bloc's chair speaks for the bloc, not for a side
            # (the one named right before "selaku ketua": not "Korea" in "KTT ASEAN-Korea yang dipimpin Presiden X
            # selaku Ketua ASEAN")
            chaired: dict[int, Mention] = {}
            for before_chair in taking_part:
                if _is_state(before_chair.code) and (chair := _CHAIR_OF.match(body, before_chair.end)) and any(
                        not _is_state(x.code) and x.code in attending and x.start == chair.end() - 1 for x in taking_part):
                    chaired[chair.end()] = max(chaired.get(chair.end(), before_chair), before_chair, key=lambda x: x.end)
            chairs = {c.code for c in chaired.values()}
            # "KTT ASEAN-Korea, yang diketuai Presiden X", "X memimpin KTT ASEAN-Korea": the one whose leader chairs a
            # bloc's summit, named nowhere else in the sentence (not the partner: "Yoon memimpin KTT Korea-Afrika")
            chairs |= {m.code for m in taking_part if _chairs_summit(body, s.start, m, taking_part)} if summit_forums else set()
            if any(not _is_state(c) for c in attending) and len(attending - chairs) >= 2:
                attending -= chairs
            subject = s.text[_subject_start(s.text):].lstrip()
            if i and (_THE_TITLED.match(subject) or _PRONOUN_START.match(subject)) and \
                    _ATTENDED_BY.search(body, s.start, biggest[0].start):
                # "sang raja menghadiri meja bundar bisnis yang dihadiri pimpinan A, B, dan C": the one last named too
                attending |= {c for c in [_last_named(facts, i, body)] if c}
            if pointer and i and (hosting := _HOSTED.search(facts[i - 1].sentence.text)):
                # "Moon menjadi tuan rumah KTT Mekong-Korea di Busan. KTT itu dihadiri para pemimpin ...": the host too
                attending |= {m.code for m in facts[i - 1].mentions if _is_state(m.code) and m.via in ("name", "person")
                              and m.start < facts[i - 1].sentence.start + hosting.start()}
            first_state = next((m.start for m in biggest if _is_state(m.code)), biggest[0].start)
            members_named = _MEMBERS_LISTED.search(body, max(s.start, first_state - 80), first_state)
            bloc_of = {m.code for m in taking_part if members_named and not _is_state(m.code) and m.code in attending
                       and members_named.start() <= m.start < members_named.end()}
            listed_members = {m.code for m in biggest if m.start >= first_state} - bloc_of
            if bloc_of and any(bloc_of & set(m.participants) and set(m.participants) - bloc_of - listed_members
                               for m in meetings):
                # "KTT Korea dan Negara-negara Kepulauan Pasifik ... Pemimpin yang hadir dalam KTT ini adalah pemimpin
                # dari sepuluh negara PIF, yaitu A, B, ...": the bloc's members, at its summit with an outside country told
                # before, as the bloc (ANNOTATION.md: no tie of their own there); not "Para menlu negara anggota MIKTA,
                # yakni A, B, ..., bertemu", the members' own meeting
                attending -= listed_members
            groups = [tuple(sorted(attending))] if len(attending) >= 2 else []
            if each_listed and (side := _codes(lister)[:1]):
                groups = [_pair(side[0], c) for c in _codes(biggest) if c != side[0]]
            then_meets = _THEN_MEETS_CLAUSE.search(s.text)
            met_after = {m.code for m in taking_part if _is_state(m.code) and m.start >= s.start + then_meets.end()} - \
                {m.code for m in taking_part if m.start < s.start + then_meets.start()} if then_meets else set()
            subject_side = [c for c in _codes(f.groups[0]) if _is_state(c)][:1] if f.groups else []
            if then_meets and met_after and subject_side and any(not _is_state(c) for c in attending - met_after):
                # "akan menghadiri KTT ASEAN-Korea, serta bertemu Presiden Joko Widodo": the summit, and talks of
                # their own with the one met
                attending -= met_after
                talks_after = s.start + then_meets.start()
                groups = [tuple(sorted(attending))] + [_pair(subject_side[0], c) for c in sorted(met_after)]
            forums = _own_summits(f, taking_part)
            if len(forums) >= 2 and set(forums) <= attending:
                # "menghadiri KTT ASEAN-Korea dan KTT Asia Timur": two summits, each attended by the same ones
                groups = [tuple(sorted((attending - set(forums)) | {forum})) for forum in forums] + groups[1:]
        else:
            spoken_of = {tuple(sorted(_codes(g))) for g in f.groups
                         if _RELATION_NOUN.search(body[max(s.start, g[0].start - 40):g[0].start])}
            # "... di tengah makin eratnya hubungan militer Korea Utara dan Rusia": a relation told, no meeting of theirs
            # (a pair spoken of in a quote may meet after it: '"... hubungan Jepang dan Korea Selatan ...," kata PM
            # Jepang X usai bertemu Presiden Korea Selatan Y')
            groups = [p for p, d in ties.items() if any(e.start == s.start and e.rule not in ("between", "summit-joined", "pair-topic") for e in d.evidence)
                      and (tuple(sorted(p)) not in spoken_of or any(e.start == s.start and "subject-object" in e.rule
                                                                    for e in d.evidence))]
            # "disambut Duta Besar RI untuk Rusia X": the country an envoy is posted to is not the one who meets
            posted = _every_mention(taking_part, [bool(_POSTED_TO.search(body, max(s.start, m.start - 60), m.start))
                                                  for m in taking_part])
            groups = [p for p in groups if not set(p) & posted]
            # "pembicaraan bilateral dengan pemimpin negara anggota NATO": the bloc's members, unnamed, not the bloc
            members = _every_mention(taking_part, [not _is_state(m.code) and bool(_MEMBERS_OF.search(
                body, max(s.start, m.start - 30), m.start)) for m in taking_part])
            groups = [p for p in groups if not set(p) & members]
            # "Yoon menghadiri KTT ASEAN-Korea, yang diketuai Presiden X": the chair speaks for the bloc, in no talks of
            # its own with the one attending
            if any(not _is_state(c) for p in groups for c in p):
                chairs = {m.code for m in taking_part if _chairs_summit(body, s.start, m, taking_part)}
                groups = [p for p in groups if not set(p) & chairs or any(not _is_state(c) for c in p)]
            # "di sela KTT G20 di Rio de Janeiro, Brasil": the country of the town met in, not one who meets
            # (one in focus too where a forum's summit is what is attended there: "menghadiri KTT BRICS di Rio de
            # Janeiro, Brasil" names no talks with Brazil)
            forum_attended = any(not _is_state(c) for p in groups for c in p) and bool(_ATTENDS.search(s.text))
            venue_country = {m.code for m in taking_part if (m.code not in focus or forum_attended and m.via != "person")
                             and town_before(body, m.start)}
            groups = [p for p in groups if not set(p) & venue_country]
            # "menghadiri Pertemuan Tahunan IMF dan Bank Dunia": the two bodies hold one meeting, attended
            hosts = next((set(_codes(g)) for g in f.groups if len(_codes(g)) >= 2 and not any(_is_state(c) for c in _codes(g))
                          and _HELD_TOGETHER.search(body, max(s.start, g[0].start - 40), g[0].start)), set())
            joined_hosts = [p for p in groups if set(p) & hosts]
            if len(joined_hosts) >= 2:
                groups = [p for p in groups if not set(p) & hosts] + [tuple(sorted(set().union(*joined_hosts)))]
            # "Han datang ke Indonesia untuk menghadiri KTT ASEAN-Korea": the country travelled to hosts the summit
            # attended; no talks of its own with the traveller (the one gone to for it, the last before "untuk
            # menghadiri": not the stops told after it, "ke Jerman untuk menghadiri KTT G7, lalu ke Ukraina dan Rusia")
            to_attend = _TO_ATTEND.search(s.text) if not _OWN_VISIT.search(s.text) else None
            gone = [m for m in taking_part if _gone_to(body, m, s.start)] if to_attend else []
            before = [m for m in gone if to_attend and m.start < s.start + to_attend.start()]
            venue = {max(before, key=lambda m: m.start).code} if before and len(before) < len(gone) else {m.code for m in gone}
            if venue and any(not set(p) & venue for p in groups):
                groups = [p for p in groups if not set(p) & venue]
            elif to_attend and (partners := {c for p in groups if not all(map(_is_state, p)) for c in p if _is_state(c)}) \
                    and not any(h.value == "meeting" and h.text.lower().startswith(("bertemu", "menemui", "menerima"))
                                for h in f.cue_hits):
                # "mengunjungi Korea Selatan untuk menghadiri KTT Korea-Afrika": the bloc's partner at the summit, in
                # no talks of its own with the one who came for it
                groups = [p for p in groups if not (all(map(_is_state, p)) and set(p) & partners)]
            if len(groups) == 1 and len(third := set(codes) - set(groups[0])) == 1 and \
                    (f.anaphor and _TRILATERAL_TOLD.search(s.text) or _TRILATERAL_WITH.search(s.text)) and \
                    not _sidelines_of_three(s.text):
                # "Kedua menteri (Park dan Hayashi) kemudian bergabung dengan Menhan Jepang X dalam pertemuan
                # trilateral": the pair and the one it is held with
                groups = [tuple(sorted(third | set(groups[0])))]
            elif not groups and len(set(codes)) == 3 and _TRILATERAL_WITH.search(s.text) and not _sidelines_of_three(s.text):
                # "Yoon juga bergabung dengan PM Jepang X dan Presiden AS Y dalam pertemuan trilateral": the three
                groups = [tuple(sorted(set(codes)))]
            joined = sorted(set().union(*groups)) if groups else []
            apart_then_three = _APART_THEN_TRILATERAL.search(s.text, _subject_start(s.text)) if len(joined) == 3 else None
            holder_of = {m.code for m in taking_part if m.start < s.start + apart_then_three.start()} if apart_then_three else set()
            if apart_then_three and len(holder_of) == 1 and len(with_holder := [p for p in groups if set(p) & holder_of]) == 2:
                # "Kang mengadakan pertemuan terpisah dengan Menlu AS X dan Menlu Jepang Y dan pembicaraan trilateral
                # mereka diadakan di California": the talks of the one who held them with each, and the three's
                groups = [*with_holder, tuple(joined)]
            elif len(joined) == 3 and (len(groups) == 3 or len(groups) == 2 and (_TRILATERAL_WITH.search(s.text)
                                                                               or _HOSTS_TWO.search(s.text))) and \
                    (_THREE_WAY.search(s.text, _subject_start(s.text)) or _MEAL_TOGETHER.search(s.text)) and \
                    not _sidelines_of_three(s.text):
                # (not one named in an opening phrase: "Sebelum pertemuan trilateral, Park menggelar pembicaraan
                # bilateral dengan X dan Y secara terpisah")
                # "X menjamu Y dan Z dalam KTT Trilateral": three tied each with each, one summit; "X menggelar
                # pertemuan trilateral dengan Y dan Z": the one who holds it with the two
                groups = [tuple(joined)]
            elif len(joined) > 3 and (two_with := _TRILATERAL_WITH_TWO.search(s.text)):
                two = {m.code for m in taking_part if s.start + two_with.start(1) <= m.start < s.start + two_with.end(1)}
                with_one = [p for p in groups if len(p) == 2 and len(set(p) & two) == 1]
                holder = {c for p in with_one for c in p} - two
                if len(two) == 2 and len(with_one) == 2 and len(holder) == 1:
                    groups = [p for p in groups if p not in with_one] + [tuple(sorted(holder | two))]
            # what the sentence names beside may be a place only: "yang pertama sejak Agustus 2019 di Gubei, China"
            recalled = first_since
            if trio and (not codes or recalled and set(codes) <= set(trio)) and _THREE_WAY.search(s.text) \
                    and not _BILATERAL.search(s.text):
                groups = [trio]  # "Ketiganya sepakat ...": the three the article names together
            if last_told and (not groups and (not codes or recalled and set(codes) <= set(last_told.participants))
                              or _inside_that(f) or with_named is not None):
                # "Pertemuan tersebut menghasilkan ...": the meeting just told, not one of the pair in focus; "Dalam
                # pertemuan tersebut, keduanya membahas proyek yang melibatkan X dan Y": what was said there
                groups = [last_told.participants]
            # the last place gone to: "Sebelum ke Jakarta, Luxon singgah di Singapura"
            # (the main clause's, where another stop is told after it: "tiba di Brunei ..., sehari setelah mengunjungi
            # Singapura")
            then_at = then_met[0] if then_met else s.end
            gone_to = [m for m in f.places if m.start < then_at and (
                _gone_to(body, m)
                # "berada di Seoul pada Senin untuk kunjungan kenegaraan": where the visit is
                or _STAYING_AT.search(body, max(0, m.start - 12), m.start) and _FOR_A_VISIT.match(body, m.end, s.end)
                # "disambut dengan upacara kenegaraan di Istana Merdeka, Jakarta": where the host welcomed the guest
                or bool(_WELCOMED_AT.search(body, max(s.start, m.start - 90), m.start)))]
            # (not the next leg after an arrival: "tiba di Jakarta pada Selasa malam, dan akan bertolak ke Pakistan pada
            # Kamis" is a visit to Indonesia; the onward stop is read as one of its own)
            arrived = [m for k, m in enumerate(gone_to) if not (k and _ONWARD_TO.search(body, max(0, m.start - 40), m.start))]
            destination = arrived[-1].code if arrived else None
            # (on the day told right after it, not the onward leg's)
            landed = _date_right_after(body, f, arrived[-1].end) if len(arrived) < len(gone_to) else None
            landed_on = landed.value if landed else \
                _weekday_right_after(body, s, arrived[-1].end, published) if len(arrived) < len(gone_to) else None
            if destination is None and not groups and len(codes) == 1 and len(focus) == 2 and codes[0] in focus and \
                    all(_is_state(c) for c in focus) and \
                    any(m.via == "person" and m.code == codes[0] and _VISIT_BY.search(body, max(s.start, m.start - 40), m.start)
                        for m in f.mentions):
                # "setelah kunjungan kenegaraan Presiden Yoon pada September 2023": the visitor went to the pair's other side
                destination = next(c for c in focus if c != codes[0])
            # (not the country an envoy is posted to: "Presiden Joko Widodo tiba di Tokyo, didampingi Dubes RI untuk
            # Jepang X"; one welcomed by their envoy is read as before: "disambut Duta Besar RI untuk Rusia X")
            # (nor a forum whose summit is only when the trip was: "kunjungan kenegaraan ke Jakarta pada September 2023,
            # bertepatan dengan KTT ASEAN")
            set_aside = (posted if "meeting" not in f.kinds else set()) | _every_mention(taking_part, [
                not _is_state(m.code) and bool(_COINCIDING.search(body, max(s.start, m.start - 40), m.start))
                for m in taking_part])
            main_codes = list(dict.fromkeys(m.code for m in taking_part if m.start < then_at and m.code not in set_aside))
            traveller = main_codes[0] if len(main_codes) == 1 and (len(set(codes) - set_aside) == 1 or then_met) else None
            if not codes and i and (_THE_TITLED.search(s.text) or _PRONOUN_START.match(s.text[_subject_start(s.text):])):
                # "Sebelum tiba di Jakarta, sang raja singgah di Singapura": the one last named travels
                traveller = _last_named(facts, i, body)
            welcomed = bool(_WELCOMED.search(s.text))
            # (the stops a trip's itinerary names after it are others: "tiba di Seoul ..., yang juga mencakup kunjungan
            # ke Jepang dan Oman")
            trip_at = s.start + trip.start() if trip else s.end
            before_it = list(dict.fromkeys(m.code for m in taking_part if trip and m.start < trip_at))
            shared = set.intersection(*(set(p) for p in groups)) if groups else set()
            if trip and not before_it and len(shared) == 1 and _PRONOUN_START.match(s.text[_subject_start(s.text):]):
                before_it = list(shared)  # "Ia tiba di Seoul ..., yang juga mencakup ...": the one the stops are visits of
            stops_after = bool(trip) and len(before_it) == 1 and all(
                m.start >= trip_at for m in f.mentions if any(m.code in p for p in groups) and m.code != before_it[0])
            if stops_after:
                traveller = before_it[0]
            # ("tiba di Korea Selatan pada Minggu, setelah menghadiri KTT G7 di Hiroshima": the summit attended before
            # is the traveller's, the arrival a visit of its own)
            attended_before = bool(groups) and after_attending is not None and \
                all(not all(map(_is_state, p)) and destination not in p for p in groups)
            if attended_before and traveller is None and after_attending is not None:
                before_clause = list(dict.fromkeys(m.code for m in taking_part if m.start < s.start + after_attending.start()
                                                   and _is_state(m.code) and m.code != destination))
                traveller = before_clause[0] if len(before_clause) == 1 else None
            if traveller and ("visit" in f.kinds or welcomed) and destination and destination != traveller and \
                    (not groups or then_met and not any(destination in p for p in groups) or stops_after or attended_before):
                groups = [*groups, tuple(sorted((traveller, destination)))]  # "MBZ berniat berkunjung ke Jakarta"
                _tie(ties, traveller, destination, "visit", s, "visit-destination")
                if landed_on:  # (to come only if told so before it, not by the onward leg's "akan bertolak")
                    stop_days[groups[-1]] = (landed_on, bool(_PLANNED.search(body, s.start, arrived[-1].start)))
                elif attended_before and after_attending is not None:
                    # an arrival, on the day told before the summit attended: a visit, folding into the talks it carried
                    stop_days[groups[-1]] = (next((d.value for d in f.dates if d.start < s.start + after_attending.start()), date),
                                             bool(_PLANNED.search(body, s.start, s.start + after_attending.start())))
                elif _FOLK.search(s.text) and all(h.text.lower() in _ATTEND_WORDS or h.text.lower() == "acara"
                                                  for h in f.cue_hits if h.value == "meeting"):
                    # "Yoon tiba di Paris dan langsung menghadiri acara penyambutan warga Korea": an arrival, and an
                    # event of the traveller's own people, no talks with the host
                    stop_days[groups[-1]] = (date, False)
            next_stops(f, groups, then_met)
            stops_in_passing(f)
            if trio and len(codes) == 1 and codes[0] in trio and _EACH_GUEST.search(s.text):
                # "Park lebih dulu menggelar pembicaraan bilateral dengan kedua tamunya": with each of the other two
                groups = [_pair(codes[0], other) for other in trio if other != codes[0]]
            if not groups and len(codes) == 1 and i and _AGENDA_LINE.match(s.text) and not all(
                    _FOLK_BEFORE.search(body, max(s.start, m.start - 30), m.start) for m in f.mentions if m.code == codes[0]):
                # "Berikut agenda lengkapnya: - Sabtu (23/8): pertemuan puncak dengan PM Jepang X": the traveller's,
                # named before the agenda (not the one a line before this one met)
                opens = i
                while opens > 1 and _AGENDA_DAY.match(facts[opens - 1].sentence.text):
                    opens -= 1
                traveller = _last_named(facts, opens, body)
                if traveller and traveller != codes[0]:
                    groups = [_pair(traveller, codes[0])]
                    _tie(ties, traveller, codes[0], "meeting", s, "agenda-meets")
            he = _HE_MEETS.search(s.text) or _THE_GUEST.search(s.text) or _THE_TITLED.search(s.text) or \
                _THE_HEAD_MEETS.search(s.text)
            if not groups and len(codes) == 1 and article_actor and codes[0] != article_actor and \
                    _TRIP_SUBJECT.match(s.text):
                # "Lawatan ditutup di Samarkand dengan pertemuan puncak bersama Presiden X": the traveller's trip
                groups = [_pair(article_actor, codes[0])]
                _tie(ties, article_actor, codes[0], "meeting", s, "trip-meets")
            if not groups and he and len(codes) == 1:
                # "Pada Selasa, ia juga bertemu Sekjen PBB Antonio Guterres": the one last named meets them;
                # "Presiden Yoon menyambut sang raja": the one last named is met
                named = next((m.code for g in facts[i - 1::-1] for m in g.mentions[::-1]
                              if m.via == "person" and m.code != codes[0]), None) if i else None
                titled = _THE_TITLED.search(s.text) if i else None
                if titled and not _HE_MEETS.search(s.text) and (one := _last_named(facts, i, body)) and one != codes[0]:
                    named = one  # "Dari Seoul, sang raja ... untuk bertemu PM Jepang X": the last one named a king
                if _HE_MEETS.search(s.text) and i:
                    # "ia menerima Presiden Ghana" after "Yoon bertemu Presiden Kenya X dan Presiden Tanzania Y": the
                    # pronoun is the subject of the last sentence that names a person, not the last one it names
                    prev = next((g for g in facts[i - 1::-1] if any(m.via == "person" for m in g.mentions)), None)
                    first = next((m for m in prev.mentions if m.via == "person"), None) if prev else None
                    met_first = prev is not None and first is not None and any(
                        h.value in ("meeting", "visit") and h.text.lower().startswith(_MEETS_VERBS)
                        and prev.sentence.start <= h.start < first.start for h in prev.cue_hits)
                    if met_first:
                        # "Pada Senin, Sugiono bertemu X ... Sehari kemudian, ia terbang ke Paris untuk bertemu Y": the
                        # first one named there is the one met, not the pronoun's (whose side is not known)
                        named = None
                    elif prev is not None and first is not None and first.code != codes[0] and \
                            len(body[prev.sentence.start:first.start].split()) <= 8:
                        named = first.code
                    elif first is not None and first.code == codes[0] and any(
                            m.code == codes[0] and _FOLK_BEFORE.search(body, max(s.start, m.start - 30), m.start)
                            for m in f.mentions):
                        named = None  # "Di Busan, ia ... bertemu para pengusaha Vietnam": the Vietnamese leader's own people
                if named:
                    groups = [_pair(named, codes[0])]
                    _tie(ties, named, codes[0], "meeting", s, "pronoun-meets")
            witnesses = [h for h in f.cue_hits if h.value == "meeting" and _WITNESSED.match(h.text)]
            if witnesses and len(witnesses) == sum(h.value == "meeting" for h in f.cue_hits):
                # "kontrak antara A dan B disaksikan Presiden X dan Presiden Y": those who witness it meet, not its
                # parties; "X dan Y menyaksikan penandatanganan ...": the two before it
                h = witnesses[0]
                near = [g for g in f.groups if g[0].start >= h.end and g[0].start - h.end <= 40] if \
                    h.text.lower().startswith("disaksikan") else [g for g in f.groups if g[-1].end <= h.start][-1:]
                side = sorted(set(_codes(near[0]))) if near else []
                if len(side) >= 2:
                    groups = [tuple(side)]
                elif near is not None and not f.anaphor:
                    groups = []
            latest = max(meetings, key=lambda m: (m.evidence.start, len(m.participants))) if meetings else None
            if not groups and not codes and lead_trio and not _TWO.search(s.text) and latest and \
                    set(latest.participants) == set(lead_trio):
                groups = [lead_trio]  # "Pertemuan rutin juga akan dilakukan ...", told after the trilateral itself
            if not groups and latest and set(codes) <= set(latest.participants) and \
                    any(h.value == "meeting" and h.text.lower().endswith(" serupa") for h in f.cue_hits):
                # "Retno menyebut sidang serupa terakhir digelar di Seoul pada 2019": the like of the one just told,
                # of the same sides, whoever tells of it
                groups = [latest.participants]
            if not groups and latest and codes and all(map(_is_state, codes)) and set(codes) <= set(latest.participants) and \
                    _THE_NEXT_ONE.search(s.text):
                # "Menurut Kemlu Korea Selatan, dialog berikutnya akan digelar di Seoul": the next of the one just told
                # (whichever side tells of it), another meeting than it
                groups = [latest.participants]
                prepared.add(s.start)
            if not groups and pointer and last_told and codes and set(codes) < set(last_told.participants):
                # "Kunjungan ini merupakan yang kedua bagi Raja Carl Gustaf setelah lawatannya pada 2012": the one just
                # told, of whose sides it names one
                groups = [last_told.participants]
            # (a forum named only as where it was held names no one who met: "Pertemuan sebelumnya digelar di Jakarta
            # pada September 2023 di sela KTT ASEAN")
            if not groups and previous is not None and {c for c in codes if _is_state(c)} <= set(previous.participants):
                groups = [previous.participants]
            held_last = next((m for m in meetings[::-1] if not m.planned), None) \
                if not groups and not codes and not f.anaphor and _THEN_HELD.match(s.text) else None
            if held_last is not None:
                # "KTT tersebut digelar di Oval Office ... Setelah itu, KTT yang diperluas digelar di ruang kabinet": the
                # same ones as the last meeting held, next (not the two the article names most)
                groups = [held_last.participants]
            first_named = min((m.start for m in taking_part), default=s.end)
            received_by = next((h for h in f.cue_hits if h.value == "meeting" and _BY_THE_OFFICE.search(h.text)), None) \
                if not groups and len(set(codes)) == 1 and _is_state(codes[0]) else None
            heads = {side for (role, side), names in (holders or {}).items() if role == "head-of-state" and side != codes[0]} \
                if received_by is not None else set()
            if len(heads) == 1:
                # "Perdana Menteri X diterima Presiden di Istana Bogor pada Sabtu": by the article's one president of
                # another side
                groups = [tuple(sorted({codes[0], *heads}))]
            party_met = next((m for m in (meetings + visits)[::-1] if len(m.participants) == 2 and codes and
                              codes[0] in m.participants), None) if not groups and len(set(codes)) == 1 else None
            if party_met is not None and _is_state(codes[0]) and _PARTY_DOES.search(body, s.start, first_named):
                # "Pada tanggal 24 Juli delegasi juga mengadakan pertemuan terpisah dengan sejumlah pejabat tinggi
                # Malaysia": the party told before meeting them meets the ones named
                groups = [party_met.participants]
            if not groups and focus and not members and (f.anaphor or not _named_met(body, s.start, codes, taking_part)
                                                         and not _FOLK.search(s.text) and not _MANY_UNNAMED.search(s.text)):
                # "Pertemuan berlangsung hangat": the pair's; "500 mahasiswa Indonesia mengikuti pertemuan alumni": not
                groups = [pair_named_last(facts, i, focus) if f.anaphor else focus]
        # "Dalam pertemuan tersebut, kedua menlu membahas persiapan KTT APEC di Gyeongju pada akhir Oktober": the summit
        # being prepared is one to come (where the sentence tells another meeting first)
        # (not one the one met is preparing, in a clause of who they are: "Cho menemui Sekjen ASEAN X, yang tengah
        # mempersiapkan KTT ASEAN di Vientiane pada Oktober mendatang": the talks are on their own day)
        prepared_spans = [(p.start(), p.end()) for p in _PREPARED.finditer(s.text)
                          if not _WHO_CLAUSE_BEFORE.search(s.text, 0, p.start())]
        # (a visit prepared reaches where it goes: "persiapan kunjungan Presiden Prabowo ke KTT APEC")
        reach = [goes.end() if s.text[:b].lower().endswith(("kunjungan", "lawatan")) and
                 (goes := _VISIT_GOES_TO.match(s.text, b)) else b + 20 for _, b in prepared_spans]
        spoken = {m.code for m in f.mentions if not _is_state(m.code) and any(
            a <= m.start - s.start <= r for (a, _), r in zip(prepared_spans, reach, strict=True))} \
            if first_cue is not None and not any(a <= first_cue.start - s.start < b for a, b in prepared_spans) else set()
        if spoken:
            # (told inside the talks just told, or after them in their sentence: "Cho bertemu Menlu Retno ... dan membahas
            # persiapan KTT ASEAN-Korea", it takes not their day: "pada akhir Oktober" is the summit's)
            prep_at = s.start + prepared_spans[0][0]
            # (its own day follows it closely: "persiapan KTT APEC di Gyeongju pada akhir Oktober", not the talks' day
            # after the one they were with: "membahas persiapan KTT G20 dengan Menlu India X di New Delhi, Senin (4/9)")
            prep_end = s.start + prepared_spans[0][1]
            prepared_summits[s.start] = (spoken, next((d.value for d in f.dates if d.start >= prep_at
                                                       and d.start - prep_end <= 50), None))
        # "menyambut kedatangan Presiden X ... di Pangkalan TNI AU Halim Perdanakusuma": the visit's arrival, welcomed
        target = meetings if "meeting" in f.kinds and not _WELCOMED_AT_AIRPORT.search(s.text) else visits
        place = _place(f.sentence.text)
        gone_to_places = [m for m in f.places if _gone_to(body, m)] \
            if place is None and target is visits else []
        if gone_to_places:  # "MBZ berniat berkunjung ke Jakarta": where the visit goes
            place = gone_to_places[0].text
        listed = _summits_listed(body, f)
        if listed:
            date, place, written = listed[0][0], listed[0][1], True
        earlier = _earlier_meeting_date(body, f)
        cut = _SUBORDINATE.search(s.text)
        # "Pertemuan itu berlangsung sebulan setelah Presiden X dan Y bertemu ... pada September lalu": the meeting just
        # told, and only the one its clause recalls is new
        told_again = bool(pointer and last_told and earlier and cut and _THAT_MEETING.match(s.text)
                          and not any(m.start < s.start + cut.start() for m in f.mentions))
        if target is meetings and earlier and cut and \
                any(h.value == "visit" and h.start < s.start + cut.start() for h in f.cue_hits) and \
                not any(h.value == "meeting" and h.start < s.start + cut.start() for h in f.cue_hits):
            # "Ini kunjungan kedua Tokayev ke Korea setelah lawatannya pada 2019, ketika ia bertemu Presiden Moon": the
            # visit told now (the talks it carried), and the meeting of the one the clause recalls
            target = visits
        opening_clause = _ADVERBIAL.match(s.text) if earlier and cut and (
            not s.text[:cut.start()].strip() or COUNTED_OPENING.match(s.text)) else None
        if earlier and cut and not any(h.start < s.start + cut.start() for h in f.cue_hits if h.value in ("meeting", "visit")):
            if opening_clause and any(s.start + cut.start() <= h.start < s.start + opening_clause.end() for h in f.cue_hits
                                      if h.value in ("meeting", "visit")):
                # "Setelah bertemu X pada Senin (11/3), Yoon ... bertemu Y keesokan harinya", "Dua hari setelah tiba di
                # Roma pada Sabtu (9/3), ...": the opening clause's meeting is one the sentence tells, and the main
                # clause's day is told or counted from its own
                earlier = None
            else:
                date, earlier, written = earlier, None, True  # "Kontak pertama pada 1990, sementara pertemuan pertama digelar pada 2009"
        # "..., setelah sebelumnya ia mengunjungi Arab Saudi pada 21-24 Oktober": the clause's own partner met then;
        # those of the main clause did not
        clause_only = {m.code for m in f.mentions if m.start >= s.start + cut.start()} - \
            {m.code for m in f.mentions if m.start < s.start + cut.start()} if earlier and cut else set()
        # a partner tied there, not a venue ("... di sela-sela Sidang Umum PBB di New York pada September")
        clause_only = {c for c in clause_only for p, d in ties.items() if c in p and any(e.start == s.start for e in d.evidence)}
        # "..., setelah menghadiri Hari Republik India di New Delhi pada Minggu (26/1)": what was attended before, in
        # another country than the sides', is no earlier meeting of theirs
        attended_abroad = {m.code for m in f.places if m.start >= s.start + cut.start()} \
            if earlier and cut and _AFTER_ATTENDING.match(s.text, cut.start()) else set()
        if any(first_cue and a <= first_cue.start - s.start < b
               # "Menlu RI dan Menlu Korsel Bahas Persiapan KTT": a headline's pair who talk, the body's meeting
               and not (i == 0 and _is_headline(f) and _DISCUSS_BEFORE.search(s.text, 0, a))
               for a, b in prepared_spans) and with_named is None:  # not what was said in talks told
            prepared.add(s.start)  # "persiapan KTT trilateral": one yet to be held, never the one told
        only_attended = all(h.text.lower() in _ATTEND_WORDS for h in f.cue_hits if h.value in ("meeting", "visit"))
        talkers = tuple(sorted(pair_named_last(facts, i, focus))) if f.anaphor and len(groups) > 1 and \
            (s.start in prepared or only_attended) else ()
        if talkers and any(tuple(sorted(g)) != talkers for g in groups):
            # "Keduanya membahas persiapan KTT ASEAN-Korea pada Oktober": the pair talk (the meeting told), the summit
            # prepared is of those its name gives; "Keduanya datang ke Seoul untuk menghadiri KTT Korea-Afrika": the
            # two attend that summit, no talks of their own
            groups = [g for g in groups if tuple(sorted(g)) != talkers]
        if called_from is not None:
            off = _every_mention(taking_part, [m.start >= called_from for m in taking_part])
            groups = [g for g in groups if not set(g) & off]
        # "Moreau dijadwalkan melanjutkan lawatannya setelah kunjungan ke Seoul": what is planned comes after the
        # visit told, which is done
        done = bool(f.cue_hits) and all(_AFTER_IT.search(body, max(s.start, h.start - 12), h.start)
                                        for h in f.cue_hits if h.value in ("meeting", "visit"))
        # ("Dalam pertemuan itu, Nvidia mengumumkan akan memasok ...": what is to come was told at the meeting held)
        held_there = _inside_that(f) and last_told is not None and not last_told.planned
        # "kedua menteri juga mendiskusikan rencana kunjungan Menlu Arab Saudi ke Indonesia": a visit planned, spoken
        # of, on no day of the talks where it was
        only_plans = bool(f.cue_hits) and all(_PLAN_BEFORE.search(body, max(s.start, h.start - 60), h.start)
                                              for h in f.cue_hits if h.value in ("meeting", "visit"))
        if only_plans and not written_date:
            date = None
        if f.cue_hits and all(h.text.lower() == "undangan" and _LETTER_BEFORE.search(body, max(s.start, h.start - 10), h.start)
                              for h in f.cue_hits if h.value in ("meeting", "visit")):
            continue  # "Surat undangan sudah dikirimkan pada hari Senin (14/07)": the letter's day, no meeting
        # "Bertepatan dengan kunjungan Moon, ... LG akan mendirikan kantor pusatnya di Riyadh": the visit told is the
        # time of what is to come, not itself to come
        timed_by = bool(f.cue_hits) and all(_AT_THE_TIME_OF.search(body, max(s.start, h.start - 25), h.start)
                                            for h in f.cue_hits if h.value in ("meeting", "visit"))
        # ("kerja sama Indonesia-Vietnam tahun 2019-2023 mendatang": the years of what is talked of are to come)
        planned = (bool(_PLANNED.search(_YEARS_TO_COME.sub(" ", _unquoted(f)))) and not done and not held_there and not timed_by) or s.start in prepared \
            or agreed_on or bool(date and published and date > published[:len(date)]) or only_plans  # after the report: to come
        if pointer and last_told is not None and not written and date == last_told.date and not last_told.planned and \
                s.start not in prepared and not agreed_on:
            # "ini adalah kunjungan resmi pertama ..., yang berlangsung dalam konteks kedua negara akan merayakan ...": the
            # visit told, held, whatever is to come around it
            planned = False
        # "di sela KTT", "sepekan setelah ...": a meeting told against the article's event happens about then
        near_event = bool(_SIDELINES.search(s.text) or _RELATIVE_TO_EVENT.search(s.text))
        # "Yoon dijadwalkan menggelar pertemuan bilateral dengan X di sela KTT", the summit told with its days before:
        # a talk to come at that summit, that month
        last_summit = next((m.date for m in meetings[::-1] if m.date and not all(_is_state(c) for c in m.participants)),
                           None) if not written and (_AT_SUMMIT_SIDELINES.search(s.text) or i and _HE_ALSO.match(s.text)
                                                     and _AT_SUMMIT_SIDELINES.search(facts[i - 1].sentence.text)) else None
        summit_told = last_summit if planned else None
        # "Lee tiba di Calgary pada Senin (16/6) ... Pada Selasa (17/6), Lee mengikuti sesi KTT ... Di sela KTT, Lee
        # bertemu X": held on the day the summit was told, if after the article's event (an arrival the day before;
        # not a summit told as the day before the event's)
        summit_day = last_summit if not planned and last_summit and len(last_summit) == 10 and \
            (not event_date or last_summit > event_date) else None
        after_day = next((m.date for m in meetings[::-1] if m.date), None) if _AFTER_MEETING.match(s.text) else None
        after_day = after_day if after_day and len(after_day) == 10 else None
        # "seringnya para pemimpin bertatap muka", "menggelar KTT ... secara rutin": meetings, no one day (the words
        # near a meeting word: not "yang kerap disapa MBS")
        habitual = any(h.value == "meeting" and _HABITUAL.search(body, max(s.start, h.start - 40), min(s.end, h.end + 40))
                       for h in f.cue_hits)
        if habitual:
            prepared.add(s.start)
        # "belum lama ini berkunjung ke Seoul": a visit of some time ago, undated, is not the article's event
        # "... belum lama ini berkunjung ke Seoul. Delegasi pengusaha Korea juga datang ...": the list goes on, as long ago
        # (the sentence right after, in its paragraph or the next: many sites make each sentence a paragraph)
        recalled = not written and bool(_recalled(f) or i and _ALSO_WORD.search(s.text) and not body[facts[i - 1].sentence.end:s.start].strip()
                                        and _RECALLED.search(facts[i - 1].sentence.text)
                                        and not facts[i - 1].dates
                                        # "Sebelumnya, Retno bertemu Menlu Jepang di Tokyo": talks before the ones
                                        # told, on no day given (not an arrival before the talks, nor "Sebelumnya,
                                        # kedua menteri menggelar pembicaraan": the pair just told, that day)
                                        or bool(f.kinds & {"meeting", "visit"}) and not f.anaphor and bool(_BEFORE_THAT.match(s.text)))
        recalled = recalled or (previous is not None and not written)
        if recalled:
            prepared.add(s.start)
        elsewhere = recalled or event_told is not None
        where = next((w for h in f.cue_hits if h.value == "meeting" for w in [_WHERE_CLAUSE.search(body, s.start, h.start)]
                      if w), None)
        # (a weekday after it is the talks' there: "di Canberra, tempat ia bertemu Menlu Penny Wong pada Jumat")
        if where and written and not any(d.start > where.end() for d in f.dates) and \
                not dates.weekday_before(body[where.end():s.end], published):
            # "tiba di Seoul pada Rabu (16/11), langsung dari Bali tempat ia menghadiri KTT G20": the summit was in Bali,
            # not that day
            date, written, place, elsewhere = None, False, where.group(1), True
        day_before_attending: tuple[str, int] | None = None
        came_from = next((h for h in f.cue_hits if h.value == "meeting" and h.text.lower() in ("menghadiri", "mengikuti")
                          and _BEFORE_OR_AFTER_IT.search(body, max(s.start, h.start - 10), h.start)), None)
        if came_from and (written or not f.dates) and not any(d.start >= came_from.start for d in f.dates) and (
                _ARRIVED.search(body, s.start, came_from.start)
                # (or talks told before it: "Boric bertemu Lee di Seoul, akhir pekan lalu, setelah menghadiri KTT APEC")
                or not _BEFORE_IT.search(body, max(s.start, came_from.start - 10), came_from.start)
                and any(h.value == "meeting" and h.end <= came_from.start and h.text.lower().startswith(_MEETS_VERBS)
                        for h in f.cue_hits)):
            # "Lula tiba di Jakarta pada Rabu malam setelah menghadiri KTT ASEAN di Kuala Lumpur": the summit was before
            # the day told ("bertolak ke Kairo pada Kamis sebelum menghadiri KTT G20": after it), on a day not given;
            # "tiba di Warsawa pada Rabu malam, sehari setelah menghadiri KTT NATO": the day before
            apart = _DAYS_APART.search(body, max(s.start, came_from.start - 30), came_from.start)
            if apart and date and len(date) == 10:
                count = 1 if apart.group(1).lower() == "se" else NUMBER_WORDS[apart.group(1).lower()]
                days = count * (-1 if apart.group(2).lower() != "sebelum" else 1)
                date = (datetime.date.fromisoformat(date) + datetime.timedelta(days=days)).isoformat()
                place = None
            else:
                # (the states met in the clause before it keep the day: "bertolak ke Singapura untuk kunjungan
                # kenegaraan pada Selasa (8/10) dan bertemu PM X, sebelum menghadiri KTT ASEAN di Vientiane")
                day_before_attending = (date, came_from.start) if date else None
                date, written, elsewhere = None, False, True
                if day_before_attending and len(day_before_attending[0]) == 10 and \
                        _BEFORE_IT.search(body, max(s.start, came_from.start - 10), came_from.start):
                    # "... pada Selasa (8/10) sebelum menghadiri KTT ASEAN di Vientiane pada Kamis": the summit's own
                    # weekday, the first after the day told
                    date = dates.weekday_after(body[came_from.end:s.end], day_before_attending[0])
                # where it was: "setelah menghadiri KTT G20 di Rio de Janeiro, Brasil", not the town arrived at
                place = _place(body[came_from.end:s.end])
        # "melakukan kunjungan ke Korea Selatan ..., setelah menghadiri KTT G7 di Hiroshima": the town is the summit's,
        # not the visit's
        forum_of_clause = {m.code for m in f.mentions if m.start >= came_from.end and _is_organization(m.code)} \
            if came_from and place and _place(body[s.start:came_from.start]) is None and \
            _place(body[came_from.end:s.end]) == place else set()
        # "..., yang juga mencakup kunjungan ke Jepang dan Oman"; "lawatannya ke empat negara, yakni Brunei, ..."
        relative = _RELATIVE_CLAUSE.search(s.text) or _STOPS_CLAUSE.search(s.text)
        clause_at = s.start + relative.start() if relative else -1
        # the trip's stops named only after the clause it opens, all the sentence's dates being before it
        in_clause = _every_mention(taking_part, [m.start > clause_at for m in taking_part]) \
            if relative and all(d.start < clause_at for d in f.dates) else set()
        to_come_later = _to_come_later(f, taking_part) if len(groups) > 1 else set()
        # what came of a meeting before, spoken of: "hasil diskusi saat KTT antara Korea Selatan dan Jepang ..." (the
        # meeting word, up to the next one or 70 characters on)
        cues_met = [h for h in f.cue_hits if h.value == "meeting"]
        results_told = [(h, min([k.start for k in cues_met if k.start > h.start] + [h.end + 70]))
                        for h in cues_met if _RESULTS_BEFORE.search(body, max(s.start, h.start - 40), h.start)]
        subject_side_code = next((m.code for m in taking_part if m.via == "person"), "") if results_told else ""
        # a trip begun to several countries listed after "ke": those after the first
        begun = _TRIP_BEGUN.search(s.text) if len(groups) > 1 else None
        stops = next((g for g in f.groups if begun and g[0].start >= s.start + begun.end()
                      # ("perjalanan ke Indonesia, Singapura dan Thailand mulai 28 Januari": told after the stops)
                      and re.fullmatch(r"(?:(?:\s+[\w\-]+){0,3}?\s+(?:ke|menuju))?\s+", body[s.start + begun.end():g[0].start])
                      and len(_codes(g)) >= 2), [])
        later_stops = set(_codes(stops)[1:]) - {_codes(stops)[0]} if stops else set()
        # "Setelah menyelesaikan pertemuan dengan Menteri X, Cho bertolak ke AS ... untuk bertemu Y pada 31 Juli": the
        # one met in the opening clause, before the main clause's talks, on the opening's own day if it tells one
        opened = _OPENED_AFTER.match(s.text) if len(groups) > 1 else None
        opening_end = s.start + opened.end() if opened and any(
            h.value == "meeting" and h.end <= s.start + opened.end() for h in f.cue_hits) else -1
        opening_only = _every_mention(taking_part, [m.start < opening_end for m in taking_part]) - \
            {m.code for m in taking_part if m.start >= opening_end} if opening_end > 0 else set()
        opening_day = next((d.value for d in f.dates if d.start < opening_end), None)
        there = _THERE_TO_ATTEND.search(s.text)
        if there and not any(s.start + there.start() <= d.start < s.start + there.end() for d in f.dates):
            # "Sugiono, yang berada di New York untuk menghadiri Sidang Majelis Umum PBB, bertemu X pada Kamis": the
            # day is the talks'; the forum attended, named only in the clause, has none from it
            in_clause |= _every_mention(taking_part, [_is_organization(m.code) and s.start + there.start() <= m.start
                                                      < s.start + there.end() for m in taking_part])
        summit_cues = [h for h in f.cue_hits if h.value == "meeting" and h.text.upper() == "KTT"] if len(listed) > 1 else []
        dated_sides = _dated_sides(body, f)
        by_clause = (then_clauses or _clause_days(body, f) or _dated_clauses(f) or _counted_clauses(f)) if len(groups) > 1 else []
        in_turn = _in_turn(body, f, [tuple(sorted(set(_codes(g)))) for g in f.groups]) if len(f.groups) > 1 else {}
        if in_turn and set().union(*in_turn) == set().union(*groups):
            groups = list(in_turn)  # (told one after another: the two meetings, not the widest one the list would make)
        respective = _respectively(body, f) if len(groups) > 1 else {}
        # (only where the clause names one met of its own: "yang kedua bagi keduanya setelah bertemu di sela KTT APEC
        # ... sebulan lalu" recalls the pair's own meeting)
        then_met_by = {m.code for m in f.mentions if m.start >= then_met[0]} - \
            {m.code for m in f.mentions if m.start < then_met[0]} if then_met else set()
        if not any(set(p) & then_met_by for p in groups):
            then_met = None

        # who each clause's talks are of: the side named in every clause ("ia" stands for it) is not the one met
        subject_codes = {c for c in set().union(*groups) if all(c in g for g in groups)} if by_clause else set()
        # "menggelar pertemuan bilateral untuk membahas persiapan KTT ASEAN-Korea tahun depan": the year is the
        # summit's talked of, not the talks' of those who discuss it
        of_date = [d for d in f.dates if d.value == date]
        topic_dated = bool(of_date) and all(_discussed(body, s.start, d.start) for d in of_date)
        sessions = _sessions(f) if len(groups) == 1 else []
        sentence_place = place
        for participants in groups:
            # "ke Kazakhstan pada Selasa (11/6) dan Uzbekistan pada Kamis (13/6)": a stop's place is a town of its own
            place = sentence_place if not gone_to_places or any(m.code in participants for m in gone_to_places) else None
            if forum_of_clause and not forum_of_clause & set(participants):
                place = None
            if tuple(participants) in stop_days:  # "tiba di Jakarta pada Selasa malam, dan akan bertolak ke ...": that day
                stop_day, stop_to_come = stop_days[tuple(participants)]  # (a visit: it folds into the talks it carried)
                visits.append(Meeting(tuple(participants), stop_day, place, replace(evidence, rule="visit"),
                                      planned=stop_to_come))
                continue
            if sessions:  # one meeting a day, each told in its clause
                target.extend(Meeting(tuple(participants), day, place, evidence, planned=planned) for day in sessions)
                continue
            if then_met is not None:  # "..., sehari setelah bertemu PM Singapura X": each clause's partner its day
                at, main_day, then_day, comes_after = then_met
                if set(participants) & then_met_by:  # (what came before the main clause's talks is no plan)
                    target.append(Meeting(tuple(participants), then_day, _place(body[at : s.end]), evidence,
                                          planned=planned and comes_after))
                    continue
                if main_day:  # (a main clause with no day of its own is read as any other)
                    # "Ishiba tiba di Jakarta pada Jumat malam setelah ... bertemu PM Anwar": an arrival, no talks,
                    # folds into the talks it carried as any arrival does
                    only_arrived = not any(h.value == "meeting" and h.start < at for h in f.cue_hits) and \
                        bool(_ARRIVED.search(body, s.start, at))
                    arrival_told = replace(evidence, rule="visit") if only_arrived else evidence
                    (visits if only_arrived else target).append(
                        Meeting(tuple(participants), main_day, _place(body[s.start : at]), arrival_told, planned=planned))
                    continue
            own = [k for k, h in enumerate(summit_cues) for m in taking_part if m.code in participants and
                   not _is_state(m.code) and h.end <= m.start < (summit_cues[k + 1].start if k + 1 < len(summit_cues) else s.end)]
            if len(summit_cues) == len(listed) and len(set(own)) == 1:
                # "menghadiri KTT APEC di Lima pada 15-16 November, dan KTT G20 di Rio pada 18-19 November": each forum
                # its own summit's day and town
                told_date, told_place = listed[own[0]]
                target.append(Meeting(tuple(participants), told_date, told_place, evidence))
                continue
            if 0 <= talks_after <= min((d.start for d in f.dates), default=-1) and not all(_is_state(c) for c in participants):
                # "akan menghadiri KTT ASEAN-Korea, serta bertemu Presiden Joko Widodo pada Jumat (8/9)": the day is
                # the talks', not the summit's
                target.append(Meeting(tuple(participants), arrival_month, place, evidence, planned=planned))
                continue
            if set(participants) & to_come_later:
                target.append(Meeting(tuple(participants), None, None, evidence, planned=True))
                continue
            if set(participants) & opening_only and not set(participants) <= opening_only:
                target.append(Meeting(tuple(participants), opening_day, None, evidence))
                continue
            if set(participants) & in_clause:
                # "Ia tiba di Seoul pada hari Sabtu ..., yang juga mencakup kunjungan ke Jepang dan Oman": the day is
                # the arrival's; the trip's other stops, told in a clause after it, have none
                target.append(Meeting(tuple(participants), None, None, evidence, planned=planned))
                continue
            # a meeting the text does not date is the article's event if the article's own actor takes part; a
            # meeting of others it does not date has no date ("Xi juga bertemu Kim" in a story about Lee)
            if attending_next and not all(_is_state(c) for c in participants) and \
                    any(m.code in participants and not _is_state(m.code) and m.start < s.start + attending_next.end()
                        for m in taking_part):
                # "Sebelum menghadiri KTT G20 di Bali, Jokowi bertemu PM Kishida pada Jumat": the summit comes after
                # the day told, on a day not given
                target.append(Meeting(tuple(participants), None, None, evidence, planned=planned))
                continue
            if after_attending and date and len(date) == 10 and not all(_is_state(c) for c in participants) and \
                    not any(d.start >= s.start + after_attending.end() for d in f.dates) and \
                    any(m.code in participants and not _is_state(m.code) and m.start >= s.start + after_attending.end()
                        for m in taking_part) and \
                    not any(m.code in participants and not _is_state(m.code) and m.start < s.start + after_attending.end()
                            for m in taking_part):
                # "Pertemuan tersebut diadakan saat Scholz mengunjungi Korea Selatan setelah mengambil bagian dalam KTT
                # G7 di Hiroshima": the summit attended before the day told, on a day not given (before a month told,
                # in it: "berkunjung ke Brasilia pada Juli 2025 setelah menghadiri KTT BRICS")
                target.append(Meeting(tuple(participants), None, None, evidence, planned=planned))
                continue
            if summit_own and not all(_is_state(c) for c in participants):
                target.append(Meeting(tuple(participants), summit_own, place, evidence, planned=planned))
                continue
            if arrival_month and (not all(_is_state(c) for c in participants)
                                  # "menuju ke Argentina untuk menghadiri KTT G20 dan mengadakan pertemuan bilateral
                                  # dengan Presiden AS di sela-sela KTT tersebut": the summit's talks, in its month too
                                  or arrival is not None and bool(_AT_THAT_SUMMIT.search(s.text, arrival.end()))):
                target.append(Meeting(tuple(participants), arrival_month, place, evidence, planned=planned))
                within_month.add((s.start, tuple(participants)))
                continue
            if i == 0 and written and _is_headline(f) and _apart_from_dates(f, taking_part, participants):
                # "Prabowo Terima Kunjungan PM Thailand, Besok Giliran Sekjen ...": a headline's clauses are apart
                target.append(Meeting(tuple(participants), None, place, evidence, planned=planned))
                continue
            if written and any(not _is_state(m.code) and m.code in participants
                               and _ASKED_TO_ATTEND.search(body, max(s.start, m.start - 120), m.start)
                               # (its own day told after it stays: "mengundang para pemimpin ... untuk menghadiri KTT APEC
                               # yang digelar pada tanggal 31 Oktober hingga 1 November mendatang")
                               and not any(d.start > m.start for d in f.dates) for m in taking_part):
                # "mengunjungi Kenya pada 5-8 Maret ... untuk meminta kedua negara berpartisipasi aktif dalam KTT
                # Korea-Afrika": a summit others are asked to join is on its own day, not the asking's
                target.append(Meeting(tuple(participants), None, place, evidence, planned=True))
                continue
            if written and not all(_is_state(c) for c in participants) and _ATTENDING_FOR.search(s.text) and \
                    any(all(_is_state(c) for c in g) for g in groups) and _apart_from_dates(f, taking_part, participants):
                # "Chung, yang tengah berada di London dalam rangka menghadiri pertemuan menlu G7, akan bertemu Blinken
                # pada hari Senin (03/05)": the forum attended is named apart from the day of the talks beside it
                target.append(Meeting(tuple(participants), None, place, evidence, planned=planned))
                continue
            if date and len(date) == 10 and later_stops and set(participants) & later_stops:
                # "memulai perjalanan ke Inggris, Amerika Serikat, dan Kanada pada Minggu (18/9)": the day is the
                # first stop's; the later ones are in the trip's month
                target.append(Meeting(tuple(participants), date[:7], None, evidence, planned=planned))
                continue
            if tuple(participants) in in_turn:
                # "Pertemuan Wamenlu Korsel dan AS serta pertemuan trilateral ... akan digelar secara beruntun pada
                # hari Selasa (07/06) dan Rabu (08/06)": each meeting on its day, in the order told
                target.append(Meeting(tuple(participants), in_turn[tuple(participants)], place, evidence, planned=planned))
                continue
            own_respective = [respective[c] for c in participants if c in respective]
            if len(own_respective) == 1:  # "ke Jepang dan China masing-masing pada 18 Maret dan 20 Maret": its own
                target.append(Meeting(tuple(participants), own_respective[0], place, evidence, planned=planned))
                continue
            clause_day = next((day for start, end, day in by_clause if all(
                start <= m.start < end for m in taking_part if m.code in participants and m.code not in subject_codes)), None)
            if clause_day:  # "...; pada Selasa, ia bertemu Menteri Luar Negeri Kamboja ...": that clause's day
                target.append(Meeting(tuple(participants), clause_day, place, evidence, planned=planned))
                continue
            # "X melakukan kunjungan ke Indonesia pada November 2017, dan Y membalasnya dengan kunjungan ke Seoul pada
            # September 2018": a visit each way, each on its date
            each_way = len(participants) == 2 and sum(h.value == "visit" for h in f.cue_hits) >= 2 and \
                not any(h.value == "meeting" for h in f.cue_hits)
            owns = _own_dates(body, f, participants, published, each_way) if dated_sides > 1 else []
            each_way = each_way and len(owns) > 1 and len(owns) == dated_sides
            if len(owns) > 1 and len(owns) == dated_sides and (each_way or sum(m.via == "person" and m.code in participants
                                                                               for m in f.mentions) > len(owns)):
                for day in owns:  # a meeting with each, on its day
                    target.append(Meeting(tuple(participants), day, place, evidence, planned=planned))
                    state.people_on[s.start, tuple(participants), day] = frozenset(
                        person_name(m) for m in f.mentions
                        if m.via == "person" and m.code in participants and any(
                            d.value == day and 0 <= d.start - m.end <= 45 and _DATE_RIGHT_AFTER.match(body, m.end, d.start)
                            for d in f.dates))
                continue
            own_day = owns[0] if len(owns) == 1 else None
            if shift_clause >= 0 and not any(m.code in participants and m.start >= shift_clause for m in f.mentions):
                own_day = day_before_shift
            if opening_span and any(m.code in participants and opening_span[0] <= m.start < opening_span[1]
                                    for m in f.mentions):
                own_day = day_before_shift
            if day_before_attending and all(_is_state(c) for c in participants) and \
                    all(m.start < day_before_attending[1] for m in taking_part if m.code in participants) and \
                    (any(s.start + _subject_start(s.text) <= d.start < day_before_attending[1] for d in f.dates) or
                     # (or a weekday alone: "terbang ke Singapura untuk bertemu PM X pada Selasa, sebelum menghadiri ...")
                     not f.dates and any(h.value == "meeting" and h.end <= day_before_attending[1] for h in f.cue_hits) and
                     dates.weekday_before(s.text[_subject_start(s.text) : day_before_attending[1] - s.start], published)
                     == day_before_attending[0]):
                own_day = day_before_attending[0]
            if own_day and date and len(date) > len(own_day) and date.startswith(own_day):
                own_day = None  # "Pertemuan ini ... ke Australia tahun ini": the day already known is more precise
            topic_only = topic_dated and \
                all(any(m.code == c and not _discussed(body, s.start, m.start) for m in taking_part) for c in participants)
            when = own_day or trip_month or (None if topic_only else date) or after_day or \
                (summit_told[:7] if summit_told and all(_is_state(c) for c in participants) else None) or \
                (summit_day if all(_is_state(c) for c in participants) else None) or \
                (event_date if (article_actor in participants or near_event or with_the_actor(participants, groups, f))
                            and not planned and not habitual
                            and not elsewhere and not home and not _ONWARD_LEG.search(s.text)
                            and not from_there_on and not _another_stop(place, itertools.chain(meetings, visits), event_date)
                            # "Sejak menjabat pada 4 Juni, Lee telah mengirim utusan khusus ke ...": over a period, on
                            # days not told
                            and not (_SINCE_OPENS.match(s.text) and any(_since_without_event(body, f, d.start)
                                                                        for d in f.dates)) else None)
            if f.cue_hits and all(_RESULTS_OF.search(body, max(s.start, h.start - 12), h.start)
                                  for h in f.cue_hits if h.value in ("meeting", "visit")):
                when = None  # "menerima laporan tentang hasil kunjungannya ke Jepang, Senin": the visit is before that day
            told_of = [h for h in f.cue_hits if h.value in ("meeting", "visit")]
            if told_of and (all(_BRIEFED_ON.search(body, max(s.start, h.start - 90), h.start) for h in told_of) or
                            all(_SCHEDULE_TOLD.search(body, max(s.start, h.start - 60), h.start) for h in told_of)
                            and all(d.end <= told_of[0].start for d in f.dates)):
                when = None
                briefed.add(s.start)
            if when and not own_day and not date and any(_TOLD_AS_BEFORE.search(body, max(s.start, h.start - 30), h.start)
                                                         for h in f.cue_hits if h.value == "meeting"):
                when = None  # "Raja dan Yoon sebelumnya bertemu pada resepsi ...": a meeting before, on a day not told
            if when and not own_day and not written_date and any(
                    all(h.start <= m.start < end for m in taking_part if m.code in participants and not m.code == subject_side_code)
                    for h, end in results_told):
                when = None  # "hasil diskusi saat KTT antara Korea Selatan dan Jepang bermanfaat ...": a summit before
            if when and onward and not own_day and not any(d.start >= s.start + onward.end() for d in f.dates) and \
                    not re.search(r"\b(?:" + _WEEKDAYS + r"|kemudian|keesokan|besok|lusa)\b", s.text[onward.end():], re.I) and \
                    any(c not in {m.code for m in f.mentions if m.start < s.start + onward.start()} for c in participants):
                # "Keesokan harinya, Prabowo bertemu PM Li sebelum bertolak ke Washington untuk bertemu Presiden Biden":
                # the one met after leaving is met on a day not told
                when = None
            if when and trip and not any(d.start >= s.start + trip.end() for d in f.dates) and \
                    any(c not in {m.code for m in [*f.mentions, *f.places] if m.start < s.start + trip.start()}
                        for c in participants):
                # "tiba di Manila pada Minggu (6/10), mengawali lawatan ... yang juga membawanya ke Singapura dan Laos":
                # the stops after the first, on days not told
                when = None
            if when and (not (own_day or date or summit_told) or by_event and when == date):
                of_the_event.add(s.start)
            recalled_at = recalled_place(s.text) if earlier and earlier != date else None
            each_way = _visits_each_way(f, tuple(participants))  # "kunjungan X ke Korsel dan kunjungan Y ke Indonesia"
            if not told_again:
                each = max(_met_each(f, tuple(participants)), each_way) if len(participants) == 2 else 1
                if len(participants) == 2 and each == 1 and (named_then := named_first(f, tuple(participants))) and \
                        not any(named_then & met_in(m) for m in itertools.chain(meetings, visits)):
                    # "Usai bertemu dengan Raja X di Istana Buckingham, Prabowo melanjutkan kunjungannya ke kediaman PM
                    # Y": the king met first, told nowhere before, is a meeting of its own
                    each = 2
                if recalled_at and place == recalled_at and when != earlier:
                    place = None  # "Ini pertemuan ... yang pertama sejak Agustus 2019 di Gubei": that one's town
                if each > 1:  # "bertemu Presiden X dan PM Y secara terpisah": one meeting with each
                    state.met_each.add(s.start)
                met_on = [when] * each
                if then_clauses and each == 2 and when == then_clauses[0][2]:
                    met_on = [day for _, _, day in then_clauses]  # "bertemu A pada Kamis sore dan dijadwalkan bertemu B pada Jumat"
                target.extend([Meeting(tuple(participants), day, place, evidence, inferred=bool(day) and not written,
                                       planned=planned) for day in met_on])
            if earlier and earlier != date and (not clause_only or set(participants) & clause_only) and \
                    not (attended_abroad and not attended_abroad & set(participants)):
                # "..., menyusul pembicaraan pertama mereka di New York pada September lalu"; "setelah kunjungan pada
                # Juni 2022 dan Januari 2023": each
                recalled_days = _and_dates(body, f, earlier)
                if len(recalled_days) == 1 and each_way == 2:
                    # "setelah kunjungan Presiden X ke Korsel dan kunjungan Presiden Y ke Indonesia pada tahun lalu"
                    recalled_days *= 2
                    state.met_each.add(s.start)
                for then in recalled_days:
                    # (where the sentence only points back, the town in its clause is the recalled one's: "Pertemuan
                    # ini ..., menyusul pembicaraan pertama mereka di sela-sela Sidang Umum PBB di New York pada ...")
                    meetings.append(Meeting(tuple(participants), then, _place(s.text[cut.start():]) if told_again and cut
                                            else recalled_at, evidence))
            agreed = _AGREED_TO_MEET.search(s.text) if not planned and not told_again else None
            if agreed and any(h.value == "meeting" and h.end <= s.start + agreed.start() for h in f.cue_hits):
                # "... menggelar pembicaraan trilateral di sela KTT dan sepakat menggelar KTT trilateral terpisah di
                # Washington dalam waktu dekat": the meeting held, and the one agreed on, to come
                state.met_each.add(s.start)  # two meetings of the same ones in one sentence: kept apart
                meetings.append(Meeting(tuple(participants), next((d.value for d in f.dates if d.start >= s.start + agreed.start()), None),
                                        _place(s.text[agreed.start():]), evidence, planned=True))
            # (the visit spoken of is of the talkers, not of a summit prepared beside it)
            plan = _PLAN_OF_VISIT.search(s.text) if not set(participants) & spoken else None
            to_come = next((d.value for d in f.dates if plan and d.start >= s.start + plan.end() and d.value != date), None)
            # "... persiapan kunjungan PM Kanada X ke Korea Selatan untuk menghadiri KTT APEC di Gyeongju akhir
            # Oktober": a visit to attend a forum's summit is the traveller's meeting with the forum, not with the host
            attend = _TO_ATTEND.search(s.text, plan.end()) if plan else None
            forum = next((m.code for m in f.mentions if attend and m.start >= s.start + attend.end() and not _is_state(m.code)),
                         None)
            traveller = next((m.code for m in f.mentions if plan and m.via == "person" and m.start >= s.start + plan.end()
                              and m.code in participants), None)
            visiting = _pair(traveller, forum) if forum and traveller else tuple(participants)
            if visiting != tuple(participants) and target and target[-1].evidence.start == s.start and \
                    target[-1].participants == tuple(participants) and not target[-1].date:
                target.pop()  # no visit of the two: the traveller goes to the forum's summit, which the host holds
            if to_come:
                # "Pertemuan ... Senin (11/3) membahas rencana kunjungan Presiden Yoon pada Mei mendatang"
                visits.append(Meeting(visiting, to_come, None, evidence, planned=True))
            elif when and "meeting" in f.kinds and plan and \
                    any(0 <= m.start - (s.start + plan.end()) <= 40 and m.code in participants for m in f.mentions):
                # "Sugiono bertemu Iwaya ... untuk membahas persiapan kunjungan Perdana Menteri Jepang ke Jakarta": the
                # talks, and a visit yet to come on no day told
                going = _GOING_TO.search(s.text, plan.end())
                visits.append(Meeting(visiting, None, going.group(1) if going else None, evidence, planned=True))
            for told_date, told_place in listed[1:]:
                # "kehadiran pada KTT BRICS di Johannesburg pada 2023 dan KTT di Kazan pada 2024": one meeting each
                target.append(Meeting(tuple(participants), told_date, told_place, evidence))
            # ("Ini kunjungan kedua X ke Korea setelah lawatannya pada 2019, ketika ia bertemu Presiden Moon": the
            # visit told now is not with the one met then)
            met = who(f, tuple(participants), s.start + cut.start() if earlier and cut else None)
            state.people_of[s.start, tuple(participants)] = state.people_of.get((s.start, tuple(participants)), frozenset()) | met
            people[s.start] = people.get(s.start, frozenset()) | met | (
                # "Delegasi pengusaha Korea juga datang dan diterima sang perdana menteri": business people, not the
                # leaders whose talks the article tells
                frozenset({"business delegation"}) if _BUSINESS_PARTY.search(s.text) and "meeting" in f.kinds else frozenset())
        follow_up = _FOLLOWS_UP.search(s.text)
        if follow_up and not _THAT_ONE.match(s.text, follow_up.end()) and \
                not any(s.start + follow_up.start() <= d.start < s.start + _phrase_end(s.text, follow_up.end())
                        for d in f.dates):
            # "Pertemuan ini untuk menindaklanjuti pertemuan para pemimpin kedua negara": an earlier meeting of the
            # ones meeting (of the one just told, where the sentence names no one), on no day told (one dated is read
            # as any recalled one)
            for participants in groups or ([last_told.participants] if pointer and last_told else []):
                followed_up.append(Meeting(tuple(participants), None, None, evidence))
        elif _NTH_OF_THEM.search(s.text) and _earlier_meeting_date(body, f) is None:
            # "Kunjungan ini merupakan kunjungan kedua Anwar ke Indonesia sejak ...": one before it, on no day told
            for participants in groups or ([last_told.participants] if pointer and last_told else []):
                nth_before.append(Meeting(tuple(participants), None, None, evidence))
    meetings = [replace(m, date=prepared_summits[m.evidence.start][1], planned=True)
                if m.evidence.start in prepared_summits and set(m.participants) & prepared_summits[m.evidence.start][0]
                # the talks beside it do not take the summit's day: "Dalam pertemuan tersebut, keduanya membahas
                # persiapan KTT ASEAN-Korea pada Oktober mendatang" (the talks just told, on their own day)
                else replace(m, date=None) if m.evidence.start in prepared_summits and m.date is not None
                and m.date == prepared_summits[m.evidence.start][1] else m
                for m in meetings]
    # "melakukan kunjungan ke Korea Selatan pada akhir pekan lalu": a week's month, as a month told (one of its days joins it)
    for m in meetings:
        told_in = facts[i_of[m.evidence.start]] if m.evidence.start in i_of else None
        if told_in is not None and len(m.date or "") == 7 and \
                any(d.value == m.date and _A_WEEK.search(body, d.start, d.end) for d in told_in.dates):
            state.within_month.add((m.evidence.start, m.participants))
        # "pertemuan ... terakhir kali terjadi pada Januari 2025. Prabowo saat itu menemui PM Malaysia ... Kamis (9/1/2025)":
        # the time just told, by its day
        k = i_of.get(m.evidence.start, len(facts))
        then_told = facts[k + 1] if k + 1 < len(facts) else None
        if then_told is not None and len(m.date or "") == 7 and _AT_THAT_TIME.search(then_told.sentence.text) and any(
                n.evidence.start == then_told.sentence.start and n.participants == m.participants and (n.date or "").startswith(m.date or "-")
                for n in meetings):
            state.within_month.add((m.evidence.start, m.participants))
    visits = _co_visitors(body, _tour_dated_by_its_span(visits, facts), facts)
    kept = _merge_told_twice(meetings, visits, facts, state)
    for m in followed_up:  # (one undated would join the meeting that follows it up)
        # (as would one told on an earlier day: "bertukar pendapat mengenai tindak lanjut dari KTT Korea Selatan dan AS"
        # and "... dalam KTT Korea Selatan dan AS di bulan Mei lalu")
        days_told = [d.value for d in facts[i_of[m.evidence.start]].dates] if m.evidence.start in i_of else []
        if not any(k.participants == m.participants and (k.date is None or k.evidence.start != m.evidence.start and any(
                k.date < d[:len(k.date)] for d in days_told)) for k in kept):
            kept.append(m)
    for m in nth_before:  # (only where the article tells no other meeting of theirs: that may be the one before)
        if sum(k.participants == m.participants for k in kept) == 1:
            kept.append(m)
    return sorted(_places_of_the_visit(_travelled_to(_one_summit(kept), body)), key=lambda m: m.evidence.start)


def came_home(sentence: str) -> bool:
    """ "Kim telah kembali ke tanah air pada Senin (26/01) setelah menyelesaikan kunjungan kerja ... di AS": the day
    told is the return home's, after the trip."""
    return _BACK_AFTER.search(sentence) is not None


def _name_part(short: str, full: str) -> bool:
    """ "Yoon" is a word of "Yoon Suk Yeol"; "Alexander" a part of "Willem-Alexander" (one word joined by a hyphen);
    "Abdullah II" the name before the patronymic of "Abdullah II bin Al-Hussein" (not "Antonio Costa" of "Antonio
    Costa Silva", another man)."""
    return short in full.split() or (" " not in full and short in full.split("-")) or \
        (" " in short and full.startswith(short + " ") and _PATRONYMIC.match(full, len(short)) is not None)


_PATRONYMIC = prefilter.compile(r"\s+(?:bin|binti|ibn|ibnu)\s")


def _one_summit(meetings: list[Meeting]) -> list[Meeting]:
    """A forum's summit told by each who attended it is one meeting of them all: "Michel dan von der Leyen tiba ...
    langsung dari Hiroshima, tempat mereka menghadiri KTT G7" and "Yoon juga menghadiri KTT G7 di Hiroshima": the
    G7's summit in Hiroshima, with the EU and Korea (one forum, one town, on one day or none told apart)."""
    out: list[Meeting] = []
    for m in meetings:
        forums = [c for c in m.participants if not _is_state(c)]
        same = next((k for k in out if len(forums) == 1 and m.place and k.place == m.place and not m.planned and not k.planned
                     and [c for c in k.participants if not _is_state(c)] == forums
                     and (m.date is None or k.date is None or m.date == k.date)), None)
        if same is None:
            out.append(m)
            continue
        out[out.index(same)] = replace(same, participants=tuple(sorted(set(same.participants) | set(m.participants))),
                                       date=same.date or m.date, inferred=same.inferred if same.date else m.inferred)
    return out


# where the story takes the traveller: "Han kemudian terbang ke Praha", "tiba di Hanoi", "melanjutkan lawatannya ke Tokyo"
_TRAVEL_TO = prefilter.compile(r"\b(?:terbang|bertolak|berangkat|tiba|bergerak|beranjak|bergeser|singgah|mendarat|melanjutkan\s+"
                        r"(?:perjalanan|lawatan|kunjungan)(?:nya)?)\s+(?:ke|di)\s+((?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)?)",
                        re.IGNORECASE)


def _travelled_to(meetings: list[Meeting], body: str) -> list[Meeting]:
    """A meeting of a day told without its place, after the story has taken the traveller to a town of one who meets
    ("Han kemudian terbang ke Praha. Pada Rabu, ia menggelar pembicaraan dengan PM Ceko"), is in that town."""
    if not any(m.place is None for m in meetings):
        return meetings
    gazetteer = default_gazetteer()
    towns = [(t.start(), t.group(1), gazetteer.place(t.group(1))) for t in _TRAVEL_TO.finditer(body)]
    towns = [(at, written, place) for at, written, place in towns if place.country and not gazetteer.names_country(written)]
    if not towns:
        return meetings
    out = []
    for m in meetings:
        if m.place is None and not m.planned and m.date and len(m.date) == 10 and \
                not _APART.search(m.evidence.sentence) and not _CALL.search(m.evidence.sentence):
            last = next(((written, place) for at, written, place in reversed(towns) if at < m.evidence.start), None)
            if last and last[1].country in m.participants:
                m = replace(m, place=last[0])
        out.append(m)
    return out


def _places_of_the_visit(meetings: list[Meeting]) -> list[Meeting]:
    """A meeting told without its place is where the same ones met that day or a day either side, when that is one
    place: "Pada hari yang sama, ia juga bertemu Wali Kota Wina" after the talks in Vienna; "Sehari sebelumnya,
    Borissov bertemu PM Lee" before the summit in Seoul; or, with others, where one of them met others that day ("Yoon
    mengawali hari dengan menerima Presiden X" on his day of talks in New York)."""
    placed = [(m.participants, datetime.date.fromisoformat(m.date), m.place) for m in meetings
              if m.place and m.date and len(m.date) == 10 and not m.planned]
    if not placed:
        return meetings
    out = []
    for m in meetings:
        if m.place is None and m.date and len(m.date) == 10 and not m.planned:
            day = datetime.date.fromisoformat(m.date)
            near = _one_each(p for who, when, p in placed if who == m.participants and abs((when - day).days) <= 1) or \
                _one_each(p for who, when, p in placed if set(who) & set(m.participants) and when == day)
            if len(near) == 1:
                m = replace(m, place=next(iter(near.values())))
        out.append(m)
    return out


# talks held apart (by phone too, _CALL): no town is theirs
_APART = prefilter.compile(r"\b(?:virtual|daring|video|telekonferensi)\b", re.IGNORECASE)
_HOME_DESK = "Jakarta"  # where Indonesian newsrooms file stories of anywhere from


def _one_each(places: Iterable[str]) -> dict[str, str]:
    """Places, one each however written ("Wina", "Vienna"): by the gazetteer's name."""
    return {default_gazetteer().place(place).name: place for place in places}


def filed_from(meetings: list[Meeting], dateline: list[str], body: str, published: str | None) -> list[Meeting]:
    """A meeting of the days a story was filed, told without its place, is in the town the dateline files it from
    ("REPUBLIKA.CO.ID, WASHINGTON -- ...": "Masih pada Kamis pagi, Yoon bertemu PM Norwegia"), where the story puts
    something in that town too ("di Washington DC", or a meeting there); never the home desk's town, nor talks by video
    or phone."""
    gazetteer = default_gazetteer()
    town = next((w.title() for w in dateline if gazetteer.place(w).country and not gazetteer.names_country(w)), None)
    name = gazetteer.place(town).name if town else ""
    if not town or not published or len(published) != 10 or name == _HOME_DESK or not any(m.place is None for m in meetings):
        return meetings
    there = {c for m in meetings if m.place and gazetteer.place(m.place).name == name for c in m.participants}
    if not there and not re.search(r"\b[Dd]i\s+" + re.escape(town) + r"\b", body, re.IGNORECASE):
        return meetings
    day = datetime.date.fromisoformat(published)
    # (with a meeting told there, only of those who were there: not "Kim bertemu Putin" a week before, elsewhere)
    return [replace(m, place=town) if m.place is None and not m.planned and m.date and len(m.date) == 10
            and abs((datetime.date.fromisoformat(m.date) - day).days) <= 2 and not _APART.search(m.evidence.sentence) and not _CALL.search(m.evidence.sentence)
            # (nor the onward leg from there: "Dari Ashgabat, Yoon melanjutkan lawatan ke Kazakhstan")
            and not _FROM_THERE_ON.match(m.evidence.sentence) and not _ONWARD_LEG.search(m.evidence.sentence)
            and (not there or there & set(m.participants)) else m for m in meetings]


# what a meeting follows up: "untuk menindaklanjuti pertemuan para pemimpin", "sebagai tindak lanjut kunjungan Presiden
# X ke Seoul", "untuk follow up leader's meeting"
_FOLLOWS_UP = prefilter.compile(r"\b(?:menindaklanjuti|tindak\s+lanjut(?:\s+(?:dari|atas))?|follow[\s\-]+up)\s+(?:hasil\s+)?"
                         r"(?:pertemuan|kunjungan|lawatan|KTT|pembicaraan|leaders?[’']?s?[’']?\s+meeting)\b", re.IGNORECASE)
# a trip to a region, not to a country: "lawatan ... ke kawasan tersebut"
_TO_A_REGION = prefilter.compile(r"\bke\s+(?:kawasan|wilayah|negara-negara)\b", re.IGNORECASE)
_THAT_ONE = prefilter.compile(r"\s+(?:\S+\s+){0,2}?(?:itu|tersebut|ini|tadi)\b", re.IGNORECASE)


def _phrase_end(text: str, pos: int) -> int:
    """Where the phrase from `pos` ends: the next comma or the sentence's end."""
    comma = text.find(",", pos)
    return comma if comma >= 0 else len(text)


def _met_each(f: SentenceFacts, participants: tuple[str, ...]) -> int:
    """How many meetings of one pair a sentence tells by the people one side meets: "bertemu Presiden X dan PM Y
    secara terpisah" and "bertemu Presiden X dan menggelar pembicaraan dengan PM Y" are two (the gold counts meetings
    by their people); "bertemu Presiden X dan PM Y" stays one."""
    # (not one in an opening phrase: "Sebelum bertemu Xi, Prabowo bertemu PM Li" is the meeting told before, and one)
    opening = f.sentence.start + _subject_start(f.sentence.text)
    # (nor one met in a clause of an earlier meeting: "bertemu PM Kishida ..., sehari setelah bertemu Kaisar Naruhito")
    cut = _SUBORDINATE.search(f.sentence.text, opening - f.sentence.start)
    end = f.sentence.start + cut.start() if cut and any(h.value == "meeting" and h.start >= f.sentence.start + cut.start()
                                                        for h in f.cue_hits) else f.sentence.end
    people = [m for m in f.mentions if m.via == "person" and m.code in participants and opening <= m.start < end]
    if {m.code for m in people} != set(participants):
        return 1
    for code in participants:
        mine = _distinct_people([m for m in people if m.code == code])
        if len(mine) < 2 or len(_distinct_people([m for m in people if m.code != code])) != 1:
            continue
        cues = [h for h in f.cue_hits if h.value == "meeting"]
        own = [max((h for h in cues if 0 <= m.start - h.end <= 45), key=lambda h: h.end, default=None) for m in mine]
        if _SEPARATELY.search(f.sentence.text) or (None not in own and len({id(h) for h in own}) == len(own)) or all(
                _THEN_NEXT.fullmatch(f.sentence.text, a.end - f.sentence.start, b.start - f.sentence.start)
                for a, b in itertools.pairwise(mine)):
            return len(mine)
    return 1


def _visits_each_way(f: SentenceFacts, participants: tuple[str, ...]) -> int:
    """ "setelah kunjungan Presiden X ke Korsel dan kunjungan Presiden Y ke Indonesia pada tahun lalu": a visit each way,
    two meetings of the pair (one date shared)."""
    if len(participants) != 2:
        return 1
    ways: list[tuple[str, str, int, int]] = []  # (who, where to, where the visit's word starts, where it ends)
    spots = sorted([*f.mentions, *f.places], key=lambda m: m.start)
    for h in f.cue_hits:
        if h.value != "visit" or not h.text.lower().startswith(("kunjungan", "lawatan")):
            continue
        who = next((m for m in f.mentions if m.via == "person" and m.code in participants and 0 <= m.start - h.end <= 45), None)
        to = next((m for m in spots if who and m.code in participants and m.code != who.code and 0 <= m.start - who.end <= 40
                   and re.search(r"\bke\s+\Z", f.sentence.text[: m.start - f.sentence.start])), None)
        if who and to:
            ways.append((who.code, to.code, h.start, to.end))
    # (the two joined by "dan": not "Kunjungan X ke Seoul merupakan balasan atas kunjungan Y ke Tokyo pada Maret lalu")
    return 2 if any(a[:2] == b[1::-1] and re.fullmatch(r"\s*,?\s*(?:dan|serta)\s+", f.sentence.text[a[3] - f.sentence.start:
                                                                                               b[2] - f.sentence.start])
                    for a, b in itertools.pairwise(ways)) else 1


def _distinct_people(mentions: list[Mention]) -> list[Mention]:
    """One mention per person: "Yoon" after "Yoon Suk Yeol" is the same one, and so are the two names of "Pham Minh
    Chinh" written again (each is a mention of its own)."""
    out: list[Mention] = []
    for m in mentions:
        if not any(fold_name(m.text) == fold_name(o.text) or is_short_form(m.text, o.text) or is_short_form(o.text, m.text)
                   or 0 <= m.start - o.end <= 8 for o in out):
            out.append(m)
    return out


def _tour_dated_by_its_span(visits: list[Meeting], facts: list[SentenceFacts]) -> list[Meeting]:
    """ "... mengunjungi tiga negara Asia Tengah, yaitu Turkmenistan, Kazakhstan, dan Uzbekistan. Kunjungan tersebut akan
    berlangsung pada tanggal 10-15 Juni 2024": a tour of several stops told and then its span; each stop undated is in
    the span's month (which of its days is not told)."""
    for i, f in enumerate(facts[1:], 1):
        span = _TOUR_SPAN.match(f.sentence.text)
        day = next((d.value for d in f.dates if len(d.value) == 10), None) if span else None
        if not day:
            continue
        before = facts[i - 1].sentence.start
        stops = [v for v in visits if v.evidence.start == before]
        if len({c for v in stops for c in v.participants}) >= 4:  # the traveller and three stops or more
            visits = [replace(v, date=day[:7]) if v.evidence.start == before and v.date is None else v for v in visits]
    for f in facts:
        # "... setelah melawat ke lima negara di Timur Tengah yaitu UAE, Turki, Mesir, Qatar, dan Yordania pada 9–14
        # April", "pada Selasa (16/4), telah memulai kunjungan kenegaraan ... di 3 negara Asia Tengah, terdiri dari A, B
        # dan C": the first stop on the first day, the others in its month, as above (not stops told after a first one,
        # "mengawali lawatan ke Asia Tenggara yang juga membawanya ke Singapura dan Laos": on days not told)
        here = [v for v in visits if v.evidence.start == f.sentence.start]
        if len({c for v in here for c in v.participants}) < 4:
            continue
        span_day = next((d.value for d in f.dates if len(d.value) == 10 and _DAYS_SPAN.search(
            f.sentence.text, d.start - f.sentence.start, d.end - f.sentence.start)), None)
        begun_on = next((d.value for d in f.dates if len(d.value) == 10), None) \
            if _TRIP_BEGUN.search(f.sentence.text) and _STOPS_CLAUSE.search(f.sentence.text) else None
        day = span_day or begun_on
        # (those undated are the tour's only where it is begun with them listed: not "..., setelah sebelumnya
        # mengunjungi China dan Jepang", stops before)
        undated = (None, day) if begun_on and not span_day else (day,)
        traveller = set.intersection(*(set(v.participants) for v in here))
        first_at = {v: min((m.start for m in [*f.mentions, *f.places] if m.code in set(v.participants) - traveller),
                           default=f.sentence.end) for v in here}
        first = min(here, key=lambda v: first_at[v])
        if day and len(traveller) == 1:
            visits = [replace(v, date=day if v is first else day[:7]) if v in here and v.date in undated else v
                      for v in visits]
    for i, f in enumerate(facts[1:], 1):
        # "PM Kamboja Hun Manet akan melakukan kunjungan resmi ke Vietnam minggu depan ... Kunjungan Perdana Menteri
        # Kamboja akan berlangsung pada 11-12 Desember": the visit told before, on its first day
        held = _VISIT_HELD_ON.match(f.sentence.text)
        day = next((d.value for d in f.dates if len(d.value) == 10 and d.start >= f.sentence.start + held.start(1)), None) \
            if held else None
        if not day or any(v.evidence.start == f.sentence.start for v in visits) or \
                len({c for v in visits if v.evidence.start == facts[i - 1].sentence.start for c in v.participants}) >= 4:
            continue  # (a tour's stops, each in the span's month, above)
        told = next((v for v in visits[::-1] if v.evidence.start < f.sentence.start
                     and (v.date is None or day.startswith(v.date) and len(v.date) < 10)), None)
        if told is not None:
            visits = [replace(v, date=day) if v.participants == told.participants and v.evidence.start < f.sentence.start
                      and (v.date is None or day.startswith(v.date) and len(v.date) < 10) else v for v in visits]
    return visits


# a visit held on days told: "... akan berlangsung pada tanggal 10-15 Juni 2024"
_HELD_ON_DAYS = r"(?:akan\s+)?(?:berlangsung|digelar|dilaksanakan|dijadwalkan\s+berlangsung)\s+(?:pada\s+)?(?:tanggal\s+)?"
# a visit's days told after it: "Kunjungan Perdana Menteri Kamboja akan berlangsung pada 11-12 Desember"
_VISIT_HELD_ON = prefilter.compile(r"\s*(?:Kunjungan|Lawatan)\b[^.;,]{0,80}?\b" + _HELD_ON_DAYS + r"(\d)", re.IGNORECASE)
_DAYS_SPAN = prefilter.compile(r"\d{1,2}\s*[-–]\s*\d{1,2}\b")


# the span of the tour just told: "Kunjungan tersebut akan berlangsung pada tanggal 10-15 Juni 2024"
_TOUR_SPAN = prefilter.compile(r"\s*(?:Kunjungan|Lawatan|Perjalanan|Rangkaian\s+kunjungan)\s+(?:tersebut|itu|ini)\s+" + _HELD_ON_DAYS
                               + _DAYS_SPAN.pattern, re.IGNORECASE)


def _co_visitors(body: str, visits: list[Meeting], facts: list[SentenceFacts]) -> list[Meeting]:
    """ "Presiden AS dan Presiden China akan melakukan kunjungan kenegaraan ke Korea Selatan": two who each visit the
    place the sentence names after "ke" are no pair of their own (its visits A–C and B–C drop A–B)."""
    told = {(v.evidence.start, v.participants) for v in visits}
    starts = {v.evidence.start for v in visits}
    gone_to = {f.sentence.start: {m.code for m in f.mentions if _gone_to(body, m, f.sentence.start)}
               for f in facts if f.sentence.start in starts}
    return [v for v in visits if len(v.participants) != 2 or not any(
        (v.evidence.start, _pair(v.participants[0], c)) in told and (v.evidence.start, _pair(v.participants[1], c)) in told
        for c in gone_to.get(v.evidence.start, set()) - set(v.participants))]


def _sideline_venue(m: Meeting, meetings: list[Meeting], facts: list[SentenceFacts]) -> bool:
    """ "Prabowo Temui PM Selandia Baru di KTT APEC" over a body that tells the talks "di sela-sela KTT APEC 2025" and
    no one attending it: the headline's summit is the talks' venue, no meeting with the forum (ANNOTATION.md)."""
    if not facts or m.evidence.start != facts[0].sentence.start or not _is_headline(facts[0]):
        return False
    forums = {c for c in m.participants if not _is_state(c)}
    told = [f for f in facts[1:] if any(x.code in forums for x in f.mentions)]
    return bool(forums and told) and all(_SIDELINES.search(f.sentence.text) for f in told) and \
        not any(set(k.participants) & forums for k in meetings if k.evidence.start != m.evidence.start)


def _merge_told_twice(meetings: list[Meeting], visits: list[Meeting], facts: list[SentenceFacts], told: _Told) -> list[Meeting]:
    """One meeting per event: one told again (undated, by its month, in the headline, by those who joined it) is the
    one told with its day and people; a visit folds into the meeting it carried, unless it is from another time."""
    prepared, inherited, people, of_the_event, joined_to = told.prepared, told.inherited, told.people, told.of_the_event, told.joined_to
    departed = told.departed
    month_of = told.month_of
    i_of = {f.sentence.start: k for k, f in enumerate(facts)}
    kept: list[Meeting] = []

    headline = facts[0].sentence.start if facts else -1
    meetings = [m for m in meetings if not _sideline_venue(m, meetings, facts)]

    def told_apart(a: Meeting, b: Meeting) -> bool:
        # two meetings of the same ones its sentence tells apart ("bertemu X dan Y secara terpisah", a visit each way)
        return a.evidence.start == b.evidence.start in told.met_each and a.participants == b.participants

    def of(m: Meeting) -> frozenset[str]:
        """Who met in `m`: those its sentence names for its participants, not those of another meeting it tells
        ("Sebelum bertolak ke Tokyo, Prabowo menerima Menlu Australia X": the visit to Japan is not with X); and a
        business delegation, where the sentence tells one."""
        return (told.people_on.get((m.evidence.start, m.participants, m.date or ""))
                or told.people_of.get((m.evidence.start, m.participants), frozenset())) | \
            (people.get(m.evidence.start, frozenset()) & {"business delegation"})

    def same_people(a: Meeting, b: Meeting) -> bool:
        # the headline sums the story up: whoever it names, it is one of the body's meetings; once a body's meeting
        # has joined it, those are its people ("Sebelum bertemu sang emir, Park menggelar pembicaraan terpisah
        # dengan Ketua Parlemen X" is another meeting than the summit the headline tells)
        if a.evidence.start == headline or b.evidence.start == headline and b.participants not in joined_headline:
            return True
        x = of(a)
        y = joined_headline[b.participants] if b.evidence.start == headline else of(b)
        if ("business delegation" in x) != ("business delegation" in y):
            return False  # a business delegation received is not the leaders' talks, nor an official's visit
        # (a meeting kept takes the people of those joined to it: "Pertemuan Wamenlu Korsel dan AS ..." names none,
        # "Dalam pertemuan tersebut" after the two named does)
        x, y = x | joined_people.get((a.evidence.start, a.participants), frozenset()), \
            y | joined_people.get((b.evidence.start, b.participants), frozenset())
        return not x or not y or x <= y or y <= x

    joined_headline: dict[tuple[str, ...], frozenset[str]] = {}  # a headline's meeting: the people of the first joined
    joined_people: dict[tuple[int, tuple[str, ...]], frozenset[str]] = {}  # a body's meeting kept: the people joined to it

    def elsewhere(a: Meeting, b: Meeting) -> bool:
        # "melakukan kunjungan ke Korea Selatan pada akhir pekan lalu" is not the talks "di Hiroshima pada Sabtu (20/5)"
        # it recalls: a meeting in one country is not a visit told as to another's
        where = _country_of(a.place) if a.place else ""
        f = facts[i_of[b.evidence.start]] if b.evidence.start in i_of else None
        if not where or f is None:
            return False
        text, start = f.sentence.text, f.sentence.start
        went = {x.code for x in f.mentions if x.code in b.participants and
                _DESTINATION.search(text, max(0, x.start - start - _DESTINATION_REACH), x.start - start)}
        return bool(went) and where not in went

    def in_its_span(m: Meeting, k: Meeting) -> bool:
        # "KTT ke-42 ASEAN di Labuan Bajo pada 10-11 Mei" and the bloc's meeting of the 11th: one summit over its days
        return bool(m.date and k.date and len(m.date) == len(k.date) == 10 and set(m.participants) <= set(k.participants)
                    and not all(_is_state(c) for c in k.participants)
                    and _in_span(m.date, k.date, k.evidence.sentence))

    def told_before(m: Meeting, k: Meeting) -> bool:
        # "Adapun pertemuan Yoon dan Kishida berlangsung sekitar 50 menit", no day written: the talks of the two told
        # before with their day
        x, y = people.get(m.evidence.start, frozenset()), people.get(k.evidence.start, frozenset())
        # (not one it recalls on a day of its own: "Pertemuan Yoon dan Fiala merupakan yang ketiga, setelah keduanya
        # bertemu di Seoul pada Juni lalu")
        return m.evidence.start in of_the_event and k.evidence.start < m.evidence.start and m.participants == k.participants and \
            bool(y) and x <= y and not (m.date and not m.inferred and k.date and _apart(m.date, k.date))

    def dated_next(m: Meeting, k: Meeting) -> bool:
        # "KTT Korea-Afrika merupakan KTT multilateral pertama ...", dated by the sentence before it or the article's
        # day (a visit's), then "KTT tersebut akan diselenggarakan di Seoul pada tanggal 4-5 Juni": the summit's own day, told next
        return (m.evidence.start in inherited or m.evidence.start in of_the_event) and \
            k.evidence.start not in inherited and not k.inferred and \
            m.participants == k.participants and not all(map(_is_state, k.participants)) and \
            i_of.get(k.evidence.start, -1) == i_of.get(m.evidence.start, -2) + 1 and \
            bool(_THAT_MEETING.match(k.evidence.sentence)) and len(k.participants) >= 2

    days_to_come: dict[tuple[str, ...], set[str]] = {}  # the days told of each pair's meetings to come
    for x in meetings:
        if x.planned and not x.inferred and x.date:
            days_to_come.setdefault(x.participants, set()).add(x.date)

    def first_to_come(m: Meeting, k: Meeting) -> bool:
        # "Pertemuan tatap muka perdana antara Presiden Lee dan Trump terjadi setelah 82 hari ...", dated by the article
        # alone, after "KTT Korea Selatan-AS akan digelar 25 Agustus": the first meeting is the one to come, on its day
        return bool(m.evidence.start in of_the_event and m.inferred and k.planned and not k.inferred and k.date and m.date
                    and k.date > m.date and m.participants == k.participants and _FIRST_MEETING.search(m.evidence.sentence)
                    and len(days_to_come.get(k.participants, ())) == 1)

    def topics_to_come(m: Meeting, k: Meeting) -> bool:
        # "Putin mengatakan bahwa ia dan Kim akan mendiskusikan program luar angkasa ...", no day told, in a report of
        # the two's talks of that day: what they would discuss there, not talks to come of their own
        x, y = of(m), of(k)
        return bool(m.date is None and m.planned and m.evidence.start in prepared and k.evidence.start not in prepared
                    and k.date and k.date == told.published and len(x) >= 2 and x == y
                    and _DISCUSS_TO_COME.search(m.evidence.sentence))

    def side_event(m: Meeting, k: Meeting) -> bool:
        # "Pada 14 Januari, kedua pemimpin akan bersama-sama menghadiri kegiatan persahabatan", the day after the
        # summit of the same two: an event of that visit, not talks of its own
        return bool(m.date and k.date and m.participants == k.participants and len(m.participants) == 2
                    and m.evidence.start != k.evidence.start and not _apart(m.date, k.date)
                    and _SIDE_EVENT.search(m.evidence.sentence) and not _SIDE_EVENT.search(k.evidence.sentence))

    def two_named(pair: Meeting, summit: Meeting) -> bool:
        # "kata Yoon saat bertemu Sekjen NATO Jens Stoltenberg" in a report of the NATO summit: talks of two people
        # named, one on each side, are a meeting of their own beside the summit whose sentence names no one
        # ("Sekjen NATO Jens Stoltenberg menyambut Yoon": a welcome at the summit is the summit)
        cues = [h.text.lower() for h in facts[i_of[pair.evidence.start]].cue_hits if h.value == "meeting"]
        return pair.evidence.start != headline and pair.evidence.start not in joined_to and \
            bool(people.get(pair.evidence.start)) and \
            not people.get(summit.evidence.start) and sum(x.evidence.start == pair.evidence.start for x in meetings) == 1 \
            and not all(c in _WELCOMES for c in cues)

    # sentences whose only meeting is a joint press conference
    press_told = {f.sentence.start for f in facts
                  if (cues := [h.text.lower() for h in f.cue_hits if h.value == "meeting"]) and all(c in _JOINT_PRESS for c in cues)}

    def press_after(m: Meeting, k: Meeting) -> bool:
        # "Dalam konferensi pers bersama Menlu Cho beberapa jam kemudian, Blinken ...", after his talks with the
        # acting president: a joint press conference is the public end of the pair's talks told before it on its
        # day, whoever of the host's side stands beside the visitor there
        # (its day not written, it is theirs: "... kata Sunak dalam konferensi pers bersama" after the talks of Wednesday)
        there = people.get(m.evidence.start, frozenset())
        return m.evidence.start in press_told and k.evidence.start < m.evidence.start and \
            m.participants == k.participants and (m.date == k.date or m.inferred) and \
            (not there or bool(there & people.get(k.evidence.start, frozenset())))

    def after_the_other_time(m: Meeting) -> bool:
        # "KTT antar-Korea akan berlangsung di lain waktu setelah pembicaraan Trump-Kim di Panmunjeom": those named
        # after what is yet to come are the talks it follows, told before (only the other is at another time)
        other = _ANOTHER_TIME.search(m.evidence.sentence)
        then = _AFTER_WORD.search(m.evidence.sentence, other.end()) if other else None
        names = of(m) - {"business delegation"}
        after = m.evidence.sentence[then.end():] if then else ""
        return bool(after and names and all(any(re.search(rf"\b{re.escape(w)}\b", after) for w in n.split()) for n in names))

    # an undated one joins a dated one; a headline dated only by the article's event joins one the body dates
    for m in sorted(meetings, key=lambda m: (-len(m.participants), m.date is None, m.evidence.start == headline and m.inferred,
                                             m.evidence.start in departed)):
        same = next((k for k in kept if set(m.participants) <= set(k.participants)
                     and ((m.evidence.start in prepared) == (k.evidence.start in prepared) or _same_visit_to_come(m, k)
                          or topics_to_come(m, k))
                     and not (m.planned and not k.planned and _ALSO.search(m.evidence.sentence))
                     and (m.date == k.date or m.date is None
                                                                                 or m.evidence.start in inherited
                                                                                 and not (k.date and m.date and _apart(k.date, m.date))
                                                                                 or m.evidence.start == headline and m.inferred
                                                                                 # (not the next one: "KTT berikutnya
                                                                                 # akan digelar di Kuala Lumpur")
                                                                                 and not _THE_NEXT_ONE.search(k.evidence.sentence)
                                                                                 or told_before(m, k) or in_its_span(m, k)
                                                                                 or dated_next(m, k) or dated_next(k, m)
                                                                                 or side_event(m, k)
                                                                                 or first_to_come(m, k) or first_to_come(k, m)
                                                                                 or _same_month_and_place(m, k)
                                                                                 or _same_visit_to_come(m, k)
                                                                                 or told.day_of_the_one_told(m, k)
                                                                                 or _headline_year(m, k, headline)
                                                                                 or _headline_year(k, m, headline)
                                                                                 or told.day_of_the_one_told(k, m)
                                                                                 or (month_of(m, k) or month_of(k, m))
                                                                                 and not elsewhere(m, k) and not elsewhere(k, m))
                     and (same_people(m, k) or m.evidence.start in joined_to or press_after(m, k))
                     and not _sideline_of(m, k, headline) and not _sideline_of(k, m, headline)
                     and not _at_another_event(m, k) and not _at_another_event(k, m)
                     # ("Anwar juga dijadwalkan bertemu Ketua MPR X ..." is not "Konsultasi tahunan berikutnya akan
                     # digelar di Malaysia pada 2026")
                     and not (m.date is None and bool(people.get(m.evidence.start)) and m.evidence.start != k.evidence.start
                              and bool(_THE_NEXT_ONE.search(k.evidence.sentence)))
                     # ("KTT antar-Korea akan berlangsung di lain waktu setelah pembicaraan Trump-Kim": another one)
                     and not (m.date is None and m.planned and m.evidence.start != k.evidence.start
                              and bool(_ANOTHER_TIME.search(m.evidence.sentence)) and not after_the_other_time(m))
                     and not told_apart(m, k)
                     # ("pertemuan terpisah dengan A dan B, lalu pertemuan trilateral ketiganya": each pair's, and the three's)
                     and not (m.evidence.start == k.evidence.start and len(k.participants) == 3 > len(m.participants)
                              and bool(_APART_THEN_TRILATERAL.search(k.evidence.sentence)))
                     and not (len(k.participants) > len(m.participants) == 2
                                                    # (a forum's summit with one who attends it is no bilateral:
                                                    # "Hadiri KTT D-8, Prabowo Gelar Sederet Pertemuan Bilateral")
                                                    and (_BILATERAL.search(m.evidence.sentence) and all(map(_is_state, m.participants))
                                                         or two_named(m, k)
                                                         # "Pada hari yang sama, Cho juga menggelar pertemuan trilateral
                                                         # dengan ...": the three's meeting, not the two's told before
                                                         # (a headline's pairs are the body's one: they join it)
                                                         or m.evidence.start not in (k.evidence.start, headline)
                                                         and _TRILATERAL_TOLD.search(k.evidence.sentence)))), None)
        if same is None:
            kept.append(m)
            continue
        at = kept.index(same)
        if same.evidence.start == headline and people.get(m.evidence.start):
            joined_headline.setdefault(same.participants, people[m.evidence.start])
        elif same.evidence.start != headline and not of(same) and (joined := of(m) - {"business delegation"}) \
                and (_THAT_MEETING.search(m.evidence.sentence) or _ARRIVED.search(same.evidence.sentence)):
            # (the people of the talks it points back to; of the talks an arrival told first carried: "Presiden tiba di
            # Istana X ... Setelah itu, beliau melakukan audiensi dengan Raja Y")
            key = (same.evidence.start, same.participants)
            joined_people[key] = joined_people.get(key, frozenset()) | joined
        if same.place is None and m.place:  # the headline has no place, the body's sentence does
            kept[at] = replace(kept[at], place=m.place)
        if same.inferred and not m.inferred and same.date == m.date:  # the body writes the date the headline lacks
            kept[at] = replace(kept[at], inferred=False)
        if told.day_of_the_one_told(m, same) or _headline_year(same, m, headline) or dated_next(same, m) or \
                first_to_come(same, m):
            kept[at] = replace(kept[at], date=m.date, inferred=False)
        if m.date and same.date and len(m.date) > len(same.date) and (
                # (not by the article's day alone: "banyak pihak memperhatikan apakah pertemuan presiden AS dan Korea
                # Selatan ..." after the talks told in the summit's month)
                month_of(same, m) and not (m.inferred and m.evidence.start in of_the_event and m.evidence.start != headline)
                or not m.inferred and (
                _same_month_and_place(m, same) or _same_visit_to_come(m, same))):
            # "KTT di Bali pada 2022" is the one of 15 November; a visit "pada akhir pekan lalu", its talks of Sunday
            kept[at] = replace(kept[at], date=m.date, inferred=m.inferred)
    visitors: dict[Meeting, str] = {}

    def visitor(m: Meeting) -> str:
        """The one a visit's sentence names going on it (read once a meeting)."""
        if m not in visitors:
            visitors[m] = _visitor(m)
        return visitors[m]

    def _visitor(m: Meeting) -> str:
        """The person of a meeting's sides its sentence names last before the visit's word, in its clause ("Menurut
        Park, kunjungan tersebut ..." names none); the guest after it where the visit is received."""
        f = facts[i_of[m.evidence.start]] if m.evidence.start in i_of else None
        cue = next((h for h in f.cue_hits if h.value == "visit"), None) if f else None
        if f is None or cue is None:
            return ""
        s = f.sentence
        if _RECEIVES_VISIT.search(s.text, 0, cue.start - s.start):  # "Jokowi akan menerima kunjungan PM X": X
            return next((x.text for x in f.mentions if x.via == "person" and x.code in m.participants
                         and x.start >= cue.end and "," not in s.text[cue.end - s.start:x.start - s.start]), "")
        return next((x.text for x in reversed(f.mentions) if x.via == "person" and x.code in m.participants
                     and x.start < cue.start and "," not in s.text[x.end - s.start:cue.start - s.start]), "")

    def same_visitor(a: Meeting, b: Meeting) -> bool:
        # "Presiden Lee berencana berkunjung ke Indonesia tahun depan" and "Menlu Cho dijadwalkan berkunjung ke Jakarta
        # bulan depan": two visits to come (where both are told with the one going, by a name they do not share)
        x, y = visitor(a), visitor(b)
        return not x or not y or bool(set(x.split()) & set(y.split()))

    kept_visits: list[Meeting] = []  # the visits kept apart so far: one told again joins them
    left_on = {(v.participants, v.date) for v in visits if v.date and _LEAVES_FOR.search(v.evidence.sentence)}  # days of leaving
    for v in visits:  # a visit is the meeting it carries, unless it is from another time
        # (not a visit each way told in one sentence: "kunjungan Presiden X ke Korsel dan kunjungan Presiden Y ke Indonesia")
        if (twin := _told_twice(v, kept_visits, lambda a, b: same_people(a, b) and same_visitor(a, b)
                                and not told_apart(a, b), headline)) is not None:
            merged = replace(twin, date=max(twin.date or "", v.date or "", key=len) or None, place=twin.place or v.place,
                             planned=twin.planned or v.planned)
            kept[kept.index(twin)] = kept_visits[kept_visits.index(twin)] = merged
            continue
        if v.planned and v.date is None and _THAT_VISIT.search(v.evidence.sentence) and any(
                k.planned and k.participants == v.participants and k.evidence.start < v.evidence.start for k in kept):
            continue  # "Menlu Sugiono pun menyambut baik rencana kunjungan tersebut": the one to come told before
        carried = [k for k in kept if set(v.participants) <= set(k.participants)
                   and not told_apart(k, v)
                   # (a visit to one state is no meeting of three states held during it: "mengunjungi Washington
                   # selama lima hari ... juga akan menghadiri sidang anggota parlemen antara Korea Selatan, AS dan Jepang")
                   and not (len(k.participants) > len(v.participants) and all(map(_is_state, k.participants))
                            and k.evidence.start != v.evidence.start and v.date and not v.inferred and k.date
                            and v.date != k.date)
                   and ((v.evidence.start in prepared) == (k.evidence.start in prepared) or _same_visit_to_come(v, k))
                   and same_people(v, k) and (not (v.planned and k.planned) or same_visitor(v, k))]
        # "kedua menlu membahas ... rencana kunjungan Presiden Prabowo ke Korea Selatan": the visit to come the talks spoke
        # of, where it goes, is not those talks
        spoken_of = v.planned and v.place is not None and _PLAN_OF_VISIT.search(v.evidence.sentence) is not None and \
            any(k.evidence.start == v.evidence.start and not k.planned for k in meetings)
        if v.planned and v.date and not v.inferred and not spoken_of and len(carried) == 1 and \
                carried[0].evidence.start == headline and carried[0].inferred and not carried[0].planned and \
                carried[0].participants == v.participants and sum(k.participants == v.participants for k in kept) == 1:
            # "Presiden Lee Bertemu PM Jepang Sebelum ke AS" over a body that tells only the visit to Japan to come, on
            # 23-24 August: the headline's meeting, dated by the publication alone, is that visit
            kept[kept.index(carried[0])] = replace(carried[0], date=v.date, planned=True, place=carried[0].place or v.place)
            continue
        # "menyampaikan harapan agar kunjungan kenegaraan ... segera terlaksana": a visit wished for, to come, is not the
        # talks held
        wished = v.planned and v.date is None and bool(_WISHED_VISIT.search(v.evidence.sentence)) and \
            all(not k.planned for k in carried)
        # (a visit dated by the publication alone is of no other time than one to come: "Presiden Lee akan mengunjungi
        # Jepang pada 23-24 Agustus ... Sehingga diharapkan kunjungan kali ini ...")
        # "Kantor Kepresidenan mengatakan bahwa kunjungan itu mencerminkan ...", dated by the article alone: the visit
        # told before it
        that_one = v.inferred and _THAT_VISIT.search(v.evidence.sentence) is not None and \
            any(k.evidence.start < v.evidence.start for k in carried)
        if not carried or spoken_of or wished or \
                (v.date and any(k.date for k in carried) and all(_apart(k.date, v.date) for k in carried if k.date)
                 and not (v.inferred and all(k.planned for k in carried if k.date)) and not that_one) or \
                (v.planned and (v.date or _town(v.place)) and not any(k.planned or (v.date and k.date == v.date)
                                                                     # "Pada Rabu, sang raja dijadwalkan mengunjungi
                                                                     # Kalimantan Tengah": a day of the visit held
                                                                     or _same_trip(k, v)
                                                                     # "mengundang X untuk berkunjung ke Indonesia pada
                                                                     # Oktober 2025 ini": the visit held there then
                                                                     or _invited_here(v, k)
                                                                     for k in carried)):
            # "Raja Belanda dijadwalkan berkunjung ke Jakarta pada Mei": a visit to come is not the talks held
            kept.append(v)
            kept_visits.append(v)
        elif v.planned and v.date is None and len(carried) == 1 and carried[0].evidence.start == headline and \
                carried[0].inferred and carried[0].participants == v.participants:
            # "Prabowo Lawat Timur Tengah, Bertemu ... Emir Qatar" and a body that tells the visit to Qatar as to come:
            # the headline's meeting is that one, on no day told
            kept[kept.index(carried[0])] = replace(carried[0], date=None, inferred=False, planned=True)
        elif (same_visit := next((k for k in carried if _same_visit_to_come(v, k)), None)) and \
                len(v.date or "") > len(same_visit.date or ""):
            kept[kept.index(same_visit)] = replace(same_visit, date=v.date, place=same_visit.place or v.place)  # its day
        elif v.date and not v.inferred and len(carried) == 1 and carried[0].evidence.start == headline and \
                carried[0].evidence.rule == "visit" and carried[0].inferred and carried[0].participants == v.participants:
            # "Yoon dan Raja Willem-Alexander Kunjungi ASML", dated by the visit's first day, is the body's "Pada Rabu
            # (13/12), Yoon dan Raja Willem-Alexander mengunjungi kantor pusat ASML": that day
            kept[kept.index(carried[0])] = replace(carried[0], date=v.date, inferred=False, place=carried[0].place or v.place)
        elif v.date and not v.inferred and len(carried) == 1 and (carried[0].participants, carried[0].date) in left_on \
                and carried[0].date and len(carried[0].date) == len(v.date) == 10 and carried[0].date < v.date \
                and not _apart(carried[0].date, v.date):
            # "bertolak menuju Korea Selatan pada hari Minggu (09/09)" and "Kunjungan ke Seoul ... itu dilakukan pada
            # 10-11 September": the visit's own day, after the one of leaving
            kept[kept.index(carried[0])] = replace(carried[0], date=v.date, place=carried[0].place or v.place)
        elif v.date and len(carried) == 1 and carried[0].date is None:
            # "memulai lawatan ke Senegal, Pantai Gading, dan Nigeria pekan ini ... Lawatan ditutup di Abuja, tempat Cho
            # akan menggelar pembicaraan dengan Menlu Nigeria": the talks of the visit, in its time
            kept[kept.index(carried[0])] = replace(carried[0], date=v.date, place=carried[0].place or v.place)
        elif v.place and len(on_day := carried if len(carried) == 1 else [k for k in carried if v.date and k.date == v.date]) == 1 \
                and on_day[0].place is None:
            # where the visit went is where they met (of several, the one of the visit's day)
            kept[kept.index(on_day[0])] = replace(on_day[0], place=v.place)
    return sorted(kept, key=lambda m: m.evidence.start)


def _apart(a: str, b: str) -> bool:
    """Two dates of different events: another year, another month, or days more than three days apart (an
    arrival on Monday and talks on Tuesday are one visit)."""
    if a[:4] != b[:4]:
        return True
    if len(a) == len(b) == 10:
        return abs((datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)).days) > 3
    return len(a) >= 7 and len(b) >= 7 and a[:7] != b[:7]


def _told_twice(v: Meeting, visits: list[Meeting], same_people: Callable[[Meeting, Meeting], bool],
                headline: int = -1) -> Meeting | None:
    """The visit to come told before that `v` tells again: "membahas persiapan kunjungan Presiden Moon ke Jakarta",
    then "Kunjungan Presiden Moon ke Indonesia direncanakan pada awal November": one visit, in November (and a
    headline's undated one: "... Jadi Inti Kunjungan Presiden Yoon ke AS", then "berkunjung ke AS pekan depan")."""
    if not v.planned:
        return None
    return next((w for w in visits if (w.planned or w.evidence.start == headline and w.date is None)
                 and w.participants == v.participants and same_people(v, w)
                 and (not v.date or not w.date or v.date.startswith(w.date) or w.date.startswith(v.date))
                 and (not v.place or not w.place or v.place.casefold() == w.place.casefold()
                      # "ke Jakarta" and "ke Indonesia": one country's
                      or _country_of(v.place) == _country_of(w.place) != "")), None)


def _another_stop(place: str | None, meetings: Iterable[Meeting], day: str | None) -> bool:
    """ "Cho juga bertemu PM Slowakia Robert Fico di Bratislava", undated, in a report of talks in Prague on the day
    told: a town in another country than the meetings of that day, on a day the report does not give."""
    there = {_country_of(m.place) for m in meetings if day and m.date == day and m.place} - {""}
    return bool(place and there and (country := _country_of(place)) and country not in there)


def _country_of(place: str) -> str:
    """The country a place the text names is in ("Jakarta" and "Indonesia" are Indonesia's); "" when not known."""
    return default_gazetteer().place(place).country


def _same_trip(held: Meeting, planned: Meeting) -> bool:
    """A visit's programme told ahead: a town or region of the country visited ("Pada Rabu, sang raja dijadwalkan
    mengunjungi Kalimantan Tengah"), up to three days after talks held on their day; not a visit of its own ("untuk
    kunjungan kenegaraan") nor the next leg ("melanjutkan lawatan ke ...")."""
    return bool(held.date and planned.date and len(held.date) == len(planned.date) == 10 and not held.planned
                and not (planned.place and default_gazetteer().names_country(planned.place))
                and not _FORMAL_OR_ONWARD.search(planned.evidence.sentence)
                and 0 < (datetime.date.fromisoformat(planned.date) - datetime.date.fromisoformat(held.date)).days <= 3)


_FORMAL_OR_ONWARD = prefilter.compile(r"\b(?:kunjungan|lawatan)\s+(?:kenegaraan|resmi)\b|\bmelanjutkan\s+(?:lawatan|perjalanan|kunjungan)",
                               re.IGNORECASE)


def _same_month_and_place(a: Meeting, b: Meeting) -> bool:
    """ "pertemuan di New York bulan lalu" is the one "di New York pada 21 September": its month, its town."""
    return bool(a.date and b.date and a.place and b.place and a.place.casefold() == b.place.casefold()
                and (a.date.startswith(b.date) or b.date.startswith(a.date)))


# an invitation to visit a country: "mengundang Presiden X untuk berkunjung ke Indonesia pada Oktober 2025 ini"
_INVITED_TO = prefilter.compile(r"\b(?:mengundang|undangan)\b[^.;]{0,80}?\b(?:berkunjung|mengunjungi|datang)\s+(?:ke\s+)?"
                                r"((?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?)", re.IGNORECASE)


def _invited_here(a: Meeting, b: Meeting) -> bool:
    """ "Sebelumnya, Presiden X mengundang Presiden Y untuk berkunjung ke Indonesia pada Oktober 2025 ini" is the visit
    held in Jakarta on 23 October the article tells: its month, the country of its town."""
    if not (a.planned and a.date and not b.planned and b.date and b.place and len(a.date) < len(b.date)
            and b.date.startswith(a.date)):
        return False
    invited = _INVITED_TO.search(a.evidence.sentence)
    return invited is not None and \
        _country_of(invited.group(1)) == (_country_of(b.place) or _country_of(b.place.split()[0])) != ""


def _sideline_of(a: Meeting, b: Meeting, headline: int) -> bool:
    """ "Ketua Komisi Uni Afrika juga bertemu Yoon di sela KTT" is talks on the sidelines of the Korea-Africa summit
    told before: its own meeting, though of the same two."""
    return a.evidence.start != headline and b.evidence.start != headline and a.evidence.start != b.evidence.start \
        and not all(_is_state(c) for c in b.participants) and set(a.participants) == set(b.participants) \
        and (sideline := _SIDELINES.search(a.evidence.sentence)) is not None and not _SIDELINES.search(b.evidence.sentence) \
        and not _INSIDE_THAT.match(b.evidence.sentence) \
        and not _ATTENDS.search(a.evidence.sentence, 0, sideline.start())
    # (not "Dalam pertemuan itu, ...": the talks just told; nor the summit a sentence tells attended before its
    # sideline talks: "menuju ke Argentina untuk menghadiri KTT G20 dan mengadakan pertemuan bilateral dengan Presiden AS
    # di sela-sela KTT tersebut")


# "Pada KTT G7 tersebut, keduanya juga bertemu Presiden Yoon": at the summit the sentence opens with
_AT_EVENT_NAMED = prefilter.compile(r"^\s*(?:Pada|Di|Dalam|Saat)\s+(?:sela(?:-sela)?\s+)?(?:KTT|Konferensi|Sidang|Forum)\s+"
                             r"([A-Z][\w+\-]*)[^,]*?\b(?:tersebut|itu)\s*,")


def _at_another_event(a: Meeting, b: Meeting) -> bool:
    """ "Pada KTT G7 tersebut, keduanya juga bertemu Presiden Yoon", undated, after the two's talks in Seoul on a day
    told: talks at a summit the other meeting's sentence does not name are a meeting of their own."""
    at = _AT_EVENT_NAMED.match(a.evidence.sentence)
    return bool(at and a.date is None and b.date and at.group(1) not in b.evidence.sentence)


def _headline_year(a: Meeting, b: Meeting, headline: int) -> bool:
    """ "Indonesia Resmi Sambangi KTT BRICS 2024", the headline's summit by its year, is the body's one of 23
    October 2024."""
    if a.evidence.start != headline or b.evidence.start == headline or not a.date or not b.date:
        return False
    return len(a.date) == 4 < len(b.date) and b.date.startswith(a.date)


def _same_visit_to_come(a: Meeting, b: Meeting) -> bool:
    """ "kunjungan Presiden X ke Indonesia pekan depan" is the one "dijadwalkan tiba di Jakarta pada 11 Februari": one
    visit to come, told by its month, then by its day."""
    return bool(a.planned and b.planned and a.date and b.date and a.date != b.date
                and (a.date.startswith(b.date) or b.date.startswith(a.date)))
