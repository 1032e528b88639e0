"""Indonesian cue words for ties, agreements and meetings.

Source: ../shared/corpus/ANNOTATION.md (tie kinds, agreement kinds), and the verbs and nouns
Indonesian diplomatic news uses for them (KBBI forms with their me-/ber-/di- variants).
All phrases are lower case and matched on word boundaries.
"""

# Attending a summit by other words: "berpartisipasi dalam KTT Asia Timur", "hadir dalam KTT"; a meeting only before a
# summit (kg.extract.relations._loose_receive: "berpartisipasi dalam latihan militer bersama X" is none).
ATTENDING = ("berpartisipasi dalam", "ambil bagian dalam", "turut serta dalam", "hadir dalam", "hadir pada")

DISCUSSING = ("membahas", "membicarakan", "mendiskusikan")

# Tie kind -> phrases that report it.
TIE_CUES: dict[str, tuple[str, ...]] = {
    "cooperation": (
        "kerja sama", "kerjasama", "bekerja sama", "menjalin kerja sama", "kolaborasi", "kemitraan",
        "aliansi", "sepakat", "bersepakat", "menyepakati", "kesepakatan", "mempererat", "memperkuat",
        "meningkatkan hubungan", "hubungan bilateral", "hubungan diplomatik", "hubungan yang harmonis",
        "hubungan yang erat", "mitra", "berkomitmen", "komitmen", "sinergi", "memperluas", "memperdalam",
        "perpanjang", "memperpanjang", "melanjutkan kerja sama", "koordinasi", "berinvestasi",
        "investasi", "bekerja sama", "menggarap", "hubungan", "menjalin",
        # company deals: joint ventures, stakes, supply contracts, partners taken on
        "usaha patungan", "perusahaan patungan", "joint venture", "mengambil alih", "mengakuisisi", "akuisisi",
        "membeli saham", "menggaet", "menggandeng", "bermitra", "memasok", "pasokan", "pemasok",
        "menanamkan modal", "penanaman modal", "mendirikan", "bersama-sama", "proyek bersama",
        "menegosiasikan", "negosiasi", "merundingkan", "merampungkan", "menyelesaikan perundingan",
        # a government's leave for a foreign company's project: "memberikan izin kepada X untuk menambah investasinya"
        "memberikan izin", "merestui", "izin investasi", "investasinya",
    ),
    "meeting": (
        "bertemu", "pertemuan", "KTT", "pertemuan puncak", "konferensi tingkat tinggi", "pembicaraan",
        "perundingan", "bertatap muka", "tatap muka dengan", "menerima", "jumpa pers bersama", "konferensi pers bersama",
        # ("berbicara" alone is none: "setelah berbicara langsung dengan Prabowo" was a call; "berbincang dengan" is one)
        "pembicaraan bilateral", "pembicaraan tingkat tinggi", "menggelar pertemuan",
        "pembicaraan puncak", "dialog", "menghadiri", "berjabat tangan", "bersalaman", "menjamu", "dijamu", "jamuan",
        "menyambut", "disambut", "pertemuan bilateral", "berdialog", "bertemu dengan",
        # received by someone named after it: "Puan dan delegasi DPR RI diterima Majelis Nasional Korea Selatan di Seoul"
        # (kg.extract.relations._loose_receive: a name or a title must follow)
        "diterima",
        # a state welcome is the host's meeting with the guest: "upacara penyambutan resmi oleh Raja X"
        "upacara penyambutan", "penyambutan resmi", "upacara penyambutan resmi",
        # welcomed with a ceremony where the host is: "disambut dengan upacara kenegaraan di Istana Merdeka"
        "disambut dengan upacara", "disambut upacara",
        # a host who accompanies a guest: "Perdana Menteri Norwegia X mendampingi Presiden Moon meninjau ..." (one's
        # own minister accompanying is of one side: no pair)
        "mendampingi",
        # taking a guest along: "Presiden X mengajak Perdana Menteri Y blusukan ke pasar" (a title must follow)
        "mengajak",
        # a ceremony both sides attend: "Upacara peresmian pabrik itu dihadiri Presiden X dan Chairman Y"
        # a forum's ministerial session attended: "Forum Kerja Sama Korea-Asia Tengah tingkat menteri luar negeri",
        # "Forum tersebut dihadiri Menlu X serta menteri luar negeri A, B, dan C"
        "forum kerja sama", "forum tersebut dihadiri", "forum itu dihadiri", "forum ini dihadiri",
        "upacara peresmian", "acara peresmian", "seremoni peresmian", "upacara penandatanganan", "acara penandatanganan",
        # leaders' yearly talks: "menggelar konsultasi tahunan ke-13 di Jakarta"
        "konsultasi tahunan", "konsultasi bilateral", "annual consultation", "annual leaders' consultation",
        # officials' consultations: "menggelar konsultasi kebijakan dengan Dirjen Asia Pasifik X"
        "konsultasi kebijakan", "konsultasi politik", "konsultasi strategis", "konsultasi keamanan", "konsultasi tingkat tinggi",
        # consultations held with someone ("mengadakan konsultasi dengan Menlu Jerman X"; not "berkonsultasi", which may be
        # by telephone)
        "mengadakan konsultasi dengan", "menggelar konsultasi dengan", "melakukan konsultasi dengan",
        # what two announce together after their talks: "dalam pernyataan pers bersama di Istana Bogor"
        "pernyataan pers bersama",
        # leaders' informal summit by its English name: "menggelar Leaders' Retreat di Bintan"
        "leaders' retreat", "leaders’ retreat", "retreat pemimpin", "retreat",
        # a joint commission's session; talks by another word: "memimpin Sidang Komisi Bersama ke-5", "berdiskusi dengan"
        "sidang komisi bersama", "joint commission meeting", "sidang joint commission", "berdiskusi dengan", "berbincang dengan", "berbincang",
        "berbincang-bincang",
        # talks face to face, by the idiom of sitting down or of "four eyes": "akan duduk dan berbicara dengan Presiden
        # X", "berbicara empat mata dengan PM Y" (only "duduk dan ...": "duduk bersama" is also said of parties at large)
        "duduk dan berbicara dengan", "duduk dan berbincang dengan", "berbicara empat mata", "bicara empat mata",
        # a speech at a forum's session is attending it: "menyampaikan pidato dalam Sidang Majelis Umum PBB"
        "menyampaikan pidato", "berpidato",
        *ATTENDING,
        # talks held over video: "Penandatanganan dilakukan melalui konferensi video"
        "konferensi video", "video conference", "pertemuan virtual", "telekonferensi", "konferensi virtual",
        "pertemuan daring", "pertemuan secara daring", "pertemuan secara virtual",
        # two who witness a signing together, or dine together, are together: "Kedua pemimpin menyaksikan
        # penandatanganan 12 MoU", "disaksikan Presiden X dan Presiden Y", "makan malam bersama Presiden X"
        "menyaksikan penandatanganan", "disaksikan", "disaksikan oleh", "di hadapan", "makan malam bersama", "santap malam bersama",
        "makan siang bersama", "santap siang bersama", "jamuan makan malam", "jamuan makan siang",
        # received by someone, not a proposal accepted: "Fiala diterima Presiden Yoon di Kantor Kepresidenan"
        "diterima oleh", "diterima presiden", "diterima perdana menteri", "diterima raja", "diterima sultan",
        "diterima emir", "diterima kanselir", "diterima menteri", "diterima wakil presiden", "diterima langsung",
        "diterima putra mahkota", "diterima pangeran", "diterima ratu", "diterima kaisar", "diterima paus",
        "diterima gubernur", "diterima wali kota", "diterima ketua", "diterima sekretaris jenderal", "diterima sekjen",
        "diterima wakil perdana menteri", "diterima menlu", "diterima menhan",
        "diterima menko", "diterima wapres", "diterima wamen", "diterima wakil menteri", "diterima duta besar",
        "diterima dubes",
        # (titles that are common nouns too only when written as a title: not "diterima kepala daerah")
        "diterima Kepala", "diterima Direktur", "diterima Dirjen", "diterima Panglima",
        # a joint committee's or bilateral meeting: "rapat komite bersama di Seoul"
        "rapat komite bersama", "rapat bersama", "rapat bilateral", "rapat gabungan", "joint committee meeting",
        # holding a joint committee or commission: "sepakat menggelar Komite Bersama IK-CEPA pertama di Seoul"
        "menggelar komite bersama", "mengadakan komite bersama", "sidang komite bersama", "menggelar komisi bersama",
        "mengadakan komisi bersama",
        # its first session: "sepakat menggelar sidang pertama komite bersama IK-CEPA di Seoul"
        "sidang pertama komite bersama", "sidang perdana komite bersama", "pertemuan pertama komite bersama",
        "pertemuan perdana komite bersama", "sidang pertama komisi bersama", "sidang perdana komisi bersama",
        # leading it together is holding it: "Kedua menlu memimpin Komisi Bersama kedua negara di Jakarta"
        "memimpin komisi bersama", "mengetuai komisi bersama", "memimpin komite bersama", "mengetuai komite bersama",
        # a joint body's session chaired by both sides: "Dewan itu dipimpin bersama Menteri X dan Komisioner Y"
        "dipimpin bersama", "diketuai bersama", "memimpin bersama", "mengetuai bersama",
        # an audience, a call on someone: "beraudiensi dengan Wali Kota Seoul", "bertandang ke Istana untuk bersua X",
        # "Dubes Korsel menghadap Presiden X" (a title follows: a building "menghadap ke" the sea faces it)
        "audiensi", "beraudiensi", "bersua", "bertandang", "kunjungan kehormatan", "courtesy call",
        "menghadap presiden", "menghadap wakil presiden", "menghadap perdana menteri", "menghadap raja", "menghadap sultan",
        "menghadap emir", "menghadap kaisar", "menghadap paus", "menghadap menteri", "menghadap menlu", "menghadap ketua",
        "menghadap kanselir", "menghadap putra mahkota", "menghadap pangeran", "menghadap ratu", "menghadap gubernur",
        "menghadap yang di-pertuan agong", "menghadap yang dipertuan agong", "menghadap agong",  # Malaysia's king
        # an envoy's credentials handed to the head of state in an audience: "Dubes X menyerahkan surat kepercayaan
        # kepada Presiden Y", "Presiden Y menerima surat kepercayaan dari Dubes X"
        "menyerahkan surat kepercayaan", "menerima surat kepercayaan", "menyerahkan salinan surat kepercayaan",
        "menerima salinan surat kepercayaan", "menyerahkan surat kepercayaannya", "menerima surat kepercayaannya",
        # a courtesy call by its Islamic word, and talks by exchanging views: "bersilaturahmi dengan Presiden X",
        # "kedua menteri bertukar pandangan tentang ..." (not "menjaga silaturahmi antara kedua bangsa")
        "bersilaturahmi dengan", "bersilaturahim dengan", "silaturahmi ke", "bersilaturahmi ke", "kunjungan silaturahmi",
        "bertukar pandangan", "bertukar pikiran",
        # hosting an event: "menjadi tuan rumah Konferensi Ekonomi dan Investasi GCC-ASEAN"
        "menjadi tuan rumah", "menjadi tuan rumah bagi",
        # calling on someone, and a headline's bare verbs: "menemui Ketua Majelis Nasional", "Menlu Korsel Temui
        # Prabowo", "Prabowo Terima PM Jepang", "Jokowi Sambut Raja Yordania" (a name or a host must follow)
        "menemui", "temui", "terima", "sambut",
        # meeting by other words: "berjumpa dengan Menlu X", "berjumpa PM X", "menjumpai", "menyambangi Menlu X di kantornya"
        "berjumpa dengan", "berjumpa", "menjumpai", "dijumpai", "menyambangi", "disambangi",
        # the like of the meeting just told, held before: "Forum serupa terakhir digelar di Jakarta pada 2022"
        "forum serupa", "pertemuan serupa", "konsultasi serupa", "dialog serupa", "sidang serupa",
        # the one before of the session told: "Sidang sebelumnya digelar di New Delhi pada Desember 2018"
        "sidang sebelumnya", "konsultasi sebelumnya",
        # with the possessive suffix: "dalam pertemuannya dengan PM Jepang X", "usai pembicaraannya dengan Presiden Y"
        "pertemuannya", "pembicaraannya", "perundingannya",
        # opening a forum or a summit is attending it: "Presiden Joko Widodo membuka Forum Bisnis Indonesia-Korea"
        # (not "membuka forum peringatan 50 tahun hubungan diplomatik", nor a court's "membuka sidang")
        "membuka forum bisnis", "membuka KTT", "berbicara dalam forum bisnis", "berbicara di forum bisnis",
        "berbicara pada forum bisnis",
        # a forum's session with the countries it invites: "menggelar sesi penjangkauan di Hiroshima"
        "sesi penjangkauan", "sesi outreach", "outreach session",
        # two people of two sides who discuss something together are at talks: "Menlu X membahas kerja sama pertahanan
        # bersama Menlu Malaysia Y di Kuala Lumpur"; only with the two people named (kg.extract.relations._talk_of_no_two):
        # "Korea Selatan dan Malaysia membahas FTA" is no meeting
        *DISCUSSING,
    ),
    "visit": (
        "kunjungan", "berkunjung", "mengunjungi", "lawatan", "kunjungan kenegaraan", "kunjungan resmi",
        "kunjungan kerja", "tiba di", "mendarat di", "diundang", "undangan", "melawat", "singgah", "singgahnya",
        "kunjungi", "dikunjungi",
        # with the possessive suffix: "melanjutkan lawatannya ke Tokyo", "dalam kunjungannya ke Seoul"
        "kunjungannya", "lawatannya",
        # a guest of a host: "sebagai tamu kehormatan Presiden Emmanuel Macron" ("atas undangan X" alone is none: invited
        # to a summit, the guest meets the summit)
        "tamu kehormatan",
        # setting foot somewhere, a diplomatic tour: "menginjakkan kaki di Seoul", "memulai safari diplomatik ke Korea
        # Selatan dan Jepang"
        "menginjakkan kaki di", "menjejakkan kaki di", "safari diplomatik", "safari diplomasi",
        # an envoy sent to a country visits it for the sender: "telah mengirim utusan khusus ke Uni Eropa, Prancis, ..."
        "mengirim utusan", "mengirimkan utusan", "mengutus utusan",
        # a trip abroad: "perjalanan tujuh hari-nya ke Inggris, Amerika Serikat, dan Kanada"
        "perjalanan", "perjalanannya",
    ),
    "support": ("mendukung", "dukungan", "menyokong",
                # aid sent or given (PLOVER AID is a kind of support here): "mengirim tim penyelamat ke Myanmar"
                "bantuan kemanusiaan", "mengirim bantuan", "mengirimkan bantuan", "memberikan bantuan",
                "menyalurkan bantuan", "bantuan darurat", "hibah", "menghibahkan", "tim penyelamat"),
}

