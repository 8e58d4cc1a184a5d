"""Split news articles (Indonesian and English) into atomic, attributed claims.

    from claims import split_article
    result = split_article(text, url=None, published=None, language=None)
"""
from claims.errors import (ArticleError, ArticleTooLarge, EmptyArticle, NoExtractableText,
                           UndecodableArticle)
from claims.model import ArticleAnalysis, Boilerplate, Claim, Entity, Quantity
from claims.pipeline import DEFAULT_MAX_CHARS, split_article

__all__ = ["split_article", "DEFAULT_MAX_CHARS", "ArticleAnalysis", "Boilerplate", "Claim",
           "Entity", "Quantity", "ArticleError", "ArticleTooLarge", "EmptyArticle",
           "NoExtractableText", "UndecodableArticle"]
