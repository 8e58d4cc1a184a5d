"""Errors raised for input the splitter cannot analyse. All are ``ValueError``s."""


class ArticleError(ValueError):
    """Base class: the input is not an article the splitter can analyse."""


class EmptyArticle(ArticleError):
    """The text is empty or only whitespace (after extraction, for HTML)."""


class ArticleTooLarge(ArticleError):
    """The text is longer than the configured limit."""


class UndecodableArticle(ArticleError):
    """Bytes that are not text in any encoding we accept."""


class NoExtractableText(ArticleError):
    """HTML from which no article body could be extracted."""
