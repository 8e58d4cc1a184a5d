"""Fixtures of the evidence, notes and sources tests: claims on a short text written for
these tests, and a local web server whose pages a test writes itself."""
import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from workbench.extensions import db
from workbench.models import Role, User
from workbench.services import claim_edits, importing

TEXT = ("Pemerintah Kota Lumbung menyatakan harga beras naik 12 persen sejak Januari 2024. "
        "Kepala dinas pangan, Wulan Sari, mengatakan stok di gudang cukup untuk tiga bulan. "
        "Menurut data pasar, 40 pedagang menutup kios mereka pada Maret 2024.\n"
        "Warga berharap operasi pasar digelar sebelum Lebaran.\n")


def claim_on(article, words: str):
    """A claim of our own on ``words``, whatever the splitter cut."""
    start = article.text.index(words)
    return claim_edits.add_claim(article, start, start + len(words), article.imported_by)


@pytest.fixture
def editor(ctx, make_user) -> User:
    return db.session.get(User, make_user("dimas", Role.EDITOR))


@pytest.fixture
def lumbung(checker):
    return importing.import_text(TEXT, checker, url="https://kabar.example/lumbung").article


@pytest.fixture
def claim(lumbung):
    return claim_on(lumbung, "harga beras naik 12 persen sejak Januari 2024")


@pytest.fixture
def other_claim(lumbung):
    return claim_on(lumbung, "40 pedagang menutup kios mereka pada Maret 2024")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def page_server(tmp_path):
    """(folder, base URL): files written to the folder are served on 127.0.0.1."""
    folder = tmp_path / "pages"
    folder.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(folder))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield folder, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()
