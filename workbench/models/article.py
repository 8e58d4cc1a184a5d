import datetime as dt

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.extensions import db
from workbench.models.base import created_at_column, utcnow


class Article(db.Model):
    """An imported news article; ``text`` is the current version exactly as imported."""
    __tablename__ = "article"
    __table_args__ = (Index("ix_article_published", "published"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    url: Mapped[str | None] = mapped_column(String(2000))
    normalized_url: Mapped[str | None] = mapped_column(String(2000), unique=True)
    outlet: Mapped[str | None] = mapped_column(String(200), index=True)
    language: Mapped[str] = mapped_column(String(8), default="id", index=True)
    published: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    boilerplate: Mapped[list] = mapped_column(JSON, default=list)   # [{start, end, kind}]
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"),
                                                index=True)
    created_at: Mapped[dt.datetime] = created_at_column()
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow,
                                                    onupdate=utcnow)

    imported_by = relationship("User")
    claims = relationship("Claim", back_populates="article", order_by="Claim.start")
    revisions = relationship("ArticleRevision", back_populates="article",
                             order_by="ArticleRevision.number")


class ArticleRevision(db.Model):
    """An earlier text of an article, kept when an updated version is imported."""
    __tablename__ = "article_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="RESTRICT"),
                                            index=True)
    number: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = created_at_column()

    article = relationship("Article", back_populates="revisions")
