"""Threaded notes on a claim, with @mentions.

Notes are append-only: there is no edit and no delete, so a discussion reads later as it
happened; a correction is a reply. Each note writes a ``note_added`` history row and one
``note_mention`` row per existing user it mentions, in the same transaction.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup
from sqlalchemy import select

from workbench.extensions import db
from workbench.models import Claim, Note, NoteMention, User
from workbench.services import note_markup
from workbench.services.claim_records import record
from workbench.services.transactions import lock_for_writing

BODY_MAX = 10_000


class NoteProblem(ValueError):
    """The note cannot be added; the message is fit to show to the user."""


@dataclass
class ThreadItem:
    note: Note
    html: Markup
    replies: list[ThreadItem] = field(default_factory=list)


def add_note(claim: Claim, author: User, body: str, parent_id: int | None = None) -> Note:
    """A note on ``claim`` (a reply when ``parent_id`` names a note on the same claim)."""
    body = (body or "").strip()
    if not body:
        raise NoteProblem("Write something first.")
    if len(body) > BODY_MAX:
        raise NoteProblem(f"A note holds at most {BODY_MAX:,} characters.")
    lock_for_writing(claim)     # SQLite: take the write lock before reading the parent
    _check_parent(claim, parent_id)
    note = Note(claim_id=claim.id, parent_id=parent_id, author_id=author.id, body=body)
    db.session.add(note)
    db.session.flush()
    for user in _users_named(note_markup.mentioned_names(body)):
        db.session.add(NoteMention(note=note, user=user))
    record(claim, author, "note_added", "note", None, {"note_id": note.id,
                                                       "parent_id": parent_id})
    db.session.commit()
    return note


def thread(claim: Claim) -> list[ThreadItem]:
    """The claim's notes as a tree, oldest first at every level, each rendered."""
    notes = list(db.session.scalars(select(Note).where(Note.claim_id == claim.id)
                                    .order_by(Note.id)))
    known = _mentioned_usernames(notes)
    items = {n.id: ThreadItem(n, note_markup.render(n.body, known)) for n in notes}
    roots = []
    for item in items.values():
        parent = items.get(item.note.parent_id)
        (parent.replies if parent else roots).append(item)
    return roots


def mentions_of(user: User, limit: int = 200) -> list[Note]:
    """Notes that mention ``user``, newest first."""
    return list(db.session.scalars(
        select(Note).join(NoteMention, NoteMention.note_id == Note.id)
        .where(NoteMention.user_id == user.id).order_by(Note.id.desc()).limit(limit)))


def render_note(note: Note) -> Markup:
    return note_markup.render(note.body, _mentioned_usernames([note]))


def _check_parent(claim: Claim, parent_id: int | None) -> None:
    if parent_id is None:
        return
    parent = db.session.get(Note, parent_id)
    if parent is None or parent.claim_id != claim.id:
        db.session.rollback()
        raise NoteProblem("The note you are replying to is not on this claim.")


def _users_named(names: set[str]) -> list[User]:
    if not names:
        return []
    return list(db.session.scalars(select(User).where(User.username.in_(sorted(names)))))


def _mentioned_usernames(notes: list[Note]) -> set[str]:
    """Which of the names written in these notes are users: only those are highlighted."""
    names = set().union(*(note_markup.mentioned_names(n.body) for n in notes)) if notes else set()
    return {u.username for u in _users_named(names)}
