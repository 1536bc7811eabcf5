"""The record every parser produces, whatever the site: the contract with the store."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Article:
    """One news article, normalised.

    Reading fields (`title`, `text`) are Simplified, clean of pinyin, tags and bullets;
    `title_original` and `text_original` keep the page as published. `text` holds the
    body's paragraphs joined by newlines. `published_at` is ISO 8601 in China time and
    `date_source` says where it came from: ``label`` (a labelled date by the headline),
    ``meta`` (the page's <meta> tags), ``url``, ``table`` (the info-disclosure table's 发布日期 or
    成文日期), ``header`` (an unlabelled dateline by the headline), ``trailer`` (a
    labelled publish date under the story), ``issue`` (an e-paper's issue date) or None
    (``closing``, a signed notice's closing date, until the eleventh session: an `event_date`
    now). `gov_meta` holds the info-disclosure table's fields
    (index_no, publisher, doc_no, written_date, published_date, category, validity,
    title) as printed; `attachments` the story's document links, each {name, url, type}.
    `event_date`, only on a page that prints no date of its own, is the day its story names: a
    signed notice's closing date, else its lead's (2月18日，县长…主持召开…): when the document was
    made or the reported event took place, not a publish date.
    """

    url: str | None
    parser: str
    title: str
    title_original: str
    title_derived: bool
    published_at: str | None
    date_source: str | None
    source: str | None
    region: str | None
    zone: str | None
    keywords: list[str]
    text: str
    text_original: str
    warnings: list[str] = field(default_factory=list)
    gov_meta: dict[str, str] = field(default_factory=dict)
    attachments: list[dict] = field(default_factory=list)
    event_date: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)
