"""Validators shared by several forms."""
from __future__ import annotations

from wtforms.validators import URL, ValidationError

MESSAGE = "Enter the full address, starting with https:// or http://."


class WebAddress:
    """An http(s) address with a host. One message whatever is wrong (no scheme, another
    scheme, no host): the commonest slip is a pasted address without its https://."""

    def __init__(self, message: str = MESSAGE):
        self.message = message
        self._shape = URL(require_tld=False, message=message)

    def __call__(self, form, field) -> None:
        value = (field.data or "").strip()
        if not value:
            return
        if not value.lower().startswith(("http://", "https://")):
            raise ValidationError(self.message)
        self._shape(form, field)