# Phrases that make a sentence hostile: a condemnation or a threat is not a tie.
HOSTILE_CUES = (
    "mengutuk", "mengecam", "kecaman", "ancaman", "mengancam", "agresi", "invasi", "menyerang",
    "serangan", "memboikot", "boikot", "sanksi", "menangkal", "penangkalan", "perang", "pelanggaran",
    "didesak", "menuduh", "renggang", "persaingan", "konflik", "membendung",
    # a criticism, and a war with its maker named: "mengkritik keras kerja sama militer antara Moskow dan Pyongyang",
    # "agar Rusia menghentikan invasinya ke Ukraina"
    "mengkritik", "kritik", "invasinya", "agresinya", "serangannya",
    # after an attack, written as one word: "Temui Emir Qatar Pascaserangan Israel"
    "pascaserangan", "pasca-serangan",
)

# Agreement kind -> phrases naming such an instrument. Longest match wins.
AGREEMENT_CUES: dict[str, tuple[str, ...]] = {
    "mou": ("nota kesepahaman", "memorandum of understanding", "MoU", "memorandum saling pengertian",
            "nota kesepakatan", "memorandum kerja sama", "memorandum of cooperation", "MoC", "memorandum"),
    "trade-agreement": ("perjanjian perdagangan bebas", "free trade agreement", "FTA", "CEPA",
                        "comprehensive economic partnership agreement", "perjanjian kemitraan ekonomi",
                        "kemitraan ekonomi komprehensif", "AKFTA", "IK-CEPA", "IA-CEPA", "zona perdagangan bebas",
                        "kawasan perdagangan bebas", "perjanjian perdagangan", "perjanjian dagang", "kesepakatan dagang",
                        "kesepakatan perdagangan", "perjanjian tarif", "kesepakatan tarif", "trade agreement",
                        "trade and investment framework agreement", "TIFA", "agreement on reciprocal trade"),
    "partnership": ("kemitraan strategis", "kemitraan strategis komprehensif", "kemitraan strategis khusus",
                    "special strategic partnership", "comprehensive strategic partnership",
                    "rencana kemitraan", "kemitraan strategis yang komprehensif", "strategic partnership",
                    "kemitraan komprehensif"),
    "action-plan": ("rencana aksi", "action plan", "plan of action", "peta jalan", "roadmap"),
    "joint-statement": ("pernyataan bersama", "pernyataan pers bersama", "joint statement", "deklarasi bersama",
                        "joint declaration", "komunike bersama", "deklarasi"),
    "other": ("perjanjian", "kesepakatan", "kontrak", "kesepakatan bisnis", "pakta", "dokumen kerja sama",
              "penandatanganan kerja sama", "kesepakatan kerja sama", "traktat", "treaty",
              "letter of intent", "surat pernyataan kehendak", "LoI", "protokol", "implementing arrangement",
              "pengaturan pelaksanaan", "notulen kesepakatan", "minutes of meeting",
              "paket kerja sama", "paket bantuan", "paket dukungan"),
}

