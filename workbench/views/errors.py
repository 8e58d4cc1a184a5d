"""Error pages: a plain sentence per status, never a traceback."""
from __future__ import annotations

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

MESSAGES = {
    400: ("Bad request", "The request could not be understood. If you were sending a form, "
                         "reload the page and try again."),
    403: ("Forbidden", "Your role does not allow this page or action."),
    404: ("Not found", "There is nothing at this address."),
    405: ("Method not allowed", "This address does not accept that kind of request."),
    409: ("Conflict", "Someone else changed this in the meantime. Reload to see their "
                      "change, then try again."),
    413: ("Too large", "What you sent is larger than the workbench accepts."),
    429: ("Too many requests", "Too many attempts in a short time. Wait a few minutes and "
                               "try again."),
    500: ("Something went wrong", "The workbench hit an error. It has been logged; "
                                  "please try again."),
}


def render_error(error: HTTPException):
    code = error.code or 500
    title, message = MESSAGES.get(code, (error.name, error.description or ""))
    response = render_template("errors/error.html", code=code, title=title, message=message)
    return response, code, _protocol_headers(error)


def _protocol_headers(error: HTTPException) -> dict:
    """The headers the status requires (``Allow`` on a 405, RFC 9110 15.5.6; ``Retry-After``
    where given); the page sets its own Content-Type."""
    return {name: value for name, value in error.get_headers()
            if name.lower() != "content-type"}


def render_csrf_error(error: CSRFError):
    return render_template("errors/error.html", code=400, title="Form expired",
                           message="The form was too old or did not come from this site, so "
                                   "nothing was saved. Go back: what you typed is still there. "
                                   "Copy it, reload the page, paste it and send it again."), 400


def render_internal_error(error: Exception):
    # Flask hands unhandled exceptions to the 500 handler; the page must not show them.
    return render_error(InternalServerError())


def init_app(app: Flask) -> None:
    for code in MESSAGES:
        if code != 500:
            app.register_error_handler(code, render_error)
    app.register_error_handler(CSRFError, render_csrf_error)
    app.register_error_handler(InternalServerError, render_internal_error)
