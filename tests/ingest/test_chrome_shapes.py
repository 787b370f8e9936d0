"""Shapes of page chrome the plain-text cleaner must read on any site (pages written for these tests).

Each test is one class of loss found on copy-paste scrapes of outlets nobody tuned on
(bench/scrapes.py): the lines are invented, the page shapes are the ones sites share.
"""
from __future__ import annotations

from detente.ingest.scrape import parse_text_scrape

MENU = "\n".join(["Menu", "World", "Business", "Markets", "Sport", "Culture", "Opinion", "Video"])

PARAS = [
    "Grain exporters in the Black Sea region said on Thursday that insurance costs for cargo ships "
    "had doubled since the spring, as buyers in North Africa delayed new orders.",
    "Shipping agents in the port described queues of vessels waiting for inspection, and two "
    "trading houses said they would route cargoes overland until the premiums came down.",
    "The agriculture ministry said it expected the harvest to match last year's and that storage "
    "was not yet a problem, though farmers in the south disputed that account.",
    "Officials from three neighbouring countries are due to meet next week to discuss a joint "
    "fund that would cover part of the extra cost for small exporters.",
    "Traders said the fund would help, but only if it were paid out before the autumn, when most "
    "of the contracts for next year are signed and freight rates usually rise.",
    "One broker said several smaller firms had already stopped bidding for new business, and that "
    "the sector could lose a fifth of its carriers by the end of the year.",
]


def body(paras: list[str] = PARAS) -> str:
    return "\n".join(paras)


def texts(page: str) -> list[str]:
    return [a.text for a in parse_text_scrape(page, "page.txt")]


def test_a_long_article_cut_by_keep_reading_is_kept_not_dropped_as_a_teaser() -> None:
    # a teaser is a few lines; a full run of paragraphs before "Keep reading" is the article itself
    page = (f"{MENU}\nGrain insurance costs double for Black Sea exporters\n"
            "Insurers blame the risk of mines drifting into the shipping lanes.\nShare\nEmail\n"
            "A cargo ship waits at anchor outside the port on a grey morning in early spring.\n"
            f"(Photo: Staff)\n{body()}\n"
            "Keep reading\nSubmit a correction\nReprints & permissions\n")
    (text,) = texts(page)
    assert "queues of vessels" in text and "joint fund" in text.replace("\n", " ")


def test_a_short_teaser_cut_by_keep_reading_still_goes() -> None:
    page = (f"{MENU}\nGrain insurance costs double for Black Sea exporters\nBy Ann Reyes\n{body()}\n"
            "Advertisement\nFerry strike ends after pay deal\nBy Tom Ng\n"
            "Ferry crews returned to work on Friday after the operator agreed to a pay rise.\nKeep reading\n")
    (text,) = texts(page)
    assert "Ferry crews" not in text


def test_a_site_blurb_amid_the_menu_is_not_taken_for_the_article() -> None:
    # the "about us" paragraph of a pull-down menu comes before the article's own headline and byline
    blurb = ("The Daily Ledger is an independent news organisation founded in 1921 and read by "
             "millions of people every week in print and online.")
    page = (f"{MENU}\n{blurb}\nCareers\nContact Us\nTerms of Use\nPrivacy Policy\n"
            f"Grain insurance costs double for Black Sea exporters\nBy Ann Reyes\nShare\nEmail\n{body()}\n")
    (text,) = texts(page)
    assert text.startswith("Grain exporters") and "independent news organisation" not in text


def test_a_dek_under_the_headline_is_not_a_blurb() -> None:
    dek = "Insurers blame the risk of mines drifting into the shipping lanes."
    page = (f"{MENU}\nGrain insurance costs double for Black Sea exporters\n{dek}\n"
            f"By Ann Reyes\nUpdated March 3, 2031\nShare\nEmail\n{body()}\n")
    (text,) = texts(page)
    assert "Grain exporters" in text

LINKS = "\n".join([
    "Most read", "Storm closes schools across the coast", "Local team wins the cup after a late goal",
    "Rail fares to rise in January", "Museum reopens its east wing", "Five things to do this weekend",
])


def article(after: str) -> str:
    return f"{MENU}\nGrain insurance costs double for Black Sea exporters\nBy Ann Reyes\n{body()}\n{after}"


