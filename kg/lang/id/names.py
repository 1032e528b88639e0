"""Shapes of names Indonesian news writes for foreign people, as data.

Korean names are romanised as a surname, then a given name of two syllables, usually hyphenated
("Chung Eui-yong", "Han Duck-soo") or written as two words ("Moon Jae In"). Surnames: the most
common Korean family names in their usual romanisations (Statistics Korea's census list).
"""

import re

KOREAN_SURNAMES = frozenset("""
Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Rim Im Han Oh Seo Suh
Shin Sin Kwon Hwang Ahn An Song Yoo Yu Ryu Hong Jeon Jun Chun Ko Go Moon Mun Yang Son Sohn Bae Baek Paik Heo
Hur Nam Sim Shim Noh Roh Ha Kwak Sung Cha Joo Ju Woo Koo Ku Min Jin Ji Chae Won Cheon Bang Kong Hyun Ham
Byun Yeom Yeo Choo Chu Do Seok Sun Seol Ma Gil Pyo Myung Ban Wang Geum Ok Yook Maeng Tak Eun Hyeon
""".split())

KOREAN_NAME = re.compile(
    r"^(?:" + "|".join(sorted(KOREAN_SURNAMES)) + r")\s+[A-Z][a-z]+(?:-[a-z]+|\s[A-Z][a-z]+)$"
)

# verbs a Title Case headline writes with a capital right after a post ("Presiden Korsel Terima Kunjungan PM Jepang",
# "Menlu Bahas Kerja Sama ..."): never the first word of a name
HEADLINE_VERBS = frozenset("""
Terima Temui Bahas Sambut Gelar Hadiri Teken Tandatangani Kunjungi Tiba Bertemu Jamu Ajak Dorong Sepakati Sepakat
Perkuat Bertolak Lawat Undang Minta Serahkan Resmikan Luncurkan Tegaskan Ucapkan Dukung Pastikan Jajaki Tinjau
Berkunjung Menerima Menemui Membahas Menyambut Menggelar Menghadiri Meneken Mengunjungi Bicara Berbicara Telepon
Apresiasi Kecam Desak Tawarkan Raih Capai Umumkan Janjikan Disambut Diterima Ditemui
""".split())
