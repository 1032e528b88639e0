"""Indonesian role titles and the role ids of ../shared/corpus/ANNOTATION.md they map to.

Source: ANNOTATION.md's role list, Indonesian government title abbreviations (Menlu, Menperin,
Dirjen, Dubes ...), and titles of foreign leaders as Indonesian news writes them.
Each entry: title phrase (lower case) -> (role id, affiliation code or "" when the title names none).
The longest title wins: "presiden komisi eropa" beats "presiden".
"""

ROLE_TITLES: dict[str, tuple[str, str]] = {
    # heads of state
    "presiden": ("head-of-state", ""), "raja": ("head-of-state", ""), "sultan": ("head-of-state", ""),
    "kaisar": ("head-of-state", ""), "emir": ("head-of-state", ""), "ratu": ("other", ""),
    "paus": ("head-of-state", "VA"),  # the Pope heads the Holy See
    "yang di-pertuan agong": ("head-of-state", "MY"),  # Malaysia's king, by his title (and as Indonesian news spells it)
    "yang dipertuan agong": ("head-of-state", "MY"),
    "grand duke": ("head-of-state", ""), "adipati agung": ("head-of-state", ""),  # Luxembourg's monarch
    "ibu negara": ("other", ""), "pangeran": ("other", ""), "putri": ("other", ""), "permaisuri": ("other", ""),
    "sheikh": ("head-of-state", ""), "syekh": ("head-of-state", ""), "presiden ri": ("head-of-state", "ID"),
    "presiden terpilih": ("head-of-state", ""), "kepala negara": ("head-of-state", ""),
    "kepala pemerintahan": ("head-of-government", ""), "presiden sementara": ("head-of-state", ""),
    "pelaksana tugas presiden": ("head-of-state", ""), "plt presiden": ("head-of-state", ""),
    # heads of government
    "perdana menteri": ("head-of-government", ""), "PM": ("head-of-government", ""),
    "menteri-presiden": ("official", ""),  # a Belgian region's head: "Menteri-Presiden Flanders"
    "kanselir": ("head-of-government", ""), "putra mahkota": ("other", ""),
    "presiden dewan menteri": ("head-of-government", ""), "premier": ("head-of-government", ""),
    # organisation leaders and officials whose title names the body
    "sekretaris jenderal": ("secretary-general", ""), "sekjen": ("secretary-general", ""),
    "presiden komisi eropa": ("official", "EU"), "presiden dewan eropa": ("official", "EU"),
    "ketua komisi eropa": ("official", "EU"), "perwakilan tinggi uni eropa": ("official", "EU"),
    # ministers
    "menteri": ("minister", ""), "menlu": ("minister", ""), "menteri luar negeri": ("minister", ""),
    "menteri pertahanan": ("minister", ""), "menhan": ("minister", ""), "menteri perdagangan": ("minister", ""),
    "mendag": ("minister", "ID"), "menteri perindustrian": ("minister", ""), "menperin": ("minister", "ID"),
    "menteri keuangan": ("minister", ""), "menkeu": ("minister", "ID"), "menko": ("minister", "ID"),
    "menteri koordinator": ("minister", ""), "menteri investasi": ("minister", ""),
    "menteri bumn": ("minister", "ID"), "menteri esdm": ("minister", "ID"), "menpar": ("minister", "ID"),
    "menkominfo": ("minister", "ID"), "menteri unifikasi": ("minister", "KR"),
    # Indonesian ministers and chiefs by the short names only Indonesian news gives them
    "menkes": ("minister", "ID"), "menaker": ("minister", "ID"), "menhub": ("minister", "ID"), "mentan": ("minister", "ID"),
    "mendagri": ("minister", "ID"), "mensos": ("minister", "ID"), "menag": ("minister", "ID"), "menpora": ("minister", "ID"),
    "mendikbudristek": ("minister", "ID"), "menkumham": ("minister", "ID"), "menlhk": ("minister", "ID"),
    "menkopolhukam": ("minister", "ID"), "menko polhukam": ("minister", "ID"), "menko perekonomian": ("minister", "ID"),
    "kapolri": ("official", "ID"), "wakapolri": ("official", "ID"), "kasad": ("official", "ID"), "kasal": ("official", "ID"),
    "kasau": ("official", "ID"),
    # posts only Indonesia's government has, named the way only it names them
    "menteri koordinator bidang": ("minister", "ID"), "menteri investasi dan hilirisasi": ("minister", "ID"),
    "menteri sekretaris negara": ("minister", "ID"), "mensesneg": ("minister", "ID"), "menparekraf": ("minister", "ID"),
    "menteri pupr": ("minister", "ID"), "kepala bkpm": ("official", "ID"), "kepala bappenas": ("official", "ID"),
    "kepala brin": ("official", "ID"), "kepala bnpb": ("official", "ID"),
    # ambassadors
    "duta besar": ("ambassador", ""), "dubes": ("ambassador", ""),
    # officials
    "dirjen": ("official", ""), "direktur jenderal": ("official", ""), "wakil menteri": ("official", ""),
    "wamen": ("official", ""), "wamenlu": ("official", ""), "wakil menteri luar negeri": ("official", ""),
    "wakil menteri pertahanan": ("official", ""), "wakil menteri perdagangan": ("official", ""), "juru bicara": ("official", ""),
    "jubir": ("official", ""), "wakil perdana menteri": ("official", ""), "wakil PM": ("official", ""), "gubernur": ("official", ""), "wali kota": ("official", ""),
    "walikota": ("official", ""), "kepala badan": ("official", ""), "wakil presiden": ("official", ""),
    "wapres": ("official", ""), "deputi": ("official", ""), "sekretaris": ("official", ""),
    "penasihat keamanan nasional": ("official", ""), "kepala staf": ("official", ""),
    "ketua": ("official", ""), "kepala": ("official", ""), "pimpinan": ("official", ""),
    # presidents and chairs of a body (council, parliament, commission, bank) are officials, not heads of state
    "presiden dewan": ("official", ""), "presiden majelis": ("official", ""), "presiden parlemen": ("official", ""),
    "presiden komisi": ("official", ""), "presiden bank": ("official", ""), "ketua parlemen": ("official", ""),
    "ketua majelis": ("official", ""), "ketua dewan": ("official", ""), "kuasa usaha": ("official", ""),
    "konsul jenderal": ("official", ""), "atase": ("official", ""), "penjabat presiden": ("head-of-state", ""),
    "wakilnya": ("official", ""),  # "Menteri X dan wakilnya, Y": a deputy, on the side of the one named before
    "utusan khusus": ("official", ""), "perwakilan khusus": ("official", ""), "komisioner": ("official", ""), "direktur pelaksana": ("official", ""), "wakil ketua": ("official", ""),
    "penasihat": ("official", ""), "panglima": ("official", ""), "jaksa agung": ("official", ""),
    "komisaris jenderal": ("official", ""),  # the rank of a police or coast guard chief ("Komisaris Jenderal KCG X")
    "perwakilan dagang": ("official", ""), "direktur": ("official", ""), "sekretaris kabinet": ("official", ""),
    "vice chairman": ("business", ""), "presiden komisaris": ("business", ""), "komisaris utama": ("business", ""),
    "managing director": ("business", ""), "wakil presiden direktur": ("business", ""), "kepala eksekutif": ("business", ""), "ketua eksekutif": ("business", ""),
    "executive chairman": ("business", ""), "executive chair": ("business", ""),
    # business
    "COO": ("business", ""), "CFO": ("business", ""), "CTO": ("business", ""), "chief operating officer": ("business", ""),
    "chief financial officer": ("business", ""), "chief technology officer": ("business", ""),
    "general manager": ("business", ""), "executive vice president": ("business", ""),
    "senior vice president": ("business", ""), "country director": ("business", ""), "country manager": ("business", ""),
    "wakil direktur utama": ("business", ""),
    "CEO": ("business", ""), "chief executive officer": ("business", ""), "direktur utama": ("business", ""), "presiden direktur": ("business", ""),
    "chairman": ("business", ""), "dirut": ("business", ""), "pendiri": ("business", ""), "bos": ("business", ""),
}

