"""Facts → RDF: the closed vocabulary, one IRI minter, mapping, summary graphs, exports, validation.
Knows no Indonesian (nothing here imports kg.lang)."""
