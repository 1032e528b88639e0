"""What the readers of ties, instruments and meetings share: a sentence's facts, its clauses and subject, the
groups its mentions form, the dates a clause owns, and the pair a sentence or an anaphor is about."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from kg import dates, prefilter
from kg.article import Evidence, Mention
from kg.dates import local_day
from kg.extract.lexicon import Hit
from kg.extract.sentences import Sentence
from kg.gazetteers import default as default_gazetteer
from kg.gazetteers import is_country
from kg.lang.id.cues import BUILDINGS, NEGATIONS, PLACES_VISITED, SUBORDINATORS, VENUE_TAILS
from kg.lang.id.dates import ANNOUNCE_VERBS, DAYS, RELEASE_VERBS
from kg.lang.id.numbers import NUMBER_WORDS
from kg.lang.id.roles import DESCRIPTOR_WORDS, ROLE_TITLES

TITLE_WORDS = frozenset(w.lower() for t in ROLE_TITLES for w in t.split()) | DESCRIPTOR_WORDS | {"senior"}
# a relative clause that dates someone else, not the event's own ("dalam KTT G20 di Johannesburg, Afrika Selatan,
# yang berlangsung pada 22-23 November")
# (or an apposition that opens one, of who someone is: "Nehammer, kanselir Austria pertama yang berkunjung ke Korea
# sejak 2008, ..."; not a clause: ", menindaklanjuti kesepakatan yang ...")
_APPOSITION_HEADS = (r"presiden|perdana|menteri|kanselir|raja|ratu|pangeran|putra|sultan|emir|kaisar|ketua|pemimpin|kepala"
                     r"|wakil|duta|utusan|mantan|sekretaris|direktur|pendiri|tokoh|politikus|politisi|diplomat|jenderal"
                     r"|gubernur|wali|orang|sosok|negara|perusahaan")
_RELATIVE_OTHER = prefilter.compile(r",\s+(?:(?-i:" + _APPOSITION_HEADS + r")\b(?:\s+(?!dan\b|serta\b)[\w\-]+){0,4}?\s+)?yang\b(?!\s+(?:akan\s+|telah\s+|sudah\s+)?(?:berlangsung|digelar|diselenggarakan|dihelat"
                             r"|diadakan)\b)")
_PLACE_CLAUSE = prefilter.compile(r",\s+tempat\b")
# "Sementara itu," and "Setelah itu," join a sentence to the one before; they open no subordinate clause
_SUBORDINATE = prefilter.compile(r"\b(?:" + "|".join(s.replace(" ", r"\s+") for s in SUBORDINATORS) + r")\b(?!\s+itu\b)", re.IGNORECASE)
# "..., sehari setelah bertemu PM Singapura X": the main clause's subject met another partner before; the clause is
# read with that subject (a subordinate clause without a subject of its own is otherwise left out)
_THEN_MET = prefilter.compile(r"\b(setelah|menyusul|sebelum)\s+(?:(?:(se)hari|(\w+)\s+hari)\s+sebelumnya\s+"
                       r"|(?:sebelumnya|juga|sempat|lebih\s+dulu|terlebih\s+dahulu)\s+)?"
                       r"(?:bertemu|menemui|berkunjung|mengunjungi|melawat|bertandang|berbicara\s+dengan|berunding\s+dengan"
                       # "..., sehari sebelum berangkat ke Tokyo": the next leg
                       r"|(?:berangkat|bertolak|terbang)\s+ke"
                       r"|bertatap\s+muka\s+dengan"
                       # "..., sehari setelah kunjungannya ke Singapura", "setelah pertemuannya dengan PM X"
                       r"|(?:kunjungan|lawatan)(?:nya)?\s+(?:(?:kenegaraan|resmi|kerja)\s+)?(?:ke|di)"
                       r"|(?:pertemuan|pembicaraan)(?:nya)?\s+(?:bilateral\s+)?dengan)\b", re.IGNORECASE)
_QUOTE_OPEN = prefilter.compile(r"^\s*[\"“]")
# a quote that opens with the speaker's own meeting: '"Saya / Kami (telah / baru saja) bertemu (dengan) X', after the
# day the speaker tells it on: '"Kemarin saya bertemu ...', '"Pekan lalu, kami bertemu ...'
_I_MET = prefilter.compile(r"\s*[\"“](?:(?:Kemarin|Tadi\s+(?:pagi|siang|sore|malam)|(?:Pagi|Siang|Sore|Malam|Hari)\s+ini"
                    r"|(?:Pekan|Minggu|Bulan)\s+lalu|Pada\s+(?:hari\s+)?[A-Z]\w+)\s*,?\s+)?"
                    r"(?:[Ss]aya|[Kk]ami|[Aa]ku)\s+(?:(?:telah|sudah|baru|saja|tadi|akan|juga)\s+){0,3}"
                    r"(?:bertemu|menemui|berbicara|berbincang)(?:\s+(?:dengan|bersama))?\s+")
_PRONOUN_START = prefilter.compile(r"^\s*[\"“]?(?:ia|dia|beliau)\b", re.IGNORECASE)
_TWO = prefilter.compile(r"\b(?:keduanya|kedua\s+(?:negara|pemimpin|pihak|belah\s+pihak|menteri|presiden|kepala\s+negara))\b",
                  re.IGNORECASE)
_THREE_WAY = prefilter.compile(r"\b(?:ketiga\s+(?:negara|pemimpin|pihak|menteri|kepala\s+negara)|ketiganya|trilateral)\b", re.IGNORECASE)
_COUNTED_FROM = r"setelah|sesudah|sebelum|usai|menjelang"
# an opening clause counted in days from the main one's: "Dua hari setelah bertemu X pada Sabtu (9/3), Yoon ...",
# "Sehari sebelum KTT, ..." (the count, its unit, the word it is counted from)
COUNTED_OPENING = prefilter.compile(r"\s*(?:(se)(hari|jam)|(\w+)\s+(hari|jam))\s+(" + _COUNTED_FROM + r")\b[^,;]*,", re.IGNORECASE)
# words that open a clause of what was done before the main clause: "Usai menerima X, ...", "setelah menghadiri ..."
AFTER_WORDS = ("setelah", "usai", "seusai", "sesudah", "selepas")
AHEAD_WORDS = ("menjelang", "jelang")  # ahead of an event: "Menjelang gelaran KTT X pada 4-5 Juni, ..."
# words right before those one meets, past their titles: "bertemu PM Jepang X", "pembicaraan dengan Presiden Y"
MET_BEFORE = ("dengan", "bertemu", "menemui", "menerima")
_STOPS_BEFORE = ("setelah", "sesudah", "sebelum")
# "Tak lama setelah ...", "Sesaat sebelum ...": soon after or before what the clause tells
SOON = r"(?:(?:[Tt]ak|[Tt]idak)\s+(?:berselang\s+)?lama|[Ss]esaat)"
# A clause's opening adverbial of time or setting, up to its comma: "Di sela kunjungan,", "Pada hari yang sama,"
_ADVERBIAL = prefilter.compile(r"\s*(?:Di|Pada|Dalam|Saat|Ketika|" + "|".join(w.capitalize() for w in AFTER_WORDS)
                        + r"|Menyusul|Sebelum|Selama|Sepanjang|Sejak|Selain|Menurut"
                        # "Sebelumnya, ia telah melakukan pertemuan bilateral dengan ...": before what was told
                        r"|Sebelumnya|Setelahnya|Sesudahnya"
                        # "Selanjutnya, ia dijadwalkan ...": what comes next, told alone before its comma
                        r"|(?:Selanjutnya|Kemudian|Lalu)(?=\s*,)"
                        # "Menjelang gelaran KTT X pada 4-5 Juni, ...": ahead of an event
                        r"|" + "|".join(w.capitalize() for w in AHEAD_WORDS) +
                        # "Tak lama setelah bertemu X, ...", "Sesaat sebelum bertolak, ...": soon after or before
                        r"|" + SOON + r"\s+(?:" + "|".join(AFTER_WORDS) + r"|sebelum)"
                        # "Setibanya di Bandara Gimhae, ...": on arriving, on returning
                        r"|Setibanya|Sesampainya|Sekembalinya|Sepulangnya|Begitu\s+tiba"
                        # "Kemudian pada Juni, ia ...": a leading "then" before the adverbial
                        # ("Sementara itu dalam pertemuan dengan PM X, Presiden ...": and a leading "meanwhile")
                        r"|(?:Kemudian|Lalu|Selanjutnya|Sementara\s+itu\s*,?)\s+(?:di|pada|dalam|saat|ketika|usai|seusai|setelah|sebelum|selama|sejak)"
                        # "Beberapa jam kemudian, sang raja ...", "Keesokan harinya, ia ...": a time after the one told
                        # and a time counted from what its clause tells: "Dua hari setelah bertemu X pada Sabtu, ..."
                        r"|(?:Beberapa|Dua|Tiga|Empat|\d+)\s+(?:jam|hari|pekan|minggu)\s+(?:kemudian|sebelumnya|setelahnya|" + _COUNTED_FROM + ")"
                        r"|Se(?:hari|pekan|minggu|jam)\s+(?:kemudian|sebelumnya|setelahnya|" + _COUNTED_FROM + r")|Keesokan\s+harinya"
                        r"|(?:Pagi|Siang|Sore|Malam)\s+harinya)"
                        # (a period before a word in lower case is an abbreviation's: "Ferdinand Marcos Jr. di Manila")
                        r"\b(?:[^,.;\n]|\.(?=\s+[a-z])){0,100},\s*"
                        # and the town and the day it goes on with: "..., Busan, Kamis (30/10/2025) malam, Prabowo ..."
                        r"(?:(?:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?\s*,\s*)?(?:" + "|".join(d.capitalize() for d in DAYS) +
                        r")(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?(?:\s+(?:pagi|siang|sore|malam)(?:\s+hari)?)?"
                        r"(?:\s+waktu\s+setempat)?\s*,\s*)?")
# verbs that open a clause of what the subject attends or visits: "Hadiri KTT G20, Prabowo Gelar Bilateral dengan ..."
ATTEND_OPENERS = ("hadiri", "menghadiri", "kunjungi", "mengunjungi")
# "Setelah Turkmenistan, ...", "Tak Diundang ke KTT G7, Yoon ...", "Di sela KTT ASEAN, Jokowi bertemu ...": an opening
# phrase that ends at a comma
_OPENER_BEFORE = prefilter.compile(r"(?:\A|[.!?\n]\s*)(?:" + "|".join(w.capitalize() for w in (*AFTER_WORDS, *ATTEND_OPENERS))
                                   + r"|Sebelum|Menyusul|Menurut|Dari|Selama|Sejak|Selain|Tak|Tidak|Meski|Meskipun|Walau|Walaupun|Kendati"
                                   r"|Di\s+(?:sela-sela|sela|sesela))\s+(?:[\w\-]+\s+){0,4}\Z")


def named_in_opening(body: str, start: int) -> bool:
    """What begins at `start` is named inside the sentence's opening phrase ("Setelah Turkmenistan, ...", "Di sela KTT
    ASEAN, Jokowi ..."): a comma after it ends the phrase, and no list runs on past it."""
    return bool(_OPENER_BEFORE.search(body, max(0, start - 60), start))


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
    signing: bool
    dates: list[dates.DateHit]
    hostile: list[Hit] = field(default_factory=list)
    targets: set[str] = field(default_factory=set)
    places: list[Mention] = field(default_factory=list)  # countries and capitals named as places ("ke Jakarta")
    leaders_of: set[str] = field(default_factory=set)  # "para pemimpin ASEAN": the leaders a pointer names
    # where an opening quote ends, its speaker told after it ('"...," kata X'); None where no quote opens the sentence
    # or no speaker follows it
    quote_end: int | None = None


@dataclass
class TieDraft:
    kinds: set[str] = field(default_factory=set)
    sectors: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)


def _codes(group: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.code for m in group))


def prepared_summit(body: str, hit: Hit) -> bool:
    """ "persiapan KTT APEC": the meeting word names a forum's summit being prepared."""
    return hit.value == "meeting" and bool(_PREPARING.search(body, max(0, hit.start - 30), hit.start)) and \
        bool(_ONE_FORUM_AFTER.match(body, hit.end))


def spoken_summit(body: str, hit: Hit) -> bool:
    """ "mengenai Konferensi Tingkat Tinggi (KTT) G20", "membahas KTT G20": the meeting word names a forum's summit
    spoken about."""
    return hit.value == "meeting" and bool(_ABOUT_SUMMIT.search(body, max(0, hit.start - 60), hit.start)
                                           or _BACKED_SUMMIT.search(body, max(0, hit.start - 60), hit.start)) and \
        bool(_ONE_FORUM_AFTER.match(body, hit.end) or _SHORT_NAME_AFTER.match(body, hit.end)
             or _FULL_NAME_AFTER.match(body, hit.end))


