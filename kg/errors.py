"""The KgError hierarchy: every failure a user can cause has a named class and a one-line message."""


class KgError(Exception):
    """Base class: the CLI turns it into a one-line error."""


class ArticleError(KgError):
    """An input file cannot be read as an article (empty, binary, undecodable)."""


class GazetteerError(KgError):
    """A gazetteer table has a bad row; the message names the file and line."""


class QueryError(KgError):
    """A SPARQL query is refused (not read-only, reaches outside) or does not parse."""


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class RemoteStoreError(StoreError):
    """A remote SPARQL server failed: down, wrong path, timeout, or an error status."""