# Words that show an instrument was signed, agreed, adopted or planned (not merely mentioned).
AGREEMENT_ACTS = (
    "menandatangani", "ditandatangani", "penandatanganan", "meneken", "diteken", "teken", "sepakat",
    "menyepakati", "disepakati", "mengadopsi", "diadopsi", "meningkatkan", "ditingkatkan", "menaikkan",
    "menjadi", "menyiapkan", "siapkan", "mencapai", "melaksanakan", "memiliki", "menindaklanjuti",
    "mengumumkan", "dicapai", "menghasilkan", "mengesahkan", "tercapai", "bertepatan",
    "meningkatkan hubungan", "naikkan",
)

# The stronger acts a MoU or a contract needs: signing, agreeing, preparing one.
SIGNING_ACTS = (
    "menyaksikan", "bertukar", "pertukaran", "diumumkan", "pengumuman", "meluncurkan",
    "menandatangani", "ditandatangani", "penandatanganan", "meneken", "diteken", "teken", "sepakat",
    "menyepakati", "disepakati", "menyiapkan", "siapkan", "mencapai", "dicapai", "tercapai",
    "menindaklanjuti", "memiliki", "mengumumkan", "turunan", "menjalin kesepakatan", "meraih kesepakatan",
    "mengikat", "memenangkan", "mengamankan", "mengantongi",  # a contract bound, won, secured
    "menyodorkan", "memperkenalkan", "menjanjikan", "janjikan",  # an aid or cooperation package offered
)

