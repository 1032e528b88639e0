"""Ties, agreements and memberships from cue words around actor mentions, sentence by sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import combinations, pairwise

from kg import dates, prefilter
from kg.article import Agreement, Evidence, Meeting, Membership, Mention, Tie
from kg.extract.clauses import (  # the clause and mention reading ties and meetings share
    _ADVERBIAL,
    _AFTER_MEETING,
    _AROUND_EVENT,
    _AT_SELA,
    _AT_SIDELINES_OF,
    _DISCUSSED,
    _EVENT_WITH,
    _EVENT_WORDS,
    _I_MET,
    _MEETS_VERBS,
    _NOT_ATTENDING,
    _PAIR_ANAPHOR,
    _PLANNED,
    _PROCESS,
    _PRONOUN_START,
    _QUOTE_OPEN,
    _RELATION_NOUN,
    _SIDELINES,
    _STOPS_INTRO,
    _SUBORDINATE,
    _THEN_MET,
    _THREE_WAY,
    _TWO,
    _WATCHED,
    AFTER_WORDS,
    ATTEND_OPENERS,
    COUNTED_OPENING,
    EXAMPLES,
    MET_BEFORE,
    RELATION_NOUNS,
    SOON,
    SPOKEN_ABOUT,
    TITLE_WORDS,
    SentenceFacts,
    TieDraft,
    _best_date,
    _codes,
    _discussed,
    _every_mention,
    _is_state,
    _lead_trio,
    _negated,
    _pair,
    _place,
    _preceded_by,
    _ranked,
    _state_anaphor,
    _tie,
    _told_date,
    country_pair,
    main_actor,
    named_in_opening,
    pair_named_last,
    prepared_summit,
    spoken_summit,
    town_before,
)
from kg.extract.lexicon import Hit
from kg.extract.sentences import Sentence
from kg.lang.id.cues import (
    ATTENDING,
    COUNTERPART_WORD,
    DISCUSSING,
    GROUP_PREPOSITIONS,
    PLACES_VISITED,
    REGION_BLOCS,
    SIGNING_ACTS,
    TOPIC_NOUNS,
    TOPIC_PREPOSITIONS,
)
from kg.lang.id.numbers import NUMBER_WORDS, SEVERAL_WORDS

USABLE = ("name", "capital", "agency", "person", "company")
# ")": after an alias in brackets; "(9-10 April), ": after a side's dates in brackets
_GROUP_GAP = prefilter.compile(r"^\)?\s*(?:\([^)]{0,30}\)\s*(?=,|dan\b|serta\b))?(?:,|dan|serta|-|–|maupun|&|\([^)]{0,30}\))\s*(?:dan\s+)?$")
_RELATIVE = prefilter.compile(r",\s+yang\b")
_BETWEEN = prefilter.compile(r"\bantara\s*$", re.IGNORECASE)
# the next of a list past an apposition about the one before: "mengunjungi Hanwha Aerospace, produsen howitzer K9, dan
# Hyundai Rotem"
_APPOSED_THEN = prefilter.compile(r",\s*(?:produsen|pabrikan|perusahaan|anak\s+usaha|pembuat)\b[^,;.]{0,60},\s*(?:dan|serta)\s+")
_FOR_LEADERS = prefilter.compile(r"\b(?:untuk|bagi)\s+para\s+(?:pemimpin|kepala\s+negara)\s+\Z", re.IGNORECASE)
_THEY = prefilter.compile(r"\bmereka\b", re.IGNORECASE)
_PRESENCE_ASKED = prefilter.compile(r"\b(?:meminta|mengharapkan|mengundang|memohon)\s+kehadiran\s+(?:para\s+)?(?:[a-z]+\s+)?\Z",
                                  re.IGNORECASE)
_RELATION_BETWEEN = prefilter.compile(RELATION_NOUNS + r"(?:[a-z]+\s+){0,2}antara\s+\Z", re.IGNORECASE)
# a rift between two, spoken of: "diskusi tentang perbedaan antara AS dan Korea Utara", "ketegangan antara X dan Y"
_RIFT_BETWEEN = prefilter.compile(r"\b(?:perbedaan|ketegangan|perselisihan|pertikaian|sengketa|konflik|perang|permusuhan|rivalitas"
                                  r"|persaingan|kesenjangan|jurang)\s+(?:[a-z]+\s+){0,2}antara\s+\Z", re.IGNORECASE)
# what talks are about, between two others: "pertukaran pandangan mengenai proses negosiasi tarif antara Jepang dan AS"
_SPOKEN_OF_BETWEEN = prefilter.compile(r"\b(?:mengenai|tentang|soal|seputar|terkait)\s+(?:[a-z\-]+\s+){1,4}antara\s+\Z",
                                       re.IGNORECASE)
_SIGNED_BETWEEN = prefilter.compile(r"\bpenandatanganan\s+(?:[\w\-]+\s+){0,6}?antara\s+(?:PT\.?\s+)?\Z", re.IGNORECASE)
_DENGAN = prefilter.compile(r"^\s+(?:dengan|bersama)\s+$", re.IGNORECASE)
_QUOTE_CLOSE = prefilter.compile(r"[\"”]\s*,?\s*(?:kata|ujar|tutur|ucap|tegas|ungkap|imbuh|tambah|jelas|lanjut)\w*\s+", re.IGNORECASE)
# "dengan Y", and "dengan perusahaan kilang minyak Korea, Y": a company's description may come before it
_OBJECT_LINK = prefilter.compile(r"\b(?:dengan|bersama|kepada|ke)(?:\s+(?:perusahaan|produsen|raksasa|grup|konsorsium|operator)"
                          r"\b[^,.;]{0,50},)?"
                          # "meneken kontrak dengan pemerintah Peru": a state by its government or forces
                          r"(?:\s+(?:pihak\s+)?(?:pemerintah(?:an)?|kerajaan|negara|militer|angkatan\s+bersenjata"
                          # or a ministry or agency of it ("dengan Kementerian Pertahanan Polandia")
                          r"|(?:kementerian|departemen|badan|lembaga)(?:\s+[\w\-]+){0,3}))?\s*$", re.IGNORECASE)
_OBJECT_WINDOW = 6
# a verb right after a name: the name is a clause's subject, not the object of the verb before it
_OWN_VERB_AFTER = prefilter.compile(r"\s+(?:(?:juga|akan|pun|telah|resmi|segera)\s+)?(?:" + "|".join(
    sorted({*SIGNING_ACTS, "bertemu", "berkunjung", "kunjungi", "mengunjungi", "gandeng", "menggandeng", "bahas", "membahas"},
           key=len, reverse=True)) + r")\b", re.IGNORECASE)
_REPORTING = prefilter.compile(r"^\s*(?:menurut|kata|ujar|tutur|lanjut)\b", re.IGNORECASE)
# at talks, an office with no name after it stands for the one last told of: "Presiden kemudian bertemu ...", "Di sela
# KTT, Presiden melakukan pertemuan bilateral dengan ..." (not "Perdana Menteri menguraikan tiga orientasi ...")
_OFFICE_START = prefilter.compile(r"^\s*(?:Presiden|Perdana\s+Menteri|PM|Kanselir|Raja|Menlu|Menteri\s+Luar\s+Negeri)\s+(?=[a-z])")
# a subordinate clause with a pronoun of its own: "..., setelah sebelumnya ia mengunjungi Arab Saudi"
_SUBORDINATE_PRONOUN = prefilter.compile(r"^\s*(?:\w+\s+)?(?:(?:sebelumnya|kemudian|juga|lebih\s+dulu)\s+)?(?:ia|dia|beliau)\b",
                                  re.IGNORECASE)
_PAIR_START = prefilter.compile(r"^\s*[\"“]?(?:kedua\s+(?:negara|pemimpin|belah\s+pihak|pihak|pemerintah|kepala\s+negara|menteri|menlu"
                         r"|presiden|perdana\s+menteri|wakil\s+menteri|delegasi)|keduanya)\b",
                         re.IGNORECASE)
_DEMONSTRATIVE = prefilter.compile(r"^\s*(?:\([^)]*\)\s*)?(?:itu|tersebut|ini|tadi)\b", re.IGNORECASE)
_LIST_START = prefilter.compile(r"(?:termasuk|yaitu|yakni|meliputi|antara lain|masing-masing(?:\s+(?:tentang|mengenai|di bidang))?|:)\s*",
                         re.IGNORECASE)
_LABEL = prefilter.compile(r"^\s*(?:untuk\s+)?(?:periode\s+)?((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)")
_NAMED = prefilter.compile(r"^\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})")
_SUBJECT_WINDOW = 6
# a body described before its name: "lembaga penjamin ekspor milik pemerintah Korea Selatan, K-sure, meneken ..."
_DESCRIBED_BEFORE = prefilter.compile(r"\s*(?:lembaga|perusahaan|badan|produsen|raksasa|operator|grup|konglomerat|bank|BUMN)\b"
                                      r"[^,.;\"“]{0,90},\s*", re.IGNORECASE)
_WITH_BEFORE = prefilter.compile(r"\b(?:dengan|bersama)\s+(?:[\w\-]+\s+){0,5}$", re.IGNORECASE)
_POSITIVE = ("cooperation", "meeting", "visit", "support")


def _in(h, s: Sentence) -> bool:
    return s.start <= h.start < s.end


# "KEPCO dan perusahaan energi Prancis TotalEnergies": a company described by its head noun, joined by "dan"
# "Menlu X dan mitranya dari Jepang(, Y,) bertemu": one with their counterpart, the country standing for them
_COUNTERPART_GAP = prefilter.compile(rf"^\s*(?:dan|serta|bersama)\s+(?:para\s+)?{COUNTERPART_WORD}\s+"
                              r"(?:sejawat(?:nya)?\s+)?(?:dari|asal)\s+$", re.IGNORECASE)
_REGIONS_WITH_BLOCS = tuple(REGION_BLOCS)
_SERIES_BEFORE = prefilter.compile(r"\b(?:serangkaian|rangkaian|sejumlah|beberapa|berbagai|banyak|berturut-turut)\s+"
                            r"(?:pertemuan|pembicaraan|dialog|KTT)\s+\Z", re.IGNORECASE)
# the country a trip goes to, told after who makes it: "negara yang (akan) dikunjungi Presiden X adalah Singapura"
_VISITED_IS = prefilter.compile(r"\byang\s+(?:akan\s+)?dikunjungi\s+(?P<who>[^.;,]{1,60}?)\s+(?:adalah|ialah|yakni|yaitu)\s+",
                                re.IGNORECASE)
_NAMED_NEXT = prefilter.compile(r" (?:[A-Z]|\d+\s+[A-Z])")  # "para pemimpin Asia Tengah", not "para pemimpin kedua negara"
_COMPANY_HEAD_GAP = prefilter.compile(r"^\)?\s*(?:dan|serta)\s+(?:perusahaan|produsen|raksasa|operator|pengembang|BUMN|anak\s+usaha)\b"
                               r"[^,.;()]{0,40}$")
# "Hanwha Aerospace dan Badan Persenjataan Polandia": a country's agency or ministry, named by its head noun
_AGENCY_GAP = prefilter.compile(r"^\)?\s*(?:dan|serta)\s+(?:Kementerian|Badan|Departemen|Lembaga|Agensi|Otoritas|Komisi|Dewan)"
                         r"(?:\s+(?:[A-Z][\w\-]*|dan)){1,5}\s+$")
# "..., Presiden Prancis Y", "... dan PM Kanada Z"; and after the first one's day: "X pada Senin (11/3) dan Presiden Y"
_TITLED_GAP = prefilter.compile(r"^\s*(?:pada\s+(?:\w+\s+)?\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*)?"
                         # (after how often: "bertemu Presiden China X untuk pertama kalinya, serta PM Australia Y")
                         r"(?:untuk\s+(?:pertama|kedua|ketiga)\s+kalinya\s*|secara\s+terpisah\s*)?"
                         # a post of words joined by "dan": "Direktur Jenderal Biro Asia dan Oseania Kementerian ..."
                         # "... serta dengan PM Fiji Z": the next one met
                         # (a post in lower case too: "menjamu perdana menteri Jepang X dan perdana menteri China Y")
                         r"(?:,\s*(?:(?:dan|serta|lalu|kemudian)\s+)?|(?:dan|serta)\s+)(?:dengan\s+)?((?:(?:[A-Z][\w\-]*|presiden|perdana|menteri|wakil"
                         r"|raja|ratu|kanselir|luar|negeri|pertahanan|perdagangan)\s+(?:dan\s+)?){1,8})$")


def _titled(gap: str, nxt: list[Mention], i: int) -> bool:
    """ "Yoon dan Perdana Menteri Jepang Kishida": the gap is a post's words and a person of the next
    mention's side follows it."""
    m = _TITLED_GAP.match(gap)
    if not m or not all(w.lower() in TITLE_WORDS for w in m.group(1).split() if w != "dan"):
        return False
    code = nxt[i].code
    return any(x.via == "person" and x.code == code for x in nxt[i : i + 2])


_OFFICE_GAP = prefilter.compile(r"^\s*(?:dan|serta)\s+((?:[A-Z][\w\-]*\s+){1,4})$")
_ORIGIN_AFTER = prefilter.compile(r"^\s+(?:dari|asal)\s+(?:[A-Z][\w\-]*\s*){1,3}(?=,|\s*(?:dan|serta)\b)")
_WORD_BEFORE = prefilter.compile(r"([A-Za-z]+)\s+\Z")


def _two_offices(body: str, last: Mention, gap: str, m: Mention) -> bool:
    """ "Presiden Korsel dan Presiden Filipina bertemu ...": two countries each named by its office, no one's name
    after either, are one coordinated group (the caller asks where they open the sentence's mentions: not "Yoon
    menerima Utusan China dan Menlu Jepang", each received on their own)."""
    if last.via != "name" or m.via != "name" or last.code == m.code or not (_is_state(last.code) and _is_state(m.code)):
        return False
    office = _OFFICE_GAP.match(gap)
    before = _WORD_BEFORE.search(body, max(0, last.start - 20), last.start)
    return bool(office and before and before.group(1).lower() in TITLE_WORDS
                and all(w.lower() in TITLE_WORDS for w in office.group(1).split()))


_ATTENDED_PASSIVE = prefilter.compile(r"\b(?:dihadiri|diikuti)\b", re.IGNORECASE)
_ATTENDED_BY_AGENT = prefilter.compile(r"\b(?:dihadiri|diikuti)\s+oleh\s+(?:[\w\-]+\s+){0,5}\Z", re.IGNORECASE)


_NOTHING_AFTER = prefilter.compile(r"\s*(?:[.,;:)]|\Z)")


# "..., dan juga dengan pemimpin dari Polandia, Denmark ...": the leaders of countries named, met next
_LEADERS_NEXT = prefilter.compile(r"^\s*,?\s*(?:dan|serta)\s+(?:juga\s+)?(?:dengan\s+)?(?:para\s+)?"
                                  r"(?:pemimpin|kepala\s+(?:negara|pemerintahan))\s+(?:dari\s+)?$")


def _list_goes_on(gap: str) -> bool:
    """ "bertemu secara terpisah dengan Menlu Jepang dan Menlu China": the gap between two of those met is a list's
    link and the next one's post."""
    if _LEADERS_NEXT.match(gap):
        return True
    m = _TITLED_GAP.match(gap)
    return m is not None and all(w.lower() in TITLE_WORDS for w in m.group(1).split() if w != "dan")


# the office of the one just named, told in passing: ", yang juga menjabat Ketua PIF,"
_OFFICE_CLAUSE = prefilter.compile(r",\s*yang\s+(?:juga\s+|kini\s+|saat\s+(?:ini|itu)\s+|ketika\s+itu\s+)?(?:menjabat(?:\s+sebagai)?"
                            r"|merangkap)\b[^,;.]*(?:,|(?=\.\s|\.$))",  # up to a comma or the sentence's end
                            re.IGNORECASE)



_LIST_GOES_ON = prefilter.compile(r"\s*(?:,|\bdan\b|\bserta\b)")


def _opening_ends_at(body: str, comma: int) -> bool:
    """The sentence opens with an adverbial phrase that ends at the comma at `comma`."""
    start = max(body.rfind(c, 0, comma) for c in ".!?\n") + 1
    opening = _ADVERBIAL.match(body, start)
    return opening is not None and comma < opening.end() <= comma + 3


