"""Named errors the parsers raise; only the CLI turns them into messages and exit codes."""


class ParseError(Exception):
    """Base of every error a parser raises on bad input."""


class NotAnArticle(ParseError):
    """The page is not a news article: a captcha, a list page, an empty or binary file.

    The message names the reason in a few words, fit for a one-line CLI error.
    """


class ChallengePage(NotAnArticle):
    """A captcha or anti-bot challenge stands where the page should be: the site blocked
    us, which is worth recording apart from pages that are simply not articles."""