# Phrases standing for the pair of actors an article is about.
# Spellings that news sites use alike; every cue with the first is found with the second too ("kerjasama teknis").
SPELLING_VARIANTS = (("kerja sama", "kerjasama"),)

PAIR_ANAPHORS = (
    "kedua negara", "kedua pemimpin", "kedua belah pihak", "kedua pihak", "keduanya", "kedua kepala negara",
    "kedua pemerintah", "para pemimpin", "kedua bangsa", "bilateral", "kedua kepala pemerintahan",
    "mereka", "ketiganya",
    # the two who met, by their posts: "Kedua menteri juga sepakat menggelar pertemuan trilateral dengan China"
    "kedua menteri", "kedua menlu", "kedua presiden", "kedua perdana menteri", "kedua wakil menteri", "kedua delegasi",
    # two blocs: "KTT pertama kedua kawasan baru digelar pada 2017", "kedua blok", "kedua organisasi"
    "kedua blok", "kedua kawasan", "kedua organisasi",
    # a visiting delegation pointed back to, meeting the hosts: "Pada tanggal 12, delegasi khusus ini juga bertemu dengan
    # Ketua DPR ..." (the visit's two sides)
    "delegasi khusus ini", "delegasi khusus tersebut", "utusan khusus ini", "utusan khusus tersebut", "delegasi ini",
    "delegasi tersebut",
    # two officials: "Sebelum upacara, kedua pejabat menggelar pembicaraan ..."
    "kedua pejabat",
    # "dua" with a determiner points back as "kedua" does: "dua menteri tersebut mengadakan pertemuan di Washington"
    "dua menteri tersebut", "dua menteri itu", "dua pemimpin tersebut", "dua pemimpin itu", "dua pejabat tersebut",
    "dua pejabat itu", "kedua diplomat", "dua diplomat tersebut", "dua diplomat itu",
    "dua presiden tersebut", "dua presiden itu", "dua kepala negara tersebut", "dua kepala negara itu",
)