def _groups(body: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions joined by "dan", ",", "-" or a parenthesised alias form one coordinated group; so do two
    people each named with their post ("Chairman Korea Zinc Choi dan Wakil Presiden Lockheed Martin X")."""
    groups: list[list[Mention]] = []
    # "PM Kepulauan Cook X, yang juga Ketua PIF, serta PM Fiji Y": the post's body is a group of its own, read past
    lo, hi = (mentions[0].start, mentions[-1].end) if mentions else (0, 0)
    posts = [(lo + p.start(), lo + p.end()) for p in _POST_CLAUSE.finditer(body[lo:hi])]
    aside: list[list[Mention]] = []
    for i, m in enumerate(mentions):
        if any(a <= m.start < b for a, b in posts) and groups:
            aside.append([m])
            continue
        gap = _OFFICE_CLAUSE.sub(",", body[groups[-1][-1].end : m.start]) if groups else ""
        gap = _POST_CLAUSE.sub(",", gap) if posts else gap
        if groups and groups[-1][-1].via == "person":  # "PM Fumio Kishida dari Jepang dan PM Li Qiang dari China"
            gap = _ORIGIN_AFTER.sub("", gap, count=1)
        if groups and gap.lstrip().startswith(",") and named_in_opening(body, groups[-1][0].start):
            groups.append([m])  # "Setelah Turkmenistan, Yoon akan ...": the opening phrase ends at the comma
            continue
        raw = body[groups[-1][-1].end : m.start] if groups else ""
        if groups and raw.lstrip().startswith(",") and _opening_ends_at(body, groups[-1][-1].end + raw.index(",")) and \
                not _LIST_GOES_ON.match(body, m.end):
            # "Dalam pertemuan dengan PM Fiji X, Yoon ...": the opening ends at the comma (not a list that goes on after
            # it: "Dalam pertemuan dengan Jepang, China, dan Korea Selatan, ...")
            groups.append([m])
            continue
        if groups and (_GROUP_GAP.match(gap) or (groups[-1][-1].code == m.code and gap.strip() in ("", "(", "/"))
                       or (groups[-1][-1].via == "person" and _titled(gap, mentions, i)
                           # "Dalam pertemuan dengan Sekjen NATO X, Presiden Yoon ...": the opening ends at the comma
                           and not ("," in gap and _opening_ends_at(body, groups[-1][-1].end + gap.index(","))))
                       or len(groups) == len(groups[0]) == 1 and _two_offices(body, groups[0][0], gap, m)
                       or (m.via == "company" and _COMPANY_HEAD_GAP.match(gap))
                       or (m.via == "name" and groups[-1][-1].via == "company" and _AGENCY_GAP.match(gap))
                       or (groups[-1][-1].via == "person" and _COUNTERPART_GAP.match(gap))):
            groups[-1].append(m)
        else:
            groups.append([m])
    return sorted(groups + aside, key=lambda g: g[0].start) if aside else groups


_HOSTS = frozenset({"raja", "ratu", "presiden", "perdana", "menteri", "kanselir", "emir", "sultan", "pangeran", "putra",
                    "pemimpin", "kaisar", "gubernur", "wali"})


_SIDELINES_OPENING = prefilter.compile(r"\s*Di\s+(?:sela|sela-sela|sesela)\s+(?:kunjungan|lawatan|pertemuan)\b[^,.;]{0,40},")


_TO_BEFORE = prefilter.compile(r"\b(?:ke|kepada|untuk|bagi)\s+(?:\w+\s+){0,4}$", re.IGNORECASE)
_FOR_A_THIRD = prefilter.compile(r"\s+(?:terhadap|kepada|untuk|bagi)\s+(?:(?:rakyat|pemerintah|kedaulatan|negara)\s+)?(?-i:[A-Z])",
                                 re.IGNORECASE)
_JOINT_COMMISSION = prefilter.compile(r"\b(?:komisi\s+bersama|joint\s+commission|komite\s+bersama)\b", re.IGNORECASE)


def _joint_commission_host(f: SentenceFacts) -> tuple[str, str] | None:
    """A joint commission's session told with one side and a town of another ("menghadiri Sidang Komisi Bersama ke-6
    di Jakarta"): a joint commission is of two countries, the other the host."""
    if not any(h.value == "meeting" and _JOINT_COMMISSION.search(h.text) for h in f.cue_hits):
        return None
    states = {m.code for m in f.mentions if _is_state(m.code)}
    hosts = {p.code for p in f.places if p.code and _is_state(p.code)} - states
    return (next(iter(states)), next(iter(hosts))) if len(states) == 1 and len(hosts) == 1 else None


def _visited_or_hosted(body: str, f: SentenceFacts, pair: tuple[str, ...]) -> bool:
    """The two as places a third visits or guests a third hosts, in one list: "X mengunjungi Pantai Gading dan Mesir",
    "makan siang untuk para pemimpin Sierra Leone, Tanzania, ..."."""
    return any(set(pair) <= set(_codes(g)) and (_preceded_by(body, g[0].start, PLACES_VISITED, past_titles=True)
                                                or _FOR_LEADERS.search(body, max(f.sentence.start, g[0].start - 40), g[0].start))
               for g in f.groups)


def _supports_a_third(body: str, f: SentenceFacts, kinds: set[str], after: int = 0) -> bool:
    """The sentence's only tie is support of one named after its word ("menyatakan dukungan terhadap Ukraina"):
    those who give it are no pair for it (after `after`, where they are named)."""
    return kinds == {"support"} and any(h.value == "support" and h.start >= after and _FOR_A_THIRD.match(body, h.end)
                                        for h in f.cue_hits)


_AID_NOUN = prefilter.compile(r"bantuan\s+(?:kemanusiaan|darurat)$", re.IGNORECASE)
_AID_TO = prefilter.compile(r"^[^.;]{0,60}?\b(?:untuk|kepada|bagi|ke)\b", re.IGNORECASE)


def _aid_for_no_one(body: str, hit: Hit) -> bool:
    """ "bantuan kemanusiaan senilai 2 juta dolar AS untuk korban gempa di Myanmar" is aid given; "sebagai bagian
    dari bantuan kemanusiaan" names no one it goes to."""
    return bool(_AID_NOUN.match(hit.text)) and not _AID_TO.match(body[hit.end : hit.end + 80])


_CONTINUES = prefilter.compile(r"\bmelanjutkan\s+\Z", re.IGNORECASE)
_TO_PLACE = prefilter.compile(r"\s+(?:ke|menuju)\b", re.IGNORECASE)


def _onward_nowhere(body: str, hit: Hit) -> bool:
    """ "melanjutkan lawatannya setelah kunjungan ke Seoul": going on with a trip, to nowhere the text names, is no
    visit of its own ("melanjutkan lawatannya ke Tokyo" is one)."""
    return hit.value == "visit" and bool(_CONTINUES.search(body, max(0, hit.start - 14), hit.start)) and \
        not _TO_PLACE.match(body, hit.end)


# "perjalanan tujuh hari-nya ke Inggris": a trip's word, a few words of how long or whose, then where it goes
_TRIP_GOES = prefilter.compile(r"(?:\s+[\w\-]+){0,5}?\s+(?:ke|menuju)\s+(?-i:[A-Z])", re.IGNORECASE)


def _trip_nowhere(body: str, hit: Hit) -> bool:
    """ "perjalanan panjang itu", "menemani perjalanan SICA menuju kemakmuran": a journey that goes to no place named
    is no visit ("perjalanan tujuh hari-nya ke Inggris, Amerika Serikat, dan Kanada" is)."""
    # (going on with one, "melanjutkan perjalanan ke Riyadh", is a next stop: read as one, not as a visit's word)
    return hit.text.lower().startswith("perjalanan") and (
        not _TRIP_GOES.match(body, hit.end) or bool(_CONTINUES.search(body, max(0, hit.start - 14), hit.start)))


_AT_FORUM_AFTER = prefilter.compile(r"[^.;]{0,30}?\b(?:Sidang\s+(?:Majelis\s+)?Umum|Majelis\s+Umum|KTT|Konferensi|Forum)\b")


def _speech_elsewhere(body: str, hit: Hit) -> bool:
    """A speech is attending only a forum's session ("menyampaikan pidato dalam Sidang Majelis Umum PBB"), not an
    address to a parliament or a campus ("berpidato di depan sidang gabungan Kongres AS")."""
    return hit.text.lower() in ("menyampaikan pidato", "berpidato") and not _AT_FORUM_AFTER.match(body, hit.end)


# "kesepakatan dalam pertemuan sebelumnya sudah membuahkan hasil": a meeting referred to, none told (not "pertemuan
# sebelumnya di Seoul pada Februari", not "Dalam kunjungan sebelumnya, X bertemu Y")
_EARLIER_ONE = prefilter.compile(r"\s+(?:sebelumnya|terdahulu)\b(?!\s*,)(?!\s+(?:di\s+(?-i:[A-Z])|pada\b|tanggal\b|bulan\b|tahun\b|antara\b|dengan\b))"
                          r"(?!\s*\()", re.IGNORECASE)
_BRIEFLY = prefilter.compile(r"\s+(?:singkat|sejenak|sebentar)\b", re.IGNORECASE)
_IN_ONE = prefilter.compile(r"\b(?:dalam|pada|dari|hasil|sejak|seperti|saat|ketika)\s+\Z")


_ENVOY_BEFORE = prefilter.compile(r"\b(?:Duta\s+Besar|Dubes|Konsul(?:\s+Jenderal)?|Konjen)\b[^.;]{0,80}\Z")
_CELEBRATION_AFTER = prefilter.compile(r"\s+(?:upacara\s+|acara\s+|resepsi\s+)?(?:peringatan|perayaan|resepsi|upacara\s+bendera)\b"
                                r"[^.;]{0,40}\b(?:HUT|Hari\s+(?:Kemerdekaan|Nasional|Ulang\s+Tahun)|ulang\s+tahun|hari\s+jadi"
                                r"|kemerdekaan|proklamasi)", re.IGNORECASE)


def _envoy_at_celebration(body: str, hit: Hit) -> bool:
    """An envoy at the host's national-day ceremony holds no talks there ("Duta Besar Korea Selatan X menghadiri
    upacara peringatan HUT ke-78 RI di Istana Merdeka")."""
    return hit.text.lower() in ("menghadiri", "hadir") and bool(_ENVOY_BEFORE.search(body, max(0, hit.start - 120), hit.start)) \
        and bool(_CELEBRATION_AFTER.match(body, hit.end))


def _in_passing(body: str, hit: Hit) -> bool:
    """ "berbincang singkat dengan Presiden AS di sela sesi foto": a word in passing, no talks."""
    return hit.text.lower() == "berbincang" and bool(_BRIEFLY.match(body, hit.end))


def _referred_to(body: str, hit: Hit) -> bool:
    return hit.text.lower() in ("pertemuan", "pembicaraan", "kunjungan", "lawatan", "perundingan") and \
        bool(_EARLIER_ONE.match(body, hit.end)) and bool(_IN_ONE.search(body, max(0, hit.start - 12), hit.start))


_NOT_STATE_LEADERS = prefilter.compile(r"\s+(?:bisnis|usaha|perusahaan|industri|dunia\s+usaha|agama|adat|komunitas|redaksi|partai)\b",
                                re.IGNORECASE)


_GUEST_AFTER = prefilter.compile(r"\s+(?:pasangan\s+(?:kerajaan|raja|kepala\s+negara)\b|tamu(?:nya|\s+negara)?\b)", re.IGNORECASE)


# (and a state's ceremony, attended as "menghadiri" one is: "hadir pada pelantikan Presiden X")
_SUMMIT_NEXT = prefilter.compile(r"\s+(?:KTT|Konferensi\s+Tingkat\s+Tinggi|pertemuan\s+puncak|pertemuan\s+tingkat\s+menteri|sidang"
                          r"|pelantikan|upacara)\b", re.IGNORECASE)


# an audience, no one met: "di hadapan wartawan", "di hadapan para mahasiswa", "di hadapan ribuan warga"
_AUDIENCE_NEXT = prefilter.compile(r"\s+(?:para\s+|ratusan\s+|ribuan\s+|puluhan\s+)?(?:wartawan|jurnalis|awak\s+media|media|pers|peserta"
                                   r"|mahasiswa|pelajar|siswa|warga|masyarakat|publik|hadirin|audiens|anggota\s+parlemen|anggota\s+DPR"
                                   r"|pengusaha|investor|diaspora"
                                   # a house addressed: "menyampaikan pidato di hadapan Kongres AS", "di hadapan parlemen"
                                   r"|kongres|parlemen|senat|majelis|dewan\s+perwakilan|sidang\s+(?:gabungan|pleno|paripurna))\b",
                                   re.IGNORECASE)


def _loose_receive(body: str, hit: Hit) -> bool:
    """ "menerima Presiden X" is a meeting; "menerima suntikan investasi" is not."""
    if hit.text.lower() == "mengajak":  # "mengajak Perdana Menteri X blusukan ...", not "mengajak Korea berinvestasi"
        nxt = body[hit.end : hit.end + 40].split()
        return not nxt or nxt[0].lower().strip(",.") not in _HOSTS
    if " ".join(hit.text.lower().split()) in ATTENDING:  # "berpartisipasi dalam KTT Asia Timur", not "... latihan militer"
        return not _SUMMIT_NEXT.match(body, hit.end)
    if hit.text.lower() == "di hadapan":  # "diteken di hadapan Presiden X", not "ungkapnya di hadapan wartawan"
        return bool(_AUDIENCE_NEXT.match(body, hit.end))
    if hit.text.lower() not in ("menerima", "menyambut", "disambut", "menemui", "temui", "terima", "sambut", "diterima"):
        return False  # "menyambut baik penandatanganan": no meeting
    if _GUEST_AFTER.match(body, hit.end):
        return False  # "menyambut pasangan kerajaan itu", "menyambut tamunya"
    nxt = body[hit.end : hit.end + 40].split()
    if nxt and nxt[0].lower().strip(",.") in ("kasih", "baik"):
        return True  # "Terima Kasih", "Sambut Baik" in a headline's capitals
    while nxt and (nxt[0].lower() in ("oleh", "sang", "para", "langsung", "secara", "resmi", "bergantian", "kedatangan",
                                     "kehadiran", "kunjungan", "kenegaraan", "kehormatan", "delegasi", "rombongan",
                                     # a company's people: "menerima jajaran direksi LG Energy Solution"
                                     "jajaran", "direksi", "petinggi", "pimpinan", "manajemen", "eksekutif", "bos",
                                     # an envoy: "menerima utusan khusus Presiden Korea Selatan"
                                     "utusan") or (
            # a country's officials called on: "menemui beberapa pejabat senior Thailand" (not those at an arrival's
            # welcome: "disambut oleh para pejabat senior AS")
            hit.text.lower() in ("menemui", "temui", "menerima")
            and nxt[0].lower() in ("beberapa", "sejumlah", "pejabat", "senior", "tinggi"))):
        party = nxt[0].lower() in ("delegasi", "rombongan", "utusan")
        # "disambut sang raja", "disambut langsung oleh Presiden X", "menyambut kedatangan PM X", "menerima kehadiran PM
        # X", "menerima kunjungan kenegaraan Presiden X"
        nxt = nxt[1:]
        while party and nxt and nxt[0].lower() in _PARTY_OF:
            nxt = nxt[1:]  # "menerima delegasi parlemen Mongolia", "menerima rombongan bisnis Arab Saudi"
    return not nxt or not (nxt[0][:1].isupper() or nxt[0].lower().strip(",.") in _HOSTS | _COUNTERPARTS)


# one's counterpart received: "menerima mitranya dari Indonesia"
_COUNTERPARTS = frozenset({"mitra", "mitranya", "sejawat", "sejawatnya", "koleganya", "rekannya", "rekan"})
_PARTY_OF = frozenset({"parlemen", "legislatif", "pemerintah", "bisnis", "pengusaha", "dagang", "perdagangan", "ekonomi",
                       "militer", "pertahanan", "tingkat", "tinggi", "senat", "kongres", "anggota", "resmi", "dari",
                       "khusus"})


_WITH_SOMEONE = prefilter.compile(r"\b(?:dengan|bersama)\s+(?:[\w.\-]+\s+){0,6}?\Z", re.IGNORECASE)


def _talk_of_no_two(body: str, hit: Hit, mentions: list[Mention]) -> bool:
    """ "Menlu X dan Menlu Y membahas ...", "Menlu X membahas ... dengan Menlu Y" are talks; "Korea Selatan dan
    Malaysia membahas FTA", "Presiden X membahas pernyataan PM Y", or "Keduanya membahas ..." after the talks told
    (what was said there) are not."""
    if hit.text.lower() not in DISCUSSING:
        return False
    people = [m for m in mentions if m.via == "person" and _is_state(m.code)]
    before = {m.code for m in people if m.end <= hit.start}
    partners = {m.code for m in people if m.start > hit.end and m.start - hit.end < 160
                and _WITH_SOMEONE.search(body, hit.end, m.start)}
    return len(before) < 2 and not (before and partners - before)


def _bucket(items, sentences: list[Sentence]) -> list[list]:
    """Items (anything with .start) per sentence, in one pass: sentences and items are both sorted."""
    starts = [s.start for s in sentences]
    out: list[list] = [[] for _ in sentences]
    for item in items:
        i = bisect_right(starts, item.start) - 1
        if i >= 0 and item.start < sentences[i].end:
            out[i].append(item)
    return out


_CONDEMN = ("mengutuk", "mengecam", "kecaman", "menuduh", "memprotes")


def _condemned(body: str, sector: Hit, hostile: list[Hit]) -> bool:
    """A sector word in what is condemned is no field of cooperation: "mengecam keras peluncuran satelit Korut
    yang menggunakan teknologi rudal" (up to the clause's end)."""
    return any(body[h.start:h.end].lower() in _CONDEMN and h.end <= sector.start and sector.start - h.end < 120
               and not re.search(r"[,;]", body[h.end:sector.start]) for h in hostile)


_DENGAN_AFTER = prefilter.compile(r"\s+(?:lainnya\s+)?(?:masing-masing\s+|(?:secara\s+)?terpisah\s+)?dengan\b", re.IGNORECASE)
# "pertemuan bilateral dengan sejumlah pemimpin, termasuk PM Jepang X dan ...": the ones met, listed further on
_MANY_LISTED = prefilter.compile(r"\s+(?:sejumlah|beberapa|berbagai|para|pemimpin)\s+[^.;]{0,60}?\b(?:termasuk|yakni|yaitu|antara\s+lain"
                                 r"|di\s+antaranya|seperti)\b"
                                 # "pertemuan bilateral dengan puluhan pemimpin Afrika": with many, none named
                                 r"|\s+(?:puluhan|belasan|ratusan)\s+(?:pemimpin|kepala\s+(?:negara|pemerintahan)|menteri|mitra)\b",
                                 re.IGNORECASE)
_FOLK_THEY = prefilter.compile(r"\bpara\s+(?!pemimpin|menteri|kepala|presiden|pejabat|delegasi|diplomat|duta|menlu|perdana)"
                               r"[a-z]+\b[^.;]*\Z")
_ATTENDEES_AFTER = prefilter.compile(r"\s+yang\s+(?:(?:turut|ikut|juga)\s+)?(?:hadir|menghadiri|berpartisipasi|mengikuti)\b", re.IGNORECASE)
_MEMBERS_AFTER = prefilter.compile(r"\s+(?:\d+|[a-z]+\s+puluh|(?:dari\s+)?(?:negara|ekonomi|anggota|dunia)\b)", re.IGNORECASE)


def analyse_sentences(body: str, sentences: list[Sentence], hits: dict[str, list[Hit]],
                      mentions: list[Mention], *, year: int | None, month: int | None = None,
                      today: str | None = None) -> list[SentenceFacts]:
    usable = sorted((m for m in mentions if m.via in USABLE), key=lambda m: (m.start, -m.end))
    per = {layer: _bucket(hits[layer], sentences) for layer in ("tie", "sector", "anaphor", "agreement", "act",
                                                                 "signing", "hostile")}
    per_mentions = _bucket(usable, sentences)
    per_places = _bucket(sorted((m for m in mentions if m.via == "place"), key=lambda m: m.start), sentences)
    # (not the day something was put off: "kunjungan ..., yang sempat tertunda pada bulan September lalu")
    per_dates = _bucket([d for d in dates.find(body, year=year, month=month, today=today)
                         if not _PUT_OFF_ON.search(body, max(0, d.start - 30), d.start)], sentences)
    out = []
    for i, s in enumerate(sentences):
        dedup: list[Mention] = []
        for m in per_mentions[i]:  # a person mention inside a name mention ("Presiden Korea ...") is one mention
            if dedup and m.start < dedup[-1].end:
                continue
            dedup.append(m)
        # ", yang juga menjabat Ketua PIF,": the office of the one just named, not a party of the sentence
        offices = [(s.start + a.start(), s.start + a.end()) for a in _OFFICE_CLAUSE.finditer(s.text)]
        if offices:
            dedup = [m for m in dedup if m.via == "person" or not any(a <= m.start < b for a, b in offices)]
        sidelines = _SIDELINES_OPENING.match(s.text)  # "Di sela kunjungan, X meneken ...": the visit is another fact
        # teams meet on a pitch, not at talks (ministers who meet on a tournament's projects hold talks)
        match = _MATCH.search(s.text) and not any(m.via == "person" for m in dedup)
        closing = _QUOTE_CLOSE.search(s.text) if _QUOTE_OPEN.match(s.text) else None
        quote_end = s.start + closing.start() if closing else None
        # what is said, then who said it without quotes: "Perdagangan kedua negara ..., kata Presiden X usai bertemu PM Y"
        said = _SAID_BY.search(s.text) if quote_end is None and per["anaphor"][i] else None
        said_at = s.start + said.start() if said else None
        negated = [_negated(body, h) for h in per["tie"][i]]
        # "tidak sempat bertemu X selama KTT G20": the summit is when no talks were held, none of its own
        denied = any(h.value == "meeting" and no for h, no in zip(per["tie"][i], negated, strict=True))
        cue_hits = [h for h, no in zip(per["tie"][i], negated, strict=True) if not no and not _loose_receive(body, h)
                    and not _onward_nowhere(body, h) and not _trip_nowhere(body, h)
                    and not (denied and (_AROUND_EVENT.search(body, max(s.start, h.start - 30), h.end)
                                         or _AT_SIDELINES.search(body, max(s.start, h.start - 30), h.end)))
                    and not _speech_elsewhere(body, h) and not _referred_to(body, h) and not _in_passing(body, h)
                    and not _aid_for_no_one(body, h) and not _talk_of_no_two(body, h, dedup) and not (match and h.value == "meeting") and not _envoy_at_celebration(body, h)
                    and not (sidelines and h.start < s.start + sidelines.end())]
        if any(h.value == "meeting" and h.text.lower() not in DISCUSSING and not prepared_summit(body, h)
               and not spoken_summit(body, h) for h in per["tie"][i]):
            # "bertemu X dan membahas ...": the talks told by their own word, or denied ("berharap dapat bertemu X
            # untuk membahas ..."; not "membahas persiapan KTT G20 dengan Menlu Y", a summit being prepared)
            cue_hits = [h for h in cue_hits if h.text.lower() not in DISCUSSING]
        facts = SentenceFacts(
            sentence=s, mentions=dedup, groups=_groups(body, dedup),
            kinds={h.value for h in cue_hits}, cue_hits=cue_hits,
            sectors=[h for h in per["sector"][i] if h.value and not _condemned(body, h, per["hostile"][i])],
            # "pertemuan bilateral dengan X" names its pair: "bilateral" points back only where no partner follows
            anaphor=any(not (h.text.lower() == "bilateral" and (dengan := _DENGAN_AFTER.match(body, h.end))
                             and (any(0 <= m.start - h.end <= 45 for m in dedup) or _MANY_LISTED.match(body, dengan.end())))
                        # "serangkaian / sejumlah pertemuan bilateral": meetings with many, none the pair's by itself
                        and not (h.text.lower() == "bilateral" and _SERIES_BEFORE.search(body, max(s.start, h.start - 40), h.start))
                        # "para pemimpin 21 ekonomi anggota", "para pemimpin negara G20": a forum's members, no pair
                        and not (h.text.lower() == "para pemimpin" and _MEMBERS_AFTER.match(body, h.end))
                        # "para pemimpin bisnis Jepang": business leaders, not the pair's
                        and not (h.text.lower() == "para pemimpin" and _NOT_STATE_LEADERS.match(body, h.end))
                        # "para pemimpin yang hadir dalam KTT ini": all at the summit, not two of them
                        and not (h.text.lower() == "para pemimpin" and _ATTENDEES_AFTER.match(body, h.end))
                        # "berfoto bersama para penari setelah menonton pertunjukan mereka": the people just named
                        and not (h.text.lower() == "mereka" and _FOLK_THEY.search(body, max(s.start, h.start - 80), h.start))
                        # "bertemu para pemimpin (dari) Vietnam, Filipina dan Kamboja": the leaders of the states it names
                        and not (h.text.lower() == "para pemimpin"
                                 and any(_is_state(m.code) and (1 <= m.start - h.end <= 2 or
                                                                body[h.end:m.start].strip() == "dari") for m in dedup))
                        # "bertemu para pemimpin Asia Tengah": of a region with no actor (a region with a bloc,
                        # "para pemimpin Afrika" at a Korea-Africa summit, may be the pair's side)
                        and not (h.text.lower() == "para pemimpin" and _NAMED_NEXT.match(body, h.end)
                                 and not body.startswith(_REGIONS_WITH_BLOCS, h.end + 1)
                                 and not any(1 <= m.start - h.end <= 2 for m in dedup))
                        # '"... hubungan kedua negara ...," kata PM Jepang X usai bertemu Presiden Korsel Y': the two
                        # the sentence names after the quote
                        and not (quote_end is not None and h.start < quote_end and len({m.code for m in dedup if m.start > quote_end
                                                                            and _is_state(m.code)}) >= 2)
                        and not (said_at is not None and h.start < said_at
                                 and len({m.code for m in dedup if m.start > said_at and _is_state(m.code)}) >= 2)
                        for h in per["anaphor"][i]),
            # "para pemimpin ASEAN" as the only pointer: the bloc's leaders, one side of a pair only if it is in it
            leaders_of={m.code for h in per["anaphor"][i] for m in dedup
                        if h.text.lower() == "para pemimpin" and 1 <= m.start - h.end <= 2 and not _is_state(m.code)}
            if all(h.text.lower() == "para pemimpin" for h in per["anaphor"][i]) else set(),
            agreements=per["agreement"][i],
            quote_end=quote_end,
            acts=bool(per["act"][i]),
            signing=bool(per["signing"][i]),
            hostile=per["hostile"][i],
            dates=per_dates[i],
            places=per_places[i],
        )
        # "konferensi tentang solusi dua negara untuk Palestina yang ...": what a meeting is about takes no part in it
        # (each phrase's actors named nowhere else in the sentence)
        spans = [about.span() for about in _ABOUT_PHRASE.finditer(s.text)]
        # "PM Kepulauan Cook Mark Brown, yang juga Ketua PIF, serta ...": the body one named holds a post of takes no part
        spans += [post.span() for post in _POST_CLAUSE.finditer(s.text)]
        # "Perwakilan Khusus AS untuk Kebijakan Korea Utara, Sung Kim": the country an envoy's post deals with takes
        # no part in the envoy's talks
        spans += [post.span("topic") for post in _ENVOY_FOR.finditer(s.text)]
        for a, b in ((s.start + x, s.start + y) for x, y in spans):
            inside = {m.code for m in dedup if a <= m.start < b}
            facts.targets.update(inside - {m.code for m in dedup if not a <= m.start < b})
        for m in dedup:
            if not _is_state(m.code) and (_BILATERALS_WITH_MEMBERS.search(s.text, 0, m.start - s.start)
                                          or _SUMMIT_SPOKEN_OF.search(s.text, 0, m.start - s.start)):
                # "pertemuan bilateral dengan 4 Kepala Negara ASEAN": talks with member states' leaders, not the bloc;
                # "isu yang dibahas ... yaitu mengenai KTT G20": a forum's summit spoken of
                facts.targets.add(m.code)
        for h in facts.hostile:  # the group right after a hostile word is its target, not a partner
            after = [g for g in facts.groups if g[0].start >= h.end and g[0].start - h.end < 60]
            if after:
                facts.targets.update(_codes(after[0]))
        out.append(facts)
    return out


_ENVOY_FOR = prefilter.compile(r"\b(?:Utusan|Perwakilan)\s+Khusus\b[^,.;()]{0,40}?\buntuk\s+(?:(?:Urusan|Kebijakan|Masalah|Isu)\s+)?"
                               r"(?P<topic>(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2})", re.IGNORECASE)
# a topic goes on to the place its subject goes to or comes from: "atas pengiriman tentara Korea Utara ke Rusia"
_TOPIC_GOES_ON = prefilter.compile(r"\s+(?:ke|dari|kepada|terhadap)\s+", re.IGNORECASE)
_BILATERALS_WITH_MEMBERS = prefilter.compile(r"\b(?:pertemuan|pembicaraan)\s+bilateral\s+dengan\s+(?:\d+\s+|\w+\s+)?(?:para\s+)?"
                                             r"(?:kepala\s+negara|kepala\s+pemerintahan|pemimpin)(?:\s*/\s*kepala\s+pemerintahan)?"
                                             r"(?:\s+negara)?(?:\s+anggota)?\s+\Z", re.IGNORECASE)
_SUMMIT_SPOKEN_OF = prefilter.compile(SPOKEN_ABOUT + r"(?:Konferensi\s+Tingkat\s+Tinggi\s+\(KTT\)|KTT)\s+(?:ke-\d+\s+)?\Z",
                                      re.IGNORECASE)
_PUT_OFF_ON = prefilter.compile(r"\b(?:tertunda|ditunda|diundur|dibatalkan)(?:\s+pada)?\s+(?:tahun\s+|bulan\s+)?\Z", re.IGNORECASE)
# a post the one just named holds in a body: "..., yang juga Ketua PIF," (what follows the post is no party)
_POST_CLAUSE = prefilter.compile(r",\s*yang\s+(?:juga|kini|saat\s+ini|sekaligus)\s+(?:menjabat\s+(?:sebagai\s+)?)?"
                          r"(?:Ketua|Presiden|Sekjen|Sekretaris\s+Jenderal|Kepala|Direktur|Pemimpin|Wakil)\b[^,;.]*(?:,|(?=\.\s|\.$))")
_ABOUT_PHRASE = prefilter.compile(r"\b(?:KTT|konferensi(?:\s+tingkat\s+tinggi)?|pertemuan|forum|dialog)\s+(?:tentang|mengenai|soal)\s+"
                           r"[^,;.]*?(?=\s+yang\b|,|;|\.|$)", re.IGNORECASE)
_COMPANY_ANAPHOR = prefilter.compile(r"^\s*(?:[A-Z][a-z]+\s+)?(?:perusahaan|Perusahaan|emiten|Emiten|BUMN)\b[^,.;]{0,50}?\b(?:itu|tersebut)\b")
# "... dengan dua BUMN Tanzania, yaitu A dan B": the partners, listed
_PARTNERS_LISTED = prefilter.compile(r"\bdengan\s+(?:(?:dua|tiga|empat|lima|sejumlah|beberapa)\s+)?[^,.;]{0,50},?\s*(?:yaitu|yakni)\s+(?:[^.;]{0,60})?$")
# "bertemu para pemimpin perusahaan Korea di Seoul, termasuk Chairman SK Group X": those met, listed
# ("menggelar pembicaraan dengan lebih dari 40 pemimpin negara, termasuk Presiden Kolombia X")
_MET_LISTED = prefilter.compile(r"\b(?:(?:bertemu|menemui|menerima)\s+(?:dengan\s+)?|(?:pembicaraan|pertemuan(?:\s+bilateral)?|berbincang"
                         r"|berdialog)\s+(?:lainnya\s+)?dengan\s+)(?:para|sejumlah|beberapa|puluhan|lebih\s+dari\s+\d+|\d+)\s+[^.;]{0,70}?,?\s*"
                         r"(?:termasuk|di\s+antaranya|antara\s+lain|yakni|yaitu)\s+(?:[^.;]{0,60})?$", re.IGNORECASE)
_STOPS_LISTED = prefilter.compile(_STOPS_INTRO + r"\s+(?:[^.;]{0,60})?$", re.IGNORECASE)


# "Jepang dan China ... menegosiasikan FTA masing-masing dengan blok tersebut": each on its own, not together
_EACH = prefilter.compile(r"^(?:(?!\bdan\b)[^.;,])*?\b(?:masing-masing|secara\s+(?:terpisah|bergantian)|sendiri-sendiri|sama-sama)\b",
                   re.IGNORECASE)
_INVOLVING = prefilter.compile(r"\bmelibatkan\s+$", re.IGNORECASE)
_MEETING_NOUN = r"(?:pertemuan|pembicaraan|perundingan|KTT)(?:\s+(?:puncak|bilateral|trilateral))?"
# a meeting of others, commented on: "Retno mengatakan pertemuan para pemimpin Korea Selatan dan Jepang ...", "menyambut
# baik pertemuan Presiden X dan PM Y": the speaker is no side of it
_COMMENTED_MEETING = prefilter.compile(r"\b(?:mengatakan|menyatakan|menyebut(?:kan)?|menilai|menyambut(?:\s+(?:baik|positif|gembira))?"
                                r"|mengapresiasi|memuji|menanggapi|mengomentari|mengkritik|menegaskan|mengungkapkan"
                                r"|menjelaskan|berharap|memantau|mencermati|mengamati|mewaspadai"
                                # "mengikuti dengan saksama pertemuan puncak pertama antara Presiden Rusia X dan ..."
                                r"|mengikuti(?=\s+(?:dengan\s+)?(?:saksama|seksama|cermat|ketat)))"
                                r"(?:\s+(?:dengan\s+)?(?:saksama|seksama|cermat|ketat))?\s+(?:bahwa\s+)?" + _MEETING_NOUN +
                                r"(?:\s+(?:pertama|kedua|ketiga|perdana|bersejarah))?\s+(?:antara\s+)?", re.IGNORECASE)
_MEETING_NOUN_OF = _MEETING_NOUN + r"\s+(?:antara\s+)?"
_ACCORDING_TO = prefilter.compile(r"\s*Menurut\b[^,.;]{1,80},\s*" + _MEETING_NOUN_OF, re.IGNORECASE)


def _meeting_of_others(body: str, f: SentenceFacts) -> tuple[int, int, set[str]] | None:
    """A meeting of others the sentence speaks of ("Jokowi menyambut baik pertemuan Presiden X dan PM Y", "Menurut
    Menkeu X, pertemuan A dan B ...", "Korsel memantau pertemuan Putin dan Kim"): where the speaking starts, where the
    meeting's sides start, and those sides (two at least, named in the clause that follows)."""
    s = f.sentence
    found = _ACCORDING_TO.match(s.text)
    spans = [(s.start, s.start + found.end())] if found else []
    spans += [(s.start + m.start(), s.start + m.end()) for m in _COMMENTED_MEETING.finditer(s.text)]
    for said, at in spans:
        if re.match(r"dengan\b", body[at:at + 8], re.IGNORECASE):
            continue  # "Retno mengatakan pertemuan dengan Binh Minh ...": the speaker's own talks
        clause = re.search(r"[,.;]", body[at:s.end])
        end = at + clause.start() if clause else s.end
        sides = {m.code for m in f.mentions if at <= m.start < end}
        if len(sides) >= 2 and any(at <= m.start <= at + 40 for m in f.mentions):
            return said, at, sides
    return None


def _said_of_others(body: str, f: SentenceFacts, subject: list[str], subject_end: int, pos: int) -> bool:
    """What the subject says right after its name is a clause of others, up to `pos`: "Retno mengatakan pertemuan Korea
    Selatan dan Jepang membuka peluang kerja sama dengan China" (not "Moon menyatakan Seoul akan ...", his own side)."""
    says = _SAYS.match(body[subject_end:pos])
    if not says:
        return False
    at = subject_end + says.end()
    first = next((m for m in f.mentions if m.start >= at), None)
    # the clause opens with others' meeting, or with others named first ("banyak perusahaan Indonesia siap bekerja sama
    # dengan Liberia" opens with the speaker's own side, unnamed as yet)
    noun = re.match(_MEETING_NOUN_OF, body[at:at + 40], re.IGNORECASE)
    if noun and re.match(r"dengan\b", body[at + noun.end():at + noun.end() + 8], re.IGNORECASE):
        return False  # "Retno mengatakan pertemuan dengan Binh Minh membahas ...": the speaker's own talks with the one named
    opens = noun or (first is not None and first.start - at <= 25)
    return bool(opens) and first is not None and first.code not in subject


def _commentators(f: SentenceFacts, other: tuple[int, int, set[str]] | None) -> set[str]:
    """Those who speak of a meeting of others (`other`, as `_meeting_of_others` finds it), named before it: no side."""
    return {m.code for m in f.mentions if m.end <= other[1] and m.code not in other[2]} if other else set()


# a side that reacts, in a clause of its own: "..., Korsel Protes", "..., AS Waspada"
_REACTS = prefilter.compile(r"\s+(?:protes|memprotes|khawatir|waspada|mewaspadai|cemas|kecam|mengecam|geram|soroti|menyoroti|pantau"
                     r"|memantau|tanggapi|menanggapi|bereaksi|was-was|angkat\s+bicara|buka\s+suara)\b", re.IGNORECASE)


def _reacting(body: str, f: SentenceFacts) -> set[str]:
    """Sides named only right before a verb of reacting, after a comma: the subject of a clause of their own."""
    reacting = [bool(_REACTS.match(body, m.end)) and bool(re.search(r",\s*\Z", body[max(0, m.start - 3):m.start]))
                for m in f.mentions]
    return _every_mention(f.mentions, reacting)
_COUNTRY_PAIR = prefilter.compile(r"\bkedua\s+(?:negara|kepala\s+negara|kepala\s+pemerintahan|pemerintah|bangsa)\b", re.IGNORECASE)


def focus_pair(facts: list[SentenceFacts]) -> tuple[str, ...]:
    """The two actors the article is about: a pair its headline writes as one ("KTT ASEAN-GCC"), else the two
    it names most."""
    if facts:
        headline = facts[0]
        for g in headline.groups:
            codes = _codes(g)
            if len(codes) == 2 and headline.sentence.text[g[0].end - headline.sentence.start:
                                                          g[-1].start - headline.sentence.start] in ("-", "–"):
                return tuple(sorted(codes))
    ranked = _ranked(facts)
    return tuple(sorted(ranked[:2])) if len(ranked) >= 2 else ()


def _met_past_offices(body: str, start: int, pos: int) -> bool:
    """The one named at `pos` is met, past the posts it holds: "bertemu Wakil Perdana Menteri sekaligus Menteri Luar
    Negeri Kamboja X" (two posts joined by "sekaligus" are more words than a meeting's object allows)."""
    before = body[start:pos].lower().split()
    joined = any(w in ("sekaligus", "merangkap") for w in before)
    while before and (before[-1] in TITLE_WORDS or before[-1] in ("sekaligus", "merangkap")):
        before.pop()
    return joined and bool(before) and before[-1] in ("bertemu", "menemui", "menerima")


_RESUME = prefilter.compile(r",\s+(?:dan|serta|lalu|kemudian|sekaligus)\s+(?=[a-z])")
_AND_THEN = prefilter.compile(r",\s+(?:dan|sedangkan|namun|tetapi)\s+")
_OWN_VERB = prefilter.compile(r"\s+(?:(?:juga|pun|telah|sudah|akan|langsung)\s+)?(?:me[nmy]?|meng|ber|di)(?-i:[a-z])\w+\b")


# "..., sementara pertemuan dengan PM Selandia Baru digelar Sabtu": the main clause's subject's other talks
_WHILE_MET = prefilter.compile(r"\b(?:sementara|sedangkan)\s+(?:pertemuan|pembicaraan|perundingan)(?:nya)?\s+"
                               r"(?:(?:bilateral|puncak)\s+)?dengan\b", re.IGNORECASE)
_PLACE_WORDS = ("ke", "di", "dari", "untuk", "dengan")
_EVENT_WORD = prefilter.compile(_EVENT_WORDS, re.IGNORECASE)


# (not "setelah", which SUBORDINATORS cut at already); and an opening of what the subject attends or visits, with no
# subject of its own: "Menghadiri KTT G20 di Rio de Janeiro, Presiden Prabowo ..."
_OPENING_SUBORDINATE = prefilter.compile(r"\s*[\"“]?\s*((?:" + "|".join(w for w in (*AFTER_WORDS, *ATTEND_OPENERS) if w != "setelah")
                                         + r")\b)", re.IGNORECASE)


_SOON = prefilter.compile(r"\s*[\"“]?\s*" + SOON + r"\s+")  # "Tak lama setelah bertemu X, ..."


_WHERE_NAMED_MET = prefilter.compile(r",\s*(?:tempat|di\s+mana)\s+((?:[A-Z][\w\-]*\s+){1,3}(?:juga\s+|sempat\s+)?"
                              r"(?:bertemu|menemui|berunding|berbicara|menggelar|melakukan|mengadakan))\b")
_WHERE_HE_MET = prefilter.compile(r",\s*(?:tempat|di\s+mana)\s+((?:ia|dia|beliau)\s+(?:juga\s+|sempat\s+)?(?:bertemu|menemui|berunding|berbicara))\b")


def _clauses(body: str, f: SentenceFacts) -> list[tuple[int, int, bool]]:
    """(start, end, relative) spans of a sentence: main clause, ", yang ..." relative clauses; a
    subordinate clause ("supaya", "karena" ...) ends the clause before it and is left out. A relative
    clause ends where ", dan sepakat ..." takes the main subject up again: that span is the main clause's."""
    s = f.sentence
    cuts = [(s.start + m.start(), "relative") for m in _RELATIVE.finditer(s.text)]
    for m in _RELATIVE.finditer(s.text):
        resume = _RESUME.search(s.text, m.end())
        if resume:
            cuts.append((s.start + resume.start(), "resume"))
    cuts += [(s.start + m.start(), "subordinate") for m in _SUBORDINATE.finditer(s.text)]
    # an opening clause of what came before: "Usai menerima X, ..." (not "Sebelum ke Brasil, ...": the next stop, whose
    # day is not the main clause's)
    cuts += [(s.start + m.start(1), "subordinate") for m in [_OPENING_SUBORDINATE.match(s.text)] if m]
    # a clause of its own after ", dan": a subject named, then its own verb ("..., dan China mengecam kunjungan itu")
    cuts += [(s.start + m.start(), "coordinate") for m in _AND_THEN.finditer(s.text)
             if any(g[0].start == s.start + m.end() and _OWN_VERB.match(body, g[-1].end) for g in f.groups)]
    # "Lawatan dimulai di Abu Dhabi pada Rabu (9/4), tempat Prabowo bertemu Presiden X": a clause with its own subject
    cuts += [(s.start + m.start(1), "coordinate") for m in _WHERE_NAMED_MET.finditer(s.text)]
    spans: list[tuple[int, int, bool]] = []
    pos, relative = s.start, False
    for cut, kind in sorted(cuts):
        spans.append((pos, cut, relative))
        if kind == "subordinate":
            # "..., setelah blok itu meneken FTA dengan Pakistan": a clause with a subject of its own is read as one
            sub = _SUBORDINATE.match(body, cut)
            after = sub.end() if sub else cut
            own = next((g for g in f.groups if after <= g[0].start), None)
            lead = body[after:own[0].start].split() if own else []
            # its subject comes right after the subordinator, not after a preposition ("Sebelum ke Indonesia")
            # or after the person's title ("sementara Menteri Luar Negeri Retno Marsudi bertemu ...")
            # or after an event's word ("setelah KTT G7": the forum held, no subject)
            own_subject = own is not None and (len(lead) <= 1 and not (lead and (lead[0].lower() in _PLACE_WORDS
                                                                                  or _EVENT_WORD.fullmatch(lead[0])))
                                               or all(w.lower() in TITLE_WORDS for w in lead)
                                               or bool(_SUBORDINATE_PRONOUN.match(body[cut : cut + 40])))
            # (or opens it after a count of time: "Dua hari setelah bertemu Xi pada Sabtu, Yoon ...")
            counted = COUNTED_OPENING.match(body, s.start)
            opening = not body[s.start:cut].strip(" \"“") or counted is not None and counted.start(5) == cut or \
                bool(_SOON.fullmatch(body, s.start, cut))  # "Tak lama setelah bertemu X, ..."
            comma = body.find(",", cut, min(s.end, cut + 100))
            if opening and comma > 0 and not (own is not None and own_subject and own[0].start < comma):
                # "Setelah bertemu Xi, Yoon menandatangani ...": the opening clause, then the main one
                spans[-1] = (cut, comma, False)
                pos, relative = comma + 1, False
                continue
            if not own_subject and not _THEN_MET.match(body, cut) and not _WHILE_MET.match(body, cut):
                # "..., setelah kunjungan dua hari di Turkmenistan, tempat ia bertemu Presiden X": the one met
                # where the clause's stop was, by the one it tells of
                there = _WHERE_HE_MET.search(body, cut, s.end)
                if there:
                    spans.append((there.start(1), s.end, False))
                return spans
        pos, relative = cut, kind == "relative"
    spans.append((pos, s.end, relative))
    return spans


def _office_at_talks(f: SentenceFacts, body: str, start: int) -> re.Match[str] | None:
    """An office with no name after it, right before the talks it holds ("Presiden kemudian bertemu ...")."""
    office = _OFFICE_START.match(body[start : start + 40])
    return office if office and any(0 <= h.start - (start + office.end()) <= 30 for h in f.cue_hits
                                    if h.value in ("meeting", "visit")) else None


_VENUE_BEFORE = prefilter.compile(r"\b(?:di|ke|dari)\s+(?:[A-Z][\w\-]*\s+){0,3}\Z")


def _subject(f: SentenceFacts, body: str, groups: list[list[Mention]], start: int,
             last_subject: list[str], focus: tuple[str, ...] = ()) -> tuple[list[str], int]:
    """A clause's subject codes and where the subject ends; a pronoun takes the last person subject,
    "kedua negara" / "keduanya" the pair the article is about."""
    pronoun = _PRONOUN_START.match(body[start : start + 40]) or _office_at_talks(f, body, start) or \
        _AGENDA_ITEM.match(body[start : start + 60])
    if pronoun and last_subject:
        return last_subject, start + pronoun.end()
    event_with = _EVENT_WITH.match(body[start : start + 60])
    if event_with and event_with.group(1) and last_subject:
        return last_subject, start  # "Pertemuannya dengan PM Jepang X ...": the one last told of, with them
    own = _SUBORDINATE_PRONOUN.match(body[start : start + 40]) if _SUBORDINATE.match(body, start) else None
    if own:  # the person named last before it: "lawatan Yoon ..., setelah sebelumnya ia mengunjungi Arab Saudi"
        named = [m.code for m in f.mentions if m.via == "person" and m.end <= start]
        if named or last_subject:
            return named[-1:] or last_subject, start + own.end()
    pair = _PAIR_START.match(body[start : start + 40])
    if pair and len(focus) == 2:
        return list(focus), start + pair.end()
    if groups and _REPORTING.match(body[start : start + 12]) and \
            not 0 <= body.find(",", start, start + 100) < groups[0][0].start:
        # "Menurut Yoon, Korsel dan Vietnam ..." : Yoon reports, he is not the subject (one named only after the
        # source's comma is: "Menurut Yonhap, Menlu Cho mengunjungi Kamboja")
        groups = groups[1:]
    # "Di sela kunjungan, ...", "Pada hari yang sama, ...": the subject comes after the opening phrase; and after a time
    # told before it with no comma ("Sementara itu, pada hari yang sama Wakil Menlu X bertemu ..."); a pronoun or a bare
    # office there is the one last told of ("Kemudian pada Juni, ia ...", "Malam harinya Presiden bertemu ...")
    for opening, reach in ((_ADVERBIAL, 120), (_LEAD_TIME, 60)):
        told_first = opening.match(body, start, start + reach)
        if told_first:
            start = told_first.end()
            groups = [g for g in groups if g[0].start >= start]
            pronoun = _PRONOUN_START.match(body[start : start + 40]) or _office_at_talks(f, body, start) or (
                # "Dalam pertemuan dengan PM Fiji X, Presiden mendoakan ...": the office that holds the talks opened with
                _OFFICE_START.match(body[start : start + 40]) if opening is _ADVERBIAL and any(
                    h.value == "meeting" and told_first.start() <= h.start < told_first.end() for h in f.cue_hits) else None)
            if pronoun and last_subject:
                return last_subject, start + pronoun.end()
    # "Maraton Diplomasi di Sidang Umum PBB, Yoon Temui ...": what follows a place's preposition is no subject
    groups = [g for g in groups if not _VENUE_BEFORE.search(body, max(start, g[0].start - 40), g[0].start)]
    if not groups:
        return [], start
    g = groups[0]
    if len(body[start : g[0].start].split()) > _SUBJECT_WINDOW and not _DESCRIBED_BEFORE.fullmatch(body, start, g[0].start) \
            and not (_TRIP_NOUN_BEFORE.search(body, max(start, g[0].start - 30), g[0].start)
                     and _TAKES_THEM.match(body, g[-1].end)):
        # (the one whose trip takes them on: "Kunjungan ke UEA merupakan bagian dari lawatan Jokowi yang juga membawanya
        # ke Jerman ...")
        return [], start
    if any(h.value in ("meeting", "visit") and h.text.lower().startswith(_MEETS_VERBS) and start <= h.start < g[0].start
           for h in f.cue_hits):
        return [], start  # "Pada Senin, Sugiono bertemu Perwakilan Tinggi Uni Eropa X": the one met, not the subject
    return _codes(g), g[-1].end


_TRIP_NOUN_BEFORE = prefilter.compile(r"\b(?:lawatan|kunjungan|perjalanan|tur)\s+(?:(?:kerja|resmi|kenegaraan)\s+)?\Z", re.IGNORECASE)
_TAKES_THEM = prefilter.compile(r"\s+yang\s+(?:(?:juga|sebelumnya|kemudian|akan)\s+)*membawa(?:nya)?\b")
# an agenda's item, its day then what its subject does, no subject written: "- Selasa (11/3): bertemu Kaisar Naruhito"
_AGENDA_ITEM = prefilter.compile(r"\s*[-•*–]\s+[^:.;\n]{0,25}:\s*(?=(?:bertemu|menemui|menerima|menggelar|mengadakan|melakukan"
                                 r"|menghadiri|mengunjungi|tiba|berkunjung)\b)")
_LEAD_TIME = prefilter.compile(r"\s*(?:Sementara\s+itu\s*,?\s*)?(?:[Pp]ada\s+)?(?:hari\s+yang\s+sama|hari\s+itu|keesokan\s+harinya"
                        r"|(?:pagi|siang|sore|malam)\s+(?:itu|harinya)|kemudian|selanjutnya|setelah\s+itu|sesudah\s+itu)\s*,?\s+(?=(?-i:[A-Z]))|\s*Sementara\s+itu\s*,\s*", re.IGNORECASE)
_SUMMIT = prefilter.compile(r"\b(?:KTT|Konferensi Tingkat Tinggi|pertemuan puncak|Forum)\b")
_BERSAMA = prefilter.compile(r"\bbersama(?:\s+dengan)?\s*$", re.IGNORECASE)
_FORUM_BEFORE = prefilter.compile(r"\b(?:KTT|Forum|Sidang(?:\s+Majelis)?(?:\s+Umum)?|Konferensi(?:\s+Tingkat\s+(?:Tinggi|Menteri))?|pertemuan\s+(?:puncak|tingkat\s+tinggi)"
                           r"|Pertemuan\s+Tingkat\s+Tinggi|Pertemuan\s+Tahunan|Sidang\s+Tahunan)"
                           # (its short form in brackets: "Konferensi Tingkat Tinggi (KTT) G-20")
                           r"(?:\s+\((?:KTT|KTM)\))?(?:\s+(?:ke-\d+|luar\s+biasa))?\s+$")
_AT_FORUM_WORDS = prefilter.compile(r"\s+(?:di|dalam|pada)\s+(?:(?:KTT|Konferensi\s+Tingkat\s+Tinggi(?:\s+\(KTT\))?|Forum|Sidang(?:\s+Umum)?"
                                    r"|[Pp]ertemuan(?:\s+[Pp]uncak)?)\s+)?", re.IGNORECASE)
_PRESENCE_OF = prefilter.compile(r"\b(?:kehadiran|partisipasi|keikutsertaan)\s+\Z", re.IGNORECASE)
_THAT = prefilter.compile(r"\bbahwa\b", re.IGNORECASE)
# "Retno mengatakan pertemuan Korea Selatan dan Jepang membuka peluang kerja sama dengan China": a clause said, whose
# subject is its own (the speaker's verb right after the speaker, no "bahwa")
_SAYS = prefilter.compile(r"\A\s*(?:juga\s+|pun\s+)?(?:mengatakan|menyatakan|menilai|menyebut|mengungkapkan|menegaskan|menjelaskan)\s*,?\s+"
                   r"(?!(?:pihaknya|dirinya|ia|dia|kami|kita|pemerintah(?:nya)?|negaranya|negara\s+kami)\b)", re.IGNORECASE)


_DOER_GAP = prefilter.compile(r"\s+(?:(?:juga|akan|telah|sudah|pernah|untuk|dapat|bisa|bakal)\s+)*", re.IGNORECASE)


def _doer_before_meeting(body: str, f: SentenceFacts, groups: list[list[Mention]], subject: list[str], subject_end: int,
                         g: list[Mention]) -> list[str]:
    """ "Korsel mendukung peluang China bertemu Korea Utara": the group named right before the meeting verb that takes
    `g`, past the clause's subject, is the one who meets (its codes; none if no such group)."""
    verb = next((h for h in reversed(f.cue_hits) if h.value == "meeting" and subject_end <= h.start and h.end <= g[0].start
                 and h.text.lower().startswith(_MEETS_VERBS)), None)
    if verb is None or len(body[verb.end:g[0].start].split()) > _OBJECT_WINDOW:
        return []
    doer = next((d for d in groups if subject_end <= d[0].start and d[-1].end <= verb.start
                 and _DOER_GAP.fullmatch(body, d[-1].end, verb.start)), None)
    # (not a place: "Yoon di Seoul bertemu ...", nor the subject's own side named again)
    if doer is None or _preceded_by(body, doer[0].start, _PLACE_WORDS) or \
            _preceded_by(body, doer[0].start, ("bersama", "beserta", "didampingi"), past_titles=True) or \
            set(_codes(doer)) <= set(subject):  # (nor one who comes along: "Yoon bersama PM Jepang X bertemu ...")
        return []
    return _codes(doer)


def _meets_another(body: str, f: SentenceFacts, groups: list[list[Mention]], g: list[Mention]) -> bool:
    """`g` is named right before a meeting verb that takes a partner of its own ("peluang Amerika Serikat bertemu Korea
    Utara"): it meets that partner, it is no partner of the subject (not "mengundang Kishida bertemu di Seoul")."""
    verb = next((h for h in f.cue_hits if h.value == "meeting" and h.start >= g[-1].end
                 and h.text.lower().startswith(_MEETS_VERBS) and _DOER_GAP.fullmatch(body, g[-1].end, h.start)), None)
    return verb is not None and any(d[0].start >= verb.end and len(body[verb.end:d[0].start].split()) <= _OBJECT_WINDOW
                                    and not _preceded_by(body, d[0].start, _PLACE_WORDS) for d in groups)


_LIST_CONTINUED = prefilter.compile(r"\s*,?\s*(?:serta|dan\s+juga)\s+", re.IGNORECASE)
# another's talks sought or told, the one they are with after them: "upaya Trump untuk berdialog dengan pemimpin ..."
_TALKS_WITH_AFTER = prefilter.compile(r"\s+(?:(?:juga|akan|untuk|dapat|bisa|segera)\s+)*(?:berdialog|bertemu|berunding|berbicara|"
                                      r"bernegosiasi|berdiskusi)\s+(?:kembali\s+|langsung\s+)?dengan\s+(?:[\w\-]+\s+){0,3}",
                                      re.IGNORECASE)


def _partner_of_another(body: str, groups: list[list[Mention]], subject: list[str], subject_end: int,
                        g: list[Mention]) -> bool:
    """`g` is the one another, named past the clause's subject, talks with ("mendukung upaya Trump untuk berdialog
    dengan pemimpin Korea Utara"): the subject's object is the other, not `g` (read on the words, as a dialogue only
    sought is no cue)."""
    return any(d is not g and subject_end <= d[0].start and d[-1].end <= g[0].start and not set(_codes(d)) <= set(subject)
               and _TALKS_WITH_AFTER.fullmatch(body, d[-1].end, g[0].start) for d in groups)


# "kunjungan (kenegaraan) Presiden China Xi Jinping ke ...": a visit, its traveller named right after it
_VISIT_NOUN_BEFORE = prefilter.compile(r"\b(?:kunjungan|lawatan)(?:\s+(?:kenegaraan|resmi|kerja|balasan))?\s+"
                                       r"(?:(?:[A-Z][\w\-]*|PM)\s+){0,4}\Z")
_FROM_THEN_TO = prefilter.compile(r"\s+(?:(?:dari|asal)\s+(?:[A-Z][\w\-]*\s+){1,3})?ke\s+")


def _visits_of(body: str, f: SentenceFacts) -> list[tuple[str, str]]:
    """(traveller, destination) of each visit the sentence names by its traveller: "kunjungan Presiden China Xi Jinping
    ke Korea Selatan"."""
    out = []
    for m in f.mentions:
        if m.via != "person" or not _is_state(m.code) or \
                not _VISIT_NOUN_BEFORE.search(body, max(f.sentence.start, m.start - 60), m.start):
            continue
        to = next((n for n in f.mentions if n.start > m.end and _is_state(n.code) and n.code != m.code), None)
        if to is not None and _FROM_THEN_TO.fullmatch(body, m.end, to.start):  # ("Xi Jinping dari China ke Korsel")
            out.append((m.code, to.code))
    return out


def _talked_of_after_met(f: SentenceFacts, body: str, met_end: int, pos: int) -> bool:
    """The actor at `pos` is what the pair talked of after the subject met a partner that ends at `met_end`: a verb of
    talking about stands between, and no further meeting verb ("lalu bertemu X")."""
    talk = next(_DISCUSSED.finditer(body, met_end, pos), None)
    return talk is not None and not any(h.value == "meeting" and talk.end() <= h.start < pos for h in f.cue_hits)


# a summit as what is talked of or prepared: "membahas persiapan KTT ASEAN", "hasil KTT G20"
_SPOKEN_OF = prefilter.compile(r"\b(?:membahas|bahas|membicarakan|mendiskusikan|persiapan|mempersiapkan|menyiapkan|penyelenggaraan"
                        r"|hasil|agenda)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)


# a summit as what is spoken about: "isu yang dibahas ... yaitu mengenai Konferensi Tingkat Tinggi (KTT) G20"
_FORUM_AS_TOPIC = prefilter.compile(r"\b(?:mengenai|tentang|soal|terkait|menyangkut)\s+(?:[\w\-()]+\s+){0,4}\(?$", re.IGNORECASE)
# talks with someone at a summit, not the summit itself: "mengenang pertemuan sebelumnya dengan Presiden pada KTT APEC",
# "setelah kedua pemimpin bertemu pada KTT APEC di Korea Selatan"
_MET_AT = r"\b(?:pertemuan\b[^.;]{0,80}?\bdengan\b[^.;]{0,60}?\s|bertemu\b(?:[^.;]{0,60}?\s)?)(?:pada|dalam|di)\s+"
_MET_AT_SUMMIT = prefilter.compile(_MET_AT + r"\Z", re.IGNORECASE)  # before the summit's word
_MET_AT_FORUM = prefilter.compile(_MET_AT + r"(?:KTT|Konferensi\s+Tingkat\s+Tinggi|Forum|Sidang)\s+(?:ke-\d+\s+)?\Z",
                                  re.IGNORECASE)  # before the forum's name
# who is asked to a forum's summit: "undangan resmi Presiden X kepada ...", "mengundang ..."
# (a headline's bare verb too: "Presiden Afrika Selatan Undang Prabowo Hadiri KTT G-20")
_INVITED_TO = prefilter.compile(r"\b(?:undangan\b[^.;]{0,80}?\bkepada|mengundang|(?-i:Undang))\s+", re.IGNORECASE)


def _forums(body: str, f: SentenceFacts) -> list[tuple[str, int]]:
    """Organizations whose summit or forum the sentence reports attending (not its sidelines)."""
    if "meeting" not in f.kinds:
        return []
    out = []
    for m in f.mentions:
        if _is_state(m.code) or m.via not in ("name", "agency"):  # ("G7" is a forum, not a state)
            continue
        before = body[max(f.sentence.start, m.start - 40):m.start]
        forum = _FORUM_BEFORE.search(before)
        if body[m.end:m.end + 1] in ("-", "–") and any(x.start == m.end + 1 for x in f.mentions):
            continue  # "KTT ASEAN-GCC": a summit of the two; whoever attends sits on one side, the forum's own
        at = max(f.sentence.start, m.start - 40) + forum.start() if forum else 0
        if forum and not _SIDELINES.search(body[max(f.sentence.start, m.start - 60):m.start]) \
                and not _AROUND_EVENT.search(before) and not _SPOKEN_OF.search(before, 0, forum.start()) \
                and not _FORUM_AS_TOPIC.search(before, 0, forum.start()) \
                and not _MET_AT_SUMMIT.search(body, max(f.sentence.start, at - 150), at) \
                and not _NOT_ATTENDING.search(body, max(f.sentence.start, at - 60), at):  # "Tak Diundang ke KTT G7"
            out.append((m.code, m.start))
    return out


_CO_CHAIRS = prefilter.compile(r"\b(?:dipimpin|diketuai)\s+bersama\b")


def _bloc_chairs(body: str, f: SentenceFacts) -> set[str]:
    """The bloc's members who chair its meeting with a partner, told after it: "Pertemuan Menteri ASEAN-Korea ...,
    dipimpin bersama oleh Menlu Laos X dan Menlu Korsel Y" (Laos speaks for ASEAN and is no side of its own)."""
    cue = _CO_CHAIRS.search(f.sentence.text)
    if cue is None:
        return set()
    told = f.sentence.start + cue.start()
    sides = [set(_codes(g)) for g in f.groups if g[-1].end <= told and len(_codes(g)) == 2
             and any(_is_state(c) for c in _codes(g)) and not all(_is_state(c) for c in _codes(g))]
    if not sides:
        return set()
    return {m.code for m in f.mentions if m.start > told and _is_state(m.code) and m.code not in set().union(*sides)}


def _companions(body: str, f: SentenceFacts, g: list[Mention]) -> bool:
    """ "mengunjungi kantor pusat ASML bersama Kepala Samsung Electronics X dan Pimpinan Grup SK Y": those who go along
    on a visit, named after the one visited, are the visitor's company, not partners of the visitor or of each other."""
    return _preceded_by(body, g[0].start, ("bersama",), past_titles=True) and any(
        h.value == "visit" and any(h.end <= k[0].start and k[-1].end < g[0].start for k in f.groups)
        for h in f.cue_hits if h.end <= g[0].start)


def _at_sidelines(body: str, f: SentenceFacts, m: Mention) -> bool:
    """The actor is named as the forum at whose sidelines something happens ("di sela KTT G20"); its acronym right
    after its name too ("Organisasi Perdagangan Dunia (WTO)")."""
    start = next((n.start for n in f.mentions if n.code == m.code and 0 <= m.start - n.end <= 2), m.start)
    return bool(_AT_SIDELINES_OF.search(body, max(f.sentence.start, start - 80), start))


def find_ties(body: str, facts: list[SentenceFacts], focus: tuple[str, ...]) -> dict[tuple[str, str], TieDraft]:
    ties: dict[tuple[str, str], TieDraft] = {}
    chairs: set[str] = set()
    main = main_actor(facts)
    every = [m for f in facts for m in f.mentions]
    last_subject: list[str] = []

    def add(a: str, b: str, f: SentenceFacts, kinds: set[str], rule: str) -> None:
        if a == b or a in f.targets or b in f.targets or a in chairs or b in chairs:
            return
        draft = ties.setdefault(_pair(a, b), TieDraft())
        draft.kinds |= kinds
        draft.sectors |= {h.value for h in f.sectors}
        s = f.sentence
        draft.evidence.append(Evidence(s.text, s.start, s.end, rule))

    for i_fact, f in enumerate(facts):
        kinds = f.kinds & set(_POSITIVE)
        if not kinds and f.agreements and (f.signing or _between_parties(body, f)):
            kinds = {"cooperation"}  # "X meneken kontrak dengan Y", "MoU antara X dan Y": a deal is cooperation
        first_groups = [g for g in f.groups]
        chairs = _bloc_chairs(body, f)
        main_subject, _ = _subject(f, body, first_groups, f.sentence.start, last_subject)
        if main_subject and any(m.via == "person" for m in f.mentions if m.code in main_subject):
            last_subject = main_subject
        if not kinds:
            continue
        # who reacts to a meeting or speaks of others' (read once per sentence, used for every group)
        reacting, commented = _reacting(body, f), _meeting_of_others(body, f)
        along = [g for g in f.groups if _companions(body, f, g)]  # those who go along on a visit
        for i, g in enumerate(f.groups):
            codes = _codes(g)
            hostile_after = any(0 <= h.start - g[-1].end < 30 for h in f.hostile)
            each_alone = bool(_EACH.match(body[g[-1].end : min(f.sentence.end, g[-1].end + 90)]))
            among_partners = bool(_PARTNERS_LISTED.search(body[f.sentence.start : g[0].start])) or \
                _preceded_by(body, g[0].start, EXAMPLES, past_titles=True)  # ("antara lain A dan B" too)
            # "dengan ..., yaitu A dan B"; "sejumlah kepala negara Afrika ... telah tiba, termasuk Presiden Ghana X dan
            # Presiden Tanzania Y": two of many named as examples, not a pair
            # "Jepang dan China juga mengirim tim penyelamat ke Myanmar": two givers of aid to a third, not partners
            givers = kinds == {"support"} and any(m.code not in codes and _TO_BEFORE.search(body[g[-1].end : m.start])
                                                  for m in f.mentions if m.start > g[-1].end) or \
                _supports_a_third(body, f, kinds, g[-1].end)
            # "untuk KTT APEC dan G20": two forums' summits, not the two meeting ("KTT ASEAN-Uni Eropa" is one)
            summits = not any(_is_state(c) for c in codes) and body[g[0].end:g[min(1, len(g) - 1)].start].strip() not in ("-", "–") \
                and bool(_FORUM_BEFORE.search(body[max(0, g[0].start - 40):g[0].start])) \
                or bool(_AROUND_EVENT.search(body[max(f.sentence.start, g[0].start - 40):g[0].start]))  # "setelah KTT A-B"
            # "..., setelah Turkmenistan dan Kazakhstan.": places or times named in passing, not two acting (not "setelah
            # Indonesia dan Korea menandatangani ...")
            in_passing = _preceded_by(body, g[0].start, ("setelah", "sebelum", "selain"), past_titles=True) and \
                bool(_NOTHING_AFTER.match(body, g[-1].end))
            # "di sela Sidang Tahunan IMF-Bank Dunia": two bodies' joint meeting named as where others met
            venue = not any(_is_state(c) for c in codes) and bool(_JOINT_SESSION_AT.search(body, max(f.sentence.start, g[0].start - 60),
                                                                                          g[0].start))
            # "meminta kehadiran presiden Pantai Gading dan Mesir": two whose presence a third asks for, not partners
            asked = bool(_PRESENCE_ASKED.search(body, max(f.sentence.start, g[0].start - 60), g[0].start))
            # "melawat ke Italia dan Jerman, serta Prancis dan Inggris": the list after a preposition goes on
            list_goes_on = i > 0 and bool(_LIST_CONTINUED.fullmatch(body, f.groups[i - 1][-1].end, g[0].start)) and \
                _preceded_by(body, f.groups[i - 1][0].start, GROUP_PREPOSITIONS, past_titles=True)
            if len(codes) == 2 and not hostile_after and not each_alone and not among_partners and not givers and not list_goes_on \
                    and not summits and not in_passing and not venue and not asked and not any(g is c for c in along) \
                    and not _RIFT_BETWEEN.search(body, max(f.sentence.start, g[0].start - 45), g[0].start) \
                    and not _preceded_by(body, g[0].start, GROUP_PREPOSITIONS, past_titles=True):
                # "menyaksikan penandatanganan perjanjian antara PT X dan Y": the parties of what is signed, not a meeting
                signed_between = bool(_SIGNED_BETWEEN.search(body, max(f.sentence.start, g[0].start - 90), g[0].start))
                pair_kinds = kinds
                spoken_of = bool(_SPOKEN_OF_BETWEEN.search(body, max(f.sentence.start, g[0].start - 60), g[0].start))
                if _RELATION_BETWEEN.search(body, max(f.sentence.start, g[0].start - 45), g[0].start) and \
                        any(m.code not in codes and _is_state(m.code) for m in f.mentions) or spoken_of:
                    # "dalam pertemuan puncak dengan Duda, Yoon menyatakan ..., tergantung pada tingkat kerja sama
                    # militer antara Rusia dan Korea Utara": a relation spoken of by others who meet, not a meeting of its own
                    pair_kinds = kinds - {"meeting", "visit"}
                if pair_kinds:
                    add(codes[0], codes[1], f, pair_kinds, "between" if signed_between else "pair-topic" if spoken_of else "pair-group")
            involving = bool(_INVOLVING.search(body[max(f.sentence.start, g[0].start - 20):g[0].start]))
            if len(codes) in (3, 4) and (i == 0 or involving) and not hostile_after and not givers and all(_is_state(c) for c in codes) \
                    and not _preceded_by(body, g[0].start, ("ke", *PLACES_VISITED, *MET_BEFORE), past_titles=True) \
                    and not _FOR_LEADERS.search(body, max(f.sentence.start, g[0].start - 40), g[0].start):
                # not "ia dijadwalkan mengunjungi Mesir, Qatar, dan Yordania": the places a trip goes to; not
                # "Presiden melakukan pertemuan bilateral dengan PM Italia X, PM Belanda Y, dan ...": those one met;
                # "... makan siang untuk para pemimpin Sierra Leone, Tanzania, Ethiopia dan Mauritania": those it is for
                # "... sistem berbagi data yang melibatkan Korsel, AS, dan Jepang": the three together too
                # "AS, Korea Selatan, dan Jepang menyepakati ...": a few countries acting together, each with each
                for x in range(len(codes)):
                    for y in range(x + 1, len(codes)):
                        add(codes[x], codes[y], f, kinds, "trio-group")
            if i + 1 < len(f.groups):
                nxt = f.groups[i + 1]
                gap = body[g[-1].end : nxt[0].start]
                if _BETWEEN.search(body[max(0, g[0].start - 12) : g[0].start]):
                    # "antara X dan/dengan [industri] Y [Z]": X with every actor of the phrase after
                    link = re.search(r"\b(?:dan|dengan)\b", gap)
                    if link and len(gap.split()) <= 6:
                        phrase_end = g[-1].end + link.end() + 60
                        for h in f.groups[i + 1 :]:
                            if h[0].start > phrase_end:
                                break
                            for a in codes:
                                for b in _codes(h):
                                    add(a, b, f, kinds, "between")
                elif _DENGAN.match(gap) and any(0 <= g[0].start - h.end <= 20 for h in f.cue_hits):
                    # "kemitraan Seoul dengan Kelompok Tujuh"
                    for a in codes:
                        for b in _codes(nxt):
                            add(a, b, f, kinds, "linked-pair")
        co_attending: set[str] = set()
        summit = _SUMMIT.search(f.sentence.text)
        if summit and f.kinds & {"meeting", "visit"}:
            # "Korsel diundang ke KTT aliansi tersebut, bersama Jepang, Australia ... sebagai mitra NATO": they
            # attend the forum together; each meets the forum, not each other
            # (a forum's code may be two characters: "G7")
            forum_codes = [m.code for m in f.mentions if not _is_state(m.code) and m.via in ("name", "agency")] or \
                [c for c in focus if not _is_state(c)]
            for g in f.groups:
                if _BERSAMA.search(body[max(f.sentence.start, g[0].start - 12):g[0].start]) or \
                        _preceded_by(body, g[0].start, ("bersama",), past_titles=True):  # "bersama PM China Li Qiang"
                    co_attending |= {c for c in _codes(g) if _is_state(c)}
            if forum_codes and co_attending:
                for code in co_attending | {c for c in main_subject if _is_state(c)}:
                    add(code, forum_codes[0], f, {"meeting"}, "co-attending")
        subject: list[str] = []
        if _QUOTE_OPEN.match(f.sentence.text) and f.quote_end is None:
            continue  # a quote with no speaker told after it
        quote_end = f.sentence.start if f.quote_end is None else f.quote_end  # a quote: the speaker after it is the subject
        if f.quote_end is not None and "meeting" in kinds and (i_met := _I_MET.match(body, f.sentence.start)):
            # '"Saya bertemu Presiden Macron kemarin," kata Presiden Yoon': the speaker met the one they name
            partner = next((g for g in f.groups if i_met.end() <= g[0].start < quote_end
                            and _TITLES_ONLY.fullmatch(body, i_met.end(), g[0].start)), None)  # "Presiden (Prancis) Macron"
            speaker = next((g for g in f.groups if g[0].start > quote_end), None)
            said = _QUOTE_CLOSE.match(body, quote_end)  # where the quote ends, its saying word ('," kata ')
            if partner and speaker and said and len(body[said.end():speaker[0].start].split()) <= 4:
                for a in _codes(speaker):
                    for b in _codes(partner):
                        add(a, b, f, kinds, "quoted-met")
        main_clause: tuple[list[str], bool] | None = None
        for start, end, relative in _clauses(body, f):
            if end <= quote_end:
                continue
            start = max(start, quote_end)
            groups = [g for g in f.groups if start <= g[0].start < end]
            by_anaphor = False
            if relative:
                before = [g for g in f.groups if g[-1].end <= start]
                subject, subject_end = (_codes(before[-1]), start) if before else (subject, start)
            elif main_clause and (_RESUME.match(body, start) or _THEN_MET.match(body, start) or _WHILE_MET.match(body, start)):
                # "Keduanya mengecam ..., yang ..., dan sepakat ..."; "..., sehari setelah bertemu PM X"; "..., sementara
                # pertemuan dengan PM Y digelar Sabtu"
                (subject, by_anaphor), subject_end = main_clause, start
            elif main_clause is None and end < f.sentence.end and body[end] == "," and \
                    (_SUBORDINATE.match(body, start) or _OPENING_SUBORDINATE.match(body, start)) and \
                    (not body[f.sentence.start:start].strip(" \"“") or COUNTED_OPENING.match(body, f.sentence.start)):
                # "Usai menerima Menlu Australia X, Presiden Prabowo bertolak ke Tokyo": the opening clause, with no
                # subject of its own, is the main clause's subject's
                after = [g for g in f.groups if g[0].start > end]
                subject, _ = _subject(f, body, after, end + 1, last_subject, focus)
                subject_end = start
            else:
                anaphoric = bool(_PAIR_START.match(body[start : start + 40]))  # only then the pair is looked for
                subject, subject_end = _subject(f, body, groups, start, last_subject,
                                                pair_named_last(facts, i_fact, focus) if anaphoric else focus)
                by_anaphor = anaphoric and len(focus) == 2
                event_with = _EVENT_WITH.match(body[start : start + 60])
                if main and event_with and not event_with.group(1):
                    subject, subject_end = [main], start  # "Pertemuan dengan Presiden Kirgistan ...": the article's own
                company = _COMPANY_ANAPHOR.match(body[start : start + 80])
                if company and not (groups and groups[0][0].start < start + company.end()):
                    earlier = [m for m in every if m.end <= f.sentence.start and m.via == "company"]
                    if earlier:  # "Perusahaan setrum pelat merah itu meneken ...": the company named last
                        subject, subject_end = [earlier[-1].code], start + company.end()
                if main_clause is None:
                    main_clause = (subject, by_anaphor)
            if not subject:
                continue
            adverbial = _ADVERBIAL.match(body, start, start + 120)
            if adverbial and not relative:  # "Dalam konferensi pers bersama Menlu Korsel Cho, Blinken ...": the partner
                met = [h for h in f.cue_hits if h.value == "meeting" and adverbial.start() <= h.start < adverbial.end()]
                for g in groups:
                    if met and met[0].end <= g[0].start < adverbial.end() and \
                            _WITH_BEFORE.search(body[met[0].start : g[0].start]):
                        for a in subject:
                            for b in _codes(g):
                                add(a, b, f, kinds, "adverbial-partner")
            met_end = 0  # where the partner a meeting verb took ends ("bertemu PM Jepang Kishida")
            topic_end = -1  # where the last group spoken of ends
            object_end = 0  # where the last object taken ends
            for g in groups:
                codes = _codes(g)
                # "ASEAN-Korea", "ASEAN-Dewan Kerja Sama Teluk (GCC)": a pair joined by a hyphen
                compound = len(codes) == 2 and len(g) >= 2 and body[g[0].end : g[1].start].strip() in ("-", "–")
                if g[0].start < subject_end or compound:
                    continue  # the subject itself, or a pair being talked about ("hubungan ASEAN-Korea")
                window = body[max(subject_end, g[0].start - 60) : g[0].start]
                near_cue = any(subject_end <= h.start and h.end <= g[0].start and
                               len(body[h.end : g[0].start].split()) <= _OBJECT_WINDOW for h in f.cue_hits) or \
                    _met_past_offices(body, max(subject_end, g[0].start - 100), g[0].start) or \
                    bool(met_end) and _list_goes_on(body[met_end : g[0].start]) or \
                    object_end > 0 and bool(_APPOSED_THEN.fullmatch(body, object_end, g[0].start))
                listed = _PARTNERS_LISTED.search(body[max(subject_end, g[0].start - 90):g[0].start]) or \
                    _STOPS_LISTED.search(body[max(subject_end, g[0].start - 90):g[0].start]) or \
                    _MET_LISTED.search(body[max(subject_end, g[0].start - 110):g[0].start])
                topic = _preceded_by(body, g[0].start, ("di",) + TOPIC_PREPOSITIONS + TOPIC_NOUNS) and not listed or \
                    topic_end >= 0 and bool(_TOPIC_GOES_ON.fullmatch(body, topic_end, g[0].start))
                if topic:
                    topic_end = g[-1].end
                if not (near_cue or _OBJECT_LINK.search(window) or listed) or topic or \
                        len(codes) == 1 and codes[0] not in focus and town_before(body, g[0].start) or \
                        _AT_SIDELINES_OF.search(body, max(0, g[0].start - 90), g[0].start) and not listed or \
                        _AROUND_EVENT.search(body[max(subject_end, g[0].start - 40):g[0].start]) and \
                        not _THEN_MET.match(body, start) or \
                        _discussed(body, subject_end, g[0].start) or \
                        _MET_AT_FORUM.search(body, max(subject_end, g[0].start - 160), g[0].start):
                    continue  # "membahas proyek itu di sela KTT G20", "menjelang KTT ASEAN": the forum is where or when;
                    # "Bahas Korea Utara": what is talked about
                if window.rstrip().endswith(",") and _OWN_VERB_AFTER.match(body, g[-1].end):
                    continue  # "Menhan Korsel Kunjungi Warsawa, Hanwha Teken Kontrak ...": the subject of a clause of its own
                that = _THAT.search(body, subject_end, g[0].start)
                if that or _said_of_others(body, f, subject, subject_end, g[0].start):
                    # "Juru bicara X mengatakan bahwa Trump berencana untuk bertemu dengan Lee ...": the one the said
                    # clause opens with meets the one its meeting word takes
                    teller = next((h for h in groups if that and that.end() < h[0].start <= that.end() + 2), None)
                    if teller is not None and teller is not g and teller[-1].end < g[0].start and \
                            not set(_codes(teller)) & set(codes) and any(
                                h.value in ("meeting", "visit") and teller[-1].end <= h.start and h.end <= g[0].start
                                and len(body[h.end:g[0].start].split()) <= _OBJECT_WINDOW for h in f.cue_hits):
                        for a in _codes(teller):
                            for b in codes:
                                add(a, b, f, kinds, "clause-subject")
                    continue  # "ia memperingatkan bahwa jika Korea Utara ... ke Rusia": what is said, not the subject's deal
                if _BETWEEN.search(body[max(0, g[0].start - 12) : g[0].start]) or (
                        len(codes) == 2 and _RELATION_NOUN.search(body[max(0, g[0].start - 30) : g[0].start])):
                    continue  # "kerja sama antara Korea Utara dan Rusia", "kemitraan Korea Selatan dan Indonesia": a pair spoken of
                if set(codes) <= reacting:
                    continue  # "Putin dan Kim Bertemu di Vladivostok, Korsel Protes": the one who reacts, in a clause of its own
                invited = _INVITED_TO.search(body, subject_end, g[0].start)
                if invited and any(invited.end() <= h[0].start < g[0].start for h in groups):
                    continue  # "menyampaikan undangan kepada Prabowo untuk menghadiri KTT APEC": the guest's summit
                if commented and subject_end <= commented[0] and g[0].start >= commented[1]:
                    continue  # "menyambut baik pertemuan Presiden X dan PM Y": their meeting, commented on
                if set(codes) <= co_attending or any(g is c for c in along):
                    continue  # fellow guests of a summit, not the subject's partners there; those who go along on a visit
                if by_anaphor and (not _OBJECT_LINK.search(window) or
                                   any(subject_end <= m.start < g[0].start and m.code not in f.targets for m in f.mentions)):
                    continue  # "kedua negara ... dengan X" only; "kemitraan Seoul dengan X" is Seoul's
                if met_end and _talked_of_after_met(f, body, met_end, g[0].start):
                    continue  # "bertemu PM Jepang Kishida dan membahas kerja sama trilateral dengan Amerika Serikat"
                if near_cue and any(h.value == "meeting" and subject_end <= h.start < g[0].start for h in f.cue_hits):
                    met_end = g[-1].end
                if _partner_of_another(body, groups, subject, subject_end, g):
                    continue  # "mendukung upaya Trump untuk berdialog dengan pemimpin Korea Utara": Trump's talks, sought
                if _meets_another(body, f, groups, g):
                    continue  # "... mendukung peluang Amerika Serikat bertemu Korea Utara": the US meets, below
                doer = _doer_before_meeting(body, f, groups, subject, subject_end, g)
                if doer:  # "Korsel mendukung peluang China bertemu Korea Utara": China's talks, not Korea's
                    for a in doer:
                        for b in codes:
                            add(a, b, f, kinds, "clause-subject")
                    continue
                for a in subject:
                    for b in codes:
                        add(a, b, f, kinds, "subject-object")
                object_end = g[-1].end
        host = _joint_commission_host(f)
        if host:  # "Menlu Korea Selatan X akan menghadiri Sidang Komisi Bersama ke-6 di Jakarta": with the host
            add(host[0], host[1], f, {"meeting"}, "joint-commission-host")
        for forum, at in _forums(body, f):  # "Yoon menghadiri KTT ASEAN+3": attending a forum's summit is meeting it
            clause = next((c for c in _clauses(body, f) if c[0] <= at < c[1]), None)
            attendees = main_subject
            presence = next((g for g in f.groups if _PRESENCE_OF.search(body, max(f.sentence.start, g[0].start - 12), g[0].start)
                             and g[-1].end <= at and _AT_FORUM_WORDS.fullmatch(body, g[-1].end, at)), None)
            if presence:  # "Cyril mengatakan kehadiran Indonesia di KTT G-20 sangat penting": the one whose presence it is
                attendees = _codes(presence)
            if clause and clause[2]:  # "..., yang datang untuk mengikuti KTT APEC": the group before "yang"
                before = [g for g in f.groups if g[-1].end <= clause[0]]
                attendees = _codes(before[-1]) if before else []
            invited = _INVITED_TO.search(body, f.sentence.start, at)
            guest = next((g for g in f.groups if invited.end() <= g[0].start < at), None) if invited else None
            if guest:  # "menyampaikan undangan Presiden Lee kepada Prabowo untuk menghadiri KTT APEC": the one invited
                attendees = _codes(guest)
            if forum in attendees:  # "KTT NATO di Washington ... dihadiri Presiden Yoon": those it is attended by
                attendees = [c for g in f.groups if g[0].start > at and (
                    _preceded_by(body, g[0].start, ("dihadiri", "diikuti"), past_titles=True)
                    or _preceded_by(body, g[0].start, ("oleh",), past_titles=True)
                    and _ATTENDED_BY_AGENT.search(body, max(f.sentence.start, g[0].start - 80), g[0].start)
                    # "dihadiri para pemimpin dunia, termasuk Presiden Yoon"
                    or _preceded_by(body, g[0].start, ("termasuk", "antaranya"), past_titles=True)
                    and _ATTENDED_PASSIVE.search(body, at, g[0].start)) for c in _codes(g)]
            for code in attendees:
                if _is_state(code):
                    add(code, forum, f, {"meeting"}, "forum")
        if len(focus) == 2:
            # a side named only inside a summit's name is not there by itself: "Ruto ... untuk menghadiri KTT
            # Korea-Afrika" names no Kenya-Korea talks
            in_name = {id(m) for g in f.groups if len(g) >= 2 and all(body[a.end:b.start].strip() in ("-", "–")
                                                                       for a, b in pairwise(g))
                       and _FORUM_BEFORE.search(body[max(0, g[0].start - 40):g[0].start]) for m in g}
            # nor one named in an opening phrase of sequence: "Setelah Turkmenistan, Yoon akan mengunjungi ..."
            in_name |= {id(m) for m in f.mentions if named_in_opening(body, m.start)
                        and re.match(r"\s*,", body[m.end:m.end + 3])}
            # nor those who go along on a visit ("mengunjungi kantor pusat ASML bersama Kepala Samsung Electronics X")
            in_name |= {id(m) for g in along for m in g}
            present = {m.code for m in f.mentions if id(m) not in in_name}
            # nor a forum named only as the one at whose sidelines the sentence's talks are: "... bertemu Menteri
            # Perdagangan Korea Selatan Y di sela Konferensi Tingkat Menteri (KTM) ke-13 Organisasi Perdagangan Dunia (WTO)"
            present -= _every_mention(f.mentions, [not _is_state(m.code) and _at_sidelines(body, f, m) for m in f.mentions])
            # nor one only talked about or watched: "Korsel memantau pertemuan pemimpin Korea Utara Kim Jong Un dan Putin"
            present -= _every_mention(f.mentions, [_discussed(body, f.sentence.start, m.start, _WATCHED) for m in f.mentions])
            present -= reacting | _commentators(f, commented)
            visits_of = _visits_of(body, f) if f.anaphor else []
            for traveller, destination in visits_of:
                # "Kedua menteri juga membahas rencana kunjungan Presiden China Xi Jinping ke Korsel tahun depan": the
                # visit talked of is the traveller's; the pair only talks of it
                add(traveller, destination, f, kinds, "visit-of")
            if (visited := _VISITED_IS.search(f.sentence.text)) is not None:
                # "Setelah Indonesia, negara yang dikunjungi Presiden Marcos Jr adalah Singapura": the one named after
                # "adalah" is visited by the one named before it
                at = f.sentence.start
                by = [m.code for m in f.mentions if at + visited.start("who") <= m.start < at + visited.end("who")]
                to = [m.code for m in f.mentions if m.start >= at + visited.end() and _is_state(m.code)]
                if len(set(by)) == 1 and to and to[0] != by[0]:
                    add(by[0], to[0], f, {"visit"}, "visited-is")
            they = _THEY.search(f.sentence.text)
            many_before = they is not None and len(
                {m.code for m in f.mentions if _is_state(m.code) and m.end <= f.sentence.start + they.start()}) >= 3
            if f.anaphor and not visits_of and not many_before:  # ("..., karena mereka ..." after four named: not two)
                named = pair_named_last(facts, i_fact, focus)
                if (not f.leaders_of or f.leaders_of & set(named)) and not _visited_or_hosted(body, f, named):
                    # (not "kedua negara" for two a third visits: "X mengunjungi Pantai Gading dan Mesir untuk meminta
                    # kedua negara tersebut berpartisipasi")
                    # "CEO Hanwha Ocean X bertemu Menteri Y untuk membahas kerja sama industri maritim kedua negara": the
                    # pair is what the talks of others were about, in none of its own
                    anaphor = _PAIR_ANAPHOR.search(f.sentence.text)
                    topic = anaphor is not None and _discussed(body, f.sentence.start, f.sentence.start + anaphor.start()) \
                        and any(e.start == f.sentence.start and e.rule == "subject-object"
                                for p, d in ties.items() if p != _pair(*named) for e in d.evidence)
                    add(named[0], named[1], f, kinds - {"meeting", "visit"} if topic else kinds,
                        "pair-topic" if topic else "pair-anaphor")
            elif set(focus) <= present and not _supports_a_third(body, f, kinds) and not _visited_or_hosted(body, f, focus):
                # (not the two as places visited or those met by someone else: "Wakil Menteri X mengunjungi Pantai
                # Gading dan Mesir", "makan siang untuk para pemimpin Sierra Leone, Tanzania, ...")
                add(focus[0], focus[1], f, kinds, "pair-cooccurrence")
    trio = _lead_trio(facts)
    if trio and not set(focus) <= set(trio):
        trio = ()
    if len(focus) == 2 and _pair(*focus) in ties:
        previous_counted = False
        previous_pairs: list[tuple[str, ...]] = [focus]
        for i, f in enumerate(facts):  # sectors of the pair in focus (of each pair of a trilateral's three)
            others = {m.code for m in f.mentions} - set(trio or focus)
            same_paragraph = i > 0 and "\n" not in body[facts[i - 1].sentence.end : f.sentence.start]
            counted = not others and (
                bool(f.kinds & {"cooperation", "support"})  # a cooperative sentence naming no other actor
                or bool(f.agreements and f.signing)  # an instrument signed, with what it covers
                or f.anaphor  # "kedua negara ...": the pair itself, whatever the verb
                or (previous_counted and same_paragraph and not f.mentions and not f.hostile))  # its continuation
            continued = previous_counted and not f.anaphor and not f.mentions
            previous_counted = counted
            if not counted:
                continue
            # "kedua kepala negara ..." in an article about two companies are two countries, and a sentence
            # continuing it is still theirs
            states = f.anaphor and not all(_is_state(c) for c in focus) and _state_anaphor(f.sentence.text)
            pairs: list[tuple[str, ...]] = previous_pairs if continued else \
                [pair_named_last(facts, i, focus)] if states else [focus]
            previous_pairs = pairs
            if trio:  # "kedua menteri ..." is the pair just named; otherwise the three together
                named = pair_named_last(facts, i, ()) if f.anaphor and not _THREE_WAY.search(f.sentence.text) else ()
                pairs = [named] if len(named) == 2 and set(named) <= set(trio) else list(combinations(trio, 2))
            for pair in pairs:
                if _pair(*pair) in ties:
                    ties[_pair(*pair)].sectors |= {h.value for h in f.sectors}
    if trio:  # "ketiga negara sepakat ..." in an article about a trilateral: the sectors of each of its pairs
        for f in facts:
            present = {m.code for m in f.mentions}
            if (_THREE_WAY.search(f.sentence.text) or set(trio) <= present) and (
                    f.kinds & {"cooperation", "support", "meeting"} or f.agreements):
                for one, other in combinations(trio, 2):
                    if _pair(one, other) in ties:
                        ties[_pair(one, other)].sectors |= {h.value for h in f.sectors}
    return ties


_TOPIC_OF = prefilter.compile(r"\b(?:tentang|mengenai|soal|untuk|bagi)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)


def _same_clause(body: str, a: int, b: int) -> bool:
    """No comma or semicolon stands between two offsets."""
    lo, hi = sorted((a, b))
    return not re.search(r"[,;]", body[lo:hi])


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


_OPEN_LIST = prefilter.compile(r"^[^.;]*?\b(?:di\s+antaranya|antara\s+lain|mencakup|meliputi|yakni|yaitu)\s+", re.IGNORECASE)
# An item of such a list starts with what an instrument is about: "kerja sama ...", "tentang ...", "pembentukan ..."
_ITEM_HEAD = r"(?:kerja\s*sama|tentang|soal|mengenai|pembentukan|pembangunan|pengembangan|peningkatan|penguatan)\b"
_ITEM_SPLIT = prefilter.compile(r"(?:,\s*(?:serta\s+|dan\s+)?|\s+(?:serta|dan)\s+)(?=" + _ITEM_HEAD + ")", re.IGNORECASE)
_SIGNED_DOCUMENTS = prefilter.compile(r"\b(?:dokumen|MoU|nota\s+kesepahaman|perjanjian|kesepakatan)(?:\s+\w+)?\s+yang\s+"
                               r"(?:diteken|ditandatangani|disepakati)\s+", re.IGNORECASE)
_BESIDES = prefilter.compile(r"^\s*Selain\s+(" + _ITEM_HEAD + r"[^,]*),", re.IGNORECASE)


def _open_list(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of "di antaranya tentang A dan kerja sama B, serta kerja sama C" from start: two items or more,
    each opening with what an instrument is about; none where the list does not take that shape."""
    m = _OPEN_LIST.match(body[start:end])
    if not m or not re.match(_ITEM_HEAD, body[start + m.end():end], re.IGNORECASE):
        return []
    at = start + m.end()
    spans, pos = [], at
    for cut in _ITEM_SPLIT.finditer(body, at, end):
        spans.append((pos, cut.start()))
        pos = cut.end()
    spans.append((pos, end))
    return spans if len(spans) >= 2 else []


def _several_listed(body: str, facts: list[SentenceFacts], i: int, h: Hit) -> list[tuple[int, int]]:
    """ "sejumlah nota kesepahaman (MoU), di antaranya tentang A dan kerja sama B": one instrument per item; the
    list may follow in the next sentence, in its paragraph or opening the next ("Selain pembentukan X, dokumen yang
    diteken mencakup kerja sama A, kerja sama B, serta kerja sama C": X too)."""
    words = body[max(0, h.start - 20) : h.start].lower().split()
    if not words or words[-1] not in SEVERAL_WORDS:
        return []
    s = facts[i].sentence
    after = re.match(r"\s*\([^)]{1,40}\)", body[h.end : s.end])  # "nota kesepahaman (MoU), di antaranya ..."
    spans = _open_list(body, h.end + (after.end() if after else 0), s.end)
    if spans or i + 1 >= len(facts) or body[s.end : facts[i + 1].sentence.start].strip():
        return spans
    nxt = facts[i + 1].sentence
    signed = _SIGNED_DOCUMENTS.search(nxt.text)
    if not signed:
        return []
    spans = _open_list(body, nxt.start + signed.end() - 1, nxt.end)
    besides = _BESIDES.match(nxt.text)
    if spans and besides:
        spans.insert(0, (nxt.start + besides.start(1), nxt.start + besides.end(1)))
    return spans


# "Korea Selatan dan lima negara Asia Tengah, yaitu Kazakhstan, ...": the one before "dan" with the countries listed
_AND_COUNTRIES_BEFORE = prefilter.compile(r"\b(?:dan|bersama)\s+(?:\w+\s+)?negara(?:-negara)?\b[^.;]*\b(?:yaitu|yakni)\b[^.;]*$",
                                   re.IGNORECASE)
_DENGAN_BEFORE = prefilter.compile(r"\bdengan\b(?:(?!\bdengan\b)[^.;])*$", re.IGNORECASE)
# "MoU antara X dan Y", "kontrak pengadaan tank K2 antara X dan Y": what it is about may come between
# (not one the sentence points back to: "perjanjian semacam itu yang pertama antara NATO dan negara Asia")
_BETWEEN_AFTER = prefilter.compile(r"(?:\s*\([^)]{1,40}\))?(?:\s+(?!(?:antara|yang|itu|ini|tersebut|semacam|serupa)\b)[\w\-]+){0,5}?"
                            r"\s+antara\b", re.IGNORECASE)


def _between_parties(body: str, f: SentenceFacts) -> bool:
    """An instrument named with its parties: "MoU antara PLN dan Masdar"."""
    return any(_BETWEEN_AFTER.match(body, h.end) for h in f.agreements)


def _each_with_its_date(body: str, f: SentenceFacts, pairs: list[tuple[str, str]]) -> list[tuple[tuple[str, str], str]]:
    """One actor's instruments with several partners, each after "dengan" with a date of its own ("FTA dengan ASEAN
    pada 2006 dan dengan Uni Eropa pada 2010"): each pair with the first date after its partner."""
    shared = set.intersection(*map(set, pairs)) if len(pairs) >= 2 else set()
    if len(shared) != 1:
        return []
    one = shared.pop()
    partners = sorted((next(m.start for m in f.mentions if m.code == other), other) for pair in pairs for other in pair
                      if other != one and any(m.code == other for m in f.mentions))
    if len(partners) != len(pairs):
        return []
    out = []
    for k, (at, other) in enumerate(partners):
        if not re.search(r"\bdengan\s+$", body[max(f.sentence.start, at - 10):at]):
            return []
        until = partners[k + 1][0] if k + 1 < len(partners) else f.sentence.end
        when = next((d.value for d in f.dates if at < d.start < until), None)
        if when is None:
            return []
        out.append((_pair(one, other), when))
    return out


def find_agreements(body: str, facts: list[SentenceFacts], ties: dict[tuple[str, str], TieDraft],
                    focus: tuple[str, ...], sector_hits: list[Hit], *, published: str | None = None) -> list[Agreement]:
    out: list[Agreement] = []
    trio = next((tuple(sorted(_codes(g))) for f in facts for g in f.groups if len(_codes(g)) == 3), ())
    countries = country_pair(facts)
    lead_trio = _lead_trio(facts)
    for i, f in enumerate(facts):
        s = f.sentence
        kinds_here = {h.value for h in f.agreements}
        sentence_pairs = [p for p, d in ties.items() if any(e.start == s.start for e in d.evidence)]
        parties: tuple[str, ...]
        widest = max(f.groups, key=lambda g: len(_codes(g)), default=[])
        together = _codes(widest)
        between = [p for p, d in ties.items() if any(e.start == s.start and e.rule == "between" for e in d.evidence)]
        each = _each_with_its_date(body, f, sentence_pairs)
        counted = [a for a in out if a.count > 1 and a.evidence.start == facts[i - 1].sentence.start] if i else []
        if not f.agreements and counted and len(together) == 2 and _ONE_OF_THEM_SIGNED.match(s.text):
            # "... menyaksikan penandatanganan 12 nota kesepahaman. Salah satunya ditandatangani oleh KOMIR dan
            # Kementerian Pertambangan Uzbekistan ...": one of those counted, of its own parties
            _tie(ties, together[0], together[1], "cooperation", s, "one-of-them")
            out.append(Agreement(tuple(sorted(together)), counted[-1].kind, frozenset(x.value for x in f.sectors), counted[-1].date,
                                 Evidence(s.text, s.start, s.end, "agreement:one-of-them"), 1, ""))
            continue
        if each and f.agreements and f.signing:
            # "menandatangani FTA dengan ASEAN pada 2006 dan dengan Uni Eropa pada 2010": one instrument each
            h = f.agreements[0]
            for pair, when in each:
                out.append(Agreement(pair, h.value, frozenset(x.value for x in f.sectors), when,
                                     Evidence(s.text, s.start, s.end, "agreement:listed"), 1, ""))
            continue
        if len(together) >= 3 and f.agreements:  # "AS, Korea Selatan, dan Jepang menyepakati ...": all of them
            parties = tuple(sorted(together))
            link = _DENGAN_BEFORE.search(body[max(s.start, widest[0].start - 80):widest[0].start]) or \
                _AND_COUNTRIES_BEFORE.search(body[max(s.start, widest[0].start - 80):widest[0].start])
            if link:
                # "FTA Korsel dengan lima negara Amerika Tengah, yaitu Panama, ...": who stands before "dengan" signs too
                at = max(s.start, widest[0].start - 80) + link.start()
                before = [g for g in f.groups if g[-1].end <= at]
                if before:
                    parties = tuple(sorted(set(together) | set(_codes(before[-1]))))
                    for one in _codes(before[-1]):  # it is a tie of the one with each of the many
                        for other in together:
                            _tie(ties, one, other, "cooperation", s, "listed-partners")
        elif _THREE_WAY.search(s.text) and trio:  # "ketiga negara": the three the article names together
            parties = trio
        elif len(between) == 1 and _between_parties(body, f):  # "perjanjian ... antara EAEU dan Indonesia"
            parties = between[0]
        elif len(sentence_pairs) == 1:  # the one pair this sentence ties; otherwise the pair in focus
            parties = sentence_pairs[0]
        elif sentence_pairs and set.intersection(*map(set, sentence_pairs)) and f.signing and f.groups and \
                _PARTNERS_LISTED.search(body[s.start : f.groups[-1][0].start]):
            # "PLN meneken kesepakatan dengan dua BUMN Tanzania, yaitu TGDC dan TANESCO": the one with the partners listed
            parties = tuple(sorted(set().union(*sentence_pairs)))
        elif lead_trio and not sentence_pairs and not _TWO.search(s.text):
            # an article about a trilateral: its instruments are the three's (not where "keduanya" are two)
            parties = lead_trio
        elif countries and _COUNTRY_PAIR.search(s.text) and not sentence_pairs:
            parties = countries  # "kedua kepala negara menyaksikan ...": the two countries, even where companies lead
        elif f.anaphor and not sentence_pairs:
            parties = pair_named_last(facts, i, focus)  # "Kedua pemimpin kemudian menyaksikan ...": the pair just named
        elif focus:
            parties = focus
        else:
            continue
        # "MoU energi yang diteken sehari sebelumnya" recalls an instrument told: it takes no day of its own here
        date = _best_date(f, body, instrument=True, at=f.agreements[0].start if f.agreements else None) or (_told_date(body, facts, i, published, shifts=False)
                                                        if f.agreements else None)
        if i == 0 and date and f.agreements and not any(d.value == date and _same_clause(body, f.agreements[0].start, d.start)
                                                        for d in f.dates):
            date = None  # a headline's clauses are apart: "Teken Tiga MoU, Rute Langsung Dibuka Tahun Depan"
        listed_until = -1
        for first, second in pairwise(f.agreements):
            # "18 perjanjian dan nota kesepahaman ditandatangani": one count of instruments of mixed kinds
            if (_AND_GAP.match(body[first.end:second.start]) and _count_before(body, first) > 1
                    and first.start >= listed_until and f.signing):
                evidence = Evidence(s.text, s.start, s.end, f"agreement:{first.text.lower()}")
                out.append(Agreement(tuple(parties), "other", frozenset(), date, evidence, _count_before(body, first), ""))
                listed_until = second.end
        for h in f.agreements:
            if h.start < listed_until:
                continue
            if _DEMONSTRATIVE.match(body[h.end : h.end + 30]):
                # "Deklarasi itu memuat ... perubahan iklim, kesehatan": what the instrument named before covers
                earlier = [i for i, a in enumerate(out) if a.kind == h.value]
                if earlier and f.sectors:
                    a = out[earlier[-1]]
                    out[earlier[-1]] = replace(a, sectors=a.sectors | {x.value for x in f.sectors})
                continue
            if body[max(0, h.start - 2):h.start].strip() == "(" and any(
                    x is not h and x.value == h.value and 0 <= h.start - x.end <= 3 for x in f.agreements):
                continue  # "nota kesepahaman (MoU)": the same instrument, abbreviated
            if h.value == "other" and kinds_here - {"other"} and not (
                    _count_before(body, h) > 1 and not any(x.start < h.start for x in f.agreements)) and \
                    not (any(x.value != "other" and x.end <= h.start and _ANOTHER_ONE.search(body, max(x.end, h.start - 12), h.start)
                             for x in f.agreements)
                         and all(_count_before(body, x) <= 1 for x in f.agreements if x.value != "other" and x.end <= h.start)):
                # not the total: "tujuh dokumen kerja sama, termasuk MoU di bidang mineral kritis" (but "MoU kerja sama
                # mineral kritis serta perjanjian pertukaran data pajak" is two; "delapan MoU dan LoI" eight)
                continue
            if h.value in ("mou", "other") and not f.signing and not _BETWEEN_AFTER.match(body, h.end):
                continue
            if _POLICY_BEFORE.search(body, max(s.start, h.start - 12), h.start) and h.text[:1].isupper():
                continue  # a policy's name: "kebijakan Kesepakatan Baru Hijau (Green New Deal) Korsel"
            if h.value == "joint-statement" and not (f.acts or f.anaphor or "bersama" in h.text.lower()):
                continue
            if h.value == "partnership" and (not f.acts or _STRENGTHEN_BEFORE.search(body[max(s.start, h.start - 30):h.start])):
                continue  # "memperkuat kemitraan strategis": a partnership they have, not one made or raised here
            if h.value == "partnership" and any(x.value != "partnership" and x.end <= h.start for x in f.agreements) and \
                    _TOPIC_OF.search(body[max(s.start, h.start - 40):h.start]):
                continue  # "pernyataan bersama tentang kemitraan strategis khusus", "rencana aksi ... untuk kemitraan"
            if h.value == "partnership" and any(x.value != "partnership" and 0 <= h.start - x.end <= 1 for x in f.agreements):
                continue  # "Rencana Aksi Kemitraan Strategis 2024-2028": the plan's name
            count = _count_before(body, h)
            label_match = _LABEL.match(body[h.end : h.end + 30])
            label = label_match.group(1) if label_match else ""
            named = _NAMED.match(body[h.end : h.end + 40])
            if h.value == "joint-statement" and named:
                label = named.group(1)  # "Deklarasi Washington" is not the same instrument as "pernyataan bersama"
            evidence = Evidence(s.text, s.start, s.end, f"agreement:{h.text.lower()}")
            described = _described_after(facts, i, count) if count > 1 else []
            if described and not _list_items(body[h.end : s.end], count):
                # "dua dokumen. Yang pertama adalah MoU ... Dokumen kedua berupa protokol ...": one instrument each
                listed_until = s.end
                for x in described:
                    kind = next((a.value for a in x.agreements), "other")
                    ev = Evidence(x.sentence.text, x.sentence.start, x.sentence.end, "agreement:listed")
                    out.append(Agreement(tuple(parties), kind, frozenset(y.value for y in x.sectors), date, ev, 1, ""))
                continue
            open_items = _several_listed(body, facts, i, h) if count == 1 else []
            if open_items:
                told = next(x.sentence for x in facts[i:] if x.sentence.start <= open_items[0][0] < x.sentence.end)
                for start, end in open_items:  # each its own instrument: never merged with its neighbours
                    secs = frozenset(x.value for x in sector_hits if x.value and start <= x.start < end)
                    out.append(Agreement(tuple(parties), h.value, secs, date,
                                         Evidence(told.text, told.start, told.end, "agreement:listed"), 1, label))
                continue
            items = _list_items(body[h.end : s.end], count) if count > 1 else []
            if items:
                rest = body.find(items[-1], h.end)
                listed_until = rest + len(items[-1]) if rest >= 0 else s.end
                for item in items:
                    item_start = body.find(item, h.end)
                    secs = frozenset(x.value for x in sector_hits
                                     if x.value and item_start <= x.start < item_start + len(item))
                    out.append(Agreement(tuple(parties), h.value, secs, date,
                                         Evidence(s.text, s.start, s.end, "agreement:listed"), 1, label))
                continue
            # Its sectors are those named up to the next instrument: "perjanjian jaminan sosial ..., serta
            # kesepakatan kapal otonom" are two instruments with sectors of their own.
            later = [x.start for x in f.agreements if x.start > h.start]
            own = [x.value for x in f.sectors if h.start <= x.start < (later[0] if later else s.end)]
            several = len({x.value for x in f.agreements}) > 1 or len(f.agreements) > 2
            secs = frozenset(own) if own and (later or several) else frozenset(x.value for x in f.sectors)
            if i == 0:  # a headline's clauses are apart: "Sepakati Pernyataan Bersama, Investasi China Capai ..."
                secs = frozenset(x.value for x in f.sectors if x.value in secs and _same_clause(body, h.start, x.start))
            if not label and count == 1 and any(x is not h and x.value == h.value and _JOINED.fullmatch(
                    body, min(x.end, h.end), max(x.start, h.start)) for x in f.agreements):
                # "perjanjian ekstradisi dan perjanjian bantuan hukum timbal balik": two of a kind, each by its name
                what = _WHAT_IT_IS.match(body, h.end)  # (it matches no words at least)
                label = h.text + (what.group(0).rstrip() if what else "")
            out.append(Agreement(tuple(parties), h.value, secs, date, evidence, count, label))
    headline = facts[0].sentence.start if facts else -1
    year = int(published[:4]) if published else None
    return _merge_agreements(out, headline, year) + _listed_instruments(body, facts, focus, sector_hits)


_ITEM = prefilter.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t]+(\S.*)$", re.MULTILINE)


def _listed_instruments(body: str, facts: list[SentenceFacts], focus: tuple[str, ...],
                        sector_hits: list[Hit]) -> list[Agreement]:
    """The lines of a numbered or bulleted list announced by a signing sentence ending in a colon ("Berikut
    tujuh dokumen yang diteken ...:"): one instrument each, of the kind its line names ("Nota Kesepahaman
    tentang ..."), else `other`; its parties are the announcing sentence's pair."""
    out: list[Agreement] = []
    for i, f in enumerate(facts):
        if not (f.signing and f.sentence.text.endswith(":")):
            continue
        pairs = {tuple(sorted(_codes(g))) for g in f.groups if len(_codes(g)) >= 2}
        parties = next(iter(pairs)) if len(pairs) == 1 else (country_pair(facts) if _COUNTRY_PAIR.search(f.sentence.text)
                                                             or f.anaphor else ()) or focus
        if len(parties) < 2:
            continue
        pos = f.sentence.end
        for item in _ITEM.finditer(body, pos):
            if body[pos:item.start()].strip():
                break  # the list ends at the first line that is not an item
            start, end = item.start(1), item.end(1)
            kinds = [h.value for x in facts[i + 1:] if x.sentence.start < end for h in x.agreements
                     if start <= h.start < start + 5]
            secs = frozenset(h.value for h in sector_hits if h.value and start <= h.start < end)
            text = body[start:end]
            out.append(Agreement(tuple(parties), kinds[0] if kinds else "other", secs, _best_date(f, body),
                                 Evidence(text, start, end, "agreement:listed"), 1))
            pos = item.end() + 1
    return out


_STRENGTHEN_BEFORE = prefilter.compile(r"\b(?:memperkuat|mempererat|memperdalam|menguatkan|penguatan|pemajuan|memajukan)\s+(?:\w+\s+){0,2}$",
                                re.IGNORECASE)
_AND_GAP = prefilter.compile(r"^\s*(?:dan|serta|atau)\s*$")
_ORDINAL_START = prefilter.compile(r"^(?:Yang\s+)?(?:(?:Dokumen|Perjanjian|Kesepakatan)\s+)?(?:pertama|kedua|ketiga|keempat|kelima|keenam)\b"
                            r"|^Satu\s+(?:dokumen|perjanjian|kesepakatan)\s+lain(?:nya)?\b", re.IGNORECASE)


def _described_after(facts: list[SentenceFacts], i: int, count: int) -> list[SentenceFacts]:
    """The sentences after "tiga dokumen kerja sama" that take the documents one by one ("Pertama, LoI ...",
    "Dokumen kedua berupa protokol ..."): as many as announced, in the same paragraph, each opening with an
    ordinal; none if they do not all follow."""
    out: list[SentenceFacts] = []
    for f in facts[i + 1 : i + 1 + count]:
        if not _ORDINAL_START.match(f.sentence.text):
            break
        out.append(f)
    return out if len(out) >= 2 else []


_POLICY_BEFORE = prefilter.compile(r"\b(?:kebijakan|program|strategi|visi|doktrin)\s+\Z", re.IGNORECASE)
# what an instrument is, up to the next one or the clause's end: " ekstradisi" in "perjanjian ekstradisi dan ..."
_WHAT_IT_IS = prefilter.compile(r"(?:\s+(?!(?:dan|serta|yang|di|pada|dengan|senilai)\b)[\w\-]+){0,8}")
_JOINED = prefilter.compile(r"(?:\s+(?!(?:dan|serta)\b)[\w\-]+){1,6}\s+(?:dan|serta)\s+")
# a quote that opens with the speaker's own meeting: '"Saya / Kami (telah / baru saja) bertemu (dengan) X'
_TITLES_ONLY = prefilter.compile(r"(?:[A-Z][\w\-]*\s+){0,5}")
_SAID_BY = prefilter.compile(r",\s+(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas)\s+(?-i:[A-Z])")
# "gagal bertemu X di sela KTT G20": the summit is where no talks were held
_AT_SIDELINES = prefilter.compile(_AT_SELA + r"\s+(?:" + _EVENT_WORDS + r")\b[^,.;]*$", re.IGNORECASE)
_ANOTHER_ONE = prefilter.compile(r"\b(?:serta|dan)\s+\Z")
# "meluncurkan diskusi untuk meningkatkan AKFTA pada tahun 2026": talks on an instrument begin then, not the instrument
# "sepakat melanjutkan pembahasan untuk mempercepat perundingan FTA trilateral": the talks go on
_TALKS_LAUNCHED = prefilter.compile(r"\b(?:meluncurkan|memulai|membuka|melanjutkan|mempercepat|menghidupkan\s+kembali)\s+(?:[\w\-]+\s+){0,3}?"
                             r"(?:diskusi|pembahasan|perundingan|negosiasi|pembicaraan)\b", re.IGNORECASE)
_SIGNED = prefilter.compile(r"\b(?:menandatangani|meneken|ditandatangani|diteken|penandatanganan)\b", re.IGNORECASE)


_DURING_VISIT = prefilter.compile(r"\s*(?:Di\s+sela(?:-sela)?|Dalam|Selama)\s+(?:kunjungan|lawatan)(?:\s+(?:itu|tersebut|ini))?\s*,",
                           re.IGNORECASE)
# one in force, put to work: "sepakat mempercepat implementasi IK-CEPA"
_PUT_TO_WORK = prefilter.compile(r"\b(?:implementasi|pelaksanaan|penerapan|pemanfaatan)\b", re.IGNORECASE)


def _talks_only(sentence: str) -> bool:
    """The sentence tells talks on an instrument (begun, going on, launched) or its putting to work, not its signing."""
    return bool(_PROCESS.search(sentence) or _TALKS_LAUNCHED.search(sentence) or _PUT_TO_WORK.search(sentence)) and \
        not _SIGNED.search(sentence)


def _merge_agreements(items: list[Agreement], headline: int = -1, year: int | None = None) -> list[Agreement]:
    kept: list[Agreement] = []
    # the days of its negotiations date no instrument: one signed is dated by its signing, one not yet is undated
    items = [replace(a, date=None) if a.date and _talks_only(a.evidence.sentence) else a for a in items]

    def in_headline(k: Agreement, a: Agreement) -> bool:
        """The headline names the one instrument the body then dates and describes ("Naver Teken MoU dengan ...")."""
        return k.evidence.start == headline and k.date is None and k.count == a.count and \
            (k.sectors <= a.sectors or a.sectors <= k.sectors) and \
            not (a.date and year and int(a.date[:4]) < year - 1)  # not one signed long before: that is its history

    def itemized(k: Agreement) -> bool:
        """The headline's count of instruments is the body's list of them ("Teken Tiga MoU" / "tiga MoU, masing-masing ...")."""
        listed = [a for a in items if a.evidence.rule == "agreement:listed" and a.kind == k.kind
                  and set(a.parties) == set(k.parties)]
        return k.evidence.start == headline and k.count > 1 and len(listed) == k.count

    def named_alike(k: Agreement, a: Agreement) -> bool:
        """The headline names the instrument the body tells, whatever kind each reads it as: "Teken Kesepakatan
        Downing Street" / "menandatangani Kesepakatan Downing Street yang meningkatkan hubungan ... menjadi kemitraan
        strategis global" (a name in a Title Case headline is found in the body as written, not in lower case)."""
        if k.evidence.start != headline or k.date is not None or a.evidence.start == headline:
            return False
        cue = k.evidence.rule.partition(":")[2]
        name = re.search(re.escape(cue) + r"\s+((?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,3})", k.evidence.sentence, re.IGNORECASE) \
            if cue else None
        return name is not None and bool(re.search(r"\b" + re.escape(name.group(1)) + r"\b", a.evidence.sentence))

    items = [a for a in items if not itemized(a)]
    for a in items:
        alike = next((k for k in kept if named_alike(k, a) and set(k.parties) & set(a.parties)), None)
        if alike is not None:
            kept[kept.index(alike)] = replace(a, sectors=alike.sectors | a.sectors)
            continue
        same = next((k for k in kept if k.kind == a.kind and k.title == a.title and (set(k.parties) == set(a.parties) or (
                         # "Menhan Korsel Kunjungi Warsawa, Hanwha Teken Kontrak": the headline's one contract is the one
                         # the body tells with its parties, where the headline had the two countries for them
                         in_headline(k, a) and set(k.parties) & set(a.parties) and not all(_is_state(c) for c in a.parties)))
                     and (in_headline(k, a) or (
                         (a.date is None or a.date == k.date)
                         and (a.kind not in ("mou", "other", "joint-statement") or (a.count == k.count and a.sectors <= k.sectors))))
                     and not a.evidence.rule == k.evidence.rule == "agreement:listed"), None)
        if same is None:
            kept.append(a)
        elif in_headline(same, a) and (a.date or set(a.parties) != set(same.parties)):
            # the body's report, with its parties, sentence, date and place, stands for it
            kept[kept.index(same)] = replace(a, sectors=same.sectors | a.sectors)
        elif a.sectors - same.sectors or (same.date is None and a.date):
            kept[kept.index(same)] = replace(same, sectors=same.sectors | a.sectors, date=same.date or a.date)
    return kept
_TARGET_YEAR = prefilter.compile(r"\b(?:hingga|sampai|target(?:nya)?|menargetkan|ditargetkan)\s+(?:tahun\s+)?((?:19|20)\d\d)\b",
                          re.IGNORECASE)


def timed(agreements: list[Agreement]) -> list[Agreement]:
    """What an instrument's sentence says of its time and place: planned ("akan menandatangani"), the year a
    plan aims at ("hingga 2030"), where it was signed ("di Seoul")."""
    out = []
    for a in agreements:
        text = a.evidence.sentence
        target = _TARGET_YEAR.search(text)
        out.append(replace(a, planned=bool(_PLANNED.search(text)), place=a.place or _place(text),
                           target=int(target.group(1)) if target else None))
    return out


_ONE_OF_THEM_SIGNED = prefilter.compile(r"\s*Salah\s+(?:satu(?:nya)?|satu\s+di\s+antaranya)\s+(?:\w+\s+)?(?:ditandatangani|diteken|disepakati)\b",
                                 re.IGNORECASE)
# "Salah satunya adalah kontrak antara X dan Y": one of the instruments just counted, signed with them
_ONE_OF_THEM_IS = prefilter.compile(r"\s*Salah\s+(?:satu(?:nya)?|satu\s+di\s+antaranya)\s+(?:adalah|yaitu|ialah)\b", re.IGNORECASE)
_JOINT_SESSION_AT = prefilter.compile(r"\bdi\s+sela(?:-sela)?\s+(?:Sidang|Pertemuan|Rapat|Konferensi|Forum)\b[^,.;]{0,30}\Z")
_HAS = prefilter.compile(r"\bmemiliki\b", re.IGNORECASE)
_PERIOD_LABEL = prefilter.compile(r"((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d")


def date_from_meetings(agreements: list[Agreement], meetings: list[Meeting], body: str) -> list[Agreement]:
    """An instrument whose sentence gives no date was signed at the meeting of its parties the article
    reported last before it (or, failing that, first after it), one with a day's date where there is
    one: it takes that meeting's date; one with no meeting of its parties takes the date of a meeting
    of one of them told before it in its paragraph."""
    out: list[Agreement] = []
    for a in agreements:
        if a.date is None and (a.evidence.rule == "agreement:one-of-them" or _ONE_OF_THEM_IS.match(a.evidence.sentence)) \
                and out and out[-1].count > 1:
            a = replace(a, date=out[-1].date, inferred=out[-1].inferred, place=a.place or out[-1].place)  # its count's
        if a.date is None:
            held = [m for m in meetings if m.date and set(a.parties) <= set(m.participants)]
            held = [m for m in held if len(m.date or "") == 10] or held  # a day's meeting, not "April lalu"
            before = [m for m in held if m.evidence.start <= a.evidence.start]
            at = before[-1] if before else (held[0] if held else None)
            if at is None and _AFTER_MEETING.match(a.evidence.sentence):
                # "Seusai pertemuan, Hanwha Aerospace dan Badan Persenjataan Polandia menandatangani kontrak": signed on
                # the day of the meeting just told, whoever met
                at = next((m for m in meetings[::-1] if m.date and m.evidence.start < a.evidence.start), None)
            if at is None:
                # "Di sela KTT, Yoon bertemu ... Korsel juga menandatangani MoU dengan Madagaskar": signed in the
                # paragraph of a dated meeting one of its parties held, on that day
                # ("Di sela kunjungan, K-sure meneken MoU dengan KPC": in the visit told, whichever paragraph told it)
                during = bool(_DURING_VISIT.match(a.evidence.sentence))
                near = [m for m in meetings if m.date and len(m.date) == 10 and set(a.parties) & set(m.participants)
                        and m.evidence.start <= a.evidence.start and (during or "\n" not in body[m.evidence.end:a.evidence.start])]
                at = near[-1] if near else None
            text = a.evidence.sentence
            if _talks_only(text) or _HAS.search(text) and not _SIGNED.search(text):
                at = None  # talks on it told, or one had ("telah memiliki 10 kesepakatan"), not its signing: no day of a meeting is its
            period = _PERIOD_LABEL.fullmatch(a.title)
            if at is not None and at.date and period and int(period.group(1)) < int(at.date[:4]):
                at = None  # "melalui Rencana Aksi 2021-2025", told at a meeting of 2025: a plan in force, made before it
            if at is not None:
                a = replace(a, date=at.date, inferred=True, place=a.place or at.place)
        out.append(a)
    return out
# a call is no meeting: "berbicara dengan Prabowo melalui sambungan telepon"
# teams that meet on a pitch: "pertemuan kedua tim", "Timnas Korea Selatan mengalahkan Indonesia"
_MATCH = prefilter.compile(r"\b(?:kedua\s+tim|timnas|tim\s+nasional|pertandingan|laga|(?:di|babak|partai)\s+(?:semi|perempat\s+)?final"
                    r"|semifinal|perempat\s+final|piala|kejuaraan|turnamen)\b", re.IGNORECASE)  # not "tahap final perundingan"


_MEMBER = prefilter.compile(r"\b(?:adalah|merupakan|sebagai)\s+anggota(?:nya)?\b", re.IGNORECASE)


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


def _one_per_sentence(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    """One evidence per sentence; the rules that found the fact there are joined with '+'."""
    rules: dict[tuple[int, int], list[str]] = {}
    first: dict[tuple[int, int], Evidence] = {}
    for e in evidence:
        first.setdefault((e.start, e.end), e)
        if e.rule not in rules.setdefault((e.start, e.end), []):
            rules[(e.start, e.end)].append(e.rule)
    return tuple(Evidence(e.sentence, e.start, e.end, "+".join(sorted(rules[k]))) for k, e in sorted(first.items()))


def tie_objects(ties: dict[tuple[str, str], TieDraft], agreements: list[Agreement]) -> list[Tie]:
    """Frozen ties; a pair gets kind `agreement` exactly when an agreement names it."""
    agreed = {tuple(sorted(a.parties)) for a in agreements if len(a.parties) == 2}
    for pair in agreed:
        ties.setdefault(pair, TieDraft())  # type: ignore[arg-type]
    out = []
    for (a, b), d in sorted(ties.items()):
        kinds = set(d.kinds) | ({"agreement"} if (a, b) in agreed else set())
        # an instrument's sectors are its parties' ties' sectors: each pair of a trilateral declaration too
        sectors = set(d.sectors) | {s for ag in agreements if {a, b} <= set(ag.parties) for s in ag.sectors}
        evidence = d.evidence or [ag.evidence for ag in agreements if set(ag.parties) == {a, b}][:1]
        out.append(Tie(a, b, frozenset(kinds or {"cooperation"}), frozenset(sectors), _one_per_sentence(evidence)))
    return out
