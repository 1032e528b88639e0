"""kg: a knowledge-graph builder for Indonesian news about South Korea's foreign ties.

    import kg
    graph = kg.open(".kg")
    report = graph.build(["seeds/"], out="exports")
    rows = graph.query("ties")          # list of dicts; rows.to_pandas() with pandas installed
    graph.partners(focus="KR"); graph.network(); graph.render("graph.html")
"""

from kg.api import KnowledgeGraph, Rows, open
from kg.errors import ArticleError, GazetteerError, KgError, QueryError, RemoteStoreError, StoreError
from kg.version import VERSION as __version__

__all__ = [
    "ArticleError",
    "GazetteerError",
    "KgError",
    "KnowledgeGraph",
    "QueryError",
    "RemoteStoreError",
    "Rows",
    "StoreError",
    "__version__",
    "open",
]