# Place prepositions: a country or capital right after one is a place, not an actor.
PLACE_PREPOSITIONS = ("di", "dari", "menuju", "kota", "pulau", "wilayah", "kawasan", "bagian", "provinsi", "daerah")

# Nouns after which a country name is an adjective ("perusahaan Tiongkok", "dolar AS").
ADJECTIVE_HEADS = (
    "dolar", "perusahaan", "perusahaan-perusahaan", "produk", "mata uang", "warga", "rakyat", "media",
    "kantor berita", "mobil", "film", "drama", "musik", "artis", "bahasa", "masakan", "won", "yen",
    "yuan", "penduduk", "turis", "wisatawan", "veteran", "negara-negara", "timnas", "pimpinan", "dipimpin",
    "asal", "khas", "ala", "buatan", "budaya", "dalam negeri",
    # the state that owns a firm described before its name: "perusahaan listrik milik negara Korea Selatan, KHNP"
    "milik negara", "milik pemerintah",
    # people of a country, not its state: "500 mahasiswa Indonesia", "beasiswa Korea", "pekerja migran Indonesia"
    "mahasiswa", "pelajar", "siswa", "pekerja", "pekerja migran", "diaspora", "beasiswa", "alumni", "penggemar",
    "atlet", "pasien", "nelayan", "pengungsi", "konsumen", "wartawan", "jurnalis", "awak media",
)

