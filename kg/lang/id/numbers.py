"""Indonesian number words used in counts ("tiga nota kesepahaman"). Source: KBBI."""

NUMBER_WORDS = {
    "satu": 1, "sebuah": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12, "belasan": 10,
    "puluhan": 20, "dua puluh": 20, "tiga puluh": 30,
}

# Words for an unstated number of several ("sejumlah nota kesepahaman, di antaranya ..."). Source: KBBI.
SEVERAL_WORDS = ("sejumlah", "beberapa", "berbagai", "serangkaian", "sederet")