def test_a_short_blurb_after_a_column_of_links_is_chrome() -> None:
    # a sidebar promo, an author bio or a footer blurb: a few lines under a list of links
    for blurb in ("Our reporters cover the region from six bureaus. Send us your tips by email.",
                  "Ann Reyes covers trade and shipping. She joined the paper in 2024.",
                  "Market data is delayed by at least 15 minutes and is provided for information only."):
        (text,) = texts(article(f"{LINKS}\n{blurb}\n"))
        assert blurb not in text and "joint fund" in text.replace("\n", " ")


def test_the_article_resumes_after_a_short_box_or_with_a_long_run() -> None:
    tail = ("Exporters in the east said on Friday that they would ask the government for a guarantee "
            "scheme if the talks next week fail to agree on the fund.")
    (text,) = texts(article(f"Read more:\nRail fares to rise in January\n{tail}\n"))
    assert tail in text  # a two-line box, then the article's last paragraph
    long_tail = "\n".join([tail] + [p.replace("e", "a") for p in PARAS[:4]])
    (text,) = texts(article(f"{LINKS}\n{long_tail}\n"))
    assert tail in text  # a column of links, then a long run of the article's own text


def test_a_photo_caption_above_its_credit_is_not_the_article() -> None:
    # a gallery or lead photo before the text: the caption (often twice) sits right above its credit
    caption = "A tugboat guides a bulk carrier into the harbour at dawn on Tuesday, May 4, 2031."
    for credit in ("Photo: Lee Park / Harbour Times", "(Photo by Lee Park)", "Lee Park/Getty Images"):
        page = (f"{MENU}\nGrain insurance costs double for Black Sea exporters\nBy Ann Reyes\n"
                f"{caption}\n{caption}\n{credit}\nImage 1 of 4\nBack to gallery\n{body()}\n")
        (text,) = texts(page)
        assert text.startswith("Grain exporters") and "tugboat" not in text


def test_a_paragraph_is_not_a_caption_when_no_credit_follows() -> None:
    quote = "Port officials said the queue of ships waiting outside the harbour had grown to 40."
    (text,) = texts(f"{MENU}\nGrain insurance costs double for Black Sea exporters\nBy Ann Reyes\n"
                    f"{quote}\n{body()}\n")
    assert text.startswith(quote)


def test_a_dek_or_promo_line_above_the_byline_does_not_make_a_second_article() -> None:
    # the summary under the headline, then byline, date and share buttons, then the full text
    for stub in ("Insurers blame the risk of mines drifting into the shipping lanes.",
                 "This post may contain affiliate links. Please see our disclosure page."):
        page = (f"{MENU}\nLocal news and weather\nGrain insurance costs double for Black Sea exporters\n"
                f"{stub}\nBy Ann Reyes\nMarch 3, 2031\nShare\nEmail\nThe port at dusk\n{body()}\n")
        (art,) = parse_text_scrape(page, "page.txt")
        assert art.text.startswith("Grain exporters") and stub not in art.text
        assert art.published == "2031-03-03"


def test_two_full_articles_on_one_page_stay_two() -> None:
    second = [p.replace("Black Sea", "Baltic") for p in PARAS]
    page = (f"{MENU}\nGrain insurance costs double for Black Sea exporters\nBy Ann Reyes\n{body()}\n"
            f"Advertisement\nBaltic ports report longer queues\nBy Tom Ng\nMarch 4, 2031\n{body(second)}\n")
    first, other = texts(page)
    assert "Black Sea" in first and "Baltic" in other


def test_a_long_paragraph_above_a_bare_credit_is_text_not_a_caption() -> None:
    para = ("The minister said the fund was ready. Traders were not convinced. Several said they "
            "would wait for the first payments before signing new contracts for the winter.")
    (text,) = texts(f"{MENU}\nGrain insurance costs double for Black Sea exporters\nBy Ann Reyes\n"
                    f"{body()}\n{para}\nCredit: Lee Park/Harbour Times\n{body(PARAS[:2])}\n")
    assert para in text


def test_live_blog_entries_under_the_last_entry_s_photo_credit_go_on() -> None:
    # each entry: a time stamp, a subhead, its text; a photo credit closes the entry above
    entries = []
    for i, (stamp, para) in enumerate(zip(("14:05 GMT", "1:40pm", "12.55 BST", "2h ago"), PARAS, strict=False)):
        entries.append(f"{stamp}\nUpdate {i}: ministers meet exporters\n{para} Officials declined to comment. More soon."
                       "\nCredit: Agency photo desk/Pool")
    page = (f"{MENU}\nGrain prices: live updates\nBy Ann Reyes\n{body(PARAS[4:])}\n"
            "Credit: Agency photo desk/Pool\n" + "\n".join(entries) + "\n")
    (text,) = texts(page)
    assert all(p in text for p in PARAS[:4])