# Words right before a coordinated pair that make it destinations or objects, not a pair of partners.
# Verbs before the places a trip goes to: "Kunjungi Malaysia dan Brunei".
PLACES_VISITED = ("kunjungi", "mengunjungi", "menyambangi", "sambangi")

GROUP_PREPOSITIONS = ("ke", "di", "dari", "kepada", "terhadap", "untuk", "bagi", "atas", "dengan", "mencakup", "soal",
                      "seperti", "dibandingkan", "dibanding", "ketimbang", "daripada",  # examples and comparisons
                      *PLACES_VISITED,
                      "bertemu", "menemui", "temui", "menjamu",  # those met: "Bertemu Xi Jinping dan Ishiba"
                      "menerima", "menyambut", "bergantian")  # those received: "menerima secara bergantian X dan Y"

# Words that open a subordinate clause: a subject's action does not reach past them.
SUBORDINATORS = ("supaya", "agar", "sehingga", "karena", "ketika", "setelah", "meski", "meskipun", "sementara", "walaupun",
                 "di tengah", "menyusul", "akibat", "terkait")

# Prepositions that make what follows a topic of the clause, not a party to it ("kebijakan terhadap
# Korea Utara", "sanksi atas Rusia", "pembicaraan soal Ukraina").
# Nouns of what is done for or to a country, which is then what is spoken of, not a party: "kerja sama rekonstruksi
# Ukraina", "mendukung denuklirisasi Korea Utara".
TOPIC_NOUNS = ("rekonstruksi", "pemulihan", "rehabilitasi", "reunifikasi", "denuklirisasi", "kemerdekaan",
               # a threat or an issue spoken of, and what is done about it: "sepakat menanggapi provokasi Korea Utara",
               # "bertukar pandangan tentang isu Korea Utara", "peluncuran rudal balistik Korea Utara", "pengiriman
               # tentara Korea Utara", "kerja sama menghadapi Korea Utara", "sepakat menekan Korea Utara melalui sanksi"
               "provokasi", "isu", "masalah", "persoalan", "rudal", "nuklir", "balistik", "tentara", "pasukan",
               "menghadapi", "menekan", "menanggapi", "merespons", "mencegah")