# Capitalised words that belong to a title or a body's name, never to a person's name.
DESCRIPTOR_WORDS = frozenset("""
kementerian kemenperin kemendag kemlu kemenlu perindustrian perdagangan industri energi luar negeri dalam
pertahanan keuangan ketahanan pengembangan akses internasional komisi dewan eropa nasional badan
direktorat biro jenderal umum urusan koordinator bidang perekonomian investasi riset teknologi pendidikan
kebudayaan pariwisata kesehatan sekretariat kantor istana pemerintah pemerintahan republik federal
kerajaan kesatuan persatuan majelis parlemen kongres senat partai angkatan darat laut udara bersenjata
kepresidenan kabinet staf menteri presiden perdana kanselir duta besar sekretaris wakil ketua kepala
penasihat juru bicara dirjen sekjen raja putra mahkota pangeran sheikh syekh emir ratu mendag menperin
menlu menhan menkeu bumn esdm ekonomi perencanaan pembangunan keamanan publik tenaga kerja agraria
maritim kelautan perikanan sains ilmu kependudukan sosial dan untuk de facto pemimpin baru terpilih
ad interim kedutaan konsulat besar masa depan agama pangan infrastruktur tinggi tik perencanaan transportasi perhubungan lingkungan hidup kehutanan
pertanian komunikasi informatika digital hukum ham koperasi ukm umkm perumahan rakyat pekerjaan olahraga
pemuda desa tata ruang politik migran pelindungan perlindungan pekerja hilirisasi sumber daya mineral
negara pemberdayaan perempuan penyelenggara haji keluarga aparatur reformasi birokrasi wilayah
perwakilan dagang kerja sama senior eksekutif pelaksana operasional utama muda madya kota provinsi
unifikasi reunifikasi strategis kebijakan hubungan multilateral bilateral regional asia pasifik
kawasan otoritas lembaga dana moneter bank dunia listrik gas minyak batu bara tambang pertambangan atom ketenagalistrikan
penerbangan pelabuhan bandara pasar saham bursa standar obat makanan penyiaran kadin bappenas bakamla basarnas bulog bapeten
konfederasi gabungan asosiasi kamar dagang industri ekspor impor khusus perdamaian masyarakat umat
air transisi transformasi modal penanaman pengendalian pengawasan deputi asisten direktur komisaris bendahara gubernur wali
afrika amerika latin eropa timur tengah oseania eurasia nordik balkan karibia skandinavia teluk
komunis sosialis demokrat demokratik konservatif liberal buruh putaran pertama departemen
sarana prasarana elektronika informasi telekomunikasi inovasi kreatif statistik logistik antariksa
nuklir iklim siber sandi intelijen imigrasi bea cukai pajak pusat markas komando militer kemhan kemenhan kemenkes
kemendagri kemenkominfo kemenparekraf kemnaker kemenaker kemendikbud kementan kemenhub kemenkeu kemensos
jawa sumatera sumatra kalimantan sulawesi papua maluku nusa tenggara barat utara selatan aceh riau jambi bengkulu
lampung banten gorontalo bangka belitung kepulauan istimewa
penjaga pantai kepolisian polisi kejaksaan mahkamah pengadilan patroli
group grup holdings otorita ibu letjen mayjen brigjen laksamana laksdya laksda marsekal marsdya marsda kolonel letkol purnawirawan purn
""".split())

