"""Typed SQLAlchemy models, one module per aggregate."""
from workbench.models.article import Article, ArticleRevision
from workbench.models.claim import Claim, ClaimHistory, ClaimStatus
from workbench.models.claim_match import ClaimMatch
from workbench.models.claim_vector import ClaimVector
from workbench.models.evidence import Evidence, Note, Source
from workbench.models.login_attempt import LoginAttempt
from workbench.models.mention import NoteMention
from workbench.models.search_outbox import SearchOutbox
from workbench.models.user import Role, User
from workbench.models.verdict import Verdict

__all__ = ["Article", "ArticleRevision", "Claim", "ClaimHistory", "ClaimMatch", "ClaimStatus",
           "ClaimVector", "Evidence",
           "LoginAttempt", "Note", "NoteMention", "Role", "SearchOutbox", "Source", "User",
           "Verdict"]
