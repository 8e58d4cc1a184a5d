"""Reading a claim's history: replaying it to the claim's state, and grouping it into the
events of a timeline. History rows themselves are written by ``claim_records.record`` and
never changed (migration 0002 makes the database refuse UPDATE and DELETE on them)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from workbench.display import show_quantity
from workbench.extensions import db
from workbench.models import Claim, ClaimHistory, User, Verdict

# Every claim field the history records, and its value before the first row.
START = {"span": None, "anchored": True, "source": None, "types": [], "score": 0.0,
         "quantities": [], "dates": [], "entities": [], "status": "new",
         "merged_into_id": None, "assignee_id": None, "verdict_id": None, "rationale": None,
         "proposed_by_id": None, "proposed_at": None, "reviewed_by_id": None,
         "published_at": None}
# What a "created" row holds (``new_value``, a dict; ``field`` is None): the claim as the
# splitter or a person made it. Older "created" rows hold only the span (``field`` "span"),
# and the details then replay from START.
CREATED_FIELDS = ("span", "types", "score", "source", "quantities", "dates", "entities")
USER_FIELDS = {"assignee_id": "assignee", "proposed_by_id": "proposed by",
               "reviewed_by_id": "reviewed by"}
SAME_EVENT = dt.timedelta(seconds=5)


def replay(rows) -> dict:
    """The claim's state after ``rows`` (its history, in any order): each row sets its field."""
    state = {name: (list(v) if isinstance(v, list) else v) for name, v in START.items()}
    for row in sorted(rows, key=lambda r: r.id):
        state.update((name, new) for name, old, new in changes_of(row) if name in state)
    return state


def changes_of(row: ClaimHistory) -> list[tuple[str, object, object]]:
    """``(field, old, new)`` for each field the row sets: one, or a created claim's fields."""
    if row.field is None and isinstance(row.new_value, dict):
        return [(name, None, value) for name, value in row.new_value.items()]
    return [(row.field, row.old_value, row.new_value)] if row.field else []


def current_state(claim: Claim) -> dict:
    """The claim's fields in the shape ``replay`` gives (datetimes as ISO text in UTC)."""
    state = {name: as_json(getattr(claim, name)) for name in START if name != "span"}
    return {**state, "span": [claim.start, claim.end]}


def as_json(value):
    """History holds JSON: datetimes as ISO text in UTC (SQLite returns them without zone)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc).isoformat()
    return value


@dataclass
class Event:
    """Rows written together by one action of one person: one entry of the timeline."""
    action: str
    user: User | None
    at: dt.datetime
    note: str | None
    changes: list[tuple[str, str, str]] = field(default_factory=list)


def timeline(rows) -> list[Event]:
    """Newest first; each change as (field label, old text, new text)."""
    rows = sorted(rows, key=lambda r: r.id)
    names = _lookups(rows)
    events: list[Event] = []
    for row in rows:
        last = events[-1] if events else None
        if not (last and last.action == row.action and last.user is row.user
                and last.note == row.note and row.created_at - last.at <= SAME_EVENT):
            last = Event(row.action, row.user, row.created_at, row.note)
            events.append(last)
        last.changes.extend((USER_FIELDS.get(name, name.removesuffix("_id")),
                             _show(name, old, names), _show(name, new, names))
                            for name, old, new in changes_of(row)
                            if not (row.action == "created" and new == START.get(name)))
    return events[::-1]


def _lookups(rows) -> dict:
    wanted = {(r.field, v) for r in rows for v in (r.old_value, r.new_value)
              if v is not None and (r.field in USER_FIELDS or r.field == "verdict_id")}
    users = {i for f, i in wanted if f in USER_FIELDS}
    verdicts = {i for f, i in wanted if f == "verdict_id"}
    names = {("user", u.id): u.name for u in
             db.session.scalars(select(User).where(User.id.in_(users)))} if users else {}
    if verdicts:
        names.update({("verdict", v.id): f"{v.label_id} / {v.label_en}" for v in
                      db.session.scalars(select(Verdict).where(Verdict.id.in_(verdicts)))})
    return names


def _show(name: str | None, value, names: dict) -> str:
    if value is None or value == []:
        return "—"
    if name in USER_FIELDS:
        return names.get(("user", value), f"user #{value}")
    if name == "verdict_id":
        return names.get(("verdict", value), f"verdict #{value}")
    if name == "status":
        return str(value).replace("_", " ")
    if name and name.endswith("_at") and isinstance(value, str):
        return dt.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M UTC")
    if name == "span" and isinstance(value, list):
        return "–".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, dict)):
        return ", ".join(_item(v) for v in value) if isinstance(value, list) else _item(value)
    return str(value)


def _item(value) -> str:
    """One stored record as a person reads it (never its raw ids and floats)."""
    if not isinstance(value, dict):
        return str(value)
    if "value_min" in value:
        return show_quantity(value)
    if "stance" in value:
        where = value.get("url") or f"source #{value.get('source_id')}"
        quote = f" “{value['quote']}”" if value.get("quote") else ""
        return f"{value['stance']}: {where}{quote}"
    if "note_id" in value:
        reply = f" (reply to #{value['parent_id']})" if value.get("parent_id") else ""
        return f"#{value['note_id']}{reply}"
    if "kind" in value and "text" in value:
        return f"{value['text']} ({value['kind']})"
    return " ".join(str(v) for k, v in value.items() if v not in (None, "") and k not in
                    ("start", "end"))


def history_rows(claim: Claim) -> list[ClaimHistory]:
    return list(db.session.scalars(select(ClaimHistory).where(ClaimHistory.claim_id == claim.id)
                                   .order_by(ClaimHistory.id)))