def test_a_live_entry_s_line_introducing_a_post_stays_above_it() -> None:
    # a time stamp, the entry's headline, then 'X posted on Telegram:' over the quoted post
    post = ('"Two hundred trucks crossed the border this morning. The corridor works, and it must '
            'stay open for the whole season."')
    intro = "The regional governor posted a message on Telegram after the convoy arrived:"
    page = (f"{MENU}\nGrain prices: live updates\nBy Ann Reyes\n{body(PARAS[:3])}\n"
            f"12.55 BST\nGovernor: 'the corridor works'\n{intro}\n{post}\n"
            f"11.40 BST\nPort queues grow\n{body(PARAS[3:])}\n")
    (text,) = texts(page)
    assert f"{intro}\n\n{post}" in text
    assert "the corridor works'" not in text   # the entry's headline is still no paragraph


def test_a_site_index_between_paragraphs_ends_the_article() -> None:
    # no "chrome" word in the column, only many short link lines, then footer blurbs
    index = "\n".join(["Site Index", "Browse", "World", "Business", "Markets", "Sustainability", "Legal",
                       "About the Ledger", "Careers", "Stay Informed", "Download the App"])
    blurb = "The Daily Ledger, the news division of Ledger Group, reaches millions of readers every day."
    (text,) = texts(article(f"{index}\n{blurb}\nFollow Us\n"))
    assert "Careers" not in text and blurb not in text and "joint fund" in text.replace("\n", " ")


def test_a_subhead_or_two_inside_the_article_does_not_cut_it() -> None:
    page = (f"{MENU}\nGrain insurance costs double for Black Sea exporters\nBy Ann Reyes\n{body(PARAS[:3])}\n"
            f"What comes next\nThe fund\n{body(PARAS[3:4])}\n")
    (text,) = texts(page)
    assert "What comes next" in text and "joint" in text


def test_a_credit_describing_its_own_photo_takes_no_caption_from_above() -> None:
    last = "Ministers will meet again in the autumn to review the scheme."
    page = (f"{MENU}\nGrain insurance costs double for Black Sea exporters\nBy Ann Reyes\n{body()}\n{last}\n"
            "Top photo credit: Grain silos at the port of Constanta at sunset (Harbour Times)\n")
    (text,) = texts(page)
    assert last in text


def test_the_article_goes_on_after_its_own_captioned_photo_and_an_inline_link() -> None:
    # a credit line describing its photo is the article's picture, not another story's teaser
    page = (f"{MENU}\nGrain insurance costs double for Black Sea exporters\nBy Ann Reyes\n{body(PARAS[:3])}\n"
            "Trucks queue at the grain terminal gate in Odesa on Monday, March 2. (Lee Park/Getty Images)\n"
            "PORT STRIKE ENTERS SECOND WEEK AS TALKS FAIL\n"
            f"{body(PARAS[3:])}\n")
    (text,) = texts(page)
    assert "joint fund" in text.replace("\n", " ") and "carriers" in text


def test_a_directory_of_links_with_a_blurb_each_is_not_the_article() -> None:
    # products or other stories, each a short link line and a one-sentence blurb, after the article
    directory = "\n".join([
        "Ledger Pro, opens new tab", "Market data and analysis for professional investors around the world.",
        "Ledger Law", "Court filings and legal commentary, updated daily by our team of editors.",
        "Ledger Maps", "Interactive maps of shipping lanes, ports and weather for the logistics trade.",
        "Ledger Events", "Conferences and briefings for readers in Europe, Asia and the Americas.",
    ])
    (text,) = texts(article(f"Follow Us\n{directory}\n"))
    assert "Court filings" not in text and "joint fund" in text.replace("\n", " ")


def test_an_explainer_with_subheads_and_full_paragraphs_stays_whole() -> None:
    # after a photo mid-article: subheads, each over a paragraph or two of the article's own text
    page = (f"{MENU}\nWhat the grain deal means\nBy Ann Reyes\n{body(PARAS[:2])}\n"
            "Photo: Lee Park / Harbour Times\n"
            f"Who pays?\n{PARAS[3]}\n{PARAS[2]}\nWhat do traders say?\n{PARAS[4]}\nWhat next?\n{PARAS[5]}\n")
    (text,) = texts(page)
    assert all(p in text for p in (PARAS[3], PARAS[4], PARAS[5]))
