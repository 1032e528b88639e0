"""Indonesian (and English loan) cue phrases for the 33 sectors of ../shared/corpus/ANNOTATION.md.

Source: the cue list of ANNOTATION.md, extended with synonyms from Indonesian diplomatic news.
Phrases are matched case-insensitively on word boundaries; the longest match wins, so
"industri pertahanan" counts as defense and not as industry.
"""

SECTOR_CUES: dict[str, tuple[str, ...]] = {
    "artificial-intelligence": ("kecerdasan buatan", "artificial intelligence", "AI", "kecerdasan artifisial"),
    "semiconductors": ("semikonduktor", "chip", "chips", "cip semikonduktor"),
    "critical-minerals": ("mineral penting", "mineral kritis", "mineral strategis", "mineral utama",
                          "bahan baku penting", "nikel", "logam tanah jarang", "mineral"),
    "aerospace": ("kedirgantaraan", "dirgantara", "penerbangan sipil"),
    "space": ("ruang angkasa", "antariksa", "satelit", "luar angkasa", "penjelajahan ruang angkasa"),
    "defense": ("pertahanan", "industri pertahanan", "militer", "rudal", "intelijen militer", "jet tempur",
                "alutsista", "artileri", "informasi militer", "pesawat tempur", "kapal selam"),
    "cybersecurity": ("siber", "dunia maya", "keamanan siber", "pertahanan siber", "pertahanan dunia maya"),
    "counterterrorism": ("kontraterorisme", "terorisme", "antiterorisme", "kontra-terorisme"),
    "nonproliferation": ("perlucutan senjata", "non-proliferasi", "nonproliferasi", "denuklirisasi"),
    "trade": ("perdagangan", "FTA", "CEPA", "perdagangan bebas", "ekspor", "impor", "perdagangan jasa",
              "dagang", "asal barang"),
    "investment": ("investasi", "investasinya", "FDI", "penanaman modal", "investor", "berinvestasi", "saham", "akuisisi",
                   "mengakuisisi", "menanamkan modal", "kepemilikan saham"),
    "industry": ("industri", "industri 4.0", "manufaktur", "perindustrian", "industri maju", "petrokimia",
                 "pabrik", "konstruksi"),
    "science-technology": ("teknologi", "sains", "ilmu pengetahuan", "inovasi", "riset", "transfer teknologi",
                           "pengembangan teknologi", "iptek"),
    "digital": ("ekonomi digital", "transformasi digital", "digital", "komputasi awan", "cloud", "pusat data",
                "data center", "digitalisasi"),
    "energy": ("energi", "energi bersih", "energi terbarukan", "jaringan listrik", "hidrogen", "tenaga nuklir",
               "energi nuklir", "minyak", "gas alam", "LNG"),
    "electric-vehicles": ("kendaraan listrik", "baterai", "mobil listrik", "katoda", "anoda", "prekursor"),
    "climate-environment": ("perubahan iklim", "lingkungan", "ekonomi hijau", "gambut", "iklim", "emisi karbon",
                            "emisi", "netralitas karbon", "lingkungan berkelanjutan"),
    "supply-chains": ("rantai pasokan", "rantai pasok", "supply chain"),
    "infrastructure": ("infrastruktur", "transportasi", "kereta", "perkeretaapian", "ibu kota baru",
                       "kota pintar", "jalan tol", "pelabuhan"),
    "culture": ("budaya", "kebudayaan", "k-pop", "musik", "film", "industri kreatif", "hiburan",
                "warisan budaya", "musik pop", "industri budaya", "ekonomi warisan", "industri hiburan"),
    "education": ("pendidikan", "pelatihan", "SDM", "sumber daya manusia", "talenta", "vokasi", "beasiswa",
                  "pendidikan kejuruan", "pelatihan bakat"),
    "tourism-people": ("pariwisata", "pertukaran antarmasyarakat", "antar masyarakat", "antarmasyarakat",
                       "visa", "pemuda", "working holiday", "people-to-people", "pertukaran orang",
                       "wisatawan", "warga kedua negara", "antarwarga", "pertukaran antarwarga", "generasi muda",
                       "kaum muda", "pertukaran mahasiswa", "pertukaran pelajar", "penerbangan langsung",
                       "bebas visa", "pembebasan visa"),
    "sports": ("olahraga", "olimpiade"),
    "disaster-management": ("perlindungan sipil", "bencana", "bencana alam", "penanggulangan bencana",
                            "keselamatan dari bencana"),
    "maritime": ("maritim", "kelautan", "perikanan", "keamanan maritim", "penjaga pantai", "laut"),
    "transnational-crime": ("kejahatan transnasional", "narkoba", "penipuan daring", "voice phishing",
                            "kejahatan siber lintas negara", "perdagangan manusia", "penipuan suara"),
    "health": ("kesehatan", "medis", "vaksin", "layanan kesehatan", "farmasi"),
    "agriculture": ("pertanian", "pangan", "ketahanan pangan", "agrikultur"),
    "smes-startups": ("UKM", "UMKM", "usaha kecil dan menengah", "start up", "startup", "start-up",
                      "usaha rintisan"),
    "peace-security": ("perdamaian", "keamanan", "stabilitas", "penangkalan", "keamanan regional",
                       "keamanan global"),
    "labor": ("tenaga kerja", "pekerja migran", "ketenagakerjaan", "bekerja di"),
    "finance": ("keuangan", "perbankan", "swap mata uang", "pinjaman", "mata uang", "pembiayaan"),
    "governance": ("antikorupsi", "administrasi publik", "hukum", "reformasi birokrasi", "diplomasi publik",
                   "tata kelola"),
}

# Phrases that contain a sector cue but do not mean that sector: matched first so they win.
SECTOR_STOP_PHRASES = (
    "perang korea", "senjata nuklir", "ancaman nuklir", "program nuklir", "supremasi hukum",
    "hukum internasional", "dewan keamanan", "ancaman keamanan", "mata uang asing", "di lingkungan",
)
