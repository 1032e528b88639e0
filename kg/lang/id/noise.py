"""Page-noise patterns of Indonesian news sites, as seen in scraped articles.

Source: the five seed articles and the twelve dev articles of ../shared/corpus, and the
layouts of the sites they come from (tirto.id, okezone, inakoran, vtv.vn, kbs world).
"""

import re

from kg import prefilter

# A whole line that is page furniture: drop it.
NOISE_LINE = prefilter.compile(
    r"""^(?:
        advertisement | iklan | scroll\b.* | menuju\ konten\ utama | oleh\s*:.*
      | (?:baca\ juga|baca\ juga\ artikel|lihat\ juga|baca|video|saksikan|simak)\s*:.* | next\ article\s*
      | (?:baca\ juga|baca\ juga\ artikel|lihat\ juga)\b.* | ikuti\ (?:berita|saluran)\b.*
      | news\s*-\s*tim\ redaksi\b.* | tim\ redaksi\b.*
      | follow\ whatsapp\ channel\b.* | telusuri\ berita\b.* | bagikan\b.* | share\b.*
      | dapatkan\ update\ berita\b.* | simak\ breaking\ news\b.* | cek\ berita\ dan\ artikel\b.*
      | (?:komentar|komentari)\s*(?:\(\d+\))?\s* | belum\ ada\ komentar\b.* | masuk\ untuk\ berkomentar\b.*
      | halaman\s*:?\s*[\d\s]* | (?:sebelumnya|selanjutnya|next|prev)\s*
      | (?:tag|tags|topik)\s*:.* | (?:editor|penulis|reporter|rep|red|pewarta|sumber\ foto|write)\s*:.*
      | photo\s*:.* | (?:rep|red)\s*:.*
      | (?:simak|saksikan|tonton)\s+(?:juga\s+)?(?:video|live\ streaming)\b.*
      | gulir\s+(?:ke\s+bawah\s+)?untuk\s+(?:melanjutkan|membaca)\b.* | lanjutkan\s+membaca\b.*
      | \(\s*[a-z]{2,5}\s*/\s*[a-z]{2,5}\s*\)
      | [a-z0-9.\-]+\.(?:id|com|co\.id|vn|kr)\s*-\s*[a-z]+\s*
      | \S{1,2}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# A line that opens a list of related headlines: it and the headline lines after it go.
RELATED_HEADER = prefilter.compile(
    r"^(?:artikel\s+terkait|berita\s+terkait|berita\s+lainnya|baca\s+berita\s+lainnya|pilihan\s+editor"
    r"|rekomendasi|terpopuler|berita\s+populer|artikel\s+lainnya)\s*:?\s*$",
    re.IGNORECASE,
)

# Photo captions and credits.
CAPTION = prefilter.compile(
    r"(?:\(\s*foto\s*:|\bfoto\s*:|antara\s+foto|\bfoto\s*/|\(\s*dok\.|^ilustrasi\b|\.(?:jpg|jpeg|png|webp)\)?\s*$"
    r"|-\s*foto\s*:"
    # a photographer and agency after slashes: "... ke Australia. /Jabin Botsford/Pool via REUTERS"
    r"|/\s*[A-Z][^/\n]{1,60}/\s*(?:Pool\s+)?(?:via\s+)?(?:REUTERS|Reuters|AFP|AP|EPA|Yonhap|YONHAP|Getty\s+Images|ANTARA)\s*\.?\s*$)",
    re.IGNORECASE,
)

# "JAKARTA - ", "SUGAWA.ID- ", "Canberra - ", "tirto.id - " at the start of the lead.
DATELINE_PREFIX = prefilter.compile(
    r"^(?:(?:[A-Z][A-Z.]{2,}(?:\s[A-Z][A-Z.]+)?|[A-Za-z0-9]+\.(?:id|ID|com))\s*[-–—]{1,2}\s+"
    # (a town's name with a particle: "Rio de Janeiro - ", "Dar es Salaam - ")
    r"|[A-Z][a-z]+(?:\s(?:de|da|do|del|es|al|el))?(?:\s[A-Z][a-z]+)?\s+[-–—]{1,2}\s+"
    # "Jakarta, CNBC Indonesia - ", "JAKARTA, investor.id - ", "Liputan6.com, Lima - ", "TEMPO.CO, Jakarta - "
    r"|[A-Z][\w.]+,\s+[A-Za-z][\w.]*(?:\s[A-Z][\w.]*){0,2}\s+[-–—]{1,2}\s+"
    r"|[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?\s*\([A-Z][\w.]*\)\s*[-–—]{1,2}\s+"  # "Vientiane (ANTARA) - "
    # a press release's town and day: "Seoul, 18 Juni 2025 - "
    r"|[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*[-–—]{1,2}\s+"
    # and with its weekday: "Riyadh, Kamis (24/10/2024) - ", "Jakarta, Senin, 3 Juni 2024 - "
    r"|[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?,\s+(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
    r"(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*[-–—]{1,2}\s+)"
)

# Lines that only restate metadata: the dateline itself, "Jakarta, Inakoran".
METADATA_LINE = prefilter.compile(
    # a timestamp line is short: "Senin, 3 Juni 2024, Yoon juga menerima ..." opens a paragraph of the story
    r"^(?:(?=.{0,60}$)(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu),?\s+\d.*|\w+,\s*\w+\s*$|write\s*:.*"
    # a date in figures or a date with its hour, short: "16/07/2023, 08:12 WIB", "2023-07-16 08:12", "16 Juli 2023 | 08:12"
    r"|(?=.{0,60}$)(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-z]+\.?\s+\d{4}\s*[,|\-]?\s*\d{1,2}[:.]\d{2})\b.*)$",
    re.IGNORECASE,
)

SOURCE_LINE = prefilter.compile(r"^\s*sumber\s*:\s*(https?://\S+)\s*$", re.IGNORECASE | re.MULTILINE)
PUBLISHER_LINE = prefilter.compile(r"^\s*(?:sumber|publisher|penerbit)\s*:\s*([^\s:][^:]{1,60})\s*$", re.IGNORECASE | re.MULTILINE)