def _negated(body: str, hit: Hit) -> bool:
    before = body[max(0, hit.start - 40) : hit.start].lower().split()
    if hit.value in ("meeting", "visit"):  # "tidak akan bertemu", "belum pernah berkunjung", "menolak bertemu"
        while len(before) > 1 and (before[-1] in _MODALS or before[-1] == "untuk"):  # ("menantikan untuk dapat bertemu")
            before.pop()
        if before and before[-1] in _REFUSED:
            return True
        if len(before) > 1 and before[-1] == "dan":
            # "menantikan untuk dapat bertemu langsung dan berdialog": the second verb is only wished for too
            wider = body[max(0, hit.start - 80) : hit.start].lower().split()[-7:-1]
            if any(w in _REFUSED for w in wider) and not any(w.endswith((",", ".")) for w in wider):
                return True
        if len(before) > 1 and before[-2] in ("membuka", "buka", "menutup") and before[-1] in ("kemungkinan", "peluang", "opsi"):
            return True  # "membuka kemungkinan bertemu Kim Jong Un", "tidak menutup kemungkinan": a possibility, none planned
    if hit.value in ("meeting", "visit") and _WISHED.search(body, max(0, hit.start - 70), hit.start):
        return True  # "berharap Presiden Prabowo dapat segera berkunjung ke Seoul": a visit wished for, none planned
    if hit.value == "meeting" and hit.text.lower() in _PROCESS_WORDS and \
            _TALKED_OF.search(body, max(0, hit.start - 60), hit.start):
        return True  # "Keduanya membahas kemungkinan membuka kembali dialog dengan Korea Utara": talked of, not held
    if prepared_summit(body, hit):
        return True  # "membahas persiapan KTT APEC di Gyeongju": a forum's summit prepared for, not held by those who talk
    if spoken_summit(body, hit):
        return True  # "isu yang dibahas ... yaitu mengenai Konferensi Tingkat Tinggi (KTT) G20": a summit spoken of
    if hit.value == "meeting" and hit.text.lower() in _PROCESS_WORDS and _FURTHERED.search(body, max(0, hit.start - 30), hit.start):
        return True  # "AS akan memainkan peran dalam memfasilitasi dialog kedua negara": others' talks furthered, none held
    if hit.value == "meeting" and hit.text.lower() in _PROCESS_WORDS and _WITH_NEXT.match(body, hit.end) and \
            _EFFORT_TO_RESUME.search(body, max(0, hit.start - 60), hit.start):
        return True  # "upaya Seoul untuk melanjutkan dialog dengan Korea Utara": a dialogue sought, none held
    if hit.value == "meeting" and hit.text.lower().startswith(("berdialog", "berunding", "bertemu")) and \
            _EFFORT_TO.search(body, max(0, hit.start - 60), hit.start):
        return True  # "mendukung upaya Trump untuk berdialog dengan pemimpin Korea Utara": sought, none held
    if hit.value == "meeting" and _VENUE_OF.search(body, max(0, hit.start - 50), hit.start):
        return True  # "di Gyeongju, tempat diselenggarakannya KTT APEC mendatang": where a summit is held, no meeting told
    if hit.value == "meeting" and _OPEN_TO.search(body, max(0, hit.start - 40), hit.start):
        return True  # "AS tetap terbuka untuk berdialog dengan Korea Utara": willing, none held
    if hit.value == "meeting" and _BACK_TO_THE_TABLE.search(body, max(0, hit.start - 30), hit.start):
        return True  # "berharap Korea Utara kembali ke meja perundingan": the table talks are held at, none held
    if hit.value == "meeting" and (_NO_PLAN.search(body, max(0, hit.start - 50), hit.start)
                                   or _NO_PLAN_EVEN.search(body, max(0, hit.start - 160), hit.start)):
        # "tidak ada rencana untuk menggelar pertemuan bilateral Korsel-Jepang ..., sekalipun dalam bentuk pertemuan
        # informal": none planned, of any form
        return True
    if hit.value == "meeting" and _HINDERED.search(body, max(0, hit.start - 60), hit.start):
        return True  # "akan menghadapi keterbatasan dalam mengadakan pertemuan bilateral dengan ...": hindered, none told
    if hit.value == "meeting" and _MECHANISM_OF.search(body, max(0, hit.start - 40), hit.start):
        return True  # "Indonesia hanya memiliki mekanisme pertemuan 2+2 ... dengan Australia, Jepang": a format, none held
    if hit.value == "meeting" and _NOT_ATTENDING.search(body, max(0, hit.start - 60), hit.start):
        return True  # "tidak diundang ke KTT G7", "batal menghadiri KTT G20", "absen dari KTT": no summit attended
    return bool(before) and (before[-1] in NEGATIONS or (hit.value == "meeting" and before[-1] in _CALLED_FOR))


_PREPARING = prefilter.compile(r"\b(?:persiapan|mempersiapkan|menyiapkan|penyelenggaraan)\s+\Z", re.IGNORECASE)
# one forum's name, not a summit of two sides ("KTT ASEAN-Korea")
_ONE_FORUM_AFTER = prefilter.compile(r"\s+(?:ke-\d+\s+)?(?-i:[A-Z][A-Z0-9+]+)(?![\w+]|\s*[-–]\s*[A-Z])")  # "KTT APEC", "KTT G20"
SPOKEN_ABOUT = r"\b(?:membahas|bahas|membicarakan|mendiskusikan|mengenai|tentang|soal|terkait)\s+"  # what is spoken of follows
_ABOUT_SUMMIT = prefilter.compile(SPOKEN_ABOUT + r"(?:Konferensi\s+Tingkat\s+Tinggi\s+\()?\Z", re.IGNORECASE)
# another's summit backed: "dukungan ... bagi keberhasilan Indonesia dalam KTT G20 Bali", "bagi kesuksesan keketuaan
# Indonesia di KTT ASEAN"
# (and another backed in hosting one: "mendukung Indonesia menyelenggarakan KTT G20 di Bali")
_BACKED_SUMMIT = prefilter.compile(r"\b(?:(?:keberhasilan|kesuksesan|suksesnya|kelancaran|menyukseskan|mensukseskan)\s+(?:[\w\-]+\s+){0,3}?"
                                   r"(?:dalam\s+|pada\s+|di\s+|penyelenggaraan\s+)?"
                                   r"|mendukung\s+(?:[\w\-]+\s+){1,3}?(?:menyelenggarakan|menjadi\s+tuan\s+rumah)\s+)"
                                   r"(?:Konferensi\s+Tingkat\s+Tinggi\s+\()?\Z", re.IGNORECASE)
# "Konferensi Tingkat Tinggi (KTT) G20", and its short name's own hit ("KTT) G20")
_SHORT_NAME_AFTER = prefilter.compile(r"(?:\s+\((?-i:[A-Z]+)\)|\))" + _ONE_FORUM_AFTER.pattern)
# "Konferensi Tingkat Tinggi (KTT) Organisasi Kerja Sama Ekonomi Asia-Pasifik (APEC)": a forum in full, its acronym after
_FULL_NAME_AFTER = prefilter.compile(r"(?:\s+\((?-i:[A-Z]+)\)|\))\s+(?-i:(?:[A-Z][\w\-]*|dan)\s+){1,7}\((?-i:[A-Z][A-Z0-9+]+)\)")
_NOT_ATTENDING = prefilter.compile(r"(?:\b(?:" + "|".join(NEGATIONS) + r")\s+(?:(?:akan|dapat|bisa|jadi|sempat|pernah|lagi)\s+)*"
                            r"(?:menghadiri|hadir|diundang|mengikuti|ikut|datang|berangkat)|\babsen)"
                            r"\s+(?:(?:ke|dalam|di|dari|pada)\s+)?\Z", re.IGNORECASE)
# no plan for a meeting: "tidak ada rencana untuk menggelar pertemuan bilateral", "belum ada jadwal bertemu"
_NONE_PLANNED = r"\b(?:tidak|tak|belum)\s+ada\s+(?:rencana|jadwal|agenda)\b"
_NO_PLAN = prefilter.compile(_NONE_PLANNED + r"\s+(?:untuk\s+)?(?:(?:menggelar|mengadakan|melakukan)\s+)?\Z", re.IGNORECASE)
_NO_PLAN_EVEN = prefilter.compile(_NONE_PLANNED + r"[^.;]*\b(?:sekalipun|meskipun|walaupun|bahkan)\b[^.;]*\Z", re.IGNORECASE)
# a meeting hindered: "menghadapi keterbatasan dalam mengadakan pertemuan bilateral", "kesulitan untuk menggelar pertemuan"
_HINDERED = prefilter.compile(r"\b(?:keterbatasan|kesulitan|kendala|hambatan)\s+(?:dalam|untuk)\s+(?:(?:menggelar|mengadakan|melakukan)\s+)?\Z",
                              re.IGNORECASE)
# a format of meetings a country has with others: "memiliki mekanisme pertemuan 2+2", "mekanisme dialog tahunan"
_MECHANISM_OF = prefilter.compile(r"\b(?:mekanisme|format)\s+\Z", re.IGNORECASE)
_PROCESS_WORDS = ("dialog", "perundingan", "negosiasi", "pembicaraan")
# another's effort backed: "mendukung upaya Trump untuk berdialog dengan ..." (not one's own: "terbang ke Tokyo dalam
# upaya untuk bertemu PM X pada Senin")
_EFFORT_TO = prefilter.compile(r"\b(?:mendukung|menyambut\s+baik|mengapresiasi|menghargai|mendorong)\s+(?:upaya|usaha|niat|keinginan)\b"
                               r"[^.;,]{0,30}?\buntuk\s+\Z", re.IGNORECASE)
_FURTHERED = prefilter.compile(r"\b(?:memfasilitasi|menfasilitasi|menjembatani|menengahi|memediasi)\s+\Z", re.IGNORECASE)
_WITH_NEXT = prefilter.compile(r"\s+dengan\b", re.IGNORECASE)
_EFFORT_TO_RESUME = prefilter.compile(r"\b(?:upaya|usaha|niat|keinginan|harapan|ajakan|berupaya|berusaha|mengupayakan)\b[^.;,]{0,30}?\b(?:untuk\s+)?"
                                      r"(?:melanjutkan|memulai|membuka|menghidupkan|memulihkan)\s+(?:kembali\s+)?\Z", re.IGNORECASE)
_TALKED_OF = prefilter.compile(r"\b(?:membahas|bahas|membicarakan|mendiskusikan)\s+(?:[a-z]+\s+){0,4}\Z", re.IGNORECASE)
_WISHED = prefilter.compile(r"\b(?:berharap|mengharapkan|menantikan|berkeinginan|ingin)\s+(?:agar\s+|supaya\s+)?"
                     r"(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,3}\s+(?:(?:dapat|bisa|akan|segera|kembali)\s+)+\Z",
                     re.IGNORECASE)


_MODALS = frozenset({"akan", "pernah", "jadi", "sempat", "mau", "bisa", "dapat", "lagi", "juga", "sudi", "segera"})
# refused, or only wished for: "menolak bertemu", "berharap dapat segera bertemu Lee"
_REFUSED = frozenset({"menolak", "enggan", "ogah", "berharap", "ingin", "berkeinginan", "menantikan", "mengharapkan",
                      "harap", "harapkan", "nantikan",
                      # only willing, or weighing it: "bersedia bertemu Kim", "mempertimbangkan berkunjung ke Pyongyang"
                      "bersedia", "mempertimbangkan"})  # a headline's bare verbs: "Harap Bisa Bertemu"


_VENUE_OF = prefilter.compile(r"\btempat\s+(?:di)?(?:selenggarakan|berlangsung|gelar|adakan|laksanakan)nya\s+(?:KTT\s*\(\s*)?\Z",
                              re.IGNORECASE)
# open to talks: "tetap terbuka untuk berdialog", "terbuka bagi perundingan", "membuka pintu untuk dialog"
_OPEN_TO = prefilter.compile(r"\b(?:terbuka|membuka\s+(?:diri|pintu))\s+(?:(?:untuk|bagi|terhadap|akan)\s+)?(?:kembali\s+)?\Z",
                             re.IGNORECASE)
# "perlunya dialog dengan Korea Utara": a meeting called for, none held
_BACK_TO_THE_TABLE = prefilter.compile(r"\bmeja\s+\Z", re.IGNORECASE)
_CALLED_FOR = frozenset({"perlunya", "pentingnya", "perlu", "menyerukan", "mendesak", "mendesakkan", "mengusulkan",
                         # "mendukung dialog dengan Korut", "mendorong dialog": talks backed, none held
                         "mendukung", "mendorong"})
_QUOTED = prefilter.compile(r"[\"“][^\"”]*[\"”]")


def _unquoted(f: SentenceFacts) -> str:
    """The sentence without what someone says in it, unless a meeting is told there: '"... akan meningkatkan
    interoperabilitas," kata Yoon saat bertemu X' tells a meeting held, whatever the words quoted look ahead to."""
    s = f.sentence
    return _QUOTED.sub(lambda q: q.group(0) if any(s.start + q.start() <= h.start < s.start + q.end() for h in f.cue_hits
                                                  if h.value in ("meeting", "visit")) else " " * len(q.group(0)), s.text)
# "lawatannya ke empat negara Asia Tenggara, yakni Brunei, Filipina, ...": the stops of a trip, listed
# (and "kunjungan kenegaraan ... di 3 negara Asia Tengah, terdiri dari A, B dan C")
_STOPS_INTRO = (r"(?:\b(?:ke|mengunjungi)\s+(?:(?:\d+|dua|tiga|empat|lima|enam|tujuh|sejumlah|beberapa)\s+)?negara\b"
                r"[^.;]{0,40}?,?\s*(?:yakni|yaitu|antara\s+lain|meliputi|terdiri\s+(?:dari|atas))"
                r"|\bdi\s+(?:\d+|dua|tiga|empat|lima|enam|tujuh)\s+negara\b[^.;]{0,40}?,?\s*terdiri\s+(?:dari|atas))\b")
_EVENT_WITH = prefilter.compile(r"^\s*(?:Adapun\s+|Sementara\s+itu,?\s+)?(?:pertemuan|pembicaraan|kunjungan|KTT|dialog)"
                         # "Pertemuannya dengan PM Jepang X ...": the one last told of is the subject
                         r"(nya)?(?:\s+(?:bilateral|resmi|puncak|empat\s+mata|serupa|terpisah|lanjutan|lain|tertutup|khusus))?\s+(?:dengan|bersama)\b", re.IGNORECASE)


def _ranked(facts: list[SentenceFacts], keep: Callable[[Mention], bool] = lambda m: True) -> list[str]:
    """Actor codes by how often the article names them, most first (the headline counting double);
    equal counts keep the order of first mention (Counter and sorting are both stable)."""
    count: Counter[str] = Counter()
    for i, f in enumerate(facts):
        for m in f.mentions:
            if keep(m):
                count[m.code] += 2 if i == 0 else 1
    return [c for c, _ in count.most_common()]


def main_actor(facts: list[SentenceFacts]) -> str:
    """The actor the article names most: whose meetings it reports."""
    return next(iter(_ranked(facts)), "")
