"""How Indonesian news names companies: legal forms around the name, and the head nouns before it.

Sources: Indonesian company law's forms (PT, Tbk, Persero), common foreign legal forms as news
writes them (Co., Ltd., Corp., Inc., AG, A.Ş., GmbH, plc), and the nouns Indonesian reporting
puts before a company's name ("perusahaan energi Korea Selatan X", "raksasa teknologi X").
"""

import re

# Legal forms written after the name (regex alternatives, matched case-sensitively).
LEGAL_SUFFIXES = (
    r"Co\.?,?\s*Ltd\.?", r"Co\.", r"Corp\.?", r"Inc\.?", r"Tbk\.?", r"Ltd\.?",
    r"LLC", r"GmbH", r"AG", r"A\.\s?Ş\.?", r"A\.\s?S\.", r"plc", r"PLC", r"S\.A\.", r"SE", r"\(Persero\)", r"JSC", r"K\.K\.",
)
# Words that end many companies' names and stay part of them ("Korea National Oil Corporation").
NAME_ENDINGS = ("Corporation", "Company", "Limited", "Holdings", "Partners", "Industries")
# Legal forms written before the name.
LEGAL_PREFIXES = ("PT", "PT.", "CV")

# Head nouns after which a capitalised run is a company's name; descriptors may come between
# ("perusahaan energi milik negara Uni Emirat Arab Masdar").
HEADS = frozenset("""
perusahaan raksasa produsen pabrikan bumn anak-usaha konsorsium grup operator pengembang emiten startup
rintisan maskapai galangan konglomerat korporasi bank distributor kontraktor subsidiari
""".split()) | {"anak usaha", "anak perusahaan", "usaha patungan", "perusahaan patungan", "perusahaan rintisan"}

# Lower-case words that may stand between a head noun and the name: what kind of company it is.
DESCRIPTORS = frozenset("""
energi minyak gas listrik teknologi elektronik elektronika otomotif mobil baja kimia petrokimia farmasi
bioteknologi semikonduktor chip baterai nikel tambang pertambangan konstruksi rekayasa teknik pertahanan
senjata dirgantara kedirgantaraan antariksa kapal galangan pelayaran logistik telekomunikasi internet
digital perangkat lunak keuangan investasi ekuitas swasta asuransi pangan makanan minuman pertanian
peternakan kosmetik hiburan media game baterai kendaraan listrik tenaga surya angin panas bumi
terbarukan hidrogen nuklir infrastruktur properti semen kereta api rel industri manufaktur milik negara
negeri swasta asal raksasa besar terbesar global multinasional ternama terkemuka utama induk pelat merah
kimia kecerdasan buatan ai platform mesin pencari e-commerce daring ritel dagang perdagangan
usaha patungan joint venture bumn operator produsen pembangkit utilitas air bernama lng ev kilang ti it
""".split())

# Words that end a name run: titles, days and months come from their own tables.
NOT_NAME_STARTS = frozenset({"Presiden", "Menteri", "Pemerintah", "Kementerian", "Kedutaan", "Duta", "Raja", "Ratu",
                             "Perdana", "Kepala", "Ketua", "Direktur", "CEO", "Wakil", "Dalam", "Pada", "Di", "Ke",
                             "Dari", "Untuk", "Dengan", "Yang", "Ini", "Itu", "Kerja", "Sama", "Selain",
                             "Menurut", "Kata", "Sementara", "Adapun", "Namun", "Sedangkan", "Bagi", "Oleh"})

# Words that end the description between a head noun and a name: function words, bare verbs and adverbs
# ("dari kubu perusahaan hadir Chae Sun-joo"), and verbs by their prefixes (me-, ber-, di-, ter-), so
# "perusahaan yang meneken ..." names no company.
FUNCTION_WORDS = frozenset("""
yang di ke dari dan atau untuk dengan akan telah sudah pada dalam ini itu tersebut juga serta adalah
merupakan oleh bagi para sebagai kepada hingga sejak karena agar namun tetapi tidak belum masih lain
seperti termasuk misalnya yakni yaitu antara kota proyek wilayah kawasan negara pemerintah
hadir datang tiba ikut turut pun kini lalu kemudian bisa dapat harus ingin siap sempat baru
""".split())
VERB_PREFIX = re.compile(r"^(?:me|ber|ter|di|mem|men|meng|meny|per)[a-z]{3,}$")

# English words of companies' own names: a group's name followed by a run of them is one company
# ("Toyota Motor Engineering & Manufacturing North America").
NAME_WORDS = frozenset("""
Motor Motors Engineering Manufacturing Energy Solutions Electronics Electric Chemical Chemicals Display
Steel Heavy Industries Construction Shipbuilding Ocean Aerospace Systems Technologies Technology Semiconductor
Battery Materials Power Petroleum Oil Gas Mining Resources Logistics Capital Holdings Networks Telecom
Pharmaceuticals Biologics Bioscience Lifesciences Cloud Labs Trading Corporation Company International Global
Solution Mobility Marine Industrial Automotive Enerbility Infracore Robotics Defense Defence Airlines Shipping
Securities Insurance Semiconductors Platforms Entertainment
Asia Pacific America Americas Europe
""".split())