# Titles of monarchs and their families: only a monarchy can be their country.
MONARCHIC_TITLES = frozenset({"raja", "ratu", "sultan", "emir", "kaisar", "putra mahkota", "pangeran", "putri",
                              "permaisuri", "sheikh", "syekh", "yang di-pertuan agong", "yang dipertuan agong", "grand duke", "adipati agung"})

# Words that put the person after them on the side of the person before them: "Moon, didampingi
# Menteri X ..." makes X a member of Moon's delegation.
COMPANION_CUES = ("didampingi", "mendampingi", "beserta", "bersama istrinya", "bersama suaminya", "dengan didampingi")

# Lower-case particles allowed inside a person's name.
NAME_PARTICLES = frozenset({"bin", "binti", "bint", "von", "der", "van", "de", "la", "al", "el", "da", "du", "le", "ibn", "dos",
                            "das", "del", "della", "ter", "zu", "e"})  # "Ulisses Correia e Silva"

# The publishing country: Indonesian news names its own ministers without a country ("Menteri
# Agama X"); an untitled-country official is Indonesian only when Indonesia is a party in focus.
HOME_COUNTRY = "ID"

# Honorifics written before a name, never part of it: "Perdana Menteri Malaysia Datuk Seri Anwar Ibrahim".
HONORIFICS = ("datuk seri", "dato' seri", "dato’ seri", "dato seri", "dato' sri", "tan sri", "datuk", "dato'", "dato’",
              "dato", "tun", "yang mulia", "yang terhormat")