RELATION_NOUNS = r"\b(?:kemitraan|hubungan|kerja\s*sama|persahabatan|aliansi)\s+"  # a relation, of a pair named after it
_RELATION_NOUN = prefilter.compile(RELATION_NOUNS + r"(?-i:[a-z]+\s+)?(?:antara\s+)?$", re.IGNORECASE)
_PAIR_ANAPHOR = prefilter.compile(r"\b(?:kedua\s+(?:negara|pemimpin|belah\s+pihak|pihak|pemerintah|kepala\s+negara|kepala\s+pemerintahan"
                           r"|perusahaan|presiden|perdana\s+menteri|menteri|pejabat|bangsa|blok|kawasan|organisasi)|keduanya"
                           # "dua presiden tersebut": as "kedua presiden"
                           r"|dua\s+(?:presiden|pemimpin|menteri|pejabat|diplomat|kepala\s+negara)\s+(?:tersebut|itu))\b", re.IGNORECASE)


def country_pair(facts: list[SentenceFacts]) -> tuple[str, ...]:
    """The two countries the article names most: what "kedua negara" means."""
    ranked = _ranked(facts, lambda m: is_country(m.code) and m.via != "company")
    return tuple(sorted(ranked[:2])) if len(ranked) >= 2 else ()


def pair_named_last(facts: list[SentenceFacts], i: int, focus: tuple[str, ...], *, back: int = 3) -> tuple[str, ...]:
    """What "kedua pemimpin" / "kedua negara" in sentence i stands for: the two actors that sentence or one of
    the few before it names (two codes in all, or one group of two), else the pair the article is about."""
    anaphor = _PAIR_ANAPHOR.search(facts[i].sentence.text)
    until = facts[i].sentence.start + anaphor.start() if anaphor else facts[i].sentence.end
    states = _state_anaphor(facts[i].sentence.text)
    leaders = anaphor is not None and bool(_LEADERS.search(anaphor.group(0)))
    if states and focus and not all(_is_state(c) for c in focus):
        focus = country_pair(facts) or focus
    # "Dalam pertemuan di Bogor, kedua pemimpin ..." after "..., tempat ia bertemu PM Malaysia" told of the stop
    # before: the pair met in the country of the pair in focus the town is in, not the two named last
    where = _place(facts[i].sentence.text) if anaphor else None
    home = default_gazetteer().place(where).country if where else ""
    home = home if home in focus else ""

    def elsewhere(pair: tuple[str, ...]) -> bool:
        return bool(home) and home not in pair and all(_is_state(c) for c in pair)

    for f in reversed(facts[max(0, i - back) : i + 1]):
        mentions = [m for m in f.mentions if m.end <= until and m.code not in f.targets
                    and (not states or _is_state(m.code))]
        # not two a sentence before named as examples of many: "pembicaraan dengan lebih dari 40 pemimpin, termasuk
        # Presiden Kolombia X dan PM Serbia Y. Kedua pemimpin terakhir bertemu ..." (in the anaphor's own sentence
        # they are who it means: "pertemuan bilateral dengan sejumlah pemimpin, termasuk PM India X")
        examples = [m for g in _groups_of(mentions, f) if f is not facts[i]
                    and _preceded_by(f.sentence.text, g[0].start - f.sentence.start, EXAMPLES, past_titles=True) for m in g]
        mentions = [m for m in mentions if m not in examples]
        people = list(dict.fromkeys(m.code for m in mentions if m.via == "person"))
        if len(people) == 2 and elsewhere(tuple(people)):
            continue
        if len(people) == 2:  # "Jokowi melakukan pertemuan bilateral dengan Pangeran Mohammed"
            return tuple(sorted(people))
        # not a pair in an instrument's name: "kedua pemimpin" after "Perjanjian Kemitraan Ekonomi Komprehensif
        # Indonesia-Uni Eropa" is the leaders named before
        # nor the pair of a summit that only tells when: "Yoon berkunjung ke Jakarta ..., sehari setelah KTT ASEAN-Korea"
        twos = {tuple(sorted(_codes(g))) for g in _groups_of(mentions, f) if len(_codes(g)) == 2
                and not (leaders and _INSTRUMENT_NAMED.search(f.sentence.text, 0, g[0].start - f.sentence.start))
                and not _AROUND_EVENT.search(f.sentence.text, 0, g[0].start - f.sentence.start)
                # nor those one met ("bertemu Presiden Kenya X dan Presiden Tanzania Y secara terpisah")
                and not (f is not facts[i] and _preceded_by(f.sentence.text, g[0].start - f.sentence.start, MET_BEFORE,
                                                            past_titles=True))
                # nor a trip's stops told before or after the one named ("negara terakhir dalam lawatan Yoon ...,
                # setelah Turkmenistan dan Kazakhstan")
                and not (f is not facts[i] and _preceded_by(f.sentence.text, g[0].start - f.sentence.start, _STOPS_BEFORE))
                # nor the places one went to ("Presiden Prabowo Melawat ke India dan Malaysia")
                and not (f is not facts[i] and _preceded_by(f.sentence.text, g[0].start - f.sentence.start,
                                                            ("ke", *PLACES_VISITED), past_titles=True))}
        if len(twos) == 1 and not elsewhere(next(iter(twos))):  # "Indonesia dan Arab Saudi sepakat ..."
            return next(iter(twos))
        named = {m.code for m in mentions}
        if len(named) == 1 and _EVENT_WITH.match(f.sentence.text):
            main = main_actor(facts)  # "Adapun pertemuan dengan Presiden Mauritania ...": the article's own, with them
            if main and main not in named:
                return tuple(sorted(named | {main}))
        if len(named) > 1:
            break  # a sentence of other actors: the anaphor is the article's pair
    return focus
EXAMPLES = ("termasuk", "antaranya", "seperti", "lain")  # "termasuk X dan Y", "di antaranya", "antara lain"
_STATES = prefilter.compile(r"negara|pemerintah|presiden|perdana|menteri|bangsa", re.IGNORECASE)
_LEADERS = prefilter.compile(r"pemimpin|kepala|presiden|perdana|menteri|pejabat", re.IGNORECASE)  # "kedua pemimpin": two people
_INSTRUMENT_NAMED = prefilter.compile(r"\b(?:Perjanjian|Persetujuan|Kesepakatan)(?:\s+[A-Z][\w\-]*){0,5}\s+\Z")


def _state_anaphor(text: str) -> bool:
    """ "kedua negara", "kedua kepala negara": two countries, whatever companies were named in between."""
    anaphor = _PAIR_ANAPHOR.search(text)
    return bool(anaphor and _STATES.search(anaphor.group(0)))


_is_state = is_country


def _groups_of(mentions: list[Mention], f: SentenceFacts) -> list[list[Mention]]:
    kept = {id(m) for m in mentions}
    return [g for g in f.groups if all(id(m) in kept for m in g)]


def _tie(ties: dict[tuple[str, str], TieDraft], a: str, b: str, kind: str, s: Sentence, rule: str) -> None:
    """Record a tie of `kind` between a and b told in sentence s, for a fact read outside find_ties."""
    draft = ties.setdefault(_pair(a, b), TieDraft())
    draft.kinds.add(kind)
    draft.evidence.append(Evidence(s.text, s.start, s.end, rule))


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _preceded_by(body: str, pos: int, words: tuple[str, ...], *, past_titles: bool = False) -> bool:
    """The word before `pos` is one of `words`; with `past_titles`, the word before the title the name is given
    with ("dengan Presiden Filipina ...")."""
    before = body[max(0, pos - (60 if past_titles else 25)) : pos].lower().split()
    places = default_gazetteer().places
    while past_titles and before:
        if before[-1] in TITLE_WORDS or before[-1] == "para":
            before.pop()  # "bersama para pemimpin India, ...": past "para" too
            continue
        # "bertemu Gubernur Kentucky Andy Beshear": past the place whose post it is
        n = next((n for n in (3, 2, 1) if len(before) > n and " ".join(before[-n:]) in places
                  and before[-n - 1] in TITLE_WORDS), 0)
        if not n:
            break
        del before[-n:]
    return bool(before) and before[-1] in words
# negotiations told as a process, by its milestones: "Perundingan IK-CEPA dimulai pada 2012, sempat terhenti pada
# 2014, dan dilanjutkan kembali pada 2019" tells no one meeting, and its milestones date no instrument
_PROCESS = prefilter.compile(r"\b(?:perundingan|negosiasi|pembicaraan)\b(?:\s+[\w\-()]+){0,8}?\s+(?:(?:sudah|telah)\s+)?(?:dimulai"
                      r"|diluncurkan|terhenti|dihentikan|dilanjutkan|berlanjut|berlangsung\s+sejak|bergulir"
                      # "perundingan IEU-CEPA sudah memasuki tahap akhir": a process at a stage
                      r"|memasuki\s+(?:tahap|babak|putaran)|rampung|selesai|mandek)\b"
                      # "sepakat memulai perundingan untuk memperbarui FTA": negotiations agreed on, none held
                      r"|\bsepakat\s+(?:untuk\s+)?(?:memulai|meluncurkan|membuka)\s+(?:kembali\s+)?(?:perundingan|negosiasi)\b"
                      # "kembali mengaktifkan perundingan IK-CEPA tahun ini", "membuka lagi perundingan": negotiations restarted
                      r"|\b(?:mengaktifkan|menghidupkan|membuka)\s+(?:kembali\s+|lagi\s+)?(?:perundingan|negosiasi)\b"
                      # "harapan untuk merampungkan perundingan CEPA ... pada akhir tahun ini": negotiations to finish
                      r"|\b(?:merampungkan|menyelesaikan|menuntaskan|mempercepat)\s+(?:perundingan|negosiasi)\b",
                      re.IGNORECASE)
# "di sela KTT", "di sela-sela sidang", "di pinggir forum"; "yang digelar di lokasi KTT APEC": the forum's venue, where
# others' talks were held (not "tiba di lokasi KTT G20", attending it); "bertepatan dengan penyelenggaraan KTT APEC": its time
_AT_SELA = (r"\b(?:di\s+(?:sela|sela-sela|sesela|pinggir)|(?<=digelar\s)di\s+lokasi|(?<=diadakan\s)di\s+lokasi"
            r"|(?:bertepatan|bersamaan|berbarengan)\s+dengan)")
_SIDELINES = prefilter.compile(_AT_SELA + r"\b", re.IGNORECASE)
# what is discussed, up to the actor: "Bertemu di Tokyo Bahas Korea Utara", "membahas ancaman rudal Korea Utara" (not
# "membahas kerja sama dengan X", where X is a partner)
# what others do, watched from afar: "memantau ketat pertemuan Kim Jong Un dan Putin"
_WATCHED = prefilter.compile(r"\b(?:memantau|pantau|mencermati|mengamati|mewaspadai|mengomentari)\b", re.IGNORECASE)
# what is talked about or watched: "Bahas Korea Utara"
_DISCUSSED = prefilter.compile(r"\b(?:mem)?bahas|\bmembicarakan|\bmendiskusikan|\bmenyoroti\b|" + _WATCHED.pattern, re.IGNORECASE)
_DISCUSSED_UP_TO = prefilter.compile(r"^(?:(?!\b(?:dengan|bersama|antara|kepada)\b)[^,.;])*$", re.IGNORECASE)


def _discussed(body: str, start: int, pos: int, verbs_of: prefilter.Pattern = _DISCUSSED) -> bool:
    """An actor at `pos` is what a discussion verb (or one of `verbs_of`) after `start` is about: the verb stands at
    most five words before it, with no partner's preposition between."""
    window = body[max(start, pos - 60):pos]
    verbs = list(verbs_of.finditer(window))
    rest = window[verbs[-1].end():] if verbs else ""
    return bool(verbs) and len(rest.split()) <= 5 and bool(_DISCUSSED_UP_TO.match(rest))


# a summit as the time of what is told, not one attended: "menjelang KTT ASEAN di Jakarta", "usai KTT G20"
_EVENT_WORDS = r"KTT|KTM|pertemuan|konferensi|forum|sidang"  # what is held and attended (patterns ignoring case)
AT_THE_TIME_OF = r"(?:bertepatan|bersamaan|berbarengan)\s+dengan"  # "bertepatan dengan KTT ASEAN": the time of what is told
_AROUND_EVENT = prefilter.compile(r"\b(?:menjelang|jelang|sebelum|setelah|sesudah|usai|seusai|pasca|selama|sepanjang|di\s+tengah(?:-tengah)?"
                           # "..., disusul KTT ASEAN Plus Tiga": the summit after, not a partner
                           r"|disusul|diikuti|dilanjutkan(?:\s+dengan)?"
                           # "kunjungan kenegaraan ke Jakarta ..., bertepatan dengan KTT ASEAN": the time of the visit
                           r"|" + AT_THE_TIME_OF +
                           # "Pada hari kedua KTT NATO, Yoon bertemu X": the summit's day, not its session attended
                           r"|(?:pada|di)\s+hari\s+(?:pertama|kedua|ketiga|terakhir)|dalam(?=\s+rangkaian))\s+"
                           r"(?:(?:pembukaan|penutupan|rangkaian)\s+)?"
                           r"(?:" + _EVENT_WORDS + r")\b[^,.;]*$", re.IGNORECASE)
# (and the period something is the first of: "sebagai tamu negara pertama di tahun 2025")
_NOT_EVENT_DATE = prefilter.compile(r"\b(?:sejak|hingga|sampai|pada\s+periode|periode|berakhir(?:\s+pada)?|kedaluwarsa(?:\s+pada)?|target"
                             r"|menargetkan|pertama\s+(?:di|dalam))\s+(?:tahun\s+|bulan\s+)?$",
                             re.IGNORECASE)


# a deadline's day, which dates no talks held ahead of it: "mengadakan pembicaraan dagang dengan Mendag AS X menjelang
# tenggat negosiasi tarif pada Jumat (01/08) ini", "menjelang tenggat 1 Agustus"
_DEADLINE_WORDS = r"\b(?:tenggat|batas\s+waktu|deadline)\b[^.;()]{0,50}?\s+(?:pada\s+)?(?:hari\s+)?"
_DEADLINE = prefilter.compile(_DEADLINE_WORDS + r"(?:tanggal\s+)?(?:(?:" + "|".join(DAYS) + r")\s*\(?\s*)?\Z", re.IGNORECASE)
DEADLINE_ON_DAY = prefilter.compile(_DEADLINE_WORDS + r"(?:" + "|".join(DAYS) + r")\b", re.IGNORECASE)  # its weekday alone


