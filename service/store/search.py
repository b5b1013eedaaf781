"""Full-text search: what `q=` runs against a resource's FTS5 index.

A user's text is first tried as an FTS5 query (phrases, `*`, `NEAR`, `OR`,
column filters...); when it is not a valid one, it is searched as plain
words, each one quoted, so no text a user types can fail the request.
"""
from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass

MARK_START, MARK_END = "\x02", "\x03"
"""What SQLite puts around matches in a snippet; stored text holds no control characters."""
SNIPPET_TOKENS = 24


@dataclass(frozen=True)
class Search:
    """The FTS5 index of a table and the bm25 weight of each of its columns."""

    index: str
    weights: tuple[float, ...]

    def score(self) -> str:
        """The SQL of a hit's bm25 score: lower is a better match."""
        return f"bm25({self.index}, {', '.join(map(str, self.weights))})"

    def snippet(self) -> str:
        """The SQL of a hit's best passage, its matches between the marks."""
        return f"snippet({self.index}, -1, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_TOKENS})"


def _indexable(word: str) -> bool:
    """Whether the tokenizer keeps anything of `word` (letters, digits, marks, emoji)."""
    return any(unicodedata.category(c)[0] in "LNM" or unicodedata.category(c) == "So" for c in word)


def plain_words(text: str) -> str:
    """An FTS5 query matching records that contain every word of `text`, taken
    literally; words that are only punctuation are dropped, and with no words
    left the query (an empty phrase) matches nothing."""
    words = [word for word in text.split() if _indexable(word)]
    return " ".join('"' + word.replace('"', '""') + '"' for word in words) or '""'


def highlight(snippet: str) -> str:
    """A snippet as safe HTML: the text escaped, the matches in `<mark>`."""
    return html.escape(snippet, quote=False).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
