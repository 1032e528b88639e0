"""Synthetic Indonesian news articles about South Korea's ties, with their gold facts.

Deterministic from a seed: `python benchmarks/generate.py OUT_DIR --n 1000 --seed 7` writes
OUT_DIR/NNNNNN.txt and NNNNNN.gold.json (the gold format of ../shared/corpus/ANNOTATION.md), so
`kg eval OUT_DIR` checks correctness at scale too. Articles are composed from varied templates
(datelines, titles, reported speech, MoU lists, page noise) over kg's own gazetteer, sector cues
and role titles.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from kg.lang.id.sectors import SECTOR_CUES

# Partners and the titles their leaders carry in Indonesian news.
PARTNERS = {
    "JP": ("Jepang", "Perdana Menteri"), "US": ("Amerika Serikat", "Presiden"), "CN": ("China", "Presiden"),
    "ID": ("Indonesia", "Presiden"), "VN": ("Vietnam", "Presiden"), "AU": ("Australia", "Perdana Menteri"),
    "DE": ("Jerman", "Kanselir"), "FR": ("Prancis", "Presiden"), "GB": ("Inggris", "Perdana Menteri"),
    "IN": ("India", "Perdana Menteri"), "IT": ("Italia", "Perdana Menteri"), "CA": ("Kanada", "Perdana Menteri"),
    "AE": ("Uni Emirat Arab", "Presiden"), "SA": ("Arab Saudi", "Putra Mahkota"), "PH": ("Filipina", "Presiden"),
    "TH": ("Thailand", "Perdana Menteri"), "MY": ("Malaysia", "Perdana Menteri"), "SG": ("Singapura", "Perdana Menteri"),
    "NZ": ("Selandia Baru", "Perdana Menteri"), "PL": ("Polandia", "Presiden"), "TR": ("Turki", "Presiden"),
    "BR": ("Brasil", "Presiden"), "MX": ("Meksiko", "Presiden"), "ES": ("Spanyol", "Perdana Menteri"),
    "NL": ("Belanda", "Perdana Menteri"), "QA": ("Qatar", "Emir"), "EG": ("Mesir", "Presiden"),
    "KZ": ("Kazakhstan", "Presiden"), "UZ": ("Uzbekistan", "Presiden"), "MN": ("Mongolia", "Presiden"),
    "KE": ("Kenya", "Presiden"), "NG": ("Nigeria", "Presiden"), "CL": ("Cile", "Presiden"), "PE": ("Peru", "Presiden"),
    "SE": ("Swedia", "Perdana Menteri"), "NO": ("Norwegia", "Perdana Menteri"), "DK": ("Denmark", "Perdana Menteri"),
    "FI": ("Finlandia", "Presiden"), "CZ": ("Ceko", "Perdana Menteri"), "HU": ("Hongaria", "Perdana Menteri"),
}
ORGS = {"ASEAN": "ASEAN", "EU": "Uni Eropa", "NATO": "NATO", "G20": "G20", "APEC": "APEC", "UN": "PBB"}
KR_LEADERS = ["Yoon Suk Yeol", "Lee Jae-myung", "Moon Jae-in"]
FIRST = ["Ahmad", "Maria", "Jonas", "Elena", "Omar", "Sofia", "Lukas", "Anna", "Mateo", "Nadia", "Viktor", "Amara",
         "Kenji", "Priya", "Tomas", "Leila", "Rafael", "Ingrid", "Samuel", "Hana"]
LAST = ["Kovacs", "Santoro", "Lindqvist", "Haddad", "Moreau", "Novak", "Tanaka", "Okafor", "Silva", "Petrov",
        "Jansen", "Rahman", "Dubois", "Kowalski", "Nakamura", "Ferreira", "Berg", "Aziz", "Costa", "Weber"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
SECTOR_WORDS = {s: cues[0] for s, cues in SECTOR_CUES.items() if len(cues[0]) > 3}
NUMBERS = {2: "dua", 3: "tiga", 4: "empat"}
NOISE = [
    "Advertisement", "Baca juga: Harga Cabai Rawit di Pasar Induk Mulai Turun", "A", "Komentar (0)",
    "Scroll untuk melanjutkan membaca", "Baca Juga: Timnas U-17 Tiba di Doha, Siap Jalani Laga Uji Coba",
]
RELATED = ["Jadwal Lengkap Piala Dunia Fase Grup", "Harga Tiket Pesawat Jakarta-Bali Melonjak",
           "Presiden Prancis Kunjungi Jerman Bahas Energi", "Resep Soto Betawi yang Gurih",
           "Menlu Jepang Bertemu Menlu Kanada di Tokyo"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(i: int, rng: random.Random) -> tuple[str, dict]:
    """One article's text and its gold facts."""
    code = rng.choice(list(PARTNERS))
    name, title = PARTNERS[code]
    leader, kr_leader = person(rng), rng.choice(KR_LEADERS)
    year, month, day = rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)
    date = f"{year:04d}-{month:02d}-{day:02d}"
    weekday = DAYS[rng.randrange(7)]
    sectors = rng.sample(sorted(SECTOR_WORDS), rng.randint(2, 5))
    words = [SECTOR_WORDS[s] for s in sectors]
    city = rng.choice(["Seoul", "Busan", name])
    n_mou = rng.choice([0, 1, 2, 3])
    mou_sectors = rng.sample(sectors, min(n_mou, len(sectors))) if n_mou else []
    org = rng.choice(list(ORGS)) if rng.random() < 0.3 else None

    lines = [rng.choice(NOISE[:1] + [""]),
             rng.choice([f"Korea Selatan dan {name} Sepakat Perkuat Kerja Sama {words[0].title()}",
                         f"{kr_leader.split()[0]} dan {leader.split()[-1]} Bahas Kerja Sama {words[-1].title()}",
                         f"Korsel-{name} Perluas Kemitraan di Bidang {words[0].title()}"]),
             f"{weekday}, {day} {MONTHS[month - 1]} {year} | {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} WIB", ""]
    lead = (f"{rng.choice(['SEOUL', 'JAKARTA', city.upper()])} - Presiden Korea Selatan {kr_leader} dan {title} {name} "
            f"{leader} menggelar pertemuan puncak di {city}, {weekday} ({day}/{month}/{year}).")
    body = [lead,
            f"Kedua pemimpin sepakat memperkuat kerja sama di bidang {', '.join(words[:-1])} dan {words[-1]}."
            if len(words) > 1 else f"Kedua pemimpin sepakat memperkuat kerja sama di bidang {words[0]}.",
            rng.choice(NOISE)]
    quote_sector = SECTOR_WORDS[sectors[0]]
    body.append(f"\"Kami ingin memperluas kerja sama {quote_sector} yang saling menguntungkan,\" kata {kr_leader.split()[0]}.")
    agreements = []
    if n_mou == 1:
        body.append(f"Korea Selatan dan {name} juga menandatangani nota kesepahaman (MoU) tentang {SECTOR_WORDS[mou_sectors[0]]}.")
        agreements.append({"parties": ["KR", code], "kind": "mou", "sectors": [mou_sectors[0]], "date": date})
    elif n_mou > 1:
        items = ", ".join(f"satu tentang {SECTOR_WORDS[s]}" for s in mou_sectors)
        body.append(f"Pada kesempatan itu, kedua negara meneken {NUMBERS[n_mou]} nota kesepahaman (MoU): {items}.")
        agreements += [{"parties": ["KR", code], "kind": "mou", "sectors": [s], "date": date} for s in mou_sectors]
    if rng.random() < 0.4:
        body.append(f"Kedua negara juga menyepakati pernyataan bersama tentang {SECTOR_WORDS[sectors[-1]]}.")
        agreements.append({"parties": ["KR", code], "kind": "joint-statement", "sectors": [sectors[-1]], "date": date})
    ties = [{"a": "KR", "b": code, "kinds": ["meeting", "cooperation"] + (["agreement"] if agreements else []),
             "sectors": sorted(set(sectors))}]
    actors = [{"code": "KR", "type": "country"}, {"code": code, "type": "country"}]
    meetings = [{"participants": ["KR", code], "date": date, "place": city}]
    if org:
        body.append(f"Keduanya juga sepakat bekerja sama erat dalam forum {ORGS[org]}.")
        actors.append({"code": org, "type": "organization"})
    if rng.random() < 0.3:
        body.append("Selain itu, kedua pemimpin membahas situasi di Semenanjung Korea dan ancaman nuklir Korea Utara.")
        actors.append({"code": "KP", "type": "country"})
    body.append(f"{leader.split()[-1]} dijadwalkan melanjutkan lawatannya setelah kunjungan ke {city}."
                if city != name else f"{kr_leader.split()[0]} dijadwalkan kembali ke Seoul pada akhir pekan.")
    text = "\n".join(lines + body + ["", "Berita Terkait", *rng.sample(RELATED, 3), "", "Komentar (0)"]) + "\n"
    gold = {
        "file": f"{i:06d}.txt", "published": date, "actors": actors,
        "people": [{"name": kr_leader, "role": "head-of-state", "of": "KR"},
                   {"name": leader, "role": _role(title), "of": code}],
        "ties": ties, "agreements": agreements, "meetings": meetings, "memberships": [],
    }
    return text, gold