# the day someone took office, which dates no meeting: "putri Thaksin, X yang dilantik menjadi Perdana Menteri pada 18
# Agustus lalu", "kedatangan Y ... yang pertama kalinya dilakukan setelah menjabat pada 16 Februari 2015"
_TOOK_OFFICE = prefilter.compile(r"\b(?:dilantik|menjabat|disumpah|diangkat|terpilih)(?:\s+(?:menjadi|sebagai)\s+[^,.;()]{1,50}?)?"
                                r"\s+(?:pada\s+)?(?:tanggal\s+)?\Z", re.IGNORECASE)


def _due_or_took_office(text: str, floor: int, at: int) -> bool:
    """The date at `at` in `text` (read back to `floor`) is a deadline's or the day someone took office."""
    return bool(_DEADLINE.search(text, max(floor, at - 80), at) or _TOOK_OFFICE.search(text, max(floor, at - 80), at))


# "Pertemuan ini ... menindaklanjuti Memorandum of Understanding (MoU) pada September 2017": the instrument's date
_FOLLOWED_UP_DATED = prefilter.compile(r"\b(?:menindaklanjuti|tindak\s+lanjut(?:\s+dari)?|berdasarkan|merujuk(?:\s+pada)?)\s+(?:[\w\-]+\s+){0,3}?"
                                r"(?:MoU|Memorandum\s+of\s+Understanding|nota\s+kesepahaman|perjanjian|kesepakatan)"
                                r"(?:\s+[\w\-()]+){0,4}?\s+(?:yang\s+(?:telah\s+)?(?:ditandatangani|diteken|disepakati)\s+)?"
                                r"(?:pada\s+)?(?:tahun\s+)?\Z", re.IGNORECASE)
# "membahas kesepakatan tarif yang dicapai kedua negara pada Juli lalu": when a deal talked of was reached, not the talks
_DEAL_DATED = prefilter.compile(r"\b(?:kesepakatan|perjanjian|MoU|nota\s+kesepahaman|kontrak|deklarasi|komitmen)"
                                r"(?:\s+[\w\-()]+){0,4}?\s+yang\s+(?:telah\s+|sudah\s+)?(?:dicapai|disepakati|ditandatangani|diteken"
                                r"|diumumkan|dibuat)(?:\s+(?!pada\b)[\w\-]+){0,3}?\s+(?:pada\s+)?(?:tanggal\s+)?\Z", re.IGNORECASE)
# "MoU terkait Industri 4.0 yang telah ditandatangani pada 10 September 2018": when the instrument was signed
_SIGNED_ON = prefilter.compile(r"\byang\s+(?:telah\s+|sudah\s+)?(?:ditandatangani|diteken|disepakati)\s+(?:pada\s+)?(?:tanggal\s+)?\Z",
                        re.IGNORECASE)
# a trip's stops, then when it starts: "perjalanan ke Filipina, Vietnam dan Malaysia mulai tgl. 10 Maret"
_STOPS_THEN_START = prefilter.compile(r"\s+(?:ke|menuju)\s+(?:(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*(?:\s*,\s*(?:dan\s+)?|\s+dan\s+)?)+"
                                      r"\s*mulai\s+(?:pada\s+|tanggal\s+|tgl\.\s+)?", re.IGNORECASE)
_STARTING = prefilter.compile(r"\b(?:mulai|terhitung\s+mulai)\s+(?:pada\s+|tanggal\s+)?\Z", re.IGNORECASE)
_PERIOD_OPENS = prefilter.compile(r"(?:sejak|since|hingga|sampai)\b", re.IGNORECASE)
_AT_SIDELINES_OF = prefilter.compile(_AT_SELA + r",?\s+(?:(?:rangkaian\s+|jamuan\s+(?:makan\s+(?:malam|siang)\s+)?|acara\s+|kegiatan\s+|sesi\s+"
                              # "di sela gelaran KTT G20", "di sela penyelenggaraan KTT APEC"
                              r"|gelaran\s+|penyelenggaraan\s+|perhelatan\s+)?"
                              # (or a ceremony: "di sela Pelantikan Presiden Brasil")
                              r"(?:" + _EVENT_WORDS + r"|pelantikan|upacara|peringatan|perayaan|pemakaman)"
                              # "di sela Pertemuan Menteri Ekonomi ASEAN", "di sela Konferensi Tingkat Menteri (KTM) ke-13 WTO"
                              # "di sela Pertemuan Menteri Keuangan dan Gubernur Bank Sentral G20"
                              # (and who meet there, in lower case: "di sela-sela pertemuan para menteri luar negeri G20")
                              r"(?:\s+(?:(?-i:[A-Z])[\w\-]*|\((?-i:[A-Z])[\w\-]*\)|ke-\d+|dan(?=\s+(?-i:[A-Z]))"
                              r"|(?-i:para|menteri|luar|negeri|pemimpin|kepala|negara|pejabat|senior)\b)){0,9}\s*)?$",
                              re.IGNORECASE)
_FIRST_SINCE = prefilter.compile(r"\bpertama\b[^,.;]*$", re.IGNORECASE)
_SINCE_CLAUSE = prefilter.compile(r"\bsejak\b[^,;]*$", re.IGNORECASE)  # "KTT pertama sejak menjalin hubungan pada 1963"


_SPAN_TO = prefilter.compile(r"[^,;.()]{0,30}?\b(?:hingga|sampai)\s", re.IGNORECASE)


def _since_without_event(body: str, f: SentenceFacts, at: int, offset: int = 0) -> bool:
    """The date closes a "sejak ..." clause that holds no meeting of its own: "KTT pertama sejak menjalin
    hubungan diplomatik pada 1963" dates the relation; "sejak keduanya bertemu pada Juli lalu" a meeting. (`body`
    may be the sentence alone, starting at `offset` in the body.)"""
    since = _SINCE_CLAUSE.search(body[f.sentence.start - offset : at - offset])
    if not since or _SPAN_TO.match(body, at - offset, f.sentence.end - offset):
        # ("berkunjung ke Korea Selatan selama tiga hari, sejak Minggu 9 September 2018 lalu hingga Selasa": the
        # span of what is told, from its first day)
        return False
    begin = f.sentence.start + since.start()
    return not any(begin < h.start < at for h in f.cue_hits if h.value in ("meeting", "visit"))


# the verbs of a statement, whose day is the day it was made, not that of what it tells
_SAID_VERBS = "mengatakan|menyatakan|menyampaikan|menjelaskan|mengungkapkan|menginformasikan|memberitahukan|memaparkan"
# the day written between the speaker and the verb: "Kantor Kepresidenan pada Kamis (08/09) mengatakan bahwa Presiden
# Yoon dan Wakil Presiden Harris akan mendiskusikan ..." (what is said right after the verb: not "pada Senin (11/3)
# menyampaikan kepada PM X dalam pertemuan di Seoul bahwa ...", said at the talks of that day)
_SAID_NEXT = prefilter.compile(r"\s*\)?\s*(?:(?:pagi|siang|sore|malam)\s+)?(?:waktu\s+setempat\s+)?(?:" + _SAID_VERBS + r")"
                               r"\s+bahwa\b", re.IGNORECASE)


# and a source cited: "menurut kantor kepresidenan, Selasa (12/3)", "seperti dilaporkan Yonhap, Selasa (12/3)"; the
# day after "pada" with no comma: "kata juru bicara pada Selasa (12/3)"
_SAID_BY = prefilter.compile(r"\b(?:kata|ujar|ungkap|tutur|jelas|tegas|ucap|menurut|dilaporkan|dilansir|dikutip|melaporkan|laporan)(?:nya)?\b"
                             r"[^.;\"”]{0,80}(?:,\s*(?:pada\s+)?|\s+pada\s+)(?:\w+\s*)?\(?\Z"
                             # the day of an announcement, right after its verb: "mengumumkan pada Kamis (22/9) bahwa ..."
                             r"|\b(?:" + "|".join(ANNOUNCE_VERBS) + r")\s+(?:pada\s+)?(?:hari\s+)?(?:\w+\s*)?\(?\Z"
                             # and of what was said, before what it says: "Kementerian ... mengatakan pada hari Selasa
                             # (18/02/20) bahwa Menteri X akan bertolak ..."
                             r"|\b(?:" + _SAID_VERBS + r")\s+(?:pada\s+)?(?:hari\s+)?(?:\w+\s*)?\(?\Z"
                             # and of the briefing it was said at: "Juru bicara X dalam konferensi pers pada hari Rabu
                             # (13/08) menyampaikan bahwa Presiden akan mengunjungi Jepang ..."
                             r"|\b(?:dalam|pada|saat|ketika)\s+(?:(?:konferensi|jumpa|keterangan|siaran|taklimat)\s+pers"
                             # (or a written statement: "Dalam keterangan tertulisnya, Selasa (12/11), Dubes X memaparkan")
                             r"|(?:keterangan|pernyataan)(?:\s+(?:tertulis|resmi)(?:nya)?|nya))"
                             # ("Dalam jumpa pers mingguan di kantornya di Jakarta, Jumat (5/4), Direktur Jenderal X
                             # menjelaskan Retno dan Kang akan membahas ...")
                             r"(?:\s+(?:mingguan|harian|bersama|resmi|virtual|daring))?(?:\s+di\s+[\w\-]+(?:\s+[A-Z][\w\-]*)*){0,2}\s*,?"
                             r"\s+(?:pada\s+)?(?:hari\s+)?(?:\w+\s*)?\(?\Z",
                             re.IGNORECASE)


# the day a statement was released, which dates nothing it tells: "Dalam keterangan yang dirilis Jumat (15/8/2025),
# Kemlu RI mengungkapkan, saat bertemu Prabowo, ..."
# "..., seperti disampaikan dalam keterangan pers dari Kedutaan Besar Jepang di Jakarta, Selasa (22/5)": the day the
# release was given
_AS_RELEASED = prefilter.compile(r"\b(?:seperti|sebagaimana)\s+(?:yang\s+)?(?:disampaikan|dinyatakan|diumumkan|dikutip|dilansir|disebutkan)"
                                 r"\b[^.;()]{0,90},\s*(?:pada\s+)?(?:hari\s+)?(?:\w+\s*)?\(?\Z", re.IGNORECASE)
# (and a press release's day: "demikian bunyi pernyataan kantor tersebut dalam rilis pers pada hari Senin")
_RELEASE_WORDS = r"\b(?:" + "|".join(RELEASE_VERBS) + r"|(?:rilis|siaran)\s+pers)\s+(?:pada\s+)?(?:hari\s+)?"
_RELEASED_ON = prefilter.compile(_RELEASE_WORDS + r"(?:\w+\s*)?\(?\Z", re.IGNORECASE)


_AFTER_ATTENDING = prefilter.compile(r"\b(?:" + "|".join(AFTER_WORDS) + r")\s+(?:(?:sebelumnya|lebih\s+dulu)\s+)?"
                             r"(?:menghadiri|mengunjungi|berkunjung\s+ke|melawat\s+ke)\b", re.IGNORECASE)


# the next meeting agreed on at the one held: "..., dan sepakat menggelar pertemuan berikutnya di Seoul tahun depan",
# "sepakat bertemu kembali"
_AGREED_TO_MEET = prefilter.compile(r"\b(?:dan\s+)?(?:juga\s+)?(?:sepakat|setuju|bersepakat)\s+(?:untuk\s+)?(?:(?:menggelar|mengadakan|menyelenggarakan|melaksanakan)"
                             r"\s+(?:pertemuan|KTT|dialog|pembicaraan|konsultasi|sidang)\b|bertemu\s+(?:kembali|lagi)\b)",
                             re.IGNORECASE)
# the visit the talks prepare: "membahas persiapan kunjungan PM Kanada X ke Korea Selatan ... akhir Oktober"
_VISIT_PREPARED = prefilter.compile(r"\b(?:membahas|mematangkan|mendiskusikan|membicarakan)\s+(?:rencana|persiapan)\s+kunjungan\b"
                                   # (and the meeting of others the talks smooth: "bertemu dengan mitra mereka di Hanoi
                                   # untuk memuluskan pertemuan antara Presiden X dan Presiden Y pada 20 Maret mendatang")
                                   r"|\buntuk\s+(?:memuluskan|mempersiapkan|menyiapkan|mematangkan)\s+(?:persiapan\s+|rencana\s+)?"
                                   r"(?:pertemuan|KTT|kunjungan|lawatan)\s+(?:antara\s+)?(?:Presiden|Perdana\s+Menteri|PM|Raja|Kanselir)\b",
                                   re.IGNORECASE)
# leaving after the meeting: "dijadwalkan bertemu PM Kishida sebelum kembali ke Tanah Air pada akhir pekan"
# (going home only: "sebelum terbang ke Washington untuk bertemu Trump pada Senin" dates the talks there)
_BEFORE_LEAVING = prefilter.compile(r"\bsebelum\s+(?:(?:akhirnya|kemudian)\s+)?(?:kembali|pulang)\s+ke\b", re.IGNORECASE)


def _elsewhere(f: SentenceFacts) -> tuple[int, int]:
    """The clause (offsets in the sentence) whose days are another event's, up to the next clause: an event attended
    before the meeting, the going home after it, the next meeting agreed on, the visit the talks prepare ("tiba di
    Jakarta pada Selasa malam setelah mengunjungi Malaysia, dan akan bertolak ke Pakistan pada Kamis": the clause of
    Malaysia); (length, length) when there is none."""
    start = _attended_before(f)
    if start == len(f.sentence.text):
        # the visit the talks prepare, wherever the talks are told: its days are its own
        prepared = _VISIT_PREPARED.search(f.sentence.text)
        if prepared is None:
            return start, start
        start = prepared.start()
    after = dates.NEXT_CLAUSE.search(f.sentence.text, start + 1)
    return start, after.start() if after else len(f.sentence.text)


def _attended_before(f: SentenceFacts) -> int:
    """Where a clause telling an event attended before the sentence's meeting starts, else the sentence's length:
    "Kunjungan ke Malaysia merupakan persinggahan terakhir lawatan Prabowo setelah menghadiri Hari Republik India di
    New Delhi pada Minggu (26/1)" (the day is that event's); the same for the leaving after it ("bertemu PM X sebelum
    kembali ke Tanah Air pada akhir pekan")."""
    elsewhere = _AFTER_ATTENDING.search(f.sentence.text) or _BEFORE_LEAVING.search(f.sentence.text) or \
        _AGREED_TO_MEET.search(f.sentence.text)
    if elsewhere and any(h.value in ("meeting", "visit") and h.end <= f.sentence.start + elsewhere.start() for h in f.cue_hits):
        return elsewhere.start()
    return len(f.sentence.text)


