"""Where the graph lives and how it is read: the embedded Oxigraph store, a remote SPARQL server, the
build index, the competency tables, user queries and the SPARQL endpoint."""