TOPIC_PREPOSITIONS = ("terhadap", "tentang", "mengenai", "soal", "atas", "menyangkut", "terkait", "melawan",
                      "yakni", "yaitu", "seperti")  # the last three open examples, not the action's partners

# Prefix before a cue that negates it.
NEGATIONS = ("tidak", "belum", "bukan", "tak", "tanpa", "batal", "gagal", "urung")  # "batal bertemu": called off

# Buildings and venues a meeting is held in: the town named after them is the meeting's place
# ("di Istana Hofburg, Wina").
BUILDINGS = frozenset({"Istana", "Gedung", "Kantor", "Pusat", "Hotel", "Kompleks", "Markas", "Balai", "Wisma", "Rumah",
                       "Bandara", "Pangkalan", "Kediaman", "Aula", "Ruang", "Museum", "Universitas", "Kampus", "Kementerian",
                       "Lapangan", "Alun-alun"})  # a square: "di Lapangan Dam, Amsterdam"
# a venue named in English, by its last word: "di Maximos Mansion, Athena", "di Blue House"
VENUE_TAILS = frozenset({"Mansion", "Palace", "House", "Hall", "Center", "Centre", "Residence", "Tower", "Hotel"})

# A region that stands for its bloc in a summit's name: "KTT Korea-Afrika" is Korea's summit with the African Union
# (ANNOTATION.md: a bloc-outside-country summit ties the country and the bloc).
REGION_BLOCS = {"Afrika": "AFRICAN-UNION", "Kepulauan Pasifik": "PIF", "Negara Kepulauan Pasifik": "PIF",
                "Teluk": "GCC", "Negara Teluk": "GCC"}

# One's counterpart, as a pattern: "mitranya", "rekan", "sejawatnya", "koleganya", "timpalan" ("mitranya dari Jepang").
COUNTERPART_WORD = r"(?:mitra|rekan|sejawat|kolega|timpalan)(?:nya)?"