def unsaid_dates(f: SentenceFacts, found: list[dates.DateHit]) -> list[dates.DateHit]:
    """`found` (dates of the sentence), less the day it was said where it tells another day or what is yet to come
    ("Kementerian ... menginformasikan pada Selasa (10/02) bahwa pembicaraan tersebut berlangsung ... pada Senin (09/02)")."""
    said = [d for d in found if _said_on(f.sentence.text, f, d, f.sentence.start)]
    if said and (len(said) < len(found) or _PLANNED.search(f.sentence.text)):
        return [d for d in found if d not in said]
    return found


def _said_on(body: str, f: SentenceFacts, d: dates.DateHit, offset: int = 0) -> bool:
    """The date is the day something was said: "..., kata juru bicara kantor kepresidenan, Senin (11/3)" (not "kata
    Yoon usai pertemuan dengan X, Senin (3/6)")."""
    # (`body` may be the sentence alone, starting at `offset` in the body)
    if _SAID_NEXT.match(body, d.end - offset, f.sentence.end - offset):
        return True
    if _AS_RELEASED.search(body, max(f.sentence.start, d.start - 120) - offset, d.start - offset):
        return True  # "..., seperti disampaikan Kemlu, Selasa (12/3)"
    verb = _SAID_BY.search(body, max(f.sentence.start, d.start - 90) - offset, d.start - offset)
    return verb is not None and not any(verb.start() + offset <= h.start < d.start for h in f.cue_hits if h.value in ("meeting", "visit"))


_RENEWED = prefilter.compile(r"\b(?:memperbarui|memperpanjang|mengamandemen|merevisi|pembaruan|perpanjangan|amandemen)\b", re.IGNORECASE)
_FIRST_SIGNED = prefilter.compile(r"\byang\s+(?:(?:pertama\s+kali|sebelumnya|semula|awalnya)\s+)?(?:diteken|ditandatangani|disepakati)"
                           r"\s+(?:pertama\s+kali\s+)?(?:pada\s+)?(?:tahun\s+)?\Z", re.IGNORECASE)


def relative_clauses(f: SentenceFacts, at: int | None = None) -> list[tuple[int, int]]:
    """The relative clauses of a sentence about someone else, up to the next comma (", yang baru dilantik pada 1
    Oktober,"), as body spans: what they date is not what the sentence tells; not the one holding `at`, nor one that
    tells the sentence's only meeting or visit ("... bagi Presiden Yoon, yang baru saja kembali dari kunjungan ke
    Belanda pada Desember lalu")."""
    s = f.sentence
    told = [h.start for h in f.cue_hits if h.value in ("meeting", "visit")]
    spans = []
    for m in _RELATIVE_OTHER.finditer(s.text):
        comma = s.text.find(",", m.end())
        span = (s.start + m.start(), s.start + comma if comma >= 0 else s.end)
        if (at is None or not span[0] <= at < span[1]) and not (told and all(span[0] <= c < span[1] for c in told)):
            spans.append(span)
    for m in _PLACE_CLAUSE.finditer(s.text):
        # "... di dekat Stasiun Yamato-Saidaiji, tempat mantan PM Shinzo Abe ditembak ... pada tahun 2022": what
        # happened at the place (not "..., tempat ia bertemu PM X", a meeting of its own)
        comma = s.text.find(",", m.end())
        span = (s.start + m.start(), s.start + comma if comma >= 0 else s.end)
        if (at is None or not span[0] <= at < span[1]) and not any(span[0] <= c < span[1] for c in told):
            spans.append(span)
    return spans


_AHEAD_OF_OPENING = prefilter.compile(r"\s*[\"“]?(?:" + "|".join(AHEAD_WORDS) + r")\b[^,.;]*,", re.IGNORECASE)


def _best_date(f: SentenceFacts, body: str = "", *, instrument: bool = False, at: int | None = None) -> str | None:
    """The most precise date a sentence gives (a full date beats "tahun ini"), the first among equals;
    not a date that starts or ends a period ("sejak 1980", "hingga 2030"), nor one in a subordinate
    clause ("meski ... sejak 1980"), nor in a relative clause about another, unless what is dated (at `at`) is in it
    (", yang juga menindaklanjuti MoU pada September 2017,")."""
    s = f.sentence
    cut = _SUBORDINATE.search(s.text)
    begin = s.start
    if (ahead := _AHEAD_OF_OPENING.match(s.text)) is not None:
        # "Menjelang gelaran KTT Korea-Afrika pada tanggal 4-5 Juni mendatang, Presiden X bertemu ...": the day is the
        # event's the talks came before
        begin, cut = s.start + ahead.end(), _SUBORDINATE.search(s.text, ahead.end())
    elif cut and not s.text[: cut.start()].strip(" \"“") and (comma := s.text.find(",", cut.end())) > 0:
        # "Setelah menyelesaikan pertemuan dengan X, Cho bertolak ke AS pada 30 Juli untuk menggelar pertemuan dengan Y
        # pada 31 Juli": an opening clause of what came first; the main clause after its comma tells the day
        begin, cut = s.start + comma + 1, _SUBORDINATE.search(s.text, comma + 1)
    end = s.start + cut.start() if cut else s.end
    elsewhere = _elsewhere(f)
    relative = relative_clauses(f, at)
    dates = [d for d in f.dates if (begin <= d.start < end or instrument and body and _SIGNED_ON.search(body, max(s.start, d.start - 40), d.start))
             and not any(a <= d.start < b for a, b in relative)
             and not s.start + elsewhere[0] <= d.start < s.start + elsewhere[1]
             and not (body and _NOT_EVENT_DATE.search(body[max(s.start, d.start - 30):d.start]))
             and not (body and not instrument and _due_or_took_office(body, s.start, d.start))
             and not (body and not instrument and (_FOLLOWED_UP_DATED.search(body, max(s.start, d.start - 90), d.start)
                                                   or _DEAL_DATED.search(body, max(s.start, d.start - 90), d.start)))
             # "yang berlaku sejak 2023", "KTT yang vakum sejak 2019": a period's start dates no event; "kunjungan
             # pertama sejak 2014" dates the one before it
             and not (body and _PERIOD_OPENS.match(body, d.start)
                      and (instrument or not _FIRST_SINCE.search(body[max(s.start, d.start - 40):d.start])))
             and not _since_without_event(body, f, d.start)
             and not (body and _another_events_day(body, f, d.start, instrument))
             # "memperbarui MoU ... yang pertama kali diteken pada 2013": the first signing's year, not the renewal's
             and not (instrument and body and _RENEWED.search(s.text)
                      and _FIRST_SIGNED.search(body, max(s.start, d.start - 45), d.start))
             # "memegang presidensi G20 mulai 1 Desember 2021 dan menjadi tuan rumah KTT G20 pada 2022": when a term
             # starts dates no meeting ("kunjungan kenegaraan mulai Senin (11/3)" does)
             and not (body and _STARTING.search(body, max(s.start, d.start - 12), d.start) and not any(
                 0 <= d.start - h.end <= 25 or 0 <= d.start - h.end and _STOPS_THEN_START.fullmatch(body, h.end, d.start)
                 for h in f.cue_hits if h.value in ("meeting", "visit")))]
    # "..., kata juru bicara kantor kepresidenan, Senin (11/3)": the day it was said, where the sentence dates its
    # event too ("pekan depan"); not "kata Yoon usai pertemuan dengan X, Senin (3/6)"
    dates = [d for d in dates if not (body and (_RELEASED_ON.search(body, max(s.start, d.start - 40), d.start)
                                                or _AS_RELEASED.search(body, max(s.start, d.start - 120), d.start)))]
    # and where what is told is yet to come ("Menurut kantor kepresidenan, Selasa (12/3), Yoon akan bertemu ..."):
    # the day it was said is not its day
    dates = unsaid_dates(f, dates) if body else dates
    if not dates:
        return None
    # the most precise; among equals the one nearest after the meeting word ("kontak pertama pada 1990,
    # sementara pertemuan pertama digelar pada 2009"), else the first
    best = max(len(d.value) for d in dates)
    dates = [d for d in dates if len(d.value) == best]
    cues = [h.end for h in f.cue_hits if h.value in ("meeting", "visit") and h.start >= begin]
    after = [d for d in dates if any(c <= d.start for c in cues)]
    chosen = min(after, key=lambda d: d.start - max(c for c in cues if c <= d.start)) if after and cues else dates[0]
    return local_day(body, chosen.start, chosen.value) if body else chosen.value


# an anniversary kept: "kedua negara akan merayakan ulang tahun ke-65 pembentukan hubungan diplomatik pada tahun 2025";
# a relation raised: "dengan kedua negara yang meningkatkan statusnya menjadi Kemitraan Strategis Komprehensif pada
# tahun 2022"
_CELEBRATES = prefilter.compile(r"\b(?:merayakan|memperingati)\s+(?:ulang\s+tahun|HUT|hari\s+jadi|(?:\d+|[a-z]+\s+puluh)\s+tahun)\b"
                                r"(?:\s+[\w\-]+){0,6}?\s+(?:pada\s+)?(?:tahun\s+)?\Z", re.IGNORECASE)
_RAISED = prefilter.compile(r"\b(?:meningkatkan|ditingkatkan|menaikkan|dinaikkan)\s+(?:status(?:nya)?|hubungan(?:nya)?)\b"
                            r"(?:\s+[\w\-]+){0,8}?\s+(?:pada\s+)?(?:tahun\s+)?\Z", re.IGNORECASE)


_AT_THAT_TIME = prefilter.compile(r"[^.;,]{0,25}?,?\s*(?:saat|ketika|tatkala|bertepatan\s+dengan)\b", re.IGNORECASE)


# what happened to someone, on its own day: "pasca serangan Israel ke Doha pada Selasa (9/9/2025)", "insiden yang terjadi
# di X pada ..."
_HAPPENING_WORDS = r"\b(?:serangan|insiden|ledakan|pengeboman|penembakan|bencana|gempa|kecelakaan|tragedi|kebakaran|banjir|tsunami)\b" \
    r"[^.;()]{0,60}?\s+(?:pada\s+)?(?:hari\s+)?"
_HAPPENING = prefilter.compile(_HAPPENING_WORDS + r"(?:(?:" + "|".join(DAYS) + r")\s*\(?\s*)?\Z", re.IGNORECASE)
HAPPENED_ON = prefilter.compile(_HAPPENING_WORDS + r"(?:" + "|".join(DAYS) + r")\b", re.IGNORECASE)  # its weekday alone
# a press release's weekday: "demikian bunyi pernyataan ... dalam rilis pers pada hari Senin"
RELEASED_ON_DAY = prefilter.compile(_RELEASE_WORDS + r"(?:" + "|".join(DAYS) + r")\b", re.IGNORECASE)


def _another_events_day(body: str, f: SentenceFacts, at: int, instrument: bool = False) -> bool:
    """The date at `at` is the year or day of an anniversary kept or (for a meeting: an upgrade is an instrument's
    day) a relation raised or something that happened (an attack, a disaster), no meeting or visit told between."""
    kept = _CELEBRATES.search(body, max(f.sentence.start, at - 90), at) or \
        (None if instrument else _RAISED.search(body, max(f.sentence.start, at - 90), at)
         or _HAPPENING.search(body, max(f.sentence.start, at - 80), at))
    if kept and (when := _AT_THAT_TIME.match(body, at, f.sentence.end)) and \
            any(h.start >= when.end() for h in f.cue_hits if h.value in ("meeting", "visit")):
        return False  # "meningkatkan hubungan ... pada 2017, saat Presiden X berkunjung ke Jakarta": the visit's year too
    return kept is not None and not any(kept.start() <= h.start < at for h in f.cue_hits if h.value in ("meeting", "visit"))


# the day a period lasts until: "melakukan kunjungan resmi hingga hari Jumat (14/07)", "sampai tanggal 4 Agustus"
_UNTIL_BEFORE = prefilter.compile(r"\b(?:hingga|sampai)\s+(?:dengan\s+)?(?:hari\s+|tanggal\s+)?(?:" + "|".join(DAYS) + r")?\s*\Z",
                                  re.IGNORECASE)


def until_before(text: str, at: int, start: int = 0) -> bool:
    """The date at `at` (in `text`, from `start`) is the day a period lasts until."""
    return bool(_UNTIL_BEFORE.search(text, max(start, at - 25), at))


def main_clause_dates(f: SentenceFacts) -> list[dates.DateHit]:
    """A sentence's dates, but those of a subordinate clause that tells no meeting or visit ("memilih Indonesia sebagai
    tujuan lawatan pertamanya setelah kembali memenangi pemilu pada 3 Mei lalu": the election's day)."""
    # (nor the day a period starts: "Sejak menjabat pada tanggal 4 Juni, Presiden X telah mengirim utusan ke ...")
    # (nor a deadline's, nor the day someone took office: "menjelang tenggat negosiasi pada Jumat (01/08) ini")
    text, at0 = f.sentence.text, f.sentence.start
    dated = [d for d in f.dates if not _since_without_event(text, f, d.start, at0)
             and not until_before(text, d.start - at0)
             and not _due_or_took_office(text, 0, d.start - at0)]
    cut = _SUBORDINATE.search(f.sentence.text)
    if not cut:
        return dated
    at = f.sentence.start + cut.start()
    if any(h.start >= at for h in f.cue_hits if h.value in ("meeting", "visit")):
        return dated
    return [d for d in dated if d.start < at]


def _lead_trio(facts: list[SentenceFacts]) -> tuple[str, ...]:
    """Three countries the headline or the first sentences name together: the article reports a trilateral."""
    return next((tuple(sorted(_codes(g))) for f in facts[:3] for g in f.groups
                 if len(_codes(g)) == 3 and all(is_country(c) for c in _codes(g))), ())


