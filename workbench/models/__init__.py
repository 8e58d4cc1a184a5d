"""Typed SQLAlchemy models, one module per aggregate."""
from workbench.models.article import Article, ArticleRevision
from workbench.models.claim import Claim, ClaimHistory, ClaimStatus
from workbench.models.evidence import Evidence, Note, Source
from workbench.models.login_attempt import LoginAttempt
from workbench.models.mention import NoteMention
from workbench.models.user import Role, User
from workbench.models.verdict import Verdict

__all__ = ["Article", "ArticleRevision", "Claim", "ClaimHistory", "ClaimStatus", "Evidence",
           "LoginAttempt", "Note", "NoteMention", "Role", "Source", "User",
           "Verdict"]
