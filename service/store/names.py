"""Name keys and the fuzzy comparison that folds actors across articles."""
from __future__ import annotations

import functools
import re
import unicodedata

from rapidfuzz.distance import JaroWinkler

SURNAME_MIN = 0.92          # folded surnames this similar may be one person
SURNAME_ONLY_MIN = 0.95     # stricter when one side gives no first name
TRANSLITERATION = (("dzh", "j"), ("zh", "j"), ("kh", "k"), ("gh", "g"), ("ph", "f"),
                   ("ck", "k"), ("q", "k"), ("y", "i"), ("w", "v"), ("ou", "u"))


@functools.lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name, without a
    possessive or a leading "the" (cached: storing an article keys each of its names several times)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’'`]s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def surname(key: str) -> str:
    return key.rsplit(" ", 1)[-1]


def fold(word: str) -> str:
    """Collapse common transliteration variants ("Araqchi"/"Araghchi")."""
    for variant, plain in TRANSLITERATION:
        word = word.replace(variant, plain)
    return re.sub(r"(.)\1+", r"\1", word)


def same_person(a: str, b: str) -> bool:
    """Whether two person name keys can name one person: surnames alike and,
    when both give a first name, first names compatible (initials allowed)."""
    first_a, _, last_a = a.rpartition(" ")
    first_b, _, last_b = b.rpartition(" ")
    both_full = bool(first_a and first_b)
    threshold = SURNAME_MIN if both_full else SURNAME_ONLY_MIN
    if JaroWinkler.similarity(fold(last_a), fold(last_b)) < threshold:
        return False
    if not both_full:
        return True
    given_a, given_b = first_a.split()[0], first_b.split()[0]
    if len(given_a) == 1 or len(given_b) == 1:
        return given_a[0] == given_b[0]
    return JaroWinkler.similarity(fold(given_a), fold(given_b)) >= SURNAME_MIN