_PLANNED = prefilter.compile(r"\b(?:akan|bakal|hendak|berencana|direncanakan|dijadwalkan|rencananya|mendatang|berniat|bermaksud"
                      # an invitation made or taken up: "menerima undangan X untuk berkunjung", "mengundang X untuk ..."
                      r"|menerima\s+undangan|mengundang|(?:menyampaikan|menyerahkan|memberikan)\s+undangan"
                      # being arranged: "Pertemuan kedua pemimpin masih dalam tahap pembahasan", "sedang dijajaki"
                      r"|(?:masih|sedang)\s+(?:dalam\s+tahap\s+)?(?:pembahasan|dibahas|dijajaki|diupayakan|diatur|perencanaan)"
                      r"|tengah\s+dijajaki"
                      # a visit being planned: "pemerintah tengah merencanakan kunjungan Menteri X ke AS"
                      r"|merencanakan\s+(?:kunjungan|lawatan|pertemuan|KTT)"
                      # wished to come soon: "harapan agar kunjungan kenegaraan ... segera terlaksana"
                      r"|(?:harapan(?:nya)?|berharap)\s+agar|segera\s+(?:terlaksana|dijadwalkan|direalisasikan|diwujudkan))\b",
                      re.IGNORECASE)
_PREPARED = prefilter.compile(r"\b(?:persiapan|mempersiapkan|menyiapkan|rencana)\s+(?:\w+\s+){0,5}?(?:KTT|konferensi\s+tingkat\s+tinggi|pertemuan|kunjungan|lawatan)\b",
                       re.IGNORECASE)


# "di Wina", and a town by what it is: "di kota pelabuhan Busan", "di ibu kota Hanoi"
_AT_PLACE = prefilter.compile(r"\b[Dd]i\s+(?:(?:ibu\s*)?kota\s+(?:(?:pelabuhan|pesisir|industri|wisata|resor|tua|suci)\s+)?)?"
                       # a building by its common noun: "di kantor Kementerian Perindustrian, Jakarta"
                       # (a particle inside a town's name: "di Rio de Janeiro", "di Dar es Salaam", "di Port of Spain")
                       # (and a district's initials after a town: "di Washington D.C.")
                       r"((?:(?:kantor|kediaman|gedung|istana|markas)\s+)?(?:[A-Z][\w'’\-]*)(?:\s+D\.C\.?(?![\w.])|(?:\s+(?:(?:de|da|do|dos|del|es|of)\s+)?[A-Z][\w'’\-]*){0,2}))")
# the town of a meeting recalled: "yang pertama sejak Agustus 2019 di Gubei, China"
_RECALLED_AT = prefilter.compile(r"\bsejak\s+[^,;.]{0,30}\Z", re.IGNORECASE)
_NAME_REST = prefilter.compile(r"(?:\s+[A-Z][\w'’\-]*)*")
_CITY_AFTER = prefilter.compile(r"^\s*,\s*([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)")
_CAPITAL_NEXT = prefilter.compile(r"\s+([A-Z][\w'’\-]*)")
_NOT_PLACES = {d.capitalize() for d in DAYS} | {"KTT", "Sela", "Sidang", "Forum", "Konferensi", "Majelis", "Dewan", "Tengah", "Bawah",
                                                 "Antara", "Hadapan", "Depan", "Sana", "Sini", "Sisi", "Samping", "Luar",
                                                 "Dalam", "Balik", "Atas", "Tengah-tengah", "Mana",
                                                 # regions and waters are topics, not venues: "perdamaian di Semenanjung Korea"
                                                 "Semenanjung", "Kawasan", "Wilayah", "Laut", "Selat", "Perairan", "Jalur",
                                                 # one's own country: "tiba di Tanah Air"
                                                 "Tanah"}
# "Usai pertemuan, ...": what follows the meeting just told, on its day
_AFTER_MEETING = prefilter.compile(r"(?:Usai|Seusai|Setelah|Selepas)\s+(?:pertemuan|KTT|sidang)(?:\s+(?:itu|tersebut))?\s*,")
# continents and world regions are no venue ("mitra utama Korea di Asia Tengah", "di Timur Tengah"), unless the whole
# name is a country's ("di Afrika Selatan", "di Amerika Serikat")
_REGIONS = {"Asia", "Eropa", "Afrika", "Amerika", "Oseania", "Timur", "Pasifik", "Indo-Pasifik", "Asia-Pasifik", "Atlantik",
            "Arktik", "Antartika", "Balkan", "Skandinavia", "Kaukasus"}


def recalled_place(sentence: str) -> str | None:
    """The town of a meeting recalled: "yang pertama sejak Agustus 2019 di Gubei, China" (Gubei)."""
    for m in _AT_PLACE.finditer(sentence):
        if _RECALLED_AT.search(sentence, max(0, m.start() - 40), m.start()):
            return _place(sentence[m.start():])
    return None


# a verb right after the name after a building: the subject of the clause, no town ("Setibanya di Pangkalan Udara
# Osan, Biden disambut ...")
_VERB_NEXT = prefilter.compile(r"\s+(?!bersama\b)(?:di|me|ber|ter)[a-z]{3,}\b")


# a state of affairs somewhere, spoken of: "situasi di Myanmar", "perdamaian di Semenanjung Korea"
_TOPIC_AT = prefilter.compile(r"\b(?:situasi|kondisi|krisis|konflik|perang|perdamaian|stabilitas|keamanan|ketegangan|kekerasan"
                       r"|pertempuran|gencatan\s+senjata)\s+\Z", re.IGNORECASE)


# an event spoken of as being prepared, somewhere: "persiapan KTT APEC di Gyeongju"
_PREPARED_AT = prefilter.compile(r"\b(?:persiapan|rencana|penyelenggaraan)\s+(?:KTT|konferensi|pertemuan|kunjungan|forum|sidang)"
                          r"(?:\s+\S+){0,4}\s+\Z", re.IGNORECASE)


def _place(sentence: str) -> str | None:
    """Where a meeting took place: the town after "di" ("di Wina"), or the town after a building
    ("di Istana Hofburg, Wina"); none when the sentence names no place."""
    for m in _AT_PLACE.finditer(sentence):
        words = m.group(1).split()
        if words[0] in _NOT_PLACES or words[0] in _REGIONS and not default_gazetteer().names_country(m.group(1)):
            continue
        if _TOPIC_AT.search(sentence, max(0, m.start() - 30), m.start()) or \
                _PREPARED_AT.search(sentence, max(0, m.start() - 50), m.start()):
            continue  # "membahas ... situasi di Myanmar", "persiapan KTT APEC di Gyeongju": what they spoke of, not where
        if words[0].capitalize() in BUILDINGS or words[-1] in VENUE_TAILS:
            rest = _NAME_REST.match(sentence, m.end())  # the building's whole name ("Istana Qasr Al Shatie")
            named = sentence[m.start(1):rest.end() if rest else m.end()].split()
            if len(named) > 1 and _town(named[-1]):
                return named[-1]  # "di Istana Kepresidenan Bogor, Jawa Barat": the town the building is named after
            after = sentence[rest.end() if rest else m.end():]
            city = _CITY_AFTER.match(after)
            # a town ends its phrase: "di Istana Bayan, Park Geun-hye Incar Proyek" runs on into a headline's clause
            runs_on = city and _CAPITAL_NEXT.match(after, city.end())
            if city and city.group(1).split()[0] not in _NOT_PLACES and city.group(1).split()[0] not in BUILDINGS and \
                    not (runs_on and runs_on.group(1) not in _NOT_PLACES) and not _VERB_NEXT.match(after, city.end()):
                return city.group(1)
            continue
        while words and words[-1] in _NOT_PLACES:
            words.pop()
        if words:
            found = " ".join(words)
            if default_gazetteer().names_country(found):  # "berada di Turkmenistan ... di Ashgabat": the town
                town = _place(sentence[m.end():])
                return town if town and not default_gazetteer().names_country(town) else found
            return found
    return None


_EARLIER_THAT_DAY = prefilter.compile(r"\s*(?:Sebelumnya|Lebih\s+awal|Beberapa\s+jam\s+sebelumnya)\s*,?\s*(?:pada|di)\s+hari\s+yang\s+sama\b",
                               re.IGNORECASE)
_SAME_DAY = prefilter.compile(r"\b(?:pada\s+)?hari\s+yang\s+sama\b|\b(?:siang|malam|pagi|sore)\s+itu\b"
                       # "Moon ... juga menggelar jamuan kenegaraan untuk sang sultan pada malam harinya"
                       r"|\b(?:siang|malam|sore)\s+harinya\b"
                       r"|\b(?:pada|dalam|di)\s+kesempatan\s+(?:yang\s+sama|itu|tersebut)\b", re.IGNORECASE)
# "Dua bulan kemudian, ...", "Setahun sebelumnya, ...": months or years from the last month told
# (or told last: "... membalas kunjungan itu ke Jakarta setahun kemudian.")
_MONTHS_AWAY = prefilter.compile(r"^\s*(?:Se|(\w+)\s+)?(bulan|tahun)\s+(kemudian|sebelumnya|setelahnya|berikutnya)\s*,"
                          r"|\b(?:Se|(\w+)\s+)?(bulan|tahun)\s+(kemudian|sebelumnya|setelahnya|berikutnya)\s*\.?\s*\Z", re.IGNORECASE)


def _months_away(m: re.Match[str]) -> tuple[str | None, str, str]:
    """The count word, "bulan" or "tahun", and the direction of a _MONTHS_AWAY match, wherever it was told."""
    return (m.group(1), m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5), m.group(6))


_SAME_WEEK = prefilter.compile(r"\b(?:pekan|minggu|bulan)\s+yang\s+sama\b", re.IGNORECASE)
# "Pekan sebelumnya, ...", "Beberapa hari kemudian, ...": about that far from the last day told, on no day of its own
_ABOUT_AWAY = prefilter.compile(r"^\s*(?:(pekan|minggu)|beberapa\s+(hari|pekan|minggu))\s+(sebelumnya|kemudian|setelahnya|berikutnya)\s*,",
                                re.IGNORECASE)
_THAT_TIME = prefilter.compile(r"\s*(?:saat|ketika|kala|waktu)\s+itu\b", re.IGNORECASE)  # "Saat itu, Kim bertemu ..."


def _day_told(f: SentenceFacts, body: str, published: str | None) -> str | None:
    """The date a sentence gives, or the day its weekday names (not a press release's or an attack's)."""
    return _best_date(f, body) or dates.weekday_before(RELEASED_ON_DAY.sub(" ", HAPPENED_ON.sub(" ", f.sentence.text)), published)


# what the sentence before told, pointed at: "penandatanganan ini", "peresmian tersebut"
_POINTS_BACK = prefilter.compile(r"\b(?:penandatanganan|penekenan|peluncuran|peresmian|pengumuman)\s+(?:ini|itu|tersebut)\b",
                          re.IGNORECASE)


def day_of_agenda(body: str, facts: list[SentenceFacts], i: int, published: str | None) -> str | None:
    """The day of the program the talks an undated sentence tells are an item of: "Hari kedua di Seoul, Senin, 10
    September 2018, sejumlah agenda telah menanti Presiden. Presiden direncanakan bertemu dengan Presiden Moon ...",
    the program told last before it (past undated items between: "Mengawali kegiatannya, Kepala Negara akan menuju
    ...")."""
    if "meeting" not in facts[i].kinds or not any(_DAY_AGENDA.search(facts[j].sentence.text) for j in range(max(0, i - 3), i)):
        return None
    agenda = next((j for j in range(i - 1, max(-1, i - 4), -1) if _DAY_AGENDA.search(facts[j].sentence.text)
                   or _day_told(facts[j], body, published)), None)
    if agenda is None or not _DAY_AGENDA.search(facts[agenda].sentence.text):
        return None
    day = _day_told(facts[agenda], body, published)
    return day if day and len(day) == 10 else None


def _day_of_bilaterals(body: str, facts: list[SentenceFacts], i: int, published: str | None) -> str | None:
    """The day of bilateral talks told with no partner named, for those talks listed after it: "Pertemuan bilateral
    tersebut dijadwalkan berlangsung mulai sore ini, Selasa (9/5). ... Rencananya Presiden bakal menjalani pertemuan
    bilateral dengan PM Vietnam X, PM Laos Y, ... dan PM Malaysia Z"."""
    states = {m.code for m in facts[i].mentions if _is_state(m.code)}
    if len(states) < 3 or not _BILATERAL_TALKS.search(facts[i].sentence.text):
        return None
    for j in range(i - 1, max(-1, i - 4), -1):
        day = _day_told(facts[j], body, published)
        if day:
            named = {m.code for m in facts[j].mentions if _is_state(m.code)}
            told = _BILATERAL_TALKS.search(facts[j].sentence.text)
            return day if told and len(day) == 10 and named < states else None
    return None


