"""Article extraction on awkward pages (issue 14): no part's failure empties a page; repeats, embedded posts and
block quotes kept; pop-up cards never glued into sentences; menus in any language dropped. Pages written here."""

from __future__ import annotations

import pytest

from communique.extract import html as html_mod
from communique.extract.article import page_to_record
from communique.extract.html import extract_body, extract_body_result
from communique.extract.markup import repair_markup
from communique.model import Page

STORY = [
    "The river council voted on Tuesday to rebuild the old stone bridge at Millford, ending a dispute "
    "that had divided the valley's farming villages for almost a decade.",
    "Engineers told the council that the new bridge would carry lorries of up to forty tonnes and would "
    "be raised two metres above the level of the flood that destroyed the old crossing in the spring.",
    "Ana Ferreira, who farms on the east bank, said she had driven a forty-minute detour to the market town "
    "every week since the flood and would be glad to see the work begin.",
    "Work is due to begin in March and to last eighteen months, paid for by a regional grant and a levy "
    "on heavy vehicles that will end once the cost of the building has been covered.",
    "Opponents, who wanted a ferry instead, said they would not challenge the vote in the courts, but "
    "asked the council to publish the engineers' full report before the contracts are signed.",
]


def _paras(story: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in story)


def _page(body: str, head: str = "<title>Millford bridge to be rebuilt | The Valley Courier</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article><h1>Millford bridge to be rebuilt</h1>" \
           f"{body}</article><footer><p>Copyright The Valley Courier</p></footer></body></html>"


def test_unclosed_title_does_not_swallow_the_page() -> None:
    page = ("<html><head><title>Millford bridge to be rebuilt - The Valley Courier\n"
            '<link rel="stylesheet" href="/s.css"></head><body><div id="story">' + _paras(STORY)
            + "</div></body></html>")
    rec = page_to_record(Page(source="t.html", content=page.encode(), kind="html"))
    assert rec.article is not None, rec.error
    assert "forty tonnes" in rec.article.text
    assert rec.article.title == "Millford bridge to be rebuilt"


def test_repair_markup_ends_title_at_next_tag_and_leaves_good_pages_alone() -> None:
    good = "<html><head><title>A story</title><meta charset='utf-8'></head><body><p>x</p></body></html>"
    assert repair_markup(good) == good
    fixed = repair_markup("<html><head><title>A story<meta charset='utf-8'></head><body></body></html>")
    assert "<title>A story</title><meta" in fixed


def test_a_second_document_after_the_first_is_read() -> None:
    first = "<html><body><p>Weather: clear, 25 degrees.</p></body></html>\n"
    second = ("<!DOCTYPE html><html><head><title>Bridge</title></head><body><div>" + _paras(STORY)
              + "</div></body></html>")
    body = extract_body(first + second)
    assert "forty tonnes" in body and "Opponents" in body


def test_one_part_raising_is_recorded_and_the_other_used(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kw: object) -> list:
        raise AssertionError("too many bodies")

    monkeypatch.setattr(html_mod, "_readability_blocks", broken)
    result = extract_body_result(_page(_paras(STORY)))
    assert "forty tonnes" in result.text
    assert "readability: raised AssertionError" in result.describe()


def test_not_an_article_only_when_every_part_finds_nothing() -> None:
    menu = "".join(f'<li><a href="/{i}">Section {i}</a></li>' for i in range(30))
    page = f"<html><head><title>Index</title></head><body><ul>{menu}</ul></body></html>"
    rec = page_to_record(Page(source="i.html", content=page.encode(), kind="html"))
    assert rec.article is None and rec.error is not None and rec.error.kind == "not_article"
    assert "trafilatura:" in rec.error.message and "readability:" in rec.error.message


def test_text_in_a_table_cell_span_is_found_when_both_extractors_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kw: object) -> list:
        raise ValueError("no candidates")

    monkeypatch.setattr(html_mod, "_readability_blocks", broken)
    monkeypatch.setattr(html_mod, "_trafilatura_blocks", broken)
    text = "<br /><br />".join(STORY)
    page = ("<html><head><title>Bridge</title></head><body><table><tr><td><a href='/'>Home</a></td></tr>"
            f"<tr><td colspan='3'><span class='brief'>{text}</span></td></tr></table></body></html>")
    result = extract_body_result(page)
    assert result.chosen == "text density", result.describe()
    assert "forty tonnes" in result.text
    assert result.text.count("\n\n") == len(STORY) - 1  # paragraphs at the double <br>


def test_repeated_paragraphs_are_kept() -> None:
    plan = "".join(f"<h3>Day {d}</h3><p>Breakfast: oats with berries and a glass of water.</p>" for d in range(1, 7))
    page = _page(_paras(STORY[:3]) + plan + _paras(STORY[3:]))
    body = extract_body(page)
    assert body.count("Breakfast: oats with berries and a glass of water.") == 6


