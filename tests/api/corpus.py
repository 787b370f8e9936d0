"""A small store built by hand for API and page tests: articles, records of every kind, and one
malicious article whose text tries to run script."""
from __future__ import annotations

from detente.models import Article, Evidence, Record
from detente.store.base import Store

MALICIOUS = ('Officials met in Geneva. <script>window.__xss = 1; alert("xss")</script> '
             '<img src=x onerror="window.__xss = 2"> The talks ended without a statement.')

ARTICLES = [
    ("wire-a.txt", "Second Istanbul round ends with prisoner deal", "Wire A", "2025-06-02",
     "Russia and Ukraine held a second round of talks in Istanbul on Monday.\n\n"
     "Ukraine's air force said Russia launched 472 drones overnight."),
    ("wire-b.txt", "Istanbul talks agree swap of wounded prisoners", "Wire B", "2025-06-03",
     "The delegations met in Istanbul on Monday for an hour.\n\n"
     "Kyiv said Russia had fired around 700 drones at Ukrainian cities.\n\n"
     '"We will not give up our land," Zelensky said.'),
    ("evil.html", "Geneva meeting <b>ends</b>", "Evil Times", "2025-06-05", MALICIOUS),
]


def actor(name: str, country: str, sector: str | None = "GOV") -> dict[str, str | None]:
    return {"name": name, "country": country, "sector": sector}


def _sentence(text: str, needle: str) -> Evidence:
    start = text.index(needle)
    end = text.find(".", start) + 1 or len(text)
    return Evidence(text[start:end], start, end)


def build_corpus(store: Store) -> list[Article]:
    articles = []
    for i, (file, title, outlet, published, text) in enumerate(ARTICLES):
        article = Article(file=file, index=0, text=text, title=title, outlet=outlet, published=published)
        records = _records(i, text)
        for record in records:
            record.assign_id(article.id)
        store.save_article(article, records)
        articles.append(article)
    return articles


def _records(i: int, text: str) -> list[Record]:
    talks = {"venue": {"name": "Istanbul", "country": "TUR"}, "parties": ["RUS", "UKR"], "mediators": ["TUR"],
             "format": "direct", "round": 2, "status": "held", "delegations": [], "outcomes": []}
    if i == 0:
        return [
            Record("talks", _sentence(text, "Russia and Ukraine held"), dict(talks), "2025-06-02", "day"),
            Record("event", _sentence(text, "Ukraine's air force"), {
                "type": "ASSAULT", "mode": "aerial", "cameo": "19", "actor": actor("Russia", "RUS"),
                "target": actor("Ukraine", "UKR"), "location": {"name": "Kyiv", "country": "UKR", "lat": 50.45,
                                                                "lon": 30.52},
                "counts": [{"what": "drones", "value": 472, "qualifier": None}],
                "claimed_by": actor("Ukrainian Air Force", "UKR", "MIL"), "negated": False}, "2025-06-01", "day"),
            Record("claim", _sentence(text, "Ukraine's air force"), {
                "what": "drones launched", "value": 472, "unit": None, "qualifier": None,
                "claimant": actor("Ukrainian Air Force", "UKR", "MIL"), "subject": actor("Russia", "RUS")}),
            Record("position", _sentence(text, "Russia and Ukraine held"), {
                "party": actor("Ukraine", "UKR"), "issue": "ceasefire", "stance": "demand",
                "detail": "unconditional 30-day ceasefire", "precondition": False}, "2025-06-02", "day"),
        ]
    if i == 1:
        return [
            Record("talks", _sentence(text, "The delegations met"), dict(talks), "2025-06-02", "day"),
            Record("claim", _sentence(text, "Kyiv said"), {
                "what": "drones fired", "value": 700, "unit": None, "qualifier": "about",
                "claimant": actor("Ukraine", "UKR"), "subject": actor("Russia", "RUS")}),
            Record("position", _sentence(text, "Kyiv said"), {
                "party": actor("Russia", "RUS"), "issue": "ceasefire", "stance": "reject",
                "detail": "no ceasefire before a memorandum", "precondition": True}, "2025-06-02", "day"),
            Record("quote", _sentence(text, '"We will'), {
                "speaker": actor("Volodymyr Zelensky", "UKR"), "text": "We will not give up our land,",
                "via": None}),
        ]
    return [Record("event", _sentence(text, "Officials met"), {
        "type": "CONSULT", "mode": None, "cameo": "04", "actor": actor("Russia", "RUS"), "target": None,
        "location": {"name": "Geneva", "country": "CHE", "lat": 46.2, "lon": 6.14}, "counts": [],
        "claimed_by": None, "negated": False}, "2025-06-05", "day")]