def _told_date(body: str, facts: list[SentenceFacts], i: int, published: str | None, *, shifts: bool = True) -> str | None:
    """The date a sentence points back to: "pada hari yang sama" / "siang itu" the last day told before it
    ("Rangkaian diplomasi dimulai Minggu (26/5). Kishida tiba siang itu, lalu bertemu Yoon"), a leading
    "Saat itu" the date of the sentence before it within its paragraph (or right before it), whatever its precision."""
    text = facts[i].sentence.text
    # "Kedua pemimpin kemudian menggelar pertemuan": what happened next, the day of the sentence before (its paragraph's)
    # "Kedua pemimpin menyaksikan ..." right after the pair's dated meeting in its paragraph: that meeting goes on
    # "KTT itu dihadiri ..." right after the sentence that told the summit and its day: that day
    # "Penandatanganan dilakukan oleh X dan Y, disaksikan ..." right after the signing told with its day: that day
    goes_on = i > 0 and (bool(_PAIR_SUBJECT.match(text) or _EVENT_SUBJECT.match(text)) and
                         bool(facts[i - 1].kinds & {"meeting", "visit"})
                         or bool(_SIGNING_SUBJECT.match(text)) and bool(facts[i - 1].signing or facts[i - 1].agreements)) and \
        not _HABITUAL.search(text) and not _PREPARED.search(text) and not _PLANNED.search(text)  # not "sepakat mempercepat persiapan KTT"
    # "A dan B pada Selasa (11/2) sepakat .... Kemlu menyatakan bahwa dua menteri tersebut mengadakan pertemuan di
    # Canberra": the talks of the two just told acting together on their day
    goes_on = goes_on or i > 0 and bool(_PAIR_HELD.search(text)) and "meeting" in facts[i].kinds and \
        len({m.code for m in facts[i - 1].mentions}) == 2 and not _PLANNED.search(text)
    if agenda_day := day_of_agenda(body, facts, i, published):
        return agenda_day
    if bilaterals_day := _day_of_bilaterals(body, facts, i, published):
        return bilaterals_day
    # "Setelah itu, ia dijadwalkan mengunjungi ...": what is to come after, on no day told
    if i > 0 and _AT_SIDELINES_OF_TOLD.match(text):
        # "Pada hari kedua, Airlangga berbicara dalam Forum Investasi .... Di sela forum, ia menerima ...": that day
        day = _day_told(facts[i - 1], body, published) or _told_date(body, facts, i - 1, published, shifts=shifts)
        if day and len(day) == 10:
            return day
    # (not "Sebulan kemudian, keduanya bertemu lagi": months after, below)
    then = i > 0 and (_THEN.search(text) and not _PLANNED.search(text) or goes_on) and not _DAYS_AWAY.search(text) and \
        not _MONTHS_AWAY.search(text) and not _ABOUT_AWAY.match(text)
    if then:  # the sentence before it, or the last dated one before a quote between ("Kedua pemimpin kemudian ...")
        for j in range(i - 1, max(-1, i - 4), -1):
            if goes_on and "meeting" not in facts[j].kinds and _ARRIVED.search(facts[j].sentence.text) and \
                    any(k.kinds & {"meeting"} for k in facts[max(0, j - 2):j]):
                continue  # "Erdogan tiba di Indonesia pada Selasa malam ...": the talks told before, not the arrival
            day = _day_told(facts[j], body, published)
            if day and len(day) == 10 and _DAY_SPAN.search(facts[j].sentence.text) and "meeting" not in facts[i].kinds:
                # "Kunjungan Trudeau berlangsung pada 16-17 Mei" between the talks of the 17th and "Kedua pemimpin
                # menandatangani ...": a visit's days, not the day of what goes on; a day of them told before it
                within = next((d for k in range(j - 1, max(-1, j - 3), -1) if (d := _day_told(facts[k], body, published))
                               and len(d) == 10 and _in_span(d, day, facts[j].sentence.text)), None)
                day = within or day
            if day and len(day) == 10:
                return day
            if not (_QUOTE_OPEN.match(facts[j].sentence.text) or _THAT_MEETING.search(facts[j].sentence.text)
                    or _CO_CHAIRED.match(facts[j].sentence.text) or not facts[j].dates):
                break  # the sentence before, past what someone said, what the meeting gave and undated words between
    if i > 0 and _POINTS_BACK.search(text) and not _PLANNED.search(_unquoted(facts[i])) and not _DAYS_AWAY.search(text):
        # "'Saya menyambut baik penandatanganan ini', kata Yoon saat bertemu Sekjen NATO": the occasion of the signing
        # told just before, on its day ("Pada hari yang sama, DAPA dan NATO meneken ...")
        for j in range(i - 1, max(-1, i - 4), -1):  # the sentences of the paragraph before, back to the one dated
            day = _day_told(facts[j], body, published) or _told_date(body, facts, j, published, shifts=shifts)
            if day:
                return day if len(day) == 10 else None
    months = _MONTHS_AWAY.search(text) if i > 0 else None
    same_week = i > 0 and bool(_SAME_WEEK.search(text))
    undated = (months or same_week) and not _best_date(facts[i], body)
    count_word, unit, direction = _months_away(months) if months else (None, "", "")
    count = (1 if count_word is None else NUMBER_WORDS.get(count_word.lower())) if months else None
    if months and count and undated:
        # "Dua bulan kemudian, Presiden X bertemu ...": that many months after the last month told; "Setahun
        # sebelumnya, ...": that year, its month not told
        told = next((t for j in range(i - 1, -1, -1) if len(t := _day_told(facts[j], body, published) or "") >= 7), None)
        if told:
            step = count * (-1 if direction.lower() == "sebelumnya" else 1)
            return dates.add_months(told, step) if unit.lower() == "bulan" else str(int(told[:4]) + step)
    def last_full_day() -> str | None:
        return next((d for j in range(i - 1, -1, -1) if (d := _day_told(facts[j], body, published)) and len(d) == 10), None)

    about = _ABOUT_AWAY.match(text) if i > 0 else None
    if about and _best_date(facts[i], body):
        about = None  # (a day of its own: "Pekan sebelumnya, pada Selasa (5/3), ...")
    if about:
        # "Pekan sebelumnya, Yoon bertemu ...": the month about a week (a few days, weeks) before the last day told
        last_day = last_full_day() or published  # (none told: the report's own day)
        if last_day is None or len(last_day) != 10:
            return None
        about_days = 7 if about.group(1) else 3 if about.group(2).lower() == "hari" else 14
        away = datetime.timedelta(days=-about_days if about.group(3).lower() == "sebelumnya" else about_days)
        return (datetime.date.fromisoformat(last_day) + away).isoformat()[:7]
    if same_week and undated:
        # "... yang digelar pada pekan yang sama": the month of the last day told, a week naming no day
        last_day = last_full_day()
        return last_day[:7] if last_day else None
    same_day, that_time = _SAME_DAY.search(text), i > 0 and _THAT_TIME.match(text)
    shift = _DAYS_AWAY.search(text) if shifts else None
    if shift and shift.group(3) and _HELD_AWAY_FROM.search(text, 0, shift.start()):
        # "Kunjungan Scholz digelar lima hari setelah KTT G20 di Bali": the visit told is that far from the summit,
        # not that far from its own day
        return None
    if not (same_day or that_time or shift):
        return None
    # "Sehari sebelumnya, ...": the day before the last meeting told with its day, not before a launch told since;
    # the last day told at all where no meeting has one
    def day_of(j: int) -> str | None:
        # a sentence's own day, or the one "Pada hari yang sama" points back to; for "Pada hari yang sama" itself,
        # also a day told as counted from another ("Keesokan harinya, kedua pemimpin melakukan pembicaraan ...")
        if same_day and not shift and not that_time:
            return _day_told(facts[j], body, published) or (
                _told_date(body, facts, j, published) if (away := _DAYS_AWAY.search(facts[j].sentence.text)) and not away.group(4)
                else None)  # (not "pada hari kedua kunjungan", which may tell of a day already given)
        return _day_told(facts[j], body, published) or (
            _told_date(body, facts, j, published, shifts=False) if shift and _SAME_DAY.search(facts[j].sentence.text) else None)

    if shift and shift.group(4) and _OF_EVENT.search(shift.group(0)):
        # "Sebelumnya, di hari pertama KTT, Yoon bertemu X": counted from the summit's first day told before (its
        # span's first, or the day told as its first), not from the last day told
        return _nth_day_of_event(facts, i, body, published, shift.group(4).lower())
    if shift and shift.group(4) and (re.search(r"kunjungan|lawatan", shift.group(0), re.IGNORECASE)
                                     or shift.group(0).rstrip()[-1:] in ",.;" and any("visit" in f.kinds for f in facts[:i])):
        # (and "Pada hari kedua, ..." alone in the story of a visit)
        # "Pada hari pertama lawatannya, ...": counted from the visit's first day told (its start or arrival), not
        # from the last day told, which may be its second
        first_at = next((j for j in range(i) if "visit" in facts[j].kinds and len(day_of(j) or "") == 10), None)
        # (the first day told as such, "Pada hari pertama kunjungannya, Rabu (12/3), ...", before the day a visit
        # told as ending: "mengakhiri kunjungan resmi tiga hari ... pada Jumat (14/3)")
        first_told = next((j for j in range(i) if _FIRST_DAY.search(facts[j].sentence.text) and len(day_of(j) or "") == 10),
                          None)
        ending = first_at is not None and first_told is None and _VISIT_ENDS.search(facts[first_at].sentence.text)
        length = next((m for j in range(i) if (m := _VISIT_LENGTH.search(facts[j].sentence.text))), None)
        if ending and first_at is not None:
            if not length:
                return None
            # the nth of the days it lasted, counted back from its last
            lasted = dates.count_of(length.group(1))
            last = datetime.date.fromisoformat(day_of(first_at) or "")
            return (last - datetime.timedelta(days=lasted - _ORDINALS.get(shift.group(4).lower(), lasted))).isoformat()
        first_at = first_at if first_told is None else first_told
        if first_at is not None:
            nth = _ORDINALS.get(shift.group(4).lower())
            if nth is None:  # "Pada hari terakhir kunjungannya": the last of the days the visit was told to last
                span = _DAY_SPAN.search(facts[first_at].sentence.text)  # "kunjungan kerja ... pada 4-6 Juni 2024"
                if length:
                    nth = dates.count_of(length.group(1))
                elif span:
                    nth = int(span.group(2)) - int(span.group(1)) + 1
                else:
                    return None
            return (datetime.date.fromisoformat(day_of(first_at) or "") + datetime.timedelta(days=nth - 1)).isoformat()
    def summit_side_day(j: int) -> str | None:
        # "Di sela KTT, Prabowo bertemu Erdogan", undated: the day of the summit told with its day before it (not an
        # arrival told since: "tiba di Kairo pada Rabu (18/12) malam")
        if not _AT_SUMMIT_SIDE.match(facts[j].sentence.text):
            return None
        return next((d for k in range(j - 1, -1, -1) if "KTT" in facts[k].sentence.text
                     and len(d := _day_told(facts[k], body, published) or "") == 10), None)

    # (not the first of a stay's days, "pameran ... yang berlangsung pada 22-26 Oktober", told after the talks' day)
    met = next((j for j in range(i - 1, -1, -1) if facts[j].kinds & {"meeting", "visit"} and
                len(day_of(j) or summit_side_day(j) or "") == 10 and not _DAY_SPAN.search(facts[j].sentence.text)), None) \
        if shift else None
    named = re.match(r"\s+(\w+)", text[shift.end():]) if shift and shift.group(3) and \
        re.fullmatch(_COUNTED_FROM, shift.group(3), re.IGNORECASE) else None
    if named:
        # "Sehari sebelum perayaan, Prabowo bertemu Modi": from the day of the celebration told, not of the arrival
        # told since
        noun = re.compile(r"\b" + re.escape(named.group(1)) + r"\b", re.IGNORECASE)
        met = next((j for j in range(i - 1, -1, -1) if noun.search(facts[j].sentence.text) and
                    len(_day_told(facts[j], body, published) or "") == 10), met)
    earlier_that_day = bool(same_day and not shift and _EARLIER_THAT_DAY.match(text))
    for j in range(i - 1, -1, -1):
        prev = facts[j]
        if that_time and j < i - 1 and "\n" in body[prev.sentence.end:facts[j + 1].sentence.start]:
            return None  # (the sentence right before may open its own paragraph: many sites make each sentence one)
        if met is not None and j > met:
            continue
        if earlier_that_day and "meeting" not in prev.kinds and _ARRIVED.search(prev.sentence.text):
            continue  # "Sebelumnya pada hari yang sama, ...": earlier on the day of the talks told, not of an arrival
        back = _DAYS_AWAY.search(prev.sentence.text) if same_day and not shift and "meeting" in facts[i].kinds else None
        if back and _ARRIVED.search(prev.sentence.text) and (_days_away(back) or 0) < 0:
            # "Yoon tiba di Warsawa sehari sebelumnya, .... Pada hari yang sama, Yoon juga bertemu PM X": an arrival
            # looked back on is not the day the story is on; the talks' day told before it
            continue
        day = day_of(j) or (summit_side_day(j) if j == met else None)
        if day and shift and len(day) == 10:  # "Sehari sebelumnya, Yoon berada di Turkmenistan": the day before that
            days = _days_away(shift)
            return (datetime.date.fromisoformat(day) + datetime.timedelta(days=days)).isoformat() if days is not None else None
        if day and shift and len(day) == 7 and met is None and prev.kinds & {"meeting", "visit"}:
            return day  # "bertemu X pekan lalu. Sehari kemudian, ...": that month, on no day told
        if day and (len(day) == 10 or that_time) and not shift:
            if same_day and published and day > published and not _PLANNED.search(text) and not (
                    j == i - 1 and _LATER_THAT_DAY.match(same_day.group(0)) and _PLANNED.search(prev.sentence.text)):
                # "Cho juga menemui X pada hari yang sama" after "KTT ... dijadwalkan berlangsung pada Senin (25/8)": what
                # happened is not on a day to come; the day of what was told before it (but "Esok harinya, Senin (16/5),
                # Jokowi akan .... Malam harinya Presiden bertemu X": the evening of the day to come just told)
                continue
            return day
    return None
_PAIR_HELD = prefilter.compile(r"\b(?:[Kk]e)?dua\s+(?:menteri|menlu|pemimpin|presiden|pejabat|diplomat)(?:\s+(?:tersebut|itu))?"
                               r"\s+(?:(?:telah|juga|pun|sempat)\s+)*(?:mengadakan|menggelar|melakukan)\s+(?:pertemuan|pembicaraan)\b")
# a day's program told: "sejumlah agenda telah menanti Presiden", "memiliki sejumlah agenda", "padat dengan agenda"
_DAY_AGENDA = prefilter.compile(r"\b(?:sejumlah|serangkaian|beberapa|berbagai|banyak|padat\s+dengan)\s+(?:agenda|kegiatan|acara)\b"
                                r"|\bagenda\s+(?:padat|(?:yang\s+)?(?:telah|sudah)\s+menanti)\b", re.IGNORECASE)
_BILATERAL_TALKS = prefilter.compile(r"\b(?:pertemuan|pembicaraan)\s+bilateral\b", re.IGNORECASE)
_LATER_THAT_DAY = re.compile(r"(?:siang|malam|sore)\s+harinya", re.IGNORECASE)
_AT_SUMMIT_SIDE = prefilter.compile(r"\s*(?:Di|Pada)\s+sela(?:-sela)?\s+KTT(?:\s+(?:itu|tersebut|ini))?\s*,")
_PAIR_SUBJECT = prefilter.compile(r"(?:Kedua\s+(?:pemimpin|kepala\s+negara|kepala\s+pemerintahan|presiden|menteri|menlu|pihak)"
                           r"|Keduanya|Ketiganya|Ketiga\s+pemimpin)\b")
