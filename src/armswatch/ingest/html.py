"""HTML -> article text and metadata, with trafilatura (main text only: no menus, footers, comments)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import lxml.html
import trafilatura

__all__ = ["HtmlArticle", "html_to_article", "looks_like_html"]

log = logging.getLogger(__name__)

_DOCUMENT_START = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
                             re.IGNORECASE | re.DOTALL)
_TAG = re.compile(
    r"</?(p|div|span|a|br|hr|h[1-6]|article|section|header|footer|nav|main|table|tr|td|th|li|ul|ol|"
    r"img|script|style|meta|link|strong|em|b|i|figure|blockquote)\b[^<>]*>",
    re.IGNORECASE,
)
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "title")
_METADATA_FIELDS = ("author", "sitename", "description", "hostname", "language")


@dataclass(slots=True)
class HtmlArticle:
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def looks_like_html(text: str) -> bool:
    """True for a page (doctype/html/body at the start) or text dense with HTML tags.

    An article that quotes one ``<p>`` is not HTML: it takes several tags, some of them closing.
    """
    head = text[:8192]
    if _DOCUMENT_START.match(head):
        return True
    tags = _TAG.findall(head)
    closing = len(re.findall(r"</[a-z][a-z0-9]*\s*>", head, re.IGNORECASE))
    return len(tags) >= 5 and closing >= 2


def _fallback_text(html: str) -> str:
    # trafilatura declines pages it judges to have no main content (short fragments, bare <p>s);
    # the visible text is still the article then.
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for bad in list(root.iter("script", "style", "noscript")):
        if isinstance(bad, lxml.html.HtmlElement):
            bad.drop_tree()
    for block in root.iter(*_BLOCKS):
        block.tail = "\n" + (block.tail or "")
    text = "".join(t for t in root.itertext() if isinstance(t, str))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _field(extracted: object, name: str) -> str | None:
    # trafilatura returns its Document class, or a dict in older versions and with as_dict.
    value = extracted.get(name) if isinstance(extracted, dict) else getattr(extracted, name, None)
    return value.strip() or None if isinstance(value, str) else None


def html_to_article(html: str) -> HtmlArticle:
    """The main text of a page, headed by its title, with its date and canonical URL when known."""
    # Only a date the page declares (meta tags, <time>, URL): htmldate's extensive search guesses
    # from any year in the text ("delivered in 2019" made a 2019-01-01 publication date).
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=True, favor_recall=True,
                                            date_extraction_params={"extensive_search": False,
                                                                    "original_date": True})
    article = HtmlArticle(text="")
    text = _field(extracted, "text") or ""
    if extracted is not None:
        article.title = _field(extracted, "title")
        article.published = _field(extracted, "date")
        article.url = _field(extracted, "url")
        for name in _METADATA_FIELDS:
            value = _field(extracted, name)
            if value:
                article.metadata[name] = value
    if not text:
        log.debug("trafilatura found no main text; using the visible text")
        text = _fallback_text(html)
    # The headline often carries the transfer ("Navy seizes rifles bound for ..."), so it stays
    # part of the text that extraction reads.
    if article.title and text and not text.startswith(article.title):
        text = f"{article.title}\n{text}"
    article.text = text
    return article
