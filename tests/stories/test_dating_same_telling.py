"""An undated article is read from a dated one's day only where the two tell the story in much the
same words: in a corpus about one war, a story can join reports that share only its sides and a
city, and such a report's day is not the undated one's."""
from __future__ import annotations

from datetime import date

from detente.models import Article
from detente.stories.build import CorpusView
from detente.stories.cluster import Story
from detente.stories.dating import story_reference


def article(aid: str, title: str, text: str, published: str | None = None) -> Article:
    return Article(file=f"{aid}.txt", index=0, text=text, title=title, published=published, id=aid)


def view(*articles: Article) -> CorpusView:
    return CorpusView(records=[], articles={a.id: a for a in articles}, article_of={},
                      stories=[Story("s1", [a.id for a in articles])], facts=[])


DATED = article("wire", "Envoys of Ruritania and Borduria open talks in Valletta",
                "Envoys of Ruritania and Borduria opened talks in Valletta on Tuesday over the river "
                "border, with Maltese officials hosting the round at a harbour hotel.", "2024-03-12")
RETOLD = article("paper", "Ruritania and Borduria open talks in Valletta over the river border",
                 "Ruritanian and Bordurian envoys opened talks in Valletta on Tuesday over the river "
                 "border at a harbour hotel, Maltese officials said.")
ELSEWHERE = article("weekly", "Borduria shells a Ruritanian grain depot",
                    "Bordurian guns shelled a grain depot near the capital on Sunday, the Ruritanian "
                    "army said, and farmers counted the cost of a lost harvest.")


def test_an_undated_article_telling_the_same_story_is_read_from_its_day() -> None:
    found = story_reference(view(DATED, RETOLD, ELSEWHERE))
    assert found["paper"][0] == date(2024, 3, 12)
    assert [a.id for _, a in found["paper"][1]] == ["wire"]


def test_an_undated_article_that_shares_only_the_sides_borrows_no_day() -> None:
    assert "weekly" not in story_reference(view(DATED, RETOLD, ELSEWHERE))
