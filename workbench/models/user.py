import datetime as dt
import enum
import secrets

from flask_login import UserMixin
from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.extensions import db
from workbench.models.base import created_at_column


class Role(str, enum.Enum):
    FACTCHECKER = "factchecker"
    EDITOR = "editor"
    ADMIN = "admin"


def new_session_token() -> str:
    return secrets.token_urlsafe(24)


class User(UserMixin, db.Model):
    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default=Role.FACTCHECKER.value)
    active: Mapped[bool] = mapped_column(default=True)
    # Part of the login cookie; replacing it (logout, password change) ends every session.
    session_token: Mapped[str] = mapped_column(String(64), default=new_session_token)
    created_at: Mapped[dt.datetime] = created_at_column()

    def get_id(self) -> str:
        return f"{self.id}:{self.session_token}"

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def name(self) -> str:
        return self.display_name or self.username

    def has_role(self, *roles: Role | str) -> bool:
        return self.role in {Role(r).value for r in roles}

    def __repr__(self) -> str:
        return f"<User {self.username} ({self.role})>"
