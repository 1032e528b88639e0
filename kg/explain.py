"""Why the graph says what it says: each fact of an article with its evidence sentence and rule."""

from __future__ import annotations

from kg.article import Article


def lines(article: Article) -> list[str]:
    """Human-readable lines: a heading per fact, then its evidence (rule, offsets, sentence)."""
    out = [f"{article.name}: {article.title}", f"published: {article.published or 'unknown'}"
           + (f"  source: {article.url}" if article.url else "")]

    def ev(e) -> str:
        return f"    [{e.rule} @{e.start}-{e.end}] {e.sentence}"

    out.append("actors: " + ", ".join(f"{a.code} ({a.type})" for a in article.actors))
    for p in article.people:
        out += [f"person {p.name}: {p.role} of {p.of}", ev(p.evidence)]
    for t in article.ties:
        out.append(f"tie {t.a}–{t.b}: {', '.join(sorted(t.kinds))}; sectors: {', '.join(sorted(t.sectors)) or '-'}")
        out += [ev(e) for e in t.evidence]
    for a in article.agreements:
        count = f" ×{a.count}" if a.count > 1 else ""
        out += [f"agreement {a.kind}{count} {'–'.join(a.parties)} {a.date or 'no date'}"
                f"{' ' + a.title if a.title else ''}; sectors: {', '.join(sorted(a.sectors)) or '-'}", ev(a.evidence)]
    for m in article.meetings:
        out += [f"meeting {'–'.join(m.participants)} {m.date or 'no date'}", ev(m.evidence)]
    for ms in article.memberships:
        out += [f"membership {ms.member} in {ms.org}", ev(ms.evidence)]
    return out