def _role(title: str) -> str:
    return {"Presiden": "head-of-state", "Emir": "head-of-state", "Perdana Menteri": "head-of-government",
            "Kanselir": "head-of-government", "Putra Mahkota": "head-of-government"}[title]


def generate(out: Path, n: int, *, seed: int = 7, gold: bool = True) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for i in range(n):
        text, facts = article(i, rng)
        (out / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        if gold:
            (out / f"{i:06d}.gold.json").write_text(json.dumps(facts, ensure_ascii=False, indent=1), encoding="utf-8")


_FURNITURE = "".join(f'<li><a href="/kanal/{i}">Kanal {i}</a></li>' for i in range(60))
_SCRIPT = "<script>" + "var cfg = {ads: true, slot: 'top', lazy: 1};" * 120 + "</script>"
_FILLER = {
    "id": "Pemerintah kota meresmikan taman baru dan warga menyambut baik fasilitas itu untuk olahraga pagi. ",
    "en": "The city council opened a new park and residents welcomed the facility for their morning exercise. ",
    "ms": "Kerajaan negeri membuka taman baharu dan penduduk mengalu-alukan kemudahan itu untuk bersenam. ",
}


def page(title: str, body: str, *, lang: str, url: str, date: str | None) -> str:
    """A news page as crawls hold them: scripts, navigation, ads and related links around the article."""
    meta = f'<meta property="article:published_time" content="{date}T08:00:00+07:00">' if date else ""
    paragraphs = "".join(f"<p>{line}</p>" for line in body.split("\n") if line.strip())
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="canonical" href="{url}">{meta}{_SCRIPT}</head><body><nav><ul>{_FURNITURE}</ul></nav>'
            f'<div class="ad">ADVERTISEMENT</div><main><article><h1>{title}</h1>{paragraphs}</article>'
            f'<section class="related"><ul>{_FURNITURE}</ul></section></main>{_SCRIPT}</body></html>')


def crawl(path: Path, n: int, *, share: float = 0.05, seed: int = 7) -> int:
    """A WARC of n HTML response records like a news crawl: `share` of them Indonesian articles about
    Korea's ties (synthetic, as above), the rest other Indonesian news and English and Malay pages.
    Returns the number of relevant records."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    relevant = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i in range(n):
            url = f"https://berita{i % 40}.example/read/{i:06d}"
            if rng.random() < share:
                text, facts = article(i, rng)
                lines = [line for line in text.split("\n") if line.strip()]
                html = page(lines[0], "\n".join(lines[1:]), lang="id", url=url, date=facts.get("published"))
                relevant += 1
            else:
                lang = rng.choices(["id", "en", "ms"], weights=[6, 3, 1])[0]
                html = page(f"Berita {i}", _FILLER[lang] * rng.randint(8, 20), lang=lang, url=url, date=None)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                                          http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": "2025-01-01T00:00:00Z"}))
    return relevant


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-gold", action="store_true")
    args = parser.parse_args()
    generate(args.out, args.n, seed=args.seed, gold=not args.no_gold)


if __name__ == "__main__":
    main()
