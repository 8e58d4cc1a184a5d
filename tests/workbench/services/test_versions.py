import pytest

from workbench.services.versions import find_span


@pytest.mark.parametrize("text, needle, near, expected", [
    ("a b c. a b c.", "a b c", 0, (0, 5)),
    ("a b c. a b c.", "a b c", 9, (7, 12)),
    ("x  a\nb c", "a b c", 0, (3, 8)),
    ("nothing here", "a b c", 0, None),
    ("anything", "   ", 0, None),
])
def test_find_span_prefers_exact_nearest_then_whitespace_insensitive(text, needle, near, expected):
    assert find_span(text, needle, near) == expected
