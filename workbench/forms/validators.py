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


class NotBefore:
    """The end of a date range: a date before the range's start (the field named
    ``start``) is refused, so the range is not applied as typed; a swapped pair would
    otherwise find nothing, without a word."""

    def __init__(self, start: str, message: str = "Before the start date: not applied."):
        self.start, self.message = start, message

    def __call__(self, form, field) -> None:
        start = form[self.start]
        if field.data and start.data and not start.errors and field.data < start.data:
            raise ValidationError(self.message)