def test_embedded_post_and_block_quote_are_kept() -> None:
    tweet = ('<blockquote class="twitter-tweet"><p lang="en">We will not accept these cuts to our schools, our kids '
             'deserve better from the council tonight</p>&mdash; Jane Doe (@janedoe) '
             '<a href="https://twitter.com/janedoe/status/1">May 1, 2019</a></blockquote>')
    quote = ("<blockquote><p>We have waited ten years for this bridge, and the people of this town deserve to "
             "cross it safely every day.</p></blockquote>")
    body = extract_body(_page(_paras(STORY[:2]) + tweet + _paras(STORY[2:4]) + quote + _paras(STORY[4:])))
    assert "our kids deserve better" in body
    assert "waited ten years for this bridge" in body


def test_pop_up_card_text_is_not_glued_into_the_sentence() -> None:
    card = ('<p>Rep. <a href="/people/omar">Ilhan Omar<span class="rollover-people-block"><span>Ilhan Omar</span>'
            '<a href="/policy/x">Hillicon Valley: Tech news of the week</a></span></a> said the plan was fair '
            "and asked for a vote before the summer recess began in the capital.</p>")
    hidden = ('<p>The mayor <span style="display: none">Subscribe now for full access</span>thanked the '
              "engineers for their patience through two years of surveys of the river bed.</p>")
    body = extract_body(_page(_paras(STORY[:3]) + card + hidden + _paras(STORY[3:])))
    assert "Rep. Ilhan Omar said the plan was fair" in body
    assert "Hillicon" not in body and "Subscribe now" not in body
    assert "The mayor thanked the engineers" in body


def test_a_menu_in_portuguese_is_dropped_by_its_links() -> None:
    items = ["Início", "Acesso à Informação", "Ouvidoria SUS", "Transparência", "Licitações", "Contato"]
    menu = "".join(f'<li><a href="/m{i}">{t}</a></li>' for i, t in enumerate(items))
    page = ("<html><head><title>Ponte será reconstruída</title></head><body><div class='wrap'>"
            f"<div class='menu'><ul>{menu}</ul></div><div class='texto'>{_paras(STORY)}</div>"
            f"<div class='rodape'><ul>{menu}</ul></div></div></body></html>")
    body = extract_body(page)
    assert "forty tonnes" in body
    for item in items:
        assert item not in body


def test_menu_entries_go_when_trafilatura_alone_is_trusted() -> None:
    """Readability locked onto another box (agreement under half): trafilatura's blocks are used without its
    link lists; short menu entries ('Ouvidoria SUS') are links by their whole text, whatever the language."""
    items = ["Início", "Acesso à Informação", "Ouvidoria SUS", "Transparência", "Licitações", "Contato"]
    t_blocks = [html_mod.Block("item", t) for t in items[:3]] + [html_mod.Block("p", p) for p in STORY]
    t_blocks += [html_mod.Block("item", t) for t in items[3:]]
    r_blocks = [html_mod.Block("p", "Prefeitura municipal, rua das flores, cem, centro, telefone e horário de "
                                    "atendimento ao público de segunda a sexta-feira das oito às dezessete horas")]
    blocks = html_mod.combine(t_blocks, r_blocks)
    html_mod._mark_link_blocks(blocks, {html_mod._words_key(t) for t in items})
    texts = [b.text for b in html_mod.clean_blocks(blocks)]
    assert texts == STORY


def test_link_only_short_block_is_marked_as_link_text() -> None:
    blocks = [html_mod.Block("item", "Ouvidoria SUS"), html_mod.Block("p", STORY[0])]
    html_mod._mark_link_blocks(blocks, {"ouvidoria sus"})
    assert blocks[0].link_density == 1.0 and blocks[1].link_density == 0.0


def test_readers_comments_after_the_story_are_cut() -> None:
    comments = "".join(f"<p>I have lived in this valley for {n} years and I think the council has wasted our money "
                       "on surveys that told us nothing we did not already know.</p>" for n in range(10, 14))
    body = extract_body(_page(_paras(STORY) + "<h3>Reader views (4)</h3>" + comments))
    assert "Opponents" in body and "lived in this valley" not in body


def test_japanese_story_counts_as_an_article() -> None:
    sentences = ["先日、不正に改造した電話を販売したとして、商標法違反の疑いで男性が逮捕されました。",
                 "報道によると、今回販売されたのは、いわゆる改造した電話でした。",
                 "改造とは、機能制限を解除することで、非公式のアプリを利用できるようになるとのことです。"]
    page = f"<html><head><title>商標</title></head><body><article>{_paras(sentences)}</article></body></html>"
    rec = page_to_record(Page(source="ja.html", content=page.encode(), kind="html"))
    assert rec.article is not None, rec.error