_EVENT_SUBJECT = prefilter.compile(r"(?:KTT|Pertemuan|Pembicaraan|Forum|Sidang|Konferensi|Dialog|Acara|Upacara)\s+(?:\S+\s+){0,3}?"
                            r"(?:itu|tersebut|ini)\b")
_SIGNING_SUBJECT = prefilter.compile(r"(?:Penandatanganan|Peresmian|Upacara|Acara)\s+(?:(?:itu|tersebut|ini)\s+)?"
                              r"(?:dilakukan|disaksikan|dihadiri|digelar|berlangsung|dipimpin)\b")
_THEN = prefilter.compile(r"^\S+(?:\s+\S+){0,3}\s+kemudian\b|^(?:Setelah\s+itu|(?:Usai|Seusai|Setelah|Selepas)\s+"
                   # "Usai upacara penyambutan, ...": up to two words naming what the ceremony was
                   r"(?:upacara|penandatanganan|peresmian|acara)(?:\s+(?-i:[a-z])\w+){0,2}?(?:\s+(?:itu|tersebut))?\s*,)")
# on the sidelines of the event just told: "Di sela forum, ...", "Di sela-sela KTT tersebut, ..." (not "Di sela KTT,"
# after a summit of the day before told in passing: the story's own summit)
_AT_SIDELINES_OF_TOLD = prefilter.compile(r"(?:Di|Pada)\s+sela(?:-sela)?\s+(?:(?:forum|acara|konferensi|kunjungan)(?:\s+(?:itu|tersebut|ini))?"
                                   r"|(?:KTT|pertemuan|sidang)\s+(?:itu|tersebut|ini))\s*,")
# "Sehari sebelumnya", "Dua hari kemudian", "Keesokan harinya": days from the day told before
# and days from the event just told: "Sehari sebelum KTT", "dua hari setelah pertemuan itu"
_DAYS_AWAY = prefilter.compile(r"\b(?:(se)(?:hari|pekan|minggu)|(\w+)\s+(?:hari|pekan|minggu))\s+(sebelumnya|kemudian|setelahnya|sesudahnya"
                        r"|(?:" + _COUNTED_FROM + r")(?=\s+"
                        r"(?:KTT|pertemuan|konferensi|kunjungan|pembukaan|sidang|forum|upacara|pelantikan|peringatan|perayaan|pemilihan"
                        # "sehari setelah penyerahan surat kepercayaan tersebut", "dua hari setelah penandatanganan MoU"
                        r"|penyerahan|penandatanganan|peresmian"
                        # "Sehari setelah kedatangannya": from the arrival told
                        r"|pemilu|kedatangan(?:nya)?|tiba|mendarat)\b))\b|\b(?:keesokan|esok)\s+harinya\b|\bkeesokannya\b|\besoknya\b"
                        r"|\bhari\s+berikutnya\b"
                        # "Di hari kedua kunjungannya": the visit's first day told before, and one more
                        r"|\b(?:di|pada)\s+hari\s+(pertama|ke(?:dua|tiga|empat|lima)|terakhir)(?:\s+(?:kunjungan|lawatan|KTT|konferensi|sidang|forum)|\s*[.,;]|\s*$)"
                        # "Malam sebelumnya, Wong menjamu Sugiono": the evening before the day told
                        r"|\b(malam|sore)\s+sebelumnya\b",
                        re.IGNORECASE)
# how long a visit lasts: "kunjungan resmi tiga hari", "lawatan kenegaraan selama empat hari"
_FIRST_DAY = prefilter.compile(r"\bhari\s+pertama\b", re.IGNORECASE)
_VISIT_ENDS = prefilter.compile(r"\b(?:mengakhiri|menutup|mengakhirkan|menuntaskan)\s+(?:\w+\s+){0,2}?(?:kunjungan|lawatan)\b"
                         r"|\b(?:kunjungan|lawatan)(?:nya)?\s+(?:\w+\s+){0,3}?(?:berakhir|ditutup)\b", re.IGNORECASE)
# (and "kunjungan kenegaraan ke Korea Selatan selama tiga hari"; not a count of days from another day: "kunjungan ... dua
# hari setelah KTT")
_VISIT_LENGTH = prefilter.compile(r"\b(?:kunjungan|lawatan)\b[^.;]{0,60}?\b(dua|tiga|empat|lima|enam|\d)\s+hari\b"
                           r"(?!\s+(?:setelah|sesudah|sebelum|sebelumnya|kemudian|lalu|menjelang|usai)\b)", re.IGNORECASE)
_DAY_SPAN = prefilter.compile(r"\b(\d{1,2})\s*(?:[-–]|\s(?:hingga|sampai)\s)\s*(\d{1,2})\s+[A-Z][a-z]+")


def _in_span(day: str, first: str, text: str) -> bool:
    """`day` is one of the days a span "16-17 Mei" that starts on `first` covers."""
    span = _DAY_SPAN.search(text)
    if not span or int(span.group(1)) != int(first[8:10]):
        return False
    last = datetime.date.fromisoformat(first) + datetime.timedelta(days=int(span.group(2)) - int(span.group(1)))
    return first <= day <= last.isoformat()


_ORDINALS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5}
# the visit or talks told as the subject, held some days from another event: "Kunjungan Scholz digelar lima hari setelah"
_HELD_AWAY_FROM = prefilter.compile(r"^\s*(?:Kunjungan|Lawatan|Pertemuan|Pembicaraan)\b[^,.;]{0,60}?\b(?:dilakukan|digelar|berlangsung"
                             r"|terjadi|diadakan|dilaksanakan)\s+(?:hanya\s+)?\Z")
_OF_EVENT = prefilter.compile(r"\b(?:KTT|konferensi|sidang|forum)\b", re.IGNORECASE)
_NTH_DAY_TOLD = prefilter.compile(r"\bhari\s+(pertama|ke(?:dua|tiga|empat|lima))\s+(?:KTT|konferensi|sidang|forum)\b", re.IGNORECASE)


def _nth_day_of_event(facts: list[SentenceFacts], i: int, body: str, published: str | None, nth: str) -> str | None:
    """The nth ("pertama" ... "terakhir") day of the summit told last before sentence i with its day: the first of
    its span ("berlangsung pada 9-10 September"), or the day told as one of its days ("pada hari pertama KTT G20 ...,
    Sabtu (9/9)"); None where no sentence before tells it so."""
    for j in range(i - 1, -1, -1):
        text = facts[j].sentence.text
        day = _day_told(facts[j], body, published) if _OF_EVENT.search(text) else None
        if not day or len(day) != 10:
            continue
        span, told = _DAY_SPAN.search(text), _NTH_DAY_TOLD.search(text)
        if span and int(span.group(1)) == int(day[8:10]):
            first, last = 1, int(span.group(2)) - int(span.group(1)) + 1
        elif told:
            first, last = _ORDINALS[told.group(1).lower()], None
        else:
            continue
        count = _ORDINALS.get(nth, last)
        if count is None:
            return None
        return (datetime.date.fromisoformat(day) + datetime.timedelta(days=count - first)).isoformat()
    return None



def _days_away(m: re.Match[str]) -> int | None:
    if m.group(5):
        return -1  # "malam sebelumnya"
    if m.group(4):
        return _ORDINALS[m.group(4).lower()] - 1 if m.group(4).lower() in _ORDINALS else None  # "hari terakhir": how long?
    if m.group(3) is None:
        return 1  # "keesokan harinya"
    # "Pada hari sebelumnya": one day
    weeks = re.search(r"pekan|minggu", m.string[m.start():m.start(3)], re.IGNORECASE)  # "sepekan kemudian": seven days
    count = 1 if m.group(1) or m.group(2).lower() in ("pada", "di") and not weeks else NUMBER_WORDS.get(m.group(2).lower())
    count = count * 7 if count is not None and weeks else count
    return None if count is None else count * (-1 if m.group(3).lower() in ("sebelumnya", "sebelum", "menjelang") else 1)


def _town(name: str | None) -> bool:
    """A town the place gazetteer knows ("Jakarta"), not a country named as a destination ("ke Italia")."""
    return name is not None and name.casefold() in default_gazetteer().places
# a town, then its country: "di Rio de Janeiro, Brasil"
_CAPITALISED_PLACE = r"(?:[A-Z][\w'’\-]*\s+(?:(?:de|da|do|del|la|el|of|the)\s+)?){0,3}[A-Z][\w'’\-]*"
_TOWN_THEN = prefilter.compile(r"\b[Dd]i\s+(?:" + _CAPITALISED_PLACE + r",\s*)?" + _CAPITALISED_PLACE + r",\s*\Z")


def town_before(body: str, pos: int) -> bool:
    """The words before `pos` are "di <Town>, ": what follows is the town's country."""
    return bool(_TOWN_THEN.search(body, max(0, pos - 80), pos))


def _every_mention(mentions: list[Mention], passing: list[bool]) -> set[str]:
    """The codes every one of whose mentions passes (`passing`: one flag per mention)."""
    passed: set[str] = set()
    failed: set[str] = set()
    for m, ok in zip(mentions, passing, strict=True):
        (passed if ok else failed).add(m.code)
    return passed - failed
_ATTENDED_THAT = prefilter.compile(r"\s*(?:Pertemuan|Acara|Upacara|Penandatanganan|Peresmian|KTT|Sesi|Sidang|Konferensi|Forum)\s+"
                            # (what it was between: "KTT yang dipimpin Presiden Brasil X itu dihadiri ...")
                            r"(?:(yang\s+[^,.;]{1,80}?\s+)?(?:itu|tersebut|ini)\s+)?"
                            r"(?:(?:juga|turut)\s+){0,2}dihadiri\b")
_HABITUAL = prefilter.compile(r"\b(?:seringnya|sering|kerap|berkali-kali|rutin|secara\s+berkala"
                       r"|(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)\s+kali)\b", re.IGNORECASE)
_THAT_MEETINGS = r"(?:pertemuan|pembicaraan|KTT|kunjungan|lawatan|perundingan|dialog|konsultasi)"
_THAT_MEETING = prefilter.compile(r"\b(?:" + _THAT_MEETINGS + r"|jamuan|acara|upacara|pelantikan)\s+(?:(?:yang|pada)\s+[^,.;]{0,60}?\s+"
                           # "Dialog 2+2 tingkat menteri ini": what kind of meeting, then "ini"
                           r"|(?:(?!(?:dengan|di|ke|dari|pada|yang|untuk|antara|bersama|dan|tahun|bulan|pekan|minggu|hari|pagi|siang|sore|malam"
                           r"|kali|saat|waktu)\b)[\w+\-]+\s+){1,3})?"
                           r"(?:itu|tersebut|ini)\b"
                           # "Usai pertemuan, kedua negara menandatangani ...": the meeting just told
                           r"|\b(?:usai|seusai|setelah|sesudah|selepas)\s+(?:pertemuan|pembicaraan|perundingan)\s*,"
                           # "Pertemuan dihadiri Kepala DAPA X dan Wamenhan Y": those at the meeting just told
                           r"|^" + _ATTENDED_THAT.pattern +
                           # "Dalam pertemuan tertutup, kedua pemimpin membahas ...": the meeting just told
                           r"|^\s*(?:Dalam|Selama)\s+(?:pertemuan|pembicaraan)\s+(?:tertutup|empat\s+mata|bilateral)\s*,"
                           # "Pertemuan berlangsung selama satu jam", "Pembicaraan bilateral digelar tertutup": the meeting
                           # just told, opening the sentence with how it went
                           r"|^\s*(?:Pertemuan|Pembicaraan|Perundingan)(?:\s+(?:bilateral|tertutup|empat\s+mata|keduanya"
                           r"|kedua\s+(?:pemimpin|menteri|kepala\s+negara)))?\s+(?:berlangsung|digelar|diadakan|dilaksanakan"
                           r"|dilangsungkan|berjalan|dimulai)\b"
                           # "Ini adalah pertemuan ketiga keduanya tahun ini": the one just told, counted
                           # (after a source's comma too: "Menurut Kementerian Luar Negeri X, ini adalah kunjungan resmi ...")
                           r"|(?:^\s*|^\s*Menurut\s+[^,.;]{1,60},\s*)(?:Ini|Itu)\s+(?:adalah|merupakan|menjadi)\s+"
                           r"(?:pertemuan|pembicaraan|KTT|kunjungan|lawatan)\b"
                           # "Namun, dalam pertemuan yang telah berlangsung, Indonesia dan X sepakat ...": the one told
                           r"|\b(?:dalam|pada|selama)\s+(?:pertemuan|pembicaraan|perundingan)\s+yang\s+(?:telah|sudah|baru\s+saja|tadi)"
                           r"\s+(?:berlangsung|digelar|dilaksanakan|diadakan|dilangsungkan)\b"
                           # "... memaparkan bahwa di akhir pertemuan kedua kepala negara menyaksikan ...": the one told,
                           # near its end (not "pada akhir pertemuan dengan PM X", another named)
                           r"|\b(?:di|pada)\s+(?:akhir|penghujung|ujung)\s+(?:pertemuan|pembicaraan|perundingan)\b"
                           r"(?!\s+(?:dengan|antara|bilateral|puncak|tingkat|pertama|ketiga)\b|\s+(?-i:[A-Z])"
                           r"|\s+kedua\s+(?!menteri|pemimpin|kepala|negara|pihak|belah|delegasi|presiden))",
                           re.IGNORECASE)
_MEETS_VERBS = ("bertemu", "menerima", "menemui", "menyambut", "menjamu", "mengunjungi", "berkunjung")


# the one who hosts a summit takes part: "KTT yang digelar 9-11 Juli itu ..., dengan Presiden AS Joe Biden sebagai tuan rumah"
_CO_CHAIRED = prefilter.compile(r"\s*(?:KTT|Pertemuan|Pembicaraan|Forum|Sidang|Konferensi|Dialog|Dewan|Rapat|Komisi)\b[^,.;]{0,60}?"
                         r"\b(?:dipimpin|diketuai)\b")
_ARRIVED = prefilter.compile(r"\b(?:tiba|datang|mendarat|kembali|bertolak|berangkat|terbang)\b", re.IGNORECASE)
